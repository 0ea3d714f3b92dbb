"""``python -m app.interchange write-schema [FILE]``: regenerate resources/schema/interchange-v1.json."""

from __future__ import annotations

import sys
from pathlib import Path

from app.interchange.schema import write_schema

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] != "write-schema":
        sys.exit("usage: python -m app.interchange write-schema [FILE]")
    print(f"wrote {write_schema(Path(sys.argv[2]) if len(sys.argv) > 2 else None)}")
