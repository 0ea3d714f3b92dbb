"""Watch-list matching for surveillance subjects (Art. 4.2): identifiers, names, fuzzy search.

Pure Python, no database and no Qt; the store and the UI feed it :class:`SubjectRecord` values.
"""

__all__ = ["DEFAULT_MIN_SCORE", "Hit", "SubjectRecord", "WatchIndex"]


def __getattr__(name: str):  # PEP 562 lazy attribute
    # The engine (rapidfuzz, pykakasi) loads when a matcher is first asked for, so that code
    # needing only ``app.matching.identifiers`` (field checks, the CLI) does not pay for it.
    if name in __all__:
        from app.matching import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
