"""Which output a file name asks for: a catalogue (YAML, JSON, JSON Lines), photo rows (CSV) or SQLite."""
from __future__ import annotations

import os

from .writers import format_for

FORMATS = ("yaml", "json", "jsonl", "csv", "sqlite")
_SUFFIXES = {".csv": "csv", ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite"}


def export_format(path: str) -> str | None:
    """The format of `captions catalog -o PATH` by the file's extension, or None."""
    return format_for(path) or _SUFFIXES.get(os.path.splitext(path.lower())[1])
