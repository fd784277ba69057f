"""Pages from a web archive: WARC records in, pages out.

Read with warcio (Webrecorder's reader, the one pywb and most archiving tools
use): pure Python, so it installs everywhere, and it reads .warc and
.warc.gz alike. FastWARC parses records about twice as fast, but record
reading is a few percent of a run (parsing the HTML is the rest), and it is a
compiled extension with fewer platforms.

Every `response` record with an HTML body is a page, and every `conversion`
record (WET) is a page dump. A record that cannot be read is reported by its
offset and URI, and the rest of the archive is read.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterator

from .html_bytes import decode_html, looks_like_html_bytes
from .sources import Problem, decode


@dataclass(frozen=True)
class ArchivedPage:
    """One page read from an archive record."""

    uri: str          # WARC-Target-URI
    source: str       # ARCHIVE#offset, where the record starts
    text: str
    html: bool        # markup (a response record) or a page dump (a WET conversion record)


def iter_warc(path: str, *, max_bytes: int) -> Iterator[ArchivedPage | Problem]:
    """Every page in a WARC file, in record order; problems name the record."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        handle = open(path, "rb")
    except OSError as err:
        yield Problem(path, f"cannot read: {err.strerror or err}")
        return
    with handle:
        size = os.fstat(handle.fileno()).st_size
        records = ArchiveIterator(handle, no_record_parse=False)
        end, uri = 0, None
        try:
            for record in records:
                offset = records.get_record_offset()
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{offset}"
                found = list(_pages(record, path, offset, uri, max_bytes))
                records.read_to_end(record)
                end = records.get_record_offset() + records.get_record_length()
                yield from found
        except Exception as err:  # warcio raises many kinds on a damaged archive
            yield Problem(f"{path}#{end}", f"record cannot be read ({type(err).__name__}: {err}); the rest of the archive is skipped")
            return
        if end < size:
            yield Problem(f"{path}#{end}", f"archive cut short: the record at byte {end} is incomplete, skipped", fatal=False)


def _pages(record, path: str, offset: int, uri: str, max_bytes: int) -> Iterator[ArchivedPage | Problem]:
    """The page a record holds, if any, after any warning about reading it."""
    kind = record.rec_type
    if kind not in ("response", "conversion", "resource"):
        return
    where = f"{path}#{offset}"
    content_type = None
    if kind == "response":
        if record.http_headers is None:
            return
        content_type = record.http_headers.get_header("Content-Type") or ""
        if content_type and "html" not in content_type.lower():
            return
    elif kind == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
        if "html" not in content_type.lower():
            return
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Problem(where, f"{uri}: page larger than {max_bytes} bytes, skipped (see --max-bytes)", fatal=False)
        return
    if kind == "conversion":
        text, problem = decode(data, where)
        if problem is not None:
            yield problem
        if text is not None:
            yield ArchivedPage(uri, where, text, html=False)
        return
    if not content_type and not looks_like_html_bytes(data):
        return
    text, warning = decode_html(data, where, content_type)
    if warning is not None:
        yield Problem(where, f"{uri}: {warning}", fatal=False)
    yield ArchivedPage(uri, where, text, html=True)
