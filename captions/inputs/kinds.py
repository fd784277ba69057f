"""What a file is by its name: the one table of file extensions, for inputs and outputs alike.

Inputs classify themselves here (`input_kind`): a page dump, an HTML page, a
JSON Lines file (pages or a catalogue, told apart by its first record:
`is_catalog_record`), a web
archive, a catalogue file or a database. Outputs choose their format from
the same table (`output_format`). HTML is also told by its bytes, where a
file's name says nothing (inputs.html_bytes).
"""
from __future__ import annotations

import os

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
PAGE_SUFFIXES = (".txt", *JSONL_SUFFIXES, *HTML_SUFFIXES, *WARC_SUFFIXES)   # what folder walks read

# Catalogue formats by extension; a trailing .gz is looked through (and refused for output).
CATALOG_FORMATS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
OUTPUT_FORMATS = {**CATALOG_FORMATS, ".csv": "csv", **{suffix: "sqlite" for suffix in SQLITE_SUFFIXES}}
FORMATS = ("yaml", "json", "jsonl", "csv", "sqlite")

STDIN, WARC, JSONL, CATALOG, SQLITE, PAGE = "stdin", "warc", "jsonl", "catalog", "sqlite", "page"


def is_html_path(path: str) -> bool:
    return path.lower().endswith(HTML_SUFFIXES)


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def is_sqlite(path: str) -> bool:
    return path.lower().endswith(SQLITE_SUFFIXES)


def catalog_format(path: str) -> str | None:
    """The catalogue format a file name asks for (yaml, json, jsonl), or None."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return CATALOG_FORMATS.get(os.path.splitext(name)[1])


def output_format(path: str) -> str | None:
    """The format of `captions catalog -o PATH` by the file's extension (any of FORMATS), or None."""
    return catalog_format(path) or OUTPUT_FORMATS.get(os.path.splitext(path.lower())[1])


def is_catalog_record(data: dict) -> bool:
    """Whether the first record of a JSON Lines file is a catalogue's article, not a page to read."""
    return "text" not in data and "html" not in data and "photos" in data


def input_kind(path: str) -> str:
    """What an input path holds: standard input, a web archive, JSON Lines, a catalogue, a database or a page."""
    if path == "-":
        return STDIN
    if is_warc(path):
        return WARC
    if is_jsonl(path):
        return JSONL
    if catalog_format(path):
        return CATALOG
    if is_sqlite(path):
        return SQLITE
    return PAGE
