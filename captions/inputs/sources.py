"""Reading page dumps and HTML pages from files and standard input (inputs.walk finds them in folders).

Yields pages one at a time, so a run over an archive never holds it in
memory. Problems with one input are reported as `Problem`s and the rest go on.
"""
from __future__ import annotations

import errno
import os
import stat
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from .decoding import decode_page
from .kinds import CATALOG, PAGE, is_photo_table_header, record_kind
from . import DEFAULT_MAX_BYTES, NOT_GZIP, read_problem, size_words


@dataclass(frozen=True)
class Page:
    """One page's text and where it came from."""

    source: str            # the path as the user gave it (or found under a folder)
    text: str
    stem: str              # the base of the article id
    html: bool = False     # an HTML page, not a page dump


@dataclass(frozen=True)
class Problem:
    """An input that could not be read, or was read with a caveat."""

    source: str
    message: str
    fatal: bool = True     # False for warnings: the page was still read

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


EMPTY = "empty; skipped"   # the one word on an input with nothing in it, whatever its kind: a warning, the run goes on


def empty(source: str) -> Problem:
    """The warning on an input that holds nothing but white space: no page, no record, no article."""
    return Problem(source, EMPTY, fatal=False)


def is_blank_file(path: str, *, limit: int = 1 << 16) -> bool:
    """Whether a file holds nothing but white space (looked into when gzipped); a file that cannot be read is not."""
    import gzip

    try:
        with (gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")) as handle:
            data = handle.read(limit + 1)
    except (OSError, EOFError, zlib.error):
        return False
    return len(data) <= limit and not data.strip()


CATALOG_STARTS = (b"catalog_version:", b'{\n  "catalog_version":')  # how a YAML and a JSON catalogue begin
_LONGEST_RECORD = 1 << 24   # a first line longer than this is not read whole: not taken for a catalogue


def written_by_captions(path: str) -> bool:
    """Whether a file is a catalogue `captions catalog` wrote, by its first bytes.

    YAML and JSON catalogues begin with their `catalog_version`; a JSON Lines
    catalogue holds an article a line, an object with `photos` and no page
    `text`, and a JSON Lines table of photo rows a picture a line, with its
    `article_id` (the tests the reader applies too: `kinds.record_kind`). Compressed files are not
    looked into: captions writes none.
    """
    if path.lower().endswith(".gz"):
        return False
    try:
        # O_NONBLOCK: a named pipe in the folder must not stop the walk
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
        try:
            head = os.read(fd, 32)
        finally:
            os.close(fd)
        if head.startswith(CATALOG_STARTS):
            return True
        if not head.startswith(b"{"):
            return False
        with open(path, "rb") as handle:
            line = handle.readline(_LONGEST_RECORD)
    except OSError:  # reading the page reports it
        return False
    return _catalogue_line(line)


def _catalogue_line(line: bytes) -> bool:
    """Whether the first line of a file is an article of a JSON Lines catalogue (`photos` and no page `text`), or a
    photo row."""
    return _record_kind(line) != PAGE


def _record_kind(line: bytes) -> str:
    """What the first line of a JSON Lines file says it holds (kinds.record_kind); PAGE where it is no JSON object."""
    import json

    try:
        record = json.loads(line)
    except (ValueError, RecursionError):
        return PAGE
    return record_kind(record) if isinstance(record, dict) else PAGE


def is_photo_table(path: str) -> bool:
    """Whether a CSV file is a table of photo rows `captions catalog -f csv` wrote, by its header."""
    from .kinds import is_photo_table_header

    try:
        with open(path, "rb") as handle:
            head = handle.readline(4096)
    except OSError:  # reading it as a page reports it
        return False
    return is_photo_table_header(head.decode("utf-8", "replace"))


def decode(data: bytes, source: str) -> tuple[str | None, Problem | None]:
    """Page text from bytes in any encoding (see `decoding`), a warning naming a guessed one; binary is refused."""
    if data.startswith(_GZIP_MAGIC):
        return None, Problem(source, "gzip-compressed; only files named .gz are read compressed: gunzip it first or name it .gz")
    decoded = decode_page(data)
    if decoded.text is None:
        return None, Problem(source, "binary file, not a page dump (UTF-16 text needs a byte order mark)")
    if decoded.encoding is None or decoded.how == "byte order mark":
        return decoded.text, None
    if decoded.how == "stray bytes":
        bytes_ = "byte" if decoded.stray == 1 else "bytes"
        return decoded.text, Problem(
            source, f"not UTF-8 throughout; read as UTF-8, {decoded.stray} stray {bytes_} as windows-1252", fatal=False)
    why = _WHY_ENCODING[decoded.how or ""]
    return decoded.text, Problem(source, f"not UTF-8; read as {decoded.encoding}, {why}", fatal=False)


_GZIP_MAGIC = b"\x1f\x8b"
_WHY_ENCODING = {"declared": "as the page declares", "detected": "as detected", "fallback": "the browsers' fallback"}


def read_page(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stream: BinaryIO | None = None) -> tuple[Page | None, list[Problem]]:
    """Read one page dump (`path` "-": from `stream`, else standard input); never raises."""
    data, problems = _read_bytes(path, max_bytes, stream)
    if data is None:
        return None, problems
    if path != "-" and not path.lower().endswith(".gz") and (name := _captions_file_name(data)) is not None:
        return None, [Problem(path, f"{name[0]} captions wrote, not page dumps; skipped (named *{name[1]}, "
                                  "captions credits, audit and diff read it)")]
    page, more = _page_of(path, data)
    return page, problems + more


def _captions_file_name(data: bytes) -> tuple[str, str] | None:
    """What a file named as a page holds where captions wrote it ('a YAML catalogue', and the extension that
    reads it as such: '.yaml'), else None: read as a page, it would count its own captions and credits as pictures."""
    if data.startswith(CATALOG_STARTS[0]):
        return "a YAML catalogue", ".yaml"
    if data.startswith(CATALOG_STARTS[1]):
        return "a JSON catalogue", ".json"
    if data.startswith(b"{") and (kind := _record_kind(data[:_LONGEST_RECORD].split(b"\n", 1)[0])) != PAGE:
        return ("a JSON Lines catalogue" if kind == CATALOG else "a JSON Lines table of photo rows"), ".jsonl"
    if data.lstrip(b"\xef\xbb\xbf").startswith(b"id,article_id,") and is_photo_table_header(
            data[:4096].split(b"\n", 1)[0].decode("utf-8", "replace")):   # the look at the columns imports pydantic
        return "a table of photo rows", ".csv"
    return None


def read_walked_page(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Page | None, list[Problem], bool]:
    """Read a page found in a folder walk, unless it is a catalogue captions wrote (then True, and no page); never raises.

    One read tells both, where `written_by_captions` and `read_page` would open the file twice.
    """
    data, problems = _read_bytes(path, max_bytes)
    if data is None:
        return None, problems, not path.lower().endswith(".gz") and written_by_captions(path)
    if not path.lower().endswith(".gz") and _captions_file_name(data) is not None:
        return None, [], True
    page, more = _page_of(path, data)
    return page, problems + more, False


def _read_bytes(path: str, max_bytes: int, stream: BinaryIO | None = None) -> tuple[bytes | None, list[Problem]]:
    problems: list[Problem] = []
    data: bytes | None   # None: more than max_bytes
    try:
        if path == "-":
            from .stdin import stdin_buffer

            data = (stream or stdin_buffer()).read(max_bytes + 1)
        else:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
            try:
                data = _read_at_most(fd, max_bytes)
            finally:
                os.close(fd)
            if data is not None and path.lower().endswith(".gz") and data.startswith(_GZIP_MAGIC):
                data = _gunzipped(data, max_bytes)
            elif data and path.lower().endswith(".gz") and data.strip():
                problems.append(Problem(path, NOT_GZIP, fatal=False))
    except IsADirectoryError:
        return None, [Problem(path, "is a folder")]
    except (OSError, EOFError, zlib.error) as err:  # EOFError, zlib.error: gzipped standard input cut short or corrupt
        return None, [Problem(path, read_problem(err))]
    if data is None or len(data) > max_bytes:
        return None, [Problem(path, f"larger than {size_words(max_bytes)}, skipped (see --max-bytes)")]
    return data, problems


def _gunzipped(data: bytes, max_bytes: int) -> bytes:
    """A gzipped page's bytes, at most max_bytes + 1 of them (more is refused as too large, never held whole)."""
    import gzip
    import io

    with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
        return unzipped.read(max_bytes + 1)


def _page_of(path: str, data: bytes) -> tuple[Page | None, list[Problem]]:
    text, problem = decode(data, path)
    problems = [problem] if problem else []
    if text is None:
        return None, problems
    if not text.strip():
        return None, [empty(path)]
    from .kinds import page_stem

    stem = "stdin" if path == "-" else page_stem(path)
    from .html_bytes import looks_like_html_bytes
    from .kinds import is_html_path

    html = is_html_path(path) or looks_like_html_bytes(data)  # a saved page's own name may be index, story.php
    return Page(source=path, text=text, stem=stem, html=html), problems


def _read_at_most(fd: int, max_bytes: int) -> bytes | None:
    """The file's bytes, or None when there are more than max_bytes.

    A regular file is sized first and read in one call (reading max_bytes + 1
    would allocate the whole limit for every page); a file that grew since,
    a pipe or a device is read in chunks up to the limit.
    """
    st = os.fstat(fd)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
    if stat.S_ISREG(st.st_mode):
        if st.st_size > max_bytes:
            return None
        data = os.read(fd, st.st_size + 1)
        if len(data) <= st.st_size:  # a short read of a regular file is its end
            return data
        chunks, size = [data], len(data)
    else:
        chunks, size = [], 0
    while size <= max_bytes:
        chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks) if size <= max_bytes else None
