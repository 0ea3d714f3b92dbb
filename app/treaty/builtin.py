"""The agreements shipped in ``resources/agreements/*.json``: finding, reading and caching them."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.paths import resource  # a leaf module: where the shipped files are
from app.treaty.catalogue import AgreementSpec, _check_references, agreement_from_dict
from app.treaty.errors import CatalogueError
from app.treaty.schema import validate_agreement_dict


def load_agreement_file(path: Path) -> AgreementSpec:
    """Read and validate one agreement JSON file; errors are prefixed with the file name."""
    return agreement_from_dict(_read_json(path))


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CatalogueError(Path(path).name, f"cannot read agreement file: {exc}") from None
    try:
        validate_agreement_dict(data)
        _check_references(data)
    except CatalogueError as exc:
        raise CatalogueError(f"{Path(path).name}: {exc.path}", exc.detail) from None
    return data


def builtin_agreement_dicts() -> list[dict[str, Any]]:
    """The shipped agreements (``resources/agreements/*.json``) as validated dicts, by file name."""
    folder = resource("agreements")
    return [_read_json(p) for p in sorted(folder.glob("*.json"))]


def load_builtin_agreements() -> list[AgreementSpec]:
    """The shipped agreements as ``AgreementSpec`` objects."""
    return [agreement_from_dict(d) for d in builtin_agreement_dicts()]


def builtin_agreement(key: str) -> AgreementSpec:
    """One shipped agreement by key ("jp-us-1997"); ``KeyError`` if it is not shipped.

    Cached per agreements folder: the specs are immutable and the files do not change at run time.
    """
    for spec in _builtin_cached(str(resource("agreements"))):
        if spec.key == key:
            return spec
    raise KeyError(f"agreement: no built-in agreement {key!r}")


MODEL_AGREEMENT_KEY = "jp-us-1997"


def model_agreement() -> AgreementSpec | None:
    """The built-in Japan–US agreement, the model the rules fall back on; None if not shipped."""
    try:
        return builtin_agreement(MODEL_AGREEMENT_KEY)
    except (KeyError, ValueError):
        return None


@lru_cache(maxsize=4)
def _builtin_cached(folder: str) -> tuple[AgreementSpec, ...]:
    del folder  # only the cache key; load_builtin_agreements finds the folder itself
    return tuple(load_builtin_agreements())
