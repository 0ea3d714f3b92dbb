"""Liaison Desk desktop front end (PySide6). Thin: calls app.services."""
