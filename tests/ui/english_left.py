"""Finding English source text left on screen in a window meant to be in another language.

``english_left(widget, catalogues)`` reads every visible text of a widget tree (labels, buttons,
group and tab titles, window titles, list items, tree rows, header captions, combo items,
placeholders) and
answers those that are still a source text of the catalogues: equal to a source (mnemonic ``&``
and a trailing colon or ellipsis aside), or holding a literal run of three or more words of one.
A source whose finished translation is the source itself ("SHA-256", "OK") is not English left.
Stored data is not the window's wording: demo records (which say "DEMO" or "invented"), refs,
codes and names of people never match a source text, so no list of exceptions is kept here.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QWidget,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
_PLACEHOLDER = re.compile(r"%[1-9n]|\{[^{}]*\}|<[^>]+>|&[a-z]+;")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A country or language code in a table row ("JP", "MX"): data, whatever a catalogue holds.
_CODE = re.compile(r"[A-Z]{2,3}")


def _normal(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":：…. ").strip()


class Sources:
    """The English source texts of the catalogues for ``lang`` (ui and app)."""

    def __init__(self, lang: str) -> None:
        self.whole: set[str] = set()
        self.runs: set[str] = set()
        for name in (f"liaison_desk_{lang}.ts", f"liaison_desk_app_{lang}.ts"):
            for message in ET.parse(TRANSLATIONS / name).getroot().iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                same = translation is not None and (translation.text or "").strip() == source.strip()
                if same and translation.get("type") is None:
                    continue  # translated as itself on purpose
                self.whole.add(_normal(source))
                for run in _PLACEHOLDER.split(source):
                    run = _normal(run)
                    if len(_WORD.findall(run)) >= 3 and len(run) >= 18:
                        self.runs.add(run)

    def english(self, text: str) -> str | None:
        """The source ``text`` still shows (None when it is not English of the catalogues)."""
        shown = _normal(text)
        if not shown or not _WORD.search(shown) or _CODE.fullmatch(shown):
            return None
        if shown in self.whole:
            return shown
        return next((run for run in self.runs if run in shown), None)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person sees in ``root`` and its visible children."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        where = w.objectName() or type(w).__name__
        if where == "ui_language":
            continue  # each language is named in its own language on purpose (English, 日本語, Español)
        if w.isWindow() and w.windowTitle():
            out.append((where + " (title)", w.windowTitle()))
        if isinstance(w, QLabel):
            out.append((where, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QLineEdit) and not w.text():
            out.append((where + " (placeholder)", w.placeholderText()))
        elif isinstance(w, QPlainTextEdit) and not w.toPlainText():
            out.append((where + " (placeholder)", w.placeholderText()))
        if isinstance(w, QTabWidget):
            out += [(f"{where} (tab)", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QComboBox):
            out += [(f"{where} (item)", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QListWidget):
            out += [(f"{where} (item)", w.item(i).text()) for i in range(w.count())]
        if isinstance(w, QTreeWidget):
            head = w.headerItem()
            out += [(f"{where} (header)", head.text(i)) for i in range(head.columnCount())]
            items = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while items:  # the rows too (search hits, watch-list matches), children included
                item = items.pop()
                out += [(f"{where} (row)", item.text(c)) for c in range(item.columnCount())]
                items += [item.child(i) for i in range(item.childCount())]
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            out += [(f"{where} (header)", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(model.columnCount())]
    if isinstance(root, QMainWindow):  # the menus, as their titles show in the menu bar
        out += [("menu", a.text()) for a in root.menuBar().actions()]
        for menu in root.menuBar().findChildren(QMenu):
            out += [(f"menu {menu.title()}", a.text()) for a in menu.actions() if not a.isSeparator()]
    return out


def english_left(root: QWidget, sources: Sources) -> list[str]:
    """Every text of ``root`` that is still English of the catalogues, as ``where: text``."""
    found = []
    for where, text in visible_texts(root):
        if "DEMO" in text or "invented" in text:
            continue  # the demo records say what they are
        run = sources.english(text)
        if run is not None:
            found.append(f"{where}: {text!r}")
    return sorted(set(found))
