"""``verify`` on a store with a damaged page: it reports the damage in readable lines, exits 1,
names the newest whole backup, and neither a traceback nor SQLCipher's own log reaches the
terminal."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from app.cli import main
from app.services.admin.backup import rolling_backup

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


PAGE = 4096  # SQLCipher's page size


def _damage_table(desk, table: str) -> None:
    """Overwrite the root page of ``table`` with noise, as a failing disk sector would."""
    with desk.db.engine.connect() as conn:
        root = conn.execute(text("SELECT rootpage FROM sqlite_master WHERE name = :t"),
                            {"t": table}).scalar_one()
    path = desk.db.path
    desk.db.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * PAGE)
        fh.write(os.urandom(PAGE))


@pytest.mark.demo_data
def test_verify_reports_a_damaged_page_exits_1_and_names_the_newest_good_backup(desk, capfd):
    older = rolling_backup(desk)
    newest = rolling_backup(desk)
    data = str(desk.db.data_dir)
    _damage_table(desk, "audit_entry")
    rc = main(["verify", "--data-dir", data])
    out, err = capfd.readouterr()
    assert rc == 1, err
    assert "Traceback" not in out + err and "ERROR CORE" not in out + err
    lines = out.strip().splitlines()
    assert any(line.startswith("audit chain: ") or line.startswith("integrity_check: ")
               for line in lines)
    assert lines[-1].startswith("the store is damaged; newest good backup: ")
    assert str(newest) in lines[-1] and str(older) not in lines[-1]
    assert len(lines) < 25  # a hundred lines of page numbers are summed up


@pytest.mark.demo_data
def test_verify_passes_over_a_damaged_backup_to_an_older_whole_one(desk, capfd):
    older = rolling_backup(desk)
    newest = rolling_backup(desk)
    with open(newest, "r+b") as fh:  # the newest backup is damaged as well
        fh.seek(3 * PAGE)
        fh.write(os.urandom(8 * PAGE))
    data = str(desk.db.data_dir)
    _damage_table(desk, "audit_entry")
    assert main(["verify", "--data-dir", data]) == 1
    out, err = capfd.readouterr()
    assert "ERROR CORE" not in err
    assert out.strip().splitlines()[-1].endswith(f"(liaison-desk restore {older})")
