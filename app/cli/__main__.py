"""``python -m app.cli`` runs the same entry point as the ``liaison-desk`` script."""

import sys

from app.cli import main

sys.exit(main())
