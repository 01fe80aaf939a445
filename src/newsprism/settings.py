"""Every user-facing setting in one table: name, default, help.

The CLI builds its options from it, the README's option list is checked against it, and the
web server reads its defaults from it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "newsprism.db", "SQLite database file (created if missing)"),
    Setting("host", "127.0.0.1", "address the web server listens on (localhost only by default)"),
    Setting("port", 8000, "port the web server listens on"),
    Setting("batch_size", 32, "articles analysed and committed per batch during ingest"),
    Setting("max_bytes", 50_000_000, "largest single input accepted, in bytes"),
)

DEFAULTS = {s.name: s.default for s in SETTINGS}


def help_for(name: str) -> str:
    for s in SETTINGS:
        if s.name == name:
            return f"{s.help} (default: {s.default})"
    raise KeyError(name)
