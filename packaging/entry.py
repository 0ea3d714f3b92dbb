"""Entry point of the PyInstaller bundle: the same ``liaison-desk`` command as the console script.

Kept outside ``app/`` so the bundle runs exactly ``app.cli.main`` with nothing of its own."""

from __future__ import annotations

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # A frozen app that ever starts a worker process must call this first (Windows, macOS spawn).
    multiprocessing.freeze_support()
    sys.exit(main())
