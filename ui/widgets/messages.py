"""How a refused input is worded on screen: the field's label (not its service key), the
article, and never more than one short line however long the offending value was.

The services quote what the officer typed ("'2026-02-30' is not a date"); a pasted page of text
quoted back would widen a dialog to tens of thousands of pixels, so the quote is shortened in the
middle. The full text stays available as a tooltip where the caller wants it.
"""

from __future__ import annotations

import html
import re

from app.treaty.errors import RuleViolation

#: Longest message shown in an error line (characters).
MESSAGE_LIMIT = 240
#: Longest unbroken run of characters kept: a word-wrapped label cannot break inside a word,
#: so one long run would set the label's (and the dialog's) minimum width.
WORD_LIMIT = 40
_ELLIPSIS = "\u2026"


def _cut(text: str, limit: int) -> str:
    head = (limit - 1) * 2 // 3
    return text[:head] + _ELLIPSIS + text[-(limit - 1 - head):]


def _breaks_anywhere(word: str) -> bool:
    # Japanese is written without spaces: a whole sentence is one "word" to split(), and a
    # word-wrapped label breaks it between any two characters, so it is never cut.
    return any("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in word)


def shorten(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """``text`` on one line, long words and the whole cut in the middle to at most ``limit``
    characters (a Japanese run, which wraps between any two characters, is not a long word)."""
    text = " ".join(w if len(w) <= WORD_LIMIT or _breaks_anywhere(w) else _cut(w, WORD_LIMIT)
                    for w in text.split())
    if len(text) <= limit:
        return text
    return _cut(text, limit)


#: A Qt accelerator as translations write it after the caption: "氏名（必須）(&M)：".
_ACCELERATOR = re.compile(r"\s*\(&[^&\s]\)")
#: Notes a caption carries that the message itself makes plain, in the desk's languages: the
#: whole note ("Name (required)", "氏名（必須）", "Nombre (obligatorio)") or its last part
#: ("Name (English, required)", "名称（英語、必須）", "Nombre (inglés, obligatorio)").
_NOTE = re.compile(r"\s*[(（](?:required|optional|必須|任意|obligatori[oa]|opcional)[)）]"
                   r"|(?:, |、)(?:required|optional|必須|任意|obligatori[oa]|opcional)(?=[)）])")
#: A caption's closing colon, ASCII or full-width.
_COLON = re.compile(r"\s*[:：]\s*$")


def caption(label: str) -> str:
    """A form caption as a field name in a message, in any language of the catalogues: no
    accelerator ("(&M)" or "&"), no "(required)"/"(optional)" note, no closing colon."""
    text = _ACCELERATOR.sub("", label.replace("&&", "\0"))
    text = text.replace("&", "").replace("\0", "&")
    return _COLON.sub("", _NOTE.sub("", text)).strip()


#: An article as a caption cites it, in each language of the catalogues: "Art. 7.2(c)"
#: (English, Spanish), "第7条第2項(c)" (Japanese), "条項7.2" (Japanese, a number put in by a
#: placeholder).
_CITED = re.compile(r"(?:Arts?\.\s*|条項)(?P<num>\d+(?:\.\d+)*)(?P<sub>(?:\([a-z]+\))*)"
                    r"|第(?P<art>\d+)条(?:第(?P<para>\d+)項)?(?P<jsub>(?:\([a-z]+\))*)")


def cited_articles(label: str) -> set[str]:
    """The articles ``label`` cites, as article ids ("7.2(c)", "9"), whatever its language."""
    found = set()
    for m in _CITED.finditer(label):
        if m["num"]:
            found.add(m["num"] + m["sub"])
        else:
            found.add(m["art"] + (f".{m['para']}" if m["para"] else "") + m["jsub"])
    return found


def _covers(cited: str, article: str) -> bool:
    # "7.2(c)" cited covers a finding under 7.2(c) or under 7.2 as a whole; "7.1" never "7.10".
    return cited == article or cited.startswith(article + "(") or cited.startswith(article + ".")


def violation_text(exc: RuleViolation, label: str | None = None) -> str:
    """One line naming the field by ``label`` (else by its caption in the window's language,
    ``ui.widgets.labels.field_name``: never the service's key) and citing the article.

    A label that already cites the article ("... \u2014 Art. 7.2(c)", "... \u2014 第7条第2項(c)")
    is not cited twice: the check compares article ids, not the label's wording."""
    from ui.i18n import article_text, language, violation_message
    from ui.widgets.labels import field_name

    name = caption(label) if label else field_name(exc.field)
    covered = exc.article and any(_covers(c, exc.article) for c in cited_articles(name))
    cited = article_text(exc.article) if exc.article else ""
    article = "" if not exc.article or covered else (
        f"（{cited}）" if language() == "ja" else f" ({cited})")
    colon = "：" if language() == "ja" else ": "
    return shorten(f"{name}{colon}{violation_message(exc)}{article}")


def plain_tooltip(text: str) -> str:
    """``text`` for a tooltip, shown as typed: Qt renders a tooltip that looks like markup as rich
    text, so an officer's ``<b>`` would turn bold (or a ``<img>`` load) instead of showing."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def may_close_unsaved(parent, text: str, save) -> bool:  # a QWidget; a callable
    """A form closed with unsaved edits: ask Save / Discard / Cancel (Save is the default).

    Returns whether the form may close now: True after Discard; after Save, what ``save()``
    returned (a form whose save accepts the dialog itself returns nothing: it is already
    closed, or stays open with the refusal under its field); False after Cancel."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox  # here: this module is on the start path

    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("UnsavedChanges", "Unsaved changes"), text,
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
    if answer == buttons.Cancel:
        return False
    if answer == buttons.Save:
        return bool(save())
    return True
