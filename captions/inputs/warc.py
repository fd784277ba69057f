"""Pages from a web archive: WARC records in, pages out.

Read with warcio (Webrecorder's reader, the one pywb and most archiving tools
use): pure Python, so it installs everywhere, and it reads .warc and
.warc.gz alike. FastWARC parses records about twice as fast, but record
reading is a few percent of a run (parsing the HTML is the rest), and it is a
compiled extension with fewer platforms.

Every `response` record with an HTML body is a page, and every `conversion`
record (WET) is a page dump. A record that cannot be read is reported by its
offset and the record before it, and the archive is read on from the next
whole record (`iter_warc`).
"""
from __future__ import annotations

import logging
import os
import re
import zlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, BinaryIO, Iterator, NamedTuple, cast

from .decoding import decode_declared
from .html_bytes import header_charset, looks_like_html_bytes
from . import size_words
from .sources import Problem, decode, empty, is_blank_file
from .warc_bodies import http_not_read, media_type, record_body, watch_decompression
from .warc_spans import TAIL, Counted, SpanReader, Unzipped, next_record_start, one_member_cut_short, records_between

if TYPE_CHECKING:
    from warcio.archiveiterator import ArchiveIterator


@dataclass(frozen=True)
class ArchivedPage:
    """One page read from an archive record."""

    uri: str          # WARC-Target-URI
    source: str       # ARCHIVE#offset, where the record starts
    text: str
    html: bool        # markup (a response record) or a page dump (a WET conversion record)


class _Silent(str):
    """warcio writes its warnings to standard error itself; we count them (err_count) and report them as problems."""

    def format(self, *args: object, **kwargs: object) -> str:
        return ""


def _quiet_iterator(handle: BinaryIO | SpanReader) -> ArchiveIterator:
    # warcio logs a URI holding spaces, which it percent-encodes; with no handler, logging would print it
    logging.getLogger("warcio").addHandler(_NO_LOG)
    records = _quiet_iterator_class()(handle)
    watch_decompression(records.reader)  # a gzip member breaking off: its record is cut short, as we report
    return records


@cache
def _quiet_iterator_class() -> type[ArchiveIterator]:
    """warcio's archive iterator, quiet on damage we report ourselves; made on first use (warcio is imported then)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.recordloader import ArcWarcRecordLoader

    class Loader(ArcWarcRecordLoader):
        def load_http_headers(self, rec_type: str, uri: str | None, stream: Any, length: int | None) -> Any:
            # a record that lost its WARC-Target-URI line: warcio would call None.startswith and drop the record as
            # damage; with "" it is the response record under no URI that warc_bodies.http_not_read names
            return super().load_http_headers(rec_type, uri or "", stream, length)

    class QuietArchiveIterator(ArchiveIterator):
        INC_RECORD = _Silent()

        def __init__(self, fileobj: BinaryIO | SpanReader) -> None:
            super().__init__(fileobj)
            self.loader = Loader(verify_http=False, arc2warc=False)  # as ArchiveIterator makes its own

    return QuietArchiveIterator


_NO_LOG = logging.NullHandler()


class SpanEnd(NamedTuple):
    """The end of a span of an archive (`iter_warc(..., span=)`): what the run adds up over the spans of one archive."""

    bad_ends: int    # records not followed by a blank line
    stopped: bool    # a record could not be read: the rest of the archive is skipped


def bad_ends_problem(path: str, count: int) -> Problem:
    records = "1 record" if count == 1 else f"{count} records"
    return Problem(path, f"{records} not followed by a blank line: their Content-Length "
                         "may be wrong, and their pages cut or run together", fatal=False)


def iter_warc(path: str, *, max_bytes: int, span: tuple[int, int] | None = None,
              stream: BinaryIO | None = None) -> Iterator[ArchivedPage | Problem | SpanEnd]:
    """Every page in a WARC file (or in `stream`, read once through), in record order; problems name the record.

    With `span` (start, end: from `warc_spans.warc_spans`, at record
    boundaries; never with a stream) only the records in those bytes are
    read, and the span ends with a SpanEnd: the records it found not
    followed by a blank line are counted there, not reported, so that the
    run reports them once for the whole archive.

    Damage (a gzip member cut short or corrupt, bytes that are no record, a
    wrong Content-Length) is one error naming its byte offset, the record
    before it and what is wrong; a file is then read on from the next whole
    record (the next gzip member holding one, or the next `WARC/1.` line),
    and the error says how many records were skipped. Standard input cannot
    be searched ahead: its rest is skipped.
    """
    counted = None if stream is None else Counted(stream)   # where a stream ends is known once it is read
    try:
        handle = open(path, "rb") if counted is None else cast(BinaryIO, counted)   # read as a file is, never sought
    except OSError as err:
        yield Problem(path, f"cannot read: {err.strerror or err}")
        return
    with handle:
        size = os.fstat(handle.fileno()).st_size if stream is None else None   # a stream's end is not known ahead
        start, stop = span if span is not None else (0, size)
        gzipped = stream is None and _gzipped(handle)
        read = _Read(start)
        pos, yielded = start, 0
        while True:
            reader: BinaryIO | SpanReader = handle
            if span is not None or pos != start:
                assert stop is not None  # a span's end, or a file's size: a stream is never cut, nor read on
                reader = SpanReader(handle, pos, stop)
            elif stream is None:
                handle.seek(pos)
            records = _quiet_iterator(reader)
            try:
                for item in _read_records(records, read, path, max_bytes, seekable=stream is None):
                    yielded += 1
                    yield item
            except Exception as err:  # warcio raises many kinds on a damaged archive
                # warcio's word for a gzip member holding more than one record (`gzip crawl.warc`)
                one_stream = "non-chunked gzip" in str(err)
                if one_stream and stream is None and start == 0:
                    yield from _looked_through(path, max_bytes, yielded, span)
                    return
                # a record not followed by its blank line just before the damage: the damage's own error says so
                ended_wrong = records.err_count > 0
                read.length_wrong = ended_wrong or isinstance(err, _RanOverError)
                read.bad_ends += records.err_count - ended_wrong
                # past a wrong Content-Length, the next record may begin inside the one it ran into
                after = read.last + 1 if read.length_wrong else read.end + 1
                resume = None
                if stream is None and not one_stream:
                    assert stop is not None  # a file's size, or its span's end
                    resume = next_record_start(handle, after, stop, gzipped)
                if isinstance(err, _PastLimitError):
                    where = f"{path}#{read.last}"
                    if resume is None:  # no record inside: it is the archive's last, cut short
                        yield _cut_short(where, err.uri, err.missing)
                    yield _too_large(where, err.uri, max_bytes)
                    if resume is None:
                        read.bad_ends += records.err_count
                        break
                if read.count == 0 and start == 0 and resume is None and not one_stream:
                    yield _no_record(path, stream)
                elif one_stream:
                    yield Problem(path, "gzipped as one stream, not record by record as WARC tools write it; "
                                        "run `warcio recompress` on it, or gunzip it and read the .warc")
                else:
                    yield _damage(path, handle if stream is None else None, read, err, gzipped, resume, stop)
                    if resume is not None:
                        pos = read.end = resume
                        continue
                if span is not None:
                    yield SpanEnd(read.bad_ends, stopped=True)
                return
            read.bad_ends += records.err_count
            break
        end = read.end
        if counted is not None:
            size = stop = counted.total
        cut = size is not None and stop == size and end < size and not _only_blank_after(counted or handle, end, size)
        if cut and gzipped and start == 0 and one_member_cut_short(handle):
            # one gzip member to the cut, its first record whole: warcio, reading it as a member a record, says
            # nothing of what the member holds after
            yield from _looked_through(path, max_bytes, yielded, span)
            return
        if start == 0 and not read.resumed and (read.count == 0 or (read.bad_ends and read.bad_ends >= read.count)):
            yield _no_record(path, stream) if read.count == 0 else Problem(path, NOT_WARC)
            if span is not None:
                yield SpanEnd(0, stopped=True)
            return
        if span is not None:
            yield SpanEnd(read.bad_ends, stopped=False)
        elif read.bad_ends:
            yield bad_ends_problem(path, read.bad_ends)
        if cut:
            yield Problem(f"{path}#{end}", f"archive cut short after the record at byte {read.last}: "
                                           f"the record at byte {end} is incomplete, skipped")

def _looked_through(path: str, max_bytes: int, given: int,
                    span: tuple[int, int] | None) -> Iterator[ArchivedPage | Problem | SpanEnd]:
    """What a web archive gzipped as one stream holds, read once through as standard input is (inputs.stdin), but the
    first `given` pages and problems, already given; offsets are then the archive's unzipped bytes'."""
    for n, item in enumerate(iter_warc(path, max_bytes=max_bytes, stream=Unzipped(path))):  # type: ignore[arg-type]
        if n >= given:
            yield item
    if span is not None:
        yield SpanEnd(0, stopped=False)


class _Read:
    """How far reading an archive got: records read, the end of the last one, records found without their blank line."""

    def __init__(self, start: int) -> None:
        self.count = 0          # records read whole, counted through the damage
        self.end = start        # the byte after the last record read
        self.last = start - 1   # where the last record read begins
        self.bad_ends = 0
        self.resumed = False    # read on past damage
        self.length_wrong = False   # the last record was not followed by its blank line


def _read_records(records: ArchiveIterator, read: _Read, path: str, max_bytes: int,
                  seekable: bool) -> Iterator[ArchivedPage | Problem]:
    """The pages of the records `records` gives, counted in `read`; raises where the archive is damaged, and, where
    the archive can be read again from a record inside it (`seekable`), where a record runs on over the next."""
    for record in records:
        if getattr(record, "format", "warc") != "warc":
            raise _NotWarc
        read.count += 1
        # The body is read before asking for the offset: warcio's offset call ends the record.
        body, damage = record_body(record, max_bytes)
        records.read_to_end(record)
        missing = getattr(record.raw_stream, "limit", 0) or 0  # bytes the record's length promised and the file lacks
        offset = records.get_record_offset()
        read.end, read.last = offset + records.get_record_length(), offset
        uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{offset}"
        if missing > 0 and seekable and body and (inside := _record_inside(body)) is not None:
            # its Content-Length ran on over the records after it, to the end: its page is what comes before them
            yield from _pages(record, body[:inside], path, offset, uri, max_bytes)
            raise _RanOverError(uri)
        if missing > 0 and seekable and body and len(body) > max_bytes:
            raise _PastLimitError(uri, missing)  # a record may begin in its body past the bytes read: iter_warc looks
        if missing > 0:
            yield _cut_short(f"{path}#{offset}", uri, missing)
            body = body and _without_cut_tag(body)
        if body is None and (why := http_not_read(record)) is not None:
            yield Problem(f"{path}#{offset}", why, fatal=False)
        elif body is not None and damage == "undecoded":
            encoding = record.http_headers.get_header("Content-Encoding")
            yield Problem(f"{path}#{offset}", f"{uri}: HTTP body not {encoding} as its Content-Encoding says: "
                                              "corrupt, skipped")
        elif body is not None:
            if damage == "broken":
                encoding = record.http_headers.get_header("Content-Encoding")
                yield Problem(f"{path}#{offset}", f"{uri}: HTTP body's {encoding} stream breaks off after "
                                                  f"{len(body)} bytes; what comes before is read", fatal=False)
                body = _without_cut_tag(body)
            yield from _pages(record, body, path, offset, uri, max_bytes)


class _NotWarcError(Exception):
    """A record of another format (ARC) where WARC records were read."""


_NotWarc = _NotWarcError("Invalid WARC record, first line: (an ARC record)")


class _RanOverError(Exception):
    """A record whose Content-Length runs past the end of the archive, over the records after it (its URI)."""


class _PastLimitError(_RanOverError):
    """A record whose Content-Length runs past the end of the archive, larger than --max-bytes as far as it goes:
    over the records after it if one begins in its body, else cut short."""

    def __init__(self, uri: str, missing: int) -> None:
        super().__init__(uri)
        self.uri, self.missing = uri, missing


def _cut_short(where: str, uri: str, missing: int) -> Problem:
    return Problem(where, f"{uri}: record cut short ({missing} bytes missing); what is there is read", fatal=False)


def _too_large(where: str, uri: str, max_bytes: int) -> Problem:
    return Problem(where, f"{uri}: page larger than {size_words(max_bytes)}, skipped (see --max-bytes)")


def _record_inside(body: bytes) -> int | None:
    """Where a WARC record's header begins inside a record's body (a `WARC/1.0` line), None if none does."""
    found = _WARC_LINE_INSIDE.search(body)
    return None if found is None else found.start() + 1


_WARC_LINE_INSIDE = re.compile(rb"\nWARC/1\.[01]\r?\n")


def _gzipped(handle: BinaryIO) -> bool:
    head = handle.read(2)
    handle.seek(0)
    return head == b"\x1f\x8b"


def _damage(path: str, handle: BinaryIO | None, read: _Read, err: Exception, gzipped: bool, resume: int | None,
            stop: int | None) -> Problem:
    """The error on damage at the end of the last record read: where, after which record, what, and what was skipped.

    Records are named by their offset, which a worker reading a span of the
    archive knows as well as one reading it whole (their numbers it does not).
    """
    if isinstance(err, _RanOverError) and resume is not None:
        read.resumed = True
        return Problem(f"{path}#{read.last}", f"{_what_is_wrong(err, gzipped, read.length_wrong)}; read on from "
                                              f"byte {resume}, where the next record begins inside it")
    at = read.end
    after = (f"after the record at byte {read.last}" if read.count
             else "where the next record should begin" if read.resumed else "where the first record should begin")
    what = _what_is_wrong(err, gzipped, read.length_wrong)
    if resume is None:
        skipped = "the rest of the archive is skipped"
        if handle is not None and stop is not None:
            lost = records_between(handle, at, stop, gzipped)
            skipped = f"the rest of the archive ({_records(lost)}, {stop - at} bytes) is skipped"
    else:
        read.resumed = True
        if resume <= at:
            return Problem(f"{path}#{at}", f"{after}: {what}; read on from byte {resume}, where the "
                                           "next record begins inside the one before")
        lost = records_between(handle, at, resume, gzipped) if handle is not None else 0
        skipped = f"{_records(lost)} ({resume - at} bytes) skipped, read on from byte {resume}"
    return Problem(f"{path}#{at}", f"{after}: {what}; {skipped}")


def _records(n: int) -> str:
    return f"{n} record{'' if n == 1 else 's'}"


def _what_is_wrong(err: Exception, gzipped: bool, length_wrong: bool) -> str:
    """What an exception of warcio's or zlib's says of the archive, in the words of the rest of captions."""
    if isinstance(err, _RanOverError):
        return f"{err}: its Content-Length runs past the end of the archive, over the records after it"
    reason = (str(err).strip().splitlines() or [""])[0]
    first = reason.partition("first line:")[2].strip() if "first line:" in reason else None
    binary = first is not None and (not first.isprintable() or "\\x" in first)   # warcio shows some bytes escaped
    if binary or isinstance(err, (EOFError, zlib.error)) or "decompress" in reason:
        return "gzip data corrupt or cut short" if gzipped else "bytes that are no WARC record"
    if first is not None:
        shown = first if len(first) <= 40 else first[:40] + "..."
        hint = " (the record before it is not followed by a blank line: its Content-Length is wrong)" if length_wrong else ""
        return f"no WARC record begins here: its first line is {shown!r}{hint}"
    words = "".join(c if c.isprintable() else "?" for c in reason)[:80]
    return f"record cannot be read ({type(err).__name__}: {words})"


NOT_WARC = "not a web archive: no WARC record could be read"


def _no_record(path: str, stream: BinaryIO | None) -> Problem:
    """Why an archive gave no record: it is empty (a warning, as for any input), or it is no archive."""
    return empty(path) if stream is None and is_blank_file(path) else Problem(path, NOT_WARC)


def _only_blank_after(handle: BinaryIO | Counted, end: int, size: int) -> bool:
    """Whether the file holds nothing but line ends after the last record (writers add one blank line)."""
    if size - end > TAIL:
        return False
    if isinstance(handle, Counted):
        return not handle.tail[len(handle.tail) - (size - end):].strip()
    handle.seek(end)
    return not handle.read(TAIL).strip()



def _without_cut_tag(body: bytes) -> bytes:
    """A cut-short record's bytes without the tag the cut left open ('...Photo: AFP</fig'), which would read as text."""
    opened = body.rfind(b"<")
    return body[:opened] if opened > body.rfind(b">") else body


def _pages(record, data: bytes, path: str, offset: int, uri: str, max_bytes: int) -> Iterator[ArchivedPage | Problem]:
    """The page a record holds, after any warning about reading it."""
    kind = record.rec_type
    where = f"{path}#{offset}"
    content_type = media_type(record)
    if kind != "conversion" and not content_type and not looks_like_html_bytes(data):
        return   # no page: a body of no media type that opens as no HTML (a video's, an image's), however large
    if len(data) > max_bytes:
        yield _too_large(where, uri, max_bytes)
        return
    if kind == "conversion":
        text, problem = decode(data, where)
        if problem is not None:
            yield problem
        if text is not None:
            yield ArchivedPage(uri, where, text, html=False)
        return
    text, problem = _decoded(data, where, content_type)
    if problem is not None:
        yield Problem(where, f"{uri}: {problem.message}", fatal=problem.fatal)
    if text is not None:
        yield ArchivedPage(uri, where, text, html=True)


def _decoded(data: bytes, where: str, content_type: str | None) -> tuple[str | None, Problem | None]:
    """The page's text: in the charset its HTTP header names, else read like any page."""
    charset = header_charset(content_type)
    if charset and charset != "utf-8" and (text := decode_declared(data, charset)) is not None:
        return text, None
    return decode(data, where)
