"""Which inputs are HTML pages: by their file name, or by how their bytes open.

Their text is decoded like any page's (captions.inputs.decoding: byte order mark,
UTF-8, the `<meta charset>` they declare, a guess); a web archive's HTTP
header may name the charset too.
"""
from __future__ import annotations

import re

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
SNIFF_BYTES = 4096
_INSTRUCTIONS = re.compile(rb"(?:\s*<\?.*?\?>)+", re.DOTALL)  # processing instructions: no text of a page dump
# the tag's name whole: a page dump whose headline opens "<Headless ...>" or "<Html5 ...>" is no markup


def looks_like_html_bytes(data: bytes) -> bool:
    """Whether bytes open like HTML, by the same test as a decoded text's (text.looks_like_html, which it calls)."""
    from ..text import looks_like_html

    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
    if head.lstrip().startswith(b"<?") and (instructions := _INSTRUCTIONS.match(head)) is not None:
        head = head[instructions.end():]  # "<?xml ...?>" over an XHTML page, "<?php ...?>" a server left unrun
    return looks_like_html(head.decode("latin-1"))


def header_charset(content_type: str | None) -> str | None:
    """The codec an HTTP Content-Type header's charset names, if it names one (decoding.codec_of)."""
    from .decoding import codec_of

    if not content_type or not (m := _HEADER_CHARSET.search(content_type)):
        return None
    return codec_of(m.group(1))
