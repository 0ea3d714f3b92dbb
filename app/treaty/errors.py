"""Errors raised by the treaty rules and the agreement catalogue.

Both are ``ValueError`` subclasses so callers that only care about "bad input" can catch one type,
and both render as a single line that names the offending field (and the article, where one
applies), which is what the CLI and the UI show to the officer.
"""

from __future__ import annotations


class RuleViolation(ValueError):
    """A treaty rule that a proposed action would break.

    ``field`` names the input at fault (``object_and_reason``, ``grounds``, ``status`` ...),
    ``message`` says what is wrong in plain words, ``article`` cites the provision ("7.2(c)").
    ``str()`` gives one line: ``"grounds: at least one ground is required (Art. 11.4)"``.
    """

    def __init__(self, field: str, message: str, article: str | None = None) -> None:
        super().__init__(field, message, article)
        self.field = field
        self.message = message
        self.article = article

    def __str__(self) -> str:
        suffix = f" (Art. {self.article})" if self.article else ""
        return f"{self.field}: {self.message}{suffix}"

    def __repr__(self) -> str:
        return f"RuleViolation({self.field!r}, {self.message!r}, article={self.article!r})"

    def __eq__(self, other: object) -> bool:
        # Value semantics make lists of violations easy to compare in services and tests.
        if not isinstance(other, RuleViolation):
            return NotImplemented
        return (self.field, self.message, self.article) == (other.field, other.message, other.article)

    def __hash__(self) -> int:
        return hash((self.field, self.message, self.article))


class CatalogueError(ValueError):
    """An agreement catalogue (JSON dict or file) that does not fit schema version 1.

    The message starts with the JSON path of the fault, e.g. ``"bases[3].code: missing"``.
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.detail = message
