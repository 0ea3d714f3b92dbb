"""An import runs the services' own rules on every text: no control characters, no longer than
the field takes; and it refuses a key named twice in one object (a JSON parser keeps the last
silently) and any file that is not a regular file of bounded size."""

from __future__ import annotations

import json
import os

import pytest

from app.interchange import InterchangeError, export_store, import_file, import_store
from app.interchange import tables as interchange_tables
from app.interchange.signature import sign_file


@pytest.fixture
def exported(rich_desk) -> dict:
    """An export as a dict, its signed header left out (the tests sign what they change)."""
    doc = json.loads(export_store(rich_desk))
    doc.pop("_header")
    return doc


def _compact(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def _refused(desk, data: bytes) -> str:
    """Import ``data`` signed by ``desk`` (so the check under test is the one that speaks)."""
    with pytest.raises(InterchangeError) as info:
        import_store(desk, sign_file(desk, data))
    assert "\n" not in str(info.value)
    return str(info.value)


@pytest.mark.parametrize(("char", "code"), [("\x00", "U+0000"), ("\x1b", "U+001B"), ("\x7f", "U+007F")])
def test_import_refuses_control_characters_in_a_text_naming_the_field(exported, empty_desk, char, code):
    exported["requests"][0]["title"] = f"Verification{char}of export"
    err = _refused(empty_desk, _compact(exported))
    assert err.startswith("requests[0].title: contains the control character " + code)


def test_import_refuses_a_text_longer_than_its_field_takes(exported, empty_desk):
    exported["requests"][0]["title"] = "x" * 301
    assert _refused(empty_desk, _compact(exported)) == (
        "requests[0].title: is 301 characters long; at most 300 are allowed")


def test_import_refuses_a_huge_free_text(exported, empty_desk):
    exported["requests"][0]["notes"] = "y" * (interchange_tables.TEXT_LIMIT + 1)
    assert _refused(empty_desk, _compact(exported)).startswith("requests[0].notes: is 2,000,001 characters")


def test_import_refuses_a_key_named_twice_in_one_object(exported, empty_desk):
    data = _compact(exported)
    first = exported["requests"][0]
    status = json.dumps(first["status"])
    twice = data.replace(f'"status":{status}'.encode(), f'"status":"refused","status":{status}'.encode(), 1)
    assert twice != data
    assert "'status' appears twice in one object" in _refused(empty_desk, twice)


def test_import_takes_an_export_laid_out_by_hand_without_duplicates(exported, empty_desk):
    report = import_store(empty_desk, sign_file(empty_desk, json.dumps(exported, indent=2,
                                                                      ensure_ascii=False).encode()))
    assert report.counts["requests"] == len(exported["requests"])


def test_import_takes_escaped_quotes_and_colons_inside_texts(exported, empty_desk):
    exported["requests"][0]["title"] = 'He said \\": "yes": twice \\\\": done'
    report = import_store(empty_desk, sign_file(empty_desk, _compact(exported)))
    assert report.counts["requests"] == len(exported["requests"])


@pytest.mark.parametrize("source", ["/dev/zero", "fifo", "folder"])
def test_import_reads_only_a_regular_file(empty_desk, tmp_path, source):
    path = {"/dev/zero": "/dev/zero", "folder": str(tmp_path)}.get(source)
    if source == "fifo":
        path = str(tmp_path / "pipe")
        os.mkfifo(path)  # nobody writes: reading it would wait for ever
    with pytest.raises(InterchangeError) as info:
        import_file(empty_desk, path)
    assert str(info.value).startswith("file: ")


def test_an_export_as_written_is_checked_for_duplicates_without_a_second_parse(
        rich_desk, empty_desk, monkeypatch):
    from app.interchange import checks

    def second_parse(_pairs):
        raise AssertionError("the compact export should not need the slow parse")

    monkeypatch.setattr(checks, "_no_duplicates", second_parse)
    report = import_store(empty_desk, export_store(rich_desk))
    assert report.counts["requests"] > 0


def test_import_refuses_a_reference_pattern_without_its_sequence_number(exported, empty_desk):
    exported["settings"].append({"key": "ref_pattern", "value": json.dumps("{prefix}-{year}")})
    err = _refused(empty_desk, _compact(exported))
    assert err.startswith(f"settings[{len(exported['settings']) - 1}].value: ref_pattern: ")
