"""``python -m tools.screenshots OUT_DIR [--all]``: the documentation's pictures (``make screenshots``).

The main script is ``__main__``; the other modules build ready-to-grab widgets over invented data.
"""
