"""QA of the officer's own desk from the command line: out-of-range counts, files that must not be
replaced or cannot be written, letter inputs a kind has no place for, blank searches, a second
notice of termination, --data-dir on every command, text that could act on the terminal, and a
refused init that leaves nothing behind."""

from __future__ import annotations

import argparse
import os

import pytest

from app.cli import build_parser, main
from app.cli.common import counted, echo
from app.cli.helptext import walk


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("command", [["requests"], ["search", "x"], ["audit"]])
def test_limit_beyond_a_database_integer_is_refused_naming_the_option(desk, capsys, command):
    d = str(desk.test_data_dir)
    with pytest.raises(SystemExit) as info:
        main([*command, "--limit", "99999999999999999999", "--data-dir", d])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "argument --limit:" in err and "too large" in err


def test_agreement_export_does_not_replace_a_file_without_force(desk, tmp_path, capsys):
    d = str(desk.test_data_dir)
    out = tmp_path / "jp-us.json"
    out.write_text("my edits", encoding="utf-8")
    rc = main(["agreement", "export", "jp-us-1997", "--out", str(out), "--data-dir", d])
    line = _one_line(capsys.readouterr().err)
    assert rc == 2 and line.startswith("liaison-desk: out: ") and "--force" in line
    assert out.read_text(encoding="utf-8") == "my edits"
    assert main(["agreement", "export", "jp-us-1997", "--out", str(out), "--force", "--data-dir", d]) == 0
    assert '"jp-us-1997"' in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [["agreement", "export", "jp-us-1997"],
                                     ["print", "{ref}", "--letter", "acknowledgement"]])
def test_out_on_a_disk_that_takes_no_file_is_one_line_naming_the_path_and_nothing_is_stored(
        desk, letter_refs, tmp_path, capsys, monkeypatch, command):
    # What /proc or a read-only disk answers even to root, for whom os.access always says yes:
    # the output's temporary file cannot be made.
    from app.security import files

    def read_only(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    d, ref = str(desk.test_data_dir), letter_refs["received"]
    out = tmp_path / "copy.out"
    monkeypatch.setattr(files, "_temporary", read_only)
    rc = main([*(a.format(ref=ref) for a in command), "--out", str(out), "--data-dir", d])
    line = _one_line(capsys.readouterr().err)
    assert rc == 2 and line == f"liaison-desk: out: {out} cannot be written: Read-only file system"
    monkeypatch.undo()
    assert main(["documents", ref, "--data-dir", d]) == 0
    assert "no documents" in capsys.readouterr().out  # no final letter stored for a file not written


def test_remarks_a_letter_kind_has_no_place_for_are_refused_naming_the_option(desk, letter_refs, tmp_path, capsys):
    d = str(desk.test_data_dir)
    out = tmp_path / "request.pdf"
    rc = main(["print", letter_refs["outgoing_complete"], "--letter", "request", "--draft",
               "--remarks", "please hurry", "--out", str(out), "--data-dir", d])
    line = _one_line(capsys.readouterr().err)
    assert rc == 2 and line.startswith("liaison-desk: remarks: ") and "no place for remarks" in line
    assert not out.exists()


@pytest.mark.parametrize("text", ["", "   ", None])
def test_search_for_nothing_is_refused_alike_whatever_the_blanks(desk, capsys, text):
    argv = ["search"] + ([] if text is None else [text])
    rc = main([*argv, "--data-dir", str(desk.test_data_dir)])
    captured = capsys.readouterr()
    assert rc == 2 and captured.out == ""
    assert _one_line(captured.err) == "liaison-desk: text: give a word to look for"


def test_art_14_2_a_second_notice_of_termination_needs_replace(desk, capsys):
    d = str(desk.test_data_dir)
    assert main(["agreement", "terminate", "jp-us-1997", "--notice", "2026-12-01", "--data-dir", d]) == 0
    capsys.readouterr()
    rc = main(["agreement", "terminate", "jp-us-1997", "--notice", "2026-12-20", "--data-dir", d])
    line = _one_line(capsys.readouterr().err)
    assert rc == 2 and "2026-12-01" in line and "--replace" in line and line.endswith("(Art. 14.2)")
    assert main(["agreement", "terminate", "jp-us-1997", "--notice", "2026-12-20", "--replace",
                 "--data-dir", d]) == 0
    assert "notice given 2026-12-20" in capsys.readouterr().out


def test_every_sub_command_help_lists_data_dir():
    for path, p in walk(build_parser()):
        options = {o for a in p._actions for o in a.option_strings
                   if a.help is not argparse.SUPPRESS}
        assert "--data-dir" in options, f"{path} --help does not list --data-dir"


def test_text_output_shows_terminal_controls_and_bidi_marks_as_escapes(desk, capsys):
    d = str(desk.test_data_dir)
    name = "Port \u202eecilop\u202c Authority"  # stored as typed; shown reversed on a terminal
    assert main(["authorities", "add", name, "--kind", "police", "--data-dir", d]) == 0
    assert main(["authorities", "--data-dir", d]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "Port \\u202eecilop\\u202c Authority" in out
    # ESC (a terminal command) and CR (overwrites the line) too; newline and tab lay lines out.
    echo("a\x1b[2Jb\rc\u2067d\ne\tf")
    assert capsys.readouterr().out == "a\\x1b[2Jb\\x0dc\\u2067d\ne\tf\n"


def test_counts_in_text_output_use_singular_and_plural():
    assert counted(1, "subject") == "1 subject"
    assert counted(5, "subject") == "5 subjects"
    assert counted(0, "information item") == "0 information items"


def test_refused_init_removes_the_folder_it_created_and_never_one_that_existed(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LIAISON_DESK_PASSPHRASE", "short")  # refused: too short
    new = tmp_path / "new" / "desk"
    assert main(["init", "--key-store", "passphrase", "--data-dir", str(new)]) == 2
    assert "passphrase" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "new").exists()
    existing = tmp_path / "mine"
    existing.mkdir()
    assert main(["init", "--key-store", "passphrase", "--data-dir", str(existing)]) == 2
    assert existing.is_dir() and os.listdir(existing) == []
