"""Agreements and the pure rules that follow from them (no I/O beyond reading catalogue JSON).

Modules: ``catalogue`` (agreements, articles, bases, grounds), ``completeness`` (Art. 7.2),
``clocks`` (business days, Art. 7.1 / 14), ``lifecycle`` (statuses, Art. 11), ``reciprocity``
(Art. 11.2), ``termination`` (Art. 14.2), ``errors``. This package imports nothing else of the
project and never Qt.
"""
