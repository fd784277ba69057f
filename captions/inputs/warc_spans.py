"""Cutting a large web archive into byte spans that start and end at record boundaries.

Each span is read by its own worker process (`warc.iter_warc(..., span=)`),
so the main process reads no page of an archive. A .warc.gz is cut where a
gzip member begins whose first bytes inflate to a WARC header: WARC tools
write one member a record, and deflated data holding the gzip magic followed
by a valid stream that inflates to 'WARC/1.' does not happen by chance. A
plain .warc is walked record by record, header to header, over each
Content-Length, without reading the bodies. Anything unexpected (a record
not followed by its blank line, a header that is not WARC, a gzip stream that
is one member) leaves the archive whole: one span, read as it always was, so
its problems are reported as they always were.
"""
from __future__ import annotations

import gzip
import os
import re
import zlib
from typing import BinaryIO

SPAN = 1 << 20          # bytes of archive a worker reads at a time: about a thousand page dumps, or a dozen HTML pages, gzipped
_GZIP_MAGIC = b"\x1f\x8b\x08"
_BLOCK = 1 << 20
_LONGEST_HEADER = 1 << 16
_CONTENT_LENGTH = re.compile(rb"\r\nContent-Length:[ \t]*(\d+)[ \t]*\r\n", re.IGNORECASE)


def warc_spans(path: str, size: int | None = None) -> list[tuple[int, int]]:
    """The archive as (start, end) byte spans of about `size` (SPAN) bytes, each a run of whole records; one span if it cannot be cut."""
    size = size or SPAN
    try:
        with open(path, "rb") as handle:
            total = os.fstat(handle.fileno()).st_size
            if total <= size:
                return [(0, total)]
            starts = _member_starts(handle, total, size) if path.lower().endswith(".gz") else _record_starts(handle, total, size)
    except OSError:
        return [(0, 0)]  # the worker reading it reports why
    ends = starts[1:] + [total]
    return list(zip(starts, ends))


class SpanReader:
    """A file read from `start` up to `end` only; tell() gives offsets in the whole file, as warcio reports them."""

    def __init__(self, handle: BinaryIO, start: int, end: int) -> None:
        handle.seek(start)
        self._handle = handle
        self._end = end

    def read(self, n: int | None = -1) -> bytes:
        left = self._end - self._handle.tell()
        if left <= 0:
            return b""
        return self._handle.read(left if n is None or n < 0 else min(n, left))

    def tell(self) -> int:
        return self._handle.tell()


def _member_starts(handle: BinaryIO, total: int, size: int) -> list[int]:
    """Where gzip members holding a WARC record begin, one about every `size` bytes."""
    if not _warc_member_at(handle, 0):
        return [0]
    starts = [0]
    while True:
        found = _next_member(handle, starts[-1] + size, total)
        if found is None:
            return starts
        starts.append(found)


def _next_member(handle: BinaryIO, offset: int, total: int) -> int | None:
    pos = offset
    while pos < total - len(_GZIP_MAGIC):
        handle.seek(pos)
        block = handle.read(_BLOCK)
        at = block.find(_GZIP_MAGIC)
        while at != -1:
            if _warc_member_at(handle, pos + at):
                return pos + at
            at = block.find(_GZIP_MAGIC, at + 1)
        if len(block) <= len(_GZIP_MAGIC):
            return None
        pos += len(block) - len(_GZIP_MAGIC) + 1   # a magic cut by the block's end is found in the next
    return None


def _warc_member_at(handle: BinaryIO, offset: int) -> bool:
    """Whether a gzip member starts at `offset` and inflates to a WARC record header."""
    handle.seek(offset)
    data = handle.read(4096)
    try:
        head = zlib.decompressobj(31).decompress(data, 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/1.")


def _record_starts(handle: BinaryIO, total: int, size: int) -> list[int]:
    """Where records begin in a plain WARC, one about every `size` bytes; [0] if any record is not as the standard has it."""
    starts, pos, cut = [0], 0, size
    while pos < total:
        handle.seek(pos)
        head = handle.read(8192)
        if not head.startswith(b"WARC/1."):
            if head.strip() or total - pos > 64:
                return [0]
            return starts[:-1] if starts[-1] == pos else starts  # writers may end with a blank line
        blank = head.find(b"\r\n\r\n")
        if blank == -1:
            head += handle.read(_LONGEST_HEADER)
            blank = head.find(b"\r\n\r\n")
            if blank == -1:
                return [0]
        length = _CONTENT_LENGTH.search(head, 0, blank + 2)
        if length is None:
            return [0]
        body_end = pos + blank + 4 + int(length.group(1))
        handle.seek(body_end)
        if handle.read(4) != b"\r\n\r\n":
            return [0]
        pos = body_end + 4
        if pos >= cut and pos < total:
            starts.append(pos)
            cut = pos + size
    return starts


_WARC_LINE = re.compile(rb"\nWARC/1\.[01]\r?\n")


def next_record_start(handle: BinaryIO, offset: int, end: int, gzipped: bool) -> int | None:
    """Where the next whole record begins at or after `offset` (> 0) and before `end`, past damage; None if none does.

    In a .warc.gz, a gzip member that inflates to a WARC header (as `warc_spans`
    cuts); in a plain .warc, a `WARC/1.0` or `WARC/1.1` line.
    """
    if gzipped:
        found = _next_member(handle, offset, end)
        return found if found is not None and found < end else None
    pos = offset
    while pos < end:
        handle.seek(pos - 1)   # with the line end before it
        block = handle.read(min(_BLOCK, end - pos) + 1)
        match = _WARC_LINE.search(block)
        if match is not None:
            return pos + match.start()
        if len(block) <= 16:
            return None
        pos += len(block) - 16   # a header line cut by the block's end is found in the next
    return None


def records_between(handle: BinaryIO, start: int, end: int, gzipped: bool) -> int:
    """How many records seem to begin in the bytes from `start` to `end`: gzip members, or `WARC/1.` lines."""
    count, pos = 0, start
    mark = _GZIP_MAGIC if gzipped else b"WARC/1."
    while pos < end:
        handle.seek(pos)
        block = handle.read(min(_BLOCK, end - pos))
        if not block:
            break
        at = block.find(mark)
        while at != -1:
            if gzipped or at + pos == start or block[at - 1:at] == b"\n":
                count += 1
            at = block.find(mark, at + 1)
        pos += len(block)   # a mark cut by a block's end is not counted: this is an estimate for a message
    return count


class Unzipped:
    """A gzipped file's bytes (or an open gzip stream's), as far as they go: cut short, they end where the gzip data
    does, and the record there is cut short as in a .warc (a gzip stream's reader would give nothing of the last
    block, or of a small file). `error`, once read, is why the data ended early (cut short or corrupt), if it did."""

    def __init__(self, source: str | gzip.GzipFile) -> None:
        self._file = gzip.open(source, "rb") if isinstance(source, str) else source
        self.error: Exception | None = None

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            return b""
        try:
            return self._file.read1(size if size > 0 else 1 << 16)
        except (EOFError, OSError, zlib.error) as err:
            self.error = err
            return b""

    read1 = read

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> "Unzipped":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def one_member_cut_short(handle: BinaryIO) -> bool:
    """Whether a gzipped file is one gzip member that breaks off before its end."""
    handle.seek(0)
    inflate = zlib.decompressobj(wbits=31)
    try:
        while not inflate.eof and (block := handle.read(1 << 20)):
            inflate.decompress(block, 1 << 16)
            while inflate.unconsumed_tail and not inflate.eof:
                inflate.decompress(inflate.unconsumed_tail, 1 << 16)
    except zlib.error:
        return False
    return not inflate.eof


class Counted:
    """A stream read once through, counting its bytes and keeping its last few (warc.iter_warc looks at them)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream, self.total, self.tail = stream, 0, b""

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.total += len(data)
        self.tail = (self.tail + data)[-TAIL:]
        return data

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> "Counted":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


TAIL = 64   # bytes a stream's reader keeps of its end
