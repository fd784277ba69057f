"""Which inputs are HTML pages: by their file name, or by how their bytes open.

Their text is decoded like any page's (captions.inputs.decoding: byte order mark,
UTF-8, the `<meta charset>` they declare, a guess); a web archive's HTTP
header may name the charset too.
"""
from __future__ import annotations

import codecs
import re

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
SNIFF_BYTES = 4096
# the tag's name whole: a page dump whose headline opens "<Headless ...>" or "<Html5 ...>" is no markup
_OPENING_TAG = re.compile(rb"<(?:!doctype\s+html|html|head)(?=[\s>/]|$)")


def looks_like_html_bytes(data: bytes) -> bool:
    """Whether bytes open like an HTML document: a doctype, <html> or <head> (the tag's name whole), after any BOM,
    space or comments."""
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    while head.startswith(b"<!--"):
        end = head.find(b"-->")
        if end < 0:
            return False
        head = head[end + 3:].lstrip()
    return _OPENING_TAG.match(head) is not None


def header_charset(content_type: str | None) -> str | None:
    """The charset an HTTP Content-Type header names, if Python knows it."""
    if not content_type or not (m := _HEADER_CHARSET.search(content_type)):
        return None
    try:
        return codecs.lookup(m.group(1)).name
    except LookupError:
        return None
