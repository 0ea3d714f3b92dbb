"""Hostile or unlucky input gets one line and an exit code, never a traceback, and nothing half
written: a huge document number, a record file nested 10,000 deep, a device or a pipe given as a
file, a key given twice, a full disk under a write. The log never records statement values."""

from __future__ import annotations

import json
import os

import pytest
from sqlalchemy.exc import DBAPIError, OperationalError

from app.cli import main


@pytest.fixture
def data(desk):
    d = str(desk.test_data_dir)
    desk.db.close()
    return d


def _one_line(capsys, argv: list[str], code: int = 2) -> str:
    rc = main(argv)
    err = capsys.readouterr().err
    assert rc == code, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err.strip()


def _subjects(capsys, data) -> str:
    assert main(["subjects", "--json", "--data-dir", data]) == 0
    return capsys.readouterr().out


def test_a_document_number_beyond_any_store_is_one_line(data, tmp_path, capsys):
    line = _one_line(capsys, ["document", "export", "9" * 30, "--out", str(tmp_path / "x.pdf"),
                              "--data-dir", data])
    assert line.startswith("liaison-desk: document: no document")


def test_a_record_file_nested_ten_thousand_deep_is_one_line_and_adds_nothing(data, tmp_path, capsys):
    before = _subjects(capsys, data)
    deep = tmp_path / "deep.json"
    deep.write_text('{"kind": ' + "[" * 10_000 + "]" * 10_000 + "}")
    line = _one_line(capsys, ["subject", "add", str(deep), "--data-dir", data])
    assert line.startswith("liaison-desk: file: ") and "nested too deeply" in line
    assert _subjects(capsys, data) == before


def test_a_key_given_twice_in_a_record_file_is_refused_not_last_one_wins(data, tmp_path, capsys):
    twice = tmp_path / "twice.json"
    twice.write_text('{"kind": "person", "kind": "goods", "names": [{"name": "Invented Name"}]}')
    line = _one_line(capsys, ["subject", "add", str(twice), "--data-dir", data])
    assert "'kind' appears twice" in line


@pytest.mark.parametrize("source", ["/dev/zero", "fifo", "folder"])
def test_only_a_regular_file_of_bounded_size_is_read_as_a_record(data, tmp_path, capsys, source):
    if source == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)  # nobody writes to it: reading would wait for ever
    elif source == "folder":
        path = tmp_path
    else:
        path = source
    line = _one_line(capsys, ["subject", "add", str(path), "--data-dir", data])
    assert line.startswith("liaison-desk: file: ")


def test_a_record_file_larger_than_any_record_is_refused_before_it_is_parsed(data, tmp_path, capsys):
    from app.cli import common

    big = tmp_path / "big.json"
    big.write_text(json.dumps({"kind": "person", "notes": "x" * (common.MAX_RECORD_FILE + 10)}))
    line = _one_line(capsys, ["subject", "add", str(big), "--data-dir", data])
    assert "larger than" in line


def test_a_write_on_a_full_disk_is_one_line_and_the_store_is_as_it_was(
        data, tmp_path, capsys, monkeypatch):
    from app.services.context import Desk

    before = _subjects(capsys, data)
    fields = tmp_path / "subject.json"
    fields.write_text(json.dumps({"kind": "person", "subkind": "natural",
                                  "names": [{"name": "Invented Fullerdisk"}]}))
    real = Desk.unit_of_work

    def full(self, *args, **kwargs):
        raise OperationalError("INSERT INTO subject", {}, Exception("database or disk is full"))

    monkeypatch.setattr(Desk, "unit_of_work", full)
    line = _one_line(capsys, ["subject", "add", str(fields), "--data-dir", data], code=1)
    assert line.startswith("liaison-desk: store: the disk is full; nothing was written")
    monkeypatch.setattr(Desk, "unit_of_work", real)
    assert _subjects(capsys, data) == before


def test_a_failed_statement_never_carries_the_officers_text_into_errors_or_the_log(desk):
    from sqlalchemy import text

    secret = "Invented Secret Informant Name"
    with pytest.raises(DBAPIError) as info, desk.db.engine.connect() as conn:
        conn.execute(text("INSERT INTO no_such_table VALUES (:v)"), {"v": secret})
    assert secret not in str(info.value)
