"""Letter wording per language, loaded from ``resources/letters/<lang>.json``.

No letter sentence lives in code: a kind module asks :class:`Wording` for a key and fills in the
letter's values. Dates, times and article references are formatted here, by language, from
patterns that are themselves in the JSON files.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import cache
from typing import Any

from app.paths import resource

#: Single languages with a wording file.
BASE_LANGUAGES: tuple[str, ...] = ("en", "ja", "es")

# "9", "9.3", "4.1(a)(i)", "11.4" -> article, paragraph, rest.
_ARTICLE = re.compile(r"^\s*(\d+)(?:\.(\d+))?(.*)$")


@cache
def _load(lang: str) -> dict[str, Any]:
    if lang not in BASE_LANGUAGES:
        raise ValueError(f"lang: no letter wording for language {lang!r}")
    with open(resource("letters", f"{lang}.json"), encoding="utf-8") as fh:
        return json.load(fh)


class Wording:
    """Lookup and formatting of letter text in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.data = _load(lang)

    def __call__(self, key: str, **values: Any) -> str:
        """The wording at dotted ``key``, with ``{name}`` placeholders filled from ``values``."""
        node: Any = self.data
        for part in key.split("."):
            try:
                node = node[part]
            except (KeyError, TypeError):
                raise KeyError(f"letter wording {self.lang}.json has no key {key!r}") from None
        if not isinstance(node, str):
            raise KeyError(f"letter wording {self.lang}.json key {key!r} is not text")
        return node.format(**values) if values else node

    def get(self, key: str, default: Any = None) -> Any:
        """Raw JSON node at dotted ``key`` (dicts, lists) or ``default``."""
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def date(self, d: date | None) -> str:
        """A calendar date in this language's letter style; '' for None."""
        if d is None:
            return ""
        month = self.data["months"][d.month - 1]
        return self.data["date_format"].format(day=d.day, month=month, month_num=d.month, year=d.year)

    def datetime(self, dt: datetime | None) -> str:
        """Date and clock time, with the UTC offset when ``dt`` is aware."""
        if dt is None:
            return ""
        text = self.data["datetime_format"].format(
            date=self.date(dt.date()), hour=dt.hour, minute=f"{dt.minute:02d}", hh=f"{dt.hour:02d}"
        )
        offset = dt.utcoffset()
        if offset is not None:
            total = int(offset.total_seconds() // 60)
            sign = "+" if total >= 0 else "-"
            text += f" (UTC{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d})"
        return text

    def article(self, code: str) -> str:
        """An article reference, e.g. ``"7.2(a)"`` -> "Article 7(2)(a)" / "第7条第2項(a)"."""
        m = _ARTICLE.match(code or "")
        if not m:
            return self.data["article"]["other"].format(code=code)
        art, para, rest = m.group(1), m.group(2), m.group(3).strip()
        pattern = self.data["article"]["paragraph" if para else "article"]
        return pattern.format(art=art, para=para, rest=rest)

    def articles(self, codes: list[str] | tuple[str, ...]) -> str:
        """Several article references joined in this language's list style."""
        refs = [self.article(c) for c in codes if c]
        return self.data["list_separator"].join(refs)

    def join(self, items: list[str]) -> str:
        """Plain items joined with this language's list separator."""
        return self.data["list_separator"].join(i for i in items if i)
