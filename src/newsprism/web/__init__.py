"""Web UI and JSON API over a newsprism database (read-only)."""
