"""What standard input holds, told by its first bytes, and a stream of it to read from the start.

A file's name says what it is (inputs.kinds); standard input has no name,
so its first bytes do: gzip's magic number (looked through, and what it
holds told in turn), `WARC/1.` opening a web archive, a JSON object opening
the first line (JSON Lines), and otherwise a page: HTML by its start
(inputs.html_bytes), else a page dump. A YAML or JSON catalogue or a CSV
table captions wrote is told too, to be refused: read as a page it would
give nonsense pictures. Only the first few kilobytes are
read ahead: an archive or a JSON Lines stream is then read record by
record, as from a file, never held whole.
"""
from __future__ import annotations

import errno
import io
import re
import sys
from typing import TYPE_CHECKING, Protocol, cast

from .kinds import CATALOG, CSV, JSONL, PAGE, WARC, is_photo_table_header
from .warc_spans import Unzipped

if TYPE_CHECKING:
    from .jsonl import WriteableBuffer

SNIFF_BYTES = 4096
GZIP_LOOKAHEAD = 1 << 20   # a first WARC record (warcinfo, or a page) ends well before this
_GZIP = b"\x1f\x8b"
_JSON_LINE = re.compile(rb'\A(?:\xef\xbb\xbf)?[ \t\r\n]*\{[ \t]*["}]')   # '{"text": ...' or '{}', not a pretty-printed '{\n  "...'


class _ReadOne(Protocol):
    def read1(self, size: int, /) -> bytes: ...


class _Replayed(io.RawIOBase):
    """A stream that gives the bytes already read from its start again, then the rest."""

    def __init__(self, head: bytes, rest: _ReadOne, *, at_end: bool = False) -> None:
        # at_end: reading the head met the end; a terminal gives one end a Ctrl-D, so asking again would wait for
        # another
        self._head, self._rest, self._at_end = head, rest, at_end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer)
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._at_end:
            return 0
        data = self._rest.read1(len(view))   # read1: a gzip cut short keeps every byte before the cut
        view[: len(data)] = data
        return len(data)


def _head(stream: io.BufferedIOBase) -> tuple[bytes, io.BufferedReader[_Replayed]]:
    """The first bytes of a stream, and a stream that reads it from the start."""
    head = stream.read(SNIFF_BYTES)
    return head, io.BufferedReader(_Replayed(head, stream, at_end=len(head) < SNIFF_BYTES))


def _rest_of_a_first_warc_member(head: bytes, stream: io.BufferedIOBase) -> bytes:
    """Where gzipped bytes open a web archive, the rest of their first gzip member and the next one's start.

    At most GZIP_LOOKAHEAD bytes in all; nothing for anything else.
    """
    import zlib

    if not zlib.decompressobj(wbits=31).decompress(head).startswith(b"WARC/1."):
        return b""
    inflate, more = zlib.decompressobj(wbits=31), bytearray()
    inflate.decompress(head)
    while not inflate.eof and len(head) + len(more) < GZIP_LOOKAHEAD:
        chunk = stream.read(SNIFF_BYTES)
        if not chunk:
            break
        more += chunk
        inflate.decompress(chunk)
    return bytes(more)


def _gzipped_record_by_record(head: bytes) -> bool:
    """Whether gzipped bytes are a web archive gzipped a record a member, as WARC tools write it (not as one stream)."""
    import zlib

    inflate = zlib.decompressobj(wbits=31)
    return inflate.decompress(head).startswith(b"WARC/1.") and inflate.eof and inflate.unused_data.startswith(_GZIP)


def _read_up_to(unzipped: Unzipped, size: int) -> bytes:
    """The first `size` bytes of a gzip stream, or all it holds up to its end or its cut."""
    head = bytearray()
    while len(head) < size and (chunk := unzipped.read(size - len(head))):
        head += chunk
    return bytes(head)


def sniff(stream: io.BufferedIOBase) -> tuple[str, io.BufferedReader[_Replayed]]:
    """What a stream holds, and a stream of its bytes from the start (gzip undone, but for a web archive
    gzipped record by record: warcio reads those members itself, as from a .warc.gz file).

    WARC, JSONL, PAGE, or what captions wrote and standard input does not
    read: CATALOG (a YAML or JSON catalogue) or CSV (a table of photo rows).
    """
    head = stream.read(SNIFF_BYTES)
    if head.startswith(_GZIP):
        import gzip

        head += _rest_of_a_first_warc_member(head, stream)
        stream = io.BufferedReader(_Replayed(head, stream))
        if _gzipped_record_by_record(head):  # warcio reads it as from a file: the same offsets, and
            return WARC, stream               # a record cut short read as far as it goes
        gzipped = gzip.GzipFile(fileobj=stream, mode="rb")
        unzipped = Unzipped(gzipped)
        head = _read_up_to(unzipped, SNIFF_BYTES)
        if head.startswith(b"WARC/1."):  # gzipped as one stream: cut short, read up to the cut, as its file is
            return WARC, io.BufferedReader(_Replayed(head, unzipped, at_end=unzipped.error is not None))
        if unzipped.error is not None:  # any other input cut short or corrupt is refused, as its file is
            raise unzipped.error
        stream = io.BufferedReader(_Replayed(head, gzipped, at_end=len(head) < SNIFF_BYTES))
    else:  # a buffered read stops short of what it asked for only at the end
        stream = io.BufferedReader(_Replayed(head, stream, at_end=len(head) < SNIFF_BYTES))
    if head.startswith(b"WARC/1."):
        return WARC, stream
    if _JSON_LINE.match(head):
        return JSONL, stream
    from .sources import CATALOG_STARTS

    if head.lstrip(b"\xef\xbb\xbf").startswith(CATALOG_STARTS):
        return CATALOG, stream
    if is_photo_table_header(head.split(b"\n", 1)[0].decode("utf-8", "replace")):
        return CSV, stream
    return PAGE, stream


def stdin_buffer() -> io.BufferedIOBase:
    """Standard input's bytes; OSError when the process has none (`captions catalog - <&-`: sys.stdin is None)."""
    if sys.stdin is None:
        raise OSError(errno.EBADF, "standard input is closed")
    return cast(io.BufferedIOBase, sys.stdin.buffer)  # typeshed: any BinaryIO; Python's is a BufferedReader (read1)


def open_stdin() -> tuple[str, io.BufferedReader[_Replayed]]:
    """Standard input, sniffed (see `sniff`)."""
    return sniff(stdin_buffer())
