"""Agreements and the directory: the agreement catalogue, termination notices, administrations
and designated officials (Art. 7.3)."""
