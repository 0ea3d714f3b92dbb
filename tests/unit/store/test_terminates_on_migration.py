"""Migration 0006: the termination date (Art. 14.2) is stored on the agreement, back-filled for
an agreement already under notice under its own clause, so "Due & overdue" reads it in SQL."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import text

from app.services.agreements.catalogue import give_termination_notice, save_agreement
from app.store import db as dbmod
from app.store.db import head_revision
from tests.unit.services.test_agreement_clocks import KEY, six_month_catalogue

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


def _to(desk, revision: str) -> None:
    cfg = dbmod._alembic_config()
    with desk.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(liaison_write=True)
        command.downgrade(cfg, revision)


def _stored(desk) -> dict[str, date | None]:
    with desk.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT key, terminates_on FROM agreement")).all()
    return {k: (date.fromisoformat(v) if isinstance(v, str) else v) for k, v in rows}


def test_art_14_2_store_at_0005_gets_terminates_on_back_filled_under_each_clause(desk):
    save_agreement(desk, six_month_catalogue())  # its own clause: six months (Art. 16.2)
    give_termination_notice(desk, KEY, "2026-05-25")
    give_termination_notice(desk, "jp-us-1997", "2026-08-31")  # three months, clamped
    _to(desk, "0005")
    with desk.db.engine.connect() as conn:
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(agreement)")}
    assert "terminates_on" not in columns
    desk.db.migrate()
    assert desk.db.current_revision() == head_revision()
    stored = _stored(desk)
    assert stored[KEY] == date(2026, 11, 25) and stored["jp-us-1997"] == date(2026, 11, 30)
    assert stored["jp-mx-2017"] is None  # no notice, no date


def test_art_14_2_notice_and_a_new_clause_keep_the_stored_date_in_step(desk):
    give_termination_notice(desk, "jp-us-1997", "2026-08-25")
    assert _stored(desk)["jp-us-1997"] == date(2026, 11, 25)
    save_agreement(desk, six_month_catalogue())
    give_termination_notice(desk, KEY, "2026-05-25")
    assert _stored(desk)[KEY] == date(2026, 11, 25)
    save_agreement(desk, six_month_catalogue(termination={"notice_months": 2, "article": "16.2"}))
    assert _stored(desk)[KEY] == date(2026, 7, 25)  # the catalogue's new clause
