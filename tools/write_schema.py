"""``python -m tools.write_schema [FILE]``: regenerate ``resources/schema/interchange-v1.json``
(or write the schema to FILE). Run after a change to the store's models; a test fails until then."""

from __future__ import annotations

import sys
from pathlib import Path

from app.interchange.schema import write_schema

if __name__ == "__main__":
    print(f"wrote {write_schema(Path(sys.argv[1]) if len(sys.argv) > 1 else None)}")
