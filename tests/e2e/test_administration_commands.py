"""Every command of docs/administration.md's shared-desk set-up is run, in order, against the
test run's own PostgreSQL server: the administrator's URL and the officer's point at a new
database there, and the backup goes to a temporary folder."""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.paths import DATABASE_URL_ENV

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "docs" / "administration.md").read_text(encoding="utf-8")

pytestmark = pytest.mark.postgresql


def shared_desk_commands(lang: str = "sh") -> list[str]:
    """The lines of the ``lang`` block in the section "Shared office desk on PostgreSQL"."""
    section = GUIDE.split("## Shared office desk on PostgreSQL", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(rf"```{lang}\n(.*?)```", section, flags=re.S)
    return [ln for ln in block.splitlines() if ln.strip()]


def test_the_guide_sets_up_a_shared_desk_with_roles_verify_and_a_backup(pg_server, tmp_path, monkeypatch,
                                                                       capsys):
    from sqlalchemy import make_url

    with pg_server.admin() as conn:  # the server administrator's psql statements
        conn.execute('DROP DATABASE IF EXISTS "liaison" WITH (FORCE)')
        for statement in shared_desk_commands("sql"):
            conn.execute(statement)
    backups = tmp_path / "backups"
    backups.mkdir()
    monkeypatch.setenv("LIAISON_DESK_DATA_DIR", str(tmp_path / "data"))
    ran = []
    for line in shared_desk_commands():
        line = line.replace("/srv/backups", str(backups))
        words = shlex.split(line)
        if words[0] == "export":
            name, url = words[1].split("=", 1)
            assert name == DATABASE_URL_ENV
            parsed = make_url(url)
            assert parsed.host == "db.example.internal" and parsed.database == "liaison"
            # The example host is the test server's socket; the TLS options are the server's.
            monkeypatch.setenv(name, pg_server.url("liaison", user=parsed.username))
        elif words[0] == "liaison-desk":
            assert main(words[1:]) == 0, (line, capsys.readouterr().err)
        elif words[0] == "pg_restore":
            done = subprocess.run([str(pg_server.bin / "pg_restore"), *words[1:]],
                                  capture_output=True, text=True)
            assert done.returncode == 0, done.stderr
            assert "TABLE DATA public request" in done.stdout
        else:  # pragma: no cover - a new kind of line needs its runner here
            pytest.fail(f"the guide has a command this test cannot run: {line}")
        ran.append(words[0])
    out = capsys.readouterr().out
    assert "tanaka: officer on this desk" in out and "audit_office: auditor on this desk" in out
    assert (backups / "liaison.dump").read_bytes()[:5] == b"PGDMP"
    assert ran.count("liaison-desk") == 7 and "pg_restore" in ran


def test_an_unreachable_server_or_a_role_without_rights_is_one_line_and_exit_2(pg_server, monkeypatch,
                                                                           capsys):
    with pg_server.admin() as conn:
        conn.execute('DROP DATABASE IF EXISTS "norights" WITH (FORCE)')
        conn.execute('CREATE DATABASE "norights"')
        conn.execute("DROP ROLE IF EXISTS stranger")
        conn.execute("CREATE ROLE stranger LOGIN")
    monkeypatch.setenv(DATABASE_URL_ENV, pg_server.url("norights"))
    assert main(["init"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    for url in (pg_server.url("norights", user="stranger"),
                "postgresql+psycopg://officer:s3cret@/liaison?host=/nonexistent-socket-dir",
                pg_server.url("no_such_database")):
        monkeypatch.setenv(DATABASE_URL_ENV, url)
        assert main(["requests"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("liaison-desk: database URL: cannot open ") and err.count("\n") == 1, err
        assert "s3cret" not in err
