"""The admin pane: security settings edited offline-first (see desktop.admin for the logic)."""
