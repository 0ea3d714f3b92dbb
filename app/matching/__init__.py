"""Watch-list matching for surveillance subjects (Art. 4.2): identifiers, names, fuzzy search.

Pure Python, no database and no Qt; the store and the UI feed it :class:`SubjectRecord` values.
"""

from app.matching.engine import DEFAULT_MIN_SCORE, Hit, SubjectRecord, WatchIndex

__all__ = ["DEFAULT_MIN_SCORE", "Hit", "SubjectRecord", "WatchIndex"]
