"""QA of the command line: every --help explains itself, output survives pipes and odd locales."""

from __future__ import annotations

import argparse
import io
import json
import shlex
import sys

import pytest

from app.cli import build_parser, main
from app.cli.helptext import EXAMPLES, walk


def _leaf(p: argparse.ArgumentParser) -> bool:
    return not any(isinstance(a, argparse._SubParsersAction) for a in p._actions)


def test_every_command_help_says_what_it_does_shows_an_example_and_explains_every_option():
    paths = []
    for path, p in walk(build_parser()):
        paths.append(path)
        assert p.description, f"{path}: --help does not say what it does"
        if _leaf(p):
            assert p.epilog and f"liaison-desk {path}" in p.epilog, f"{path}: --help shows no example"
        for a in p._actions:
            if not isinstance(a, argparse._SubParsersAction):
                assert a.help, f"{path}: {a.option_strings or a.dest} is not explained"
    assert set(EXAMPLES) <= set(paths)  # no example for a command that does not exist


@pytest.mark.parametrize("path", sorted(EXAMPLES))
def test_every_help_example_is_a_command_line_the_parser_accepts(path):
    parser = build_parser()
    for example in EXAMPLES[path]:
        argv = shlex.split(example.split("  #")[0])
        assert parser.parse_args(argv).command, example


def test_top_level_help_lists_every_documented_exit_code(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for code in ("0 ", "1 ", "2 ", "3 ", "130 "):
        assert f"\n  {code}" in out


def test_json_output_names_requests_by_ref_not_by_database_id(desk, letter_refs, capsys):
    refs = letter_refs
    d = str(desk.test_data_dir)
    assert main(["requests", "--json", "--data-dir", d]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all("id" not in r and r["our_ref"] for r in rows)
    assert main(["show", refs["received"], "--json", "--data-dir", d]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert "id" not in shown and shown["our_ref"] == refs["received"]


class _ClosedPipe(io.StringIO):
    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_output_piped_into_head_ends_quietly_with_exit_141_not_a_traceback(desk, monkeypatch, capsys):
    d = str(desk.test_data_dir)
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert main(["agreements", "--data-dir", d]) == 141
    assert capsys.readouterr().err == ""


def test_non_utf8_terminal_gets_escapes_and_valid_json_not_a_unicode_error(desk, monkeypatch, capsys):
    d = str(desk.test_data_dir)
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    assert main(["agreements", "--data-dir", d]) == 0  # short titles hold an en dash (Japan–US)
    assert main(["agreements", "--json", "--data-dir", d]) == 0
    sys.stdout.flush()
    text = raw.getvalue().decode("ascii")
    assert "Japan\\u2013US" in text
    listed = json.loads(text[text.index("[\n"):])
    assert any(r["short_title"].startswith("Japan–US") for r in listed)


def test_argument_not_decodable_in_the_locale_is_named_in_one_line(desk, capsys):
    rc = main(["search", "\udce8\udc85\udc95", "--data-dir", str(desk.test_data_dir)])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and err.startswith("liaison-desk: argument:") and "UTF-8" in err
    assert len(err.splitlines()) == 1
