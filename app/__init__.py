"""Liaison Desk core: treaty rules, encrypted store, services, letters. Never imports Qt."""

__version__ = "0.1.0"
