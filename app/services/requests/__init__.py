"""Requests for assistance: commands (create, edit, lifecycle), views, the paged list, references."""
