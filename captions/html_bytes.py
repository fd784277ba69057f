"""HTML pages from bytes: which inputs are HTML, and their text in the charset they declare."""
from __future__ import annotations

import codecs
import re

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
SNIFF_BYTES = 4096


def is_html_path(path: str) -> bool:
    return path.lower().endswith(HTML_SUFFIXES)


def looks_like_html_bytes(data: bytes) -> bool:
    """Whether bytes open like an HTML document: a doctype, <html> or <head>, after any BOM, space or comments."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    while head.startswith(b"<!--"):
        end = head.find(b"-->")
        if end < 0:
            return False
        head = head[end + 3:].lstrip()
    return head.startswith((b"<!doctype html", b"<html", b"<head"))


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP Content-Type header, else a <meta> near the top, declares (None if none or unknown)."""
    names = []
    if content_type and (m := _HEADER_CHARSET.search(content_type)):
        names.append(m.group(1))
    if m2 := _META_CHARSET.search(data[:SNIFF_BYTES * 4]):
        names.append(m2.group(1).decode("ascii", "replace"))
    for name in names:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def decode_html(data: bytes, source: str, content_type: str | None = None) -> tuple[str, str | None]:
    """The page's text, and a warning when it could not be read exactly as declared.

    A byte order mark wins, then the declared charset; with none, UTF-8, and
    windows-1252 (what browsers assume) when the bytes are not UTF-8. Never raises.
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), None
    declared = declared_charset(data, content_type)
    if declared and declared not in ("utf-8", "ascii"):
        if declared.startswith("utf-16"):  # a <meta> the bytes could be read by is not UTF-16
            declared = "utf-8"
        try:
            return data.decode(declared), None
        except UnicodeDecodeError as err:
            return data.decode(declared, errors="replace"), f"not valid {declared} (byte {err.start}); read with replacement characters"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        if declared is None:
            return data.decode("cp1252", errors="replace"), f"not UTF-8 (byte {err.start}) and no charset declared; read as windows-1252"
        return data.decode("utf-8", errors="replace"), f"not UTF-8 (byte {err.start}); read with replacement characters"
