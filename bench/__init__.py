"""Benchmarks (``make bench`` = ``python -m bench``): figures against budgets, measured on one
synthetic store built once and cached under ``.bench-cache/``. Speed lives here, never in tests.

Each module with ``run(ctx)`` (or ``run()``) returns rows: ``bench.common.Row`` objects or dicts
``{figure, value, unit, budget, floor, note}``. See ``bench.__main__`` for the harness.
"""
