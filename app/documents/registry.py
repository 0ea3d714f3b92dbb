"""The catalogue of letter kinds: code -> :class:`LetterKind`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType

from app.documents.context import KIND_CODES
from app.documents.i18n import BASE_LANGUAGES, Wording
from app.documents.kinds import MODULES


@dataclass(frozen=True)
class LetterKind:
    """A letter kind as other layers see it.

    ``directions`` are request directions it applies to (``outgoing``, ``incoming``,
    ``spontaneous-in``, ``spontaneous-out``); ``statuses`` the request statuses in which it is
    typically produced. Both are plain strings for the caller to match against its own model.
    """

    code: str
    titles: Mapping[str, str]
    directions: tuple[str, ...]
    statuses: tuple[str, ...]
    module: ModuleType

    def title(self, lang: str) -> str:
        """The title in ``lang`` (a bilingual code gives both titles joined by ' / ')."""
        return " / ".join(self.titles[part] for part in lang.split("+"))


def _build() -> dict[str, LetterKind]:
    kinds = {}
    for mod in MODULES:
        titles = {lang: Wording(lang)(f"kinds.{mod.CODE}.title") for lang in BASE_LANGUAGES}
        kinds[mod.CODE] = LetterKind(mod.CODE, titles, tuple(mod.DIRECTIONS), tuple(mod.STATUSES), mod)
    if tuple(kinds) != KIND_CODES:  # the plain list a LetterContext checks its kind against
        raise RuntimeError(f"letter kinds {tuple(kinds)} differ from context.KIND_CODES")
    return kinds


#: Every letter kind, in the order they are listed to the officer.
LETTER_KINDS: dict[str, LetterKind] = _build()
