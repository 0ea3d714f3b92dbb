"""Migration 0009: names in each letter language for administrations, designated officials and
authorities, and the agreement an official is designated under (Art. 7.3). A store made before
keeps its officials, who then serve every agreement with their administration."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from app.services.agreements import directory
from app.store import db as dbmod
from app.store.db import head_revision

# The SQLCipher file itself (its key, pages, journal, backups, migrations of a file): no server twin.
pytestmark = pytest.mark.sqlite_only


def _to(desk, revision: str) -> None:
    cfg = dbmod._alembic_config()
    with desk.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn.execution_options(liaison_write=True)
        command.downgrade(cfg, revision)


def _columns(desk, table: str) -> set[str]:
    with desk.db.engine.connect() as conn:
        return {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}


def test_art_7_3_an_official_stored_before_0009_serves_every_agreement_with_its_administration(desk):
    directory.add_official(desk, agreement="jp-us-1997", name="Jordan Sample (invented)",
                           names={"ja": "ジョーダン"})
    _to(desk, "0006")
    assert "agreement_id" not in _columns(desk, "designated_official")
    assert "names" not in _columns(desk, "administration") | _columns(desk, "authority")
    with desk.db.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM designated_official")).scalars().all() == [
            "Jordan Sample (invented)"]
    desk.db.migrate()
    assert desk.db.current_revision() == head_revision()
    [official] = directory.list_officials(desk, agreement="jp-us-1997")
    assert (official.name, official.agreement_key, official.names) == ("Jordan Sample (invented)", None, {})
