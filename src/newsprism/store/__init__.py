"""The embedded SQLite store: schema and migrations, the Store class, exports.

Inputs: analyses from newsprism.analyze; readers are the CLI, the web app and the corpus code.
"""
from __future__ import annotations

from .db import Store
from .export import FORMATS, export

__all__ = ["FORMATS", "Store", "export"]
