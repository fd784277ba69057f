"""What a file is by its name: the one table of file extensions, for inputs and outputs alike.

Inputs classify themselves here (`input_kind`): a page dump, an HTML page, a
JSON Lines file (pages, a catalogue or photo rows, told apart by its first
record: `record_kind`), a web archive, a catalogue file, a database or a CSV
file (photo rows captions wrote, told by its header: `is_photo_table_header`;
any other CSV is read as a page dump, as before). Outputs choose their format from
the same table (`output_format`). HTML is also told by its bytes, where a
file's name says nothing (inputs.html_bytes).
"""
from __future__ import annotations

import os

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
CSV_SUFFIXES = (".csv",)
GZIPPED_PAGE_SUFFIXES = (".txt.gz", *(suffix + ".gz" for suffix in HTML_SUFFIXES))
PAGE_SUFFIXES = (".txt", *JSONL_SUFFIXES, *HTML_SUFFIXES, *WARC_SUFFIXES, *GZIPPED_PAGE_SUFFIXES)   # what folder walks read

# Catalogue formats by extension; a trailing .gz is looked through (and refused for output).
CATALOG_FORMATS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
OUTPUT_FORMATS = {**CATALOG_FORMATS, ".csv": "csv", **{suffix: "sqlite" for suffix in SQLITE_SUFFIXES}}
FORMATS = ("yaml", "json", "jsonl", "csv", "sqlite")

# Files a folder walk leaves out without a word: what captions reads or writes
# only when named (catalogues, labels, tables, databases) and what sits beside
# a saved page (its images, styles, scripts, fonts). Any other file left out is
# told once (walk.left_out): it may be a page saved under another name.
QUIETLY_LEFT_OUT = (*(s + gz for s in OUTPUT_FORMATS for gz in ("", ".gz")), ".md", ".pdf", ".log",
                    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".ico", ".bmp", ".tif", ".tiff",
                    ".mp4", ".webm", ".mp3", ".css", ".js", ".mjs", ".map", ".woff", ".woff2", ".ttf", ".otf", ".eot")

STDIN, WARC, JSONL, CATALOG, SQLITE, PAGE = "stdin", "warc", "jsonl", "catalog", "sqlite", "page"
CSV, PHOTOS = "csv", "photos"   # a CSV file; the kind of a JSON Lines record that is a photo row


def is_html_path(path: str) -> bool:
    """Whether a file's name says HTML page, gzipped or not."""
    name = path.lower()
    return name.removesuffix(".gz").endswith(HTML_SUFFIXES)


def page_stem(path: str) -> str:
    """The base of a page file's article id: its name less its extension and any .gz (story.txt.gz: story)."""
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0]


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


def is_photo_row(data: dict) -> bool:
    """Whether a JSON Lines record is a photo row `captions catalog --photos` wrote (a picture with its article's id)."""
    return "text" not in data and "html" not in data and "photos" not in data and "article_id" in data and "caption" in data


def record_kind(data: dict) -> str:
    """What the first record of a JSON Lines file says the file holds: CATALOG, PHOTOS or PAGE (pages)."""
    return CATALOG if is_catalog_record(data) else PHOTOS if is_photo_row(data) else PAGE


# the columns of the photo rows `captions catalog -f csv` and `--photos` write (catalog/photo_rows.py), in order: a CSV
# file headed by them is read back as a catalogue's pictures
PHOTO_COLUMNS = ("id", "article_id", "source", "date", "line", "description", "caption", "credit",
                 "credit_source", "photographers", "agencies", "via")


def is_photo_table_header(line: str) -> bool:
    """Whether a CSV file's first line is the header `captions catalog -f csv` writes."""
    return line.lstrip("\ufeff").rstrip("\r\n") == ",".join(PHOTO_COLUMNS)


def input_kind(path: str) -> str:
    """What an input path holds: standard input, a web archive, JSON Lines, a catalogue, a database, CSV or a page."""
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
    if path.lower().endswith(CSV_SUFFIXES):
        return CSV
    return PAGE
