"""Texts of ``app/`` that the window shows in the officer's language, without importing Qt.

``app/`` words its findings, refusals, labels and clock explanations in English, and every caller
(the CLI, scripts, tests, the stored audit) keeps reading English. The window translates them:

- ``QT_TRANSLATE_NOOP("Context", "source {x}")`` marks a source string. ``pyside6-lupdate``
  recognises that name in Python and extracts it into the app catalogues
  (``resources/translations/liaison_desk_app_*.ts``, ``make translations``). It returns a
  :class:`Text`: a ``str`` (the English source) that also remembers its context and source.
- ``QT_TRANSLATE_NOOP(...).format(x=...)`` gives a :class:`Text` again: its ``str`` value is the
  English sentence, exactly as an f-string would have worded it, and it keeps the source and the
  parameters, so ``ui.i18n.render`` can look the source up in the catalogue of the window's
  language and fill in the same parameters there (dates in that language's own format, nested
  :class:`Text` rendered the same way, lists joined with that language's separator).
- A plural is marked with ``translate("Context", "%n day(s)", None, 0)`` (the positional form
  lupdate extracts as a numerus message) and its count given as ``.format(n=3)``: Qt's ``%n``
  numerus rules pick the form in a translation; in English "(s)" is dropped for one and made "s" for any
  other, as ``ui.plurals`` does for the window's own texts.

Anything that is not a :class:`Text` (an f-string, a name an officer typed) is shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

__all__ = ["LIST_SEPARATOR", "QT_TRANSLATE_NOOP", "Code", "Day", "Localized", "Text", "english_plural",
           "english_value", "quoted", "translate"]

_PLURAL_MARK = "(s)"


def english_plural(source: str, n: int) -> str:
    """``source`` for a count of ``n`` in English: "(s)" dropped for one, "s" for any other."""
    if n < 0:
        return source
    return source.replace(_PLURAL_MARK, "" if n == 1 else "s").replace("%n", str(n))


class Day(date):
    """A date worded with its weekday: ``Fri 2026-11-20`` in English; the window words it in its
    language (``11月20日(金)``). Clock explanations use it for every day they name."""

    _WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

    @classmethod
    def of(cls, d: date) -> Day:
        """``d`` as a :class:`Day`."""
        return cls(d.year, d.month, d.day)

    def __str__(self) -> str:
        return f"{self._WEEKDAYS[self.weekday()]} {self.isoformat()}"

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else super().__format__(spec)


class Localized(str):
    """A word with its own wording per language that no catalogue holds (a public holiday's name
    from the ``holidays`` package): ``str`` is the English; ``words`` maps a language code to its
    wording (a language missing reads English)."""

    words: Mapping[str, str]

    def __new__(cls, english: str, words: Mapping[str, str]) -> Localized:
        obj = super().__new__(cls, english)
        obj.words = dict(words)
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Localized, (str(self), dict(self.words)))

    def in_language(self, lang: str) -> str:
        """The wording in ``lang`` (the English when there is none)."""
        return self.words.get(lang) or str(self)


def quoted(text: str) -> Localized:
    """``text`` quoted as each language quotes what the officer typed or stored: ``'TANAKA'`` in
    English (Python's ``repr``, as the English messages always quoted it), 「TANAKA」 in Japanese,
    «TANAKA» in Spanish."""
    return Localized(repr(text), {"ja": f"「{text}」", "es": f"«{text}»"})


class Code(str):
    """A stored code in a sentence (a status, a direction, a letter kind, an article): ``str`` is
    how the English sentence words it, the code itself unless ``english`` is given ("cannot go
    from draft to sent", but "while the request is in progress"); ``code`` is the stored code the
    window words as its labels do (``kind``: ``status``, ``direction``, ``letter`` or
    ``article``)."""

    kind: str
    code: str

    def __new__(cls, code: str, kind: str, english: str | None = None) -> Code:
        obj = super().__new__(cls, code if english is None else english)
        obj.kind, obj.code = kind, code
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Code, (self.code, self.kind, str(self)))


class Text(str):
    """A marked source string of ``app/`` with its parameters; ``str`` is the English sentence.

    ``context`` and ``source`` are what the catalogue is keyed by; ``params`` what fills the
    ``{name}`` placeholders; ``n`` the count for ``%n`` (``-1``: none). Equal to the plain English
    string, so callers and tests that compare text keep working.
    """

    context: str
    source: str
    params: Mapping[str, Any]
    n: int

    def __new__(cls, context: str, source: str, params: Mapping[str, Any] | None = None,
                n: int = -1) -> Text:
        params = dict(params or {})
        english = english_plural(source, n)
        if params:
            english = english.format(**{k: english_value(v) for k, v in params.items()})
        obj = super().__new__(cls, english)
        obj.context, obj.source, obj.params, obj.n = context, source, params, n
        return obj

    def format(self, *args: object, **params: Any) -> Text:
        """The same source with ``params`` (and ``n``, the count of a plural) filled in."""
        if args:
            raise TypeError("Text.format takes named parameters only (the catalogue needs names)")
        n = params.pop("n", self.n)
        if not isinstance(n, int):
            raise TypeError("n (the count of a plural) must be an int")
        return Text(self.context, self.source, {**self.params, **params}, n)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.source, dict(self.params), self.n))

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {self.source!r}, {dict(self.params)!r}, n={self.n})"


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - the name lupdate knows
    """Mark ``source`` for the app catalogues under ``context``; returns it as a :class:`Text`."""
    return Text(context, source)


def translate(context: str, source: str, disambiguation: None = None, n: int = 0) -> Text:
    """Mark a plural source (one with ``%n``) for the app catalogues: ``pyside6-lupdate``
    extracts this call, in exactly this positional form, as a numerus message (each language
    its own plural forms). Nothing is translated here: ``.format(n=count, ...)`` fills it in."""
    del disambiguation  # the form lupdate recognises has one; app/ texts need none
    return Text(context, source, None, n)


#: The separator of a list given as a parameter (a tuple): ", " in English, "、" in Japanese.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("List", ", ")


def english_value(value: Any) -> Any:
    """A parameter as the English sentence takes it: a tuple or list joined with ", " (its items
    worded by ``str``); anything else as it is (so ``{count:,}`` still formats a number)."""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value
