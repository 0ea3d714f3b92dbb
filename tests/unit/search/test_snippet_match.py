"""The snippet of a hit is the stored text with no marker in it; the match is given as a span
(a bracket or asterisk could be text the officer typed, so none is added). The CLI prints the
snippet as stored, marking the match only on a terminal and only with an escape code."""

from __future__ import annotations

import io

from app.cli import tools
from app.services.search.queries import SearchHit, make_snippet


def _hit(text: str, terms: list[str]) -> SearchHit:
    snip = make_snippet(text, terms)
    return SearchHit("request", "JC-US-2026-0001", "t", snip.text, 0.0, 1,
                     match_start=snip.start, match_end=snip.end)


def test_snippet_keeps_typed_brackets_and_adds_none_around_the_match():
    snip = make_snippet("Box [DEMO] at <b>Kobe</b>", ["demo"])
    assert snip.text == "Box [DEMO] at <b>Kobe</b>"  # as typed, nothing added
    assert snip.text[snip.start:snip.end] == "DEMO"


def test_snippet_span_points_past_the_leading_ellipsis():
    text = "x" * 60 + " García Logística S.A. " + "y" * 60
    snip = make_snippet(text, ["garcia"])  # diacritics and case folded
    assert snip.text.startswith("…") and snip.text.endswith("…")
    assert snip.text[snip.start:snip.end] == "García"


def test_snippet_without_a_located_term_has_an_empty_span():
    snip = make_snippet("Bills of lading (invented)", ["nowhere"])
    assert (snip.start, snip.end) == (0, 0)
    assert _hit("Bills of lading", ["nowhere"]).snippet_parts() == ("", "", "Bills of lading")


def test_cli_search_snippet_in_a_pipe_is_the_stored_text(monkeypatch):
    monkeypatch.setattr("sys.stdout", io.StringIO())  # not a terminal
    assert tools._marked(_hit("Watches [DEMO] via Kobe", ["demo"])) == "Watches [DEMO] via Kobe"


def test_cli_search_snippet_on_a_terminal_marks_the_match_in_bold_only(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdout", Tty())
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = tools._marked(_hit("Watches [DEMO] via Kobe", ["demo"]))
    assert out == "Watches [\x1b[1mDEMO\x1b[22m] via Kobe"
    monkeypatch.setenv("NO_COLOR", "1")
    assert tools._marked(_hit("Watches [DEMO] via Kobe", ["demo"])) == "Watches [DEMO] via Kobe"
