"""Developer tools, run from the source tree (``python -m tools.<name>``) and never installed.

- ``tools.generate``: a store filled with deterministic synthetic data (bench, load tests)
- ``tools.sample_letters``: sample PDFs and PNGs of every letter kind (``make letters``)
- ``tools.screenshots``: the documentation's pictures from the demo data (``make screenshots``)
- ``tools.render_icons``: the icon's PNG sizes, .ico and .icns from its SVG (by hand, committed)
- ``tools.write_schema``: regenerate ``resources/schema/interchange-v1.json`` (committed)

The benchmarks live in ``bench/`` (``make bench``). The invented demo data set is a product
feature (``liaison-desk demo``) and lives in ``app.demo``.
"""
