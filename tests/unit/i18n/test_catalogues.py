"""The translation catalogues: every message finished, with the placeholders of its source, and
every compiled ``.qm`` made from the ``.ts`` beside it (no Qt imported: the XML is read as XML
and ``pyside6-lrelease`` is run as a program).

``liaison_desk_ja.ts`` / ``_es.ts`` hold the window's messages (``ui/``), ``liaison_desk_app_*.ts``
the texts of ``app/`` (``app.i18n``); ``make translations`` extracts both and compiles them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"
CATALOGUES = ("liaison_desk_ja.ts", "liaison_desk_es.ts", "liaison_desk_app_ja.ts", "liaison_desk_app_es.ts")

#: ``%1`` … ``%9``, ``%n`` (Qt) and ``{name}`` / ``{0}`` / ``{count:,}`` (Python ``str.format``).
_PLACEHOLDER = re.compile(r"%[1-9n]|\{[^{}]*\}")


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted (a translation may put them in another order)."""
    return sorted(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def problems(path: Path) -> list[str]:
    """Every unfinished, empty or placeholder-changing message of one catalogue, one line each."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{name}: {source[:70]!r}"
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                out.append(f"{where}: unfinished")
                continue
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            for form in forms:
                if not form.strip():
                    out.append(f"{where}: empty")
                elif placeholders(form) != placeholders(source):
                    out.append(f"{where}: placeholders {placeholders(form)} differ from the "
                               f"source's {placeholders(source)}")
    return out


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_every_catalogue_message_is_finished_and_keeps_its_placeholders(catalogue):
    found = problems(TRANSLATIONS / catalogue)
    assert not found, f"{len(found)} message(s) of {catalogue}:\n" + "\n".join(found[:40])


def test_placeholder_check_finds_a_dropped_or_changed_placeholder(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja">
<context><name>C</name>
<message><source>{n} items in {place}</source><translation>{n}件</translation></message>
<message><source>Art. %1</source><translation>第%2条</translation></message>
<message><source>Open</source><translation type="unfinished"></translation></message>
<message><source>Close</source><translation> </translation></message>
<message numerus="yes"><source>%n day(s)</source><translation><numerusform>%n日</numerusform></translation></message>
<message><source>{when:%Y} fine</source><translation>{when:%Y}で可</translation></message>
</context></TS>""", encoding="utf-8")
    found = problems(ts)
    assert len(found) == 4
    assert "placeholders ['{n}'] differ" in found[0]
    assert "['%2'] differ from the source's ['%1']" in found[1]
    assert found[2].endswith("unfinished") and found[3].endswith("empty")


def _lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease (PySide6) is needed to check the compiled catalogues"
    return found


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_compiled_catalogue_is_made_from_its_source(catalogue, tmp_path):
    # The window loads the .qm; the .ts is what translators edit and `make translations` compiles.
    compiled = TRANSLATIONS / catalogue.replace(".ts", ".qm")
    fresh = tmp_path / compiled.name
    subprocess.run([_lrelease(), "-silent", str(TRANSLATIONS / catalogue), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert compiled.exists(), f"{compiled.name} missing: run make translations"
    assert compiled.read_bytes() == fresh.read_bytes(), f"{compiled.name} is stale: run make translations"


def test_app_catalogues_hold_every_marked_text_of_app():
    # A text marked in app/ but missing from the catalogue would show in English in every language.
    import ast

    root = Path(__file__).resolve().parents[3] / "app"
    marked = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("QT_TRANSLATE_NOOP", "translate") and len(node.args) >= 2
                    and all(isinstance(a, ast.Constant) for a in node.args[:2])):
                marked.add((node.args[0].value, node.args[1].value))
    for catalogue in ("liaison_desk_app_ja.ts", "liaison_desk_app_es.ts"):
        held = {(c.findtext("name"), m.findtext("source"))
                for c in ET.parse(TRANSLATIONS / catalogue).getroot().iter("context")
                for m in c.iter("message")}
        assert marked - held == set(), f"{catalogue}: run make translations"
