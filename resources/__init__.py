"""Data only: agreements, letter wording, fonts (with licences), icons, schema, translations.

Installed as ``app.resources`` (the mapping is in setup.py) and found at run time through
``app.paths.resource()`` alone; never imported as a top-level ``resources`` package.
"""
