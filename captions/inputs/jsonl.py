"""JSON Lines files: a JSON object a line, read one line at a time, in spans for workers.

A line that is no JSON object, not UTF-8 or longer than MAX_JSONL_LINE is
reported as a `Problem` naming the file and line, and the reading goes on:
a file of pages or a catalogue may come from anywhere. The lines are read
from a file, a span of one (`jsonl_spans`, for workers) or an open stream
(standard input), never more than one line at a time.
"""
from __future__ import annotations

import io
import re
import zlib
from pathlib import Path
from typing import Iterator, Protocol

from .kinds import JSONL_SUFFIXES
from . import NOT_GZIP, json_problem, read_problem
from .sources import Problem, decode, empty, is_blank_file


class WriteableBuffer(Protocol):
    """What a raw stream's readinto fills: any object with the buffer protocol (typeshed's WriteableBuffer)."""

    def __buffer__(self, flags: int, /) -> memoryview: ...


def jsonl_stem(path: str) -> str:
    if path == "-":
        return "stdin"
    name = Path(path).name
    for suffix in JSONL_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return Path(path).stem


MAX_JSONL_LINE = 64 * 1024 * 1024   # characters of one JSON Lines record; a longer line is skipped, never held whole


def iter_jsonl(path: str, span: tuple[int, int, int] | None = None) -> Iterator[tuple[int, dict] | Problem]:
    """The JSON objects of a JSON Lines file (gzipped if it ends in .gz), one a line.

    A line that is not a JSON object, or longer than MAX_JSONL_LINE, is
    reported with its line number and skipped. `span` (start, end, number of
    the first line), from `jsonl_spans`, reads only the lines between those
    byte offsets.
    """
    import gzip

    try:
        if span is None:
            raw: io.BufferedIOBase = open(path, "rb")
            if path.lower().endswith(".gz"):
                if raw.read(2) == b"\x1f\x8b":
                    raw.close()
                    raw = gzip.open(path, "rb")
                else:
                    raw.seek(0)
                    if not is_blank_file(path):
                        yield Problem(path, NOT_GZIP, fatal=False)
        else:
            raw = io.BufferedReader(_Window(open(path, "rb"), span[0], span[1]))
    except OSError as err:
        yield Problem(path, f"cannot read: {err.strerror or err}")
        return
    first, encoding = (1, "utf-8-sig") if span is None or span[0] == 0 else (span[2], "utf-8")
    yield from jsonl_records(raw, path, first=first, encoding=encoding)


def jsonl_records(raw: io.BufferedIOBase, path: str, *, first: int = 1,
                  encoding: str = "utf-8-sig") -> Iterator[tuple[int, dict] | Problem]:
    """The JSON objects of an open binary stream of JSON Lines (closed at the end), as `iter_jsonl` gives them."""
    import json

    stream = _UntilCut(raw)
    no = first - 1
    blank = True
    buffered = io.BufferedReader(stream)
    if first == 1 and _binary(buffered.peek(8192)[:8192]):
        buffered.close()
        yield Problem(path, "binary file, not JSON Lines")
        return
    try:
        # Universal newlines: CR, LF and CRLF all end a line (JSON strings hold
        # none raw); bytes that are not UTF-8 survive as surrogates, for `decode`.
        with io.TextIOWrapper(buffered, encoding=encoding, errors="surrogateescape",
                              newline=None) as handle:
            while line := handle.readline(MAX_JSONL_LINE + 1):
                if stream.cut is not None and not line.endswith(("\n", "\r")):
                    break   # the line the cut runs through: told below
                no += 1
                if len(line) > MAX_JSONL_LINE and not line.endswith("\n"):
                    while (rest := handle.readline(1 << 20)) and not rest.endswith("\n"):
                        pass  # the rest of the line, read and dropped
                    yield Problem(f"{path}:{no}", f"longer than {MAX_JSONL_LINE} bytes; line skipped")
                    blank = False
                    continue
                if not line.strip():
                    continue
                blank = False
                if has_surrogates(line):
                    decoded, problem = decode(line.encode("utf-8", "surrogateescape"), f"{path}:{no}")
                    if decoded is None or problem is None:
                        yield Problem(f"{path}:{no}", "not UTF-8 text; line skipped")
                        continue
                    line = decoded
                    yield problem
                try:
                    data = json.loads(line)
                except ValueError as err:
                    yield Problem(f"{path}:{no}", f"not valid JSON: {json_problem(err)}; line skipped")
                    continue
                except RecursionError:
                    yield Problem(f"{path}:{no}", "JSON nested too deeply; line skipped")
                    continue
                if not isinstance(data, dict):
                    yield Problem(f"{path}:{no}", "not a JSON object; line skipped")
                    continue
                yield no, data
    except (OSError, EOFError, zlib.error) as err:
        stream.cut = err
    if stream.cut is not None:  # a truncated or corrupt .gz: every whole line before the cut is read
        after = f" after line {no}" if no >= first else ""
        yield Problem(path, read_problem(stream.cut).replace("cannot read", f"cannot read{after}", 1))
    elif blank and first == 1:
        yield empty(path)


def _binary(head: bytes) -> bool:
    """Whether a file's first bytes are no JSON Lines but binary: a NUL byte (as `decode_page` tells binary), and
    no JSON object to open the file, so that a file of good lines with one damaged line still gives the good ones."""
    return b"\x00" in head and not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


class _UntilCut(io.RawIOBase):
    """A stream that ends where reading it fails (a .gz cut short or damaged), keeping why in `cut`.

    Read through `read1`, so no layer below drops bytes it had already
    decompressed when the error comes: the lines before the cut are all read.
    """

    def __init__(self, stream: io.BufferedIOBase) -> None:
        self._stream = stream
        self.cut: Exception | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        if self.cut is not None:
            return 0
        view = memoryview(buffer)
        try:
            data = self._stream.read1(len(view))
        except (OSError, EOFError, zlib.error) as err:
            self.cut = err
            return 0
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._stream.close()
        super().close()


class _Window(io.RawIOBase):
    """The bytes of an open file between two offsets, read as they are asked for (a span may be one huge line)."""

    def __init__(self, handle: io.BufferedReader, start: int, end: int) -> None:
        handle.seek(start)
        self._handle, self._left = handle, end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        if self._left <= 0:
            return 0
        view = memoryview(buffer)[: self._left]
        n = self._handle.readinto(view)
        self._left -= n
        return n

    def close(self) -> None:
        self._handle.close()
        super().close()


def jsonl_spans(path: str, size: int) -> list[tuple[int, int, int]]:
    """A JSON Lines file cut into spans of about `size` bytes at line ends: (start, end, number of the first line)."""
    spans: list[tuple[int, int, int]] = []
    start, no = 0, 1
    with open(path, "rb") as handle:
        while True:
            data = handle.read(size)
            if not data:
                return spans
            length, lines = len(data), _line_ends(data)
            # to the next LF: a span never ends inside a line, nor between CR and LF (a huge line is read in pieces)
            while not data.endswith(b"\n") and (piece := handle.readline(size)):
                split_crlf = data.endswith(b"\r") and piece.startswith(b"\n")
                data, length, lines = piece, length + len(piece), lines + _line_ends(piece) - split_crlf
            spans.append((start, start + length, no))
            no += lines
            start += length


def _line_ends(data: bytes) -> int:
    """The lines bytes end, as universal newlines count them: LF, CR and CRLF each end one."""
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


def has_surrogates(text: str | None) -> bool:
    """Whether a text holds a lone surrogate (U+D800-U+DFFF), which no UTF-8 output can hold: a byte that was not
    UTF-8, kept by surrogateescape (a line, a file's name), or half a UTF-16 pair escaped in JSON ("\\ud800")."""
    if text is None or text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """The text with each lone surrogate made U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)
