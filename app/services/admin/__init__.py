"""Store administration: settings, backups, verification, the audit log, first run and the demo."""
