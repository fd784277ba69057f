"""Walking the folders a user names: the page files under them, in sorted order, and what was left out.

A walk leaves out hidden files and folders, the catalogues captions wrote
(told by their content), a gzipped copy beside its page, and files whose
names say no page (told once, as a warning).
"""
from __future__ import annotations

import os
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Literal, overload

from . import DEFAULT_MAX_BYTES
from .kinds import PAGE_SUFFIXES, QUIETLY_LEFT_OUT
from .sources import Problem, written_by_captions


@dataclass(frozen=True)
class Walked:
    """A file found in a folder walk whose catalogue check is left to its reader (`expand(..., sniff=False)`)."""

    path: str


@dataclass(frozen=True)
class FolderEnd:
    """The end of a folder's files (`expand(..., sniff=False)`): `files` were found, catalogues among them not yet
    told."""

    folder: str
    files: int


@overload
def expand(paths: Iterable[str], *, exclude: Iterable[str] = ...,
           sniff: Literal[True] = ..., read: ReadOnce | None = ...) -> Iterator[str | Problem]: ...
@overload
def expand(paths: Iterable[str], *, exclude: Iterable[str] = ...,
           sniff: bool = ..., read: ReadOnce | None = ...) -> Iterator[str | Problem | Walked | FolderEnd]: ...
def expand(paths: Iterable[str], *, exclude: Iterable[str] = (),
           sniff: bool = True, read: ReadOnce | None = None) -> Iterator[str | Problem | Walked | FolderEnd]:
    """Every page path the user's arguments name: files as given, folders walked in sorted order.

    A folder walk leaves out the catalogues `captions catalog` wrote (told
    by their content, whatever their name) and the files in `exclude` (the
    run's own output): a catalogue written into a folder of pages is not
    read back as pages, nor counted twice. Named outright, a catalogue is
    read like any input. Files whose names say neither page nor anything
    captions knows (`story.php`, `index`) are left out too, and told once,
    at the end, as a warning (`left_out`).

    With `sniff=False` nothing is opened here: a folder's files come as
    `Walked` and its end as a `FolderEnd`, and whoever reads them tells the
    catalogues (`written_by_captions`) and reports an empty folder
    (`no_pages`), so that a worker process, not this one, opens each file.

    A page two arguments reach is read once, with a warning (`ReadOnce`);
    pass one `read` to calls made an argument at a time.
    """
    skip = {os.path.realpath(p) for p in exclude}
    others: list[tuple[str, str]] = []   # (folder given, file) left out by its name
    stdin_named = False
    if read is None:
        paths = list(paths)
        read = ReadOnce()
        read.survey(paths, skip)
    for given in paths:
        if given == "-":
            if stdin_named:  # read once already: read again, it would be empty
                yield Problem(given, "named again; standard input is read once", fatal=False)
                continue
            stdin_named = True
            yield given
            continue
        path = Path(given)
        if path.is_dir():
            if read.folder_again(given):
                yield Problem(given, "read already, named before or inside a folder named before; read once",
                              fatal=False)
                continue
            found = catalogs = read_before = 0   # read_before: its pages named outright before, not "no pages"
            for item in _walk(path, others_in=(given, others), read=read):
                if isinstance(item, str):
                    if skip and os.path.realpath(item) in skip:
                        continue
                    if (other := read.other_name(item)) is not None:
                        read_before += 1
                        yield other
                        continue
                    if read.named_file(item):
                        read_before += 1
                        yield Problem(item, "named as a file too; read once", fatal=False)
                        continue
                    if read.named_gzipped(item):
                        read_before += 1
                        yield Problem(item, f"the same page as {os.path.basename(item)}.gz, named before; read once",
                                      fatal=False)
                        continue
                    if not sniff:
                        found += 1
                        yield Walked(item)
                        continue
                    if written_by_captions(item):
                        catalogs += 1
                        continue
                    found += 1
                yield item
            if not sniff:
                yield FolderEnd(given, found + read_before)
            elif not found and not read_before:
                yield no_pages(given, catalogs)
        elif path.exists():
            if (other := read.other_name(given)) is not None:
                yield other
                continue
            if read.file_again(given):
                yield Problem(given, "read already, named before or in a folder named before; read once",
                              fatal=False)
                continue
            yield given
        elif path.is_symlink():
            yield Problem(given, "broken symbolic link")
        else:
            yield Problem(given, "no such file or directory")
    if others:
        yield left_out(others)


def left_out(others: list[tuple[str, str]]) -> Problem:
    """The one warning on the files folder walks left out by their names: how many, one of them, what to do."""
    folder, example = others[0]
    n = len(others)
    return Problem(folder, f"{n} file{'s' if n > 1 else ''} left out, not named *.txt, *.html, *.jsonl, *.warc or the "
                   f"like (such as {os.path.relpath(example, folder)}): name a file to read it", fatal=False)


def no_pages(folder: str, catalogs: int) -> Problem:
    """The problem of a folder holding no page dumps, `catalogs` catalogues written by captions left out."""
    return Problem(folder, f"no page dumps ({', '.join('*' + s for s in PAGE_SUFFIXES)}) in this folder"
                   + (f"; {catalogs} catalogue{'s' if catalogs > 1 else ''} written by captions left out"
                      " (name a catalogue to read it)" if catalogs else ""))


def reaches(folder: str, target: Path) -> bool:
    """Whether walking `folder` finds the file `target`, through any symbolic links on the way."""
    if not target.name.lower().endswith(PAGE_SUFFIXES):
        return False
    try:
        wanted = target.stat()
    except OSError:
        return False
    for item in _walk(Path(folder)):
        if isinstance(item, str) and os.path.basename(item) == target.name:
            try:
                found = os.stat(item)
            except OSError:
                continue
            if (found.st_dev, found.st_ino) == (wanted.st_dev, wanted.st_ino):
                return True
    return False


class ReadOnce:
    """What a run's arguments have named so far, so that no page is read twice where two arguments reach it: a
    folder named twice, a folder inside one named before (or holding one), a file named twice or inside a folder
    named too. Folders and named files are kept by device and inode, not the files walked: bounded by the
    folders, however many pages they hold."""

    def __init__(self) -> None:
        self.folders: set[tuple[int, int]] = set()   # every folder walked
        self.files: set[tuple[int, int]] = set()     # the files named outright
        self.linked: dict[tuple[int, int], str] = {}   # a file of more names than one: the name it is read under
        self.linked_read: set[tuple[int, int]] = set()

    def survey(self, paths: Iterable[str], skip: set[str] | frozenset[str] = frozenset()) -> None:
        """Take note of the files of more names than one (hard links) the paths name or reach, each to be read under
        the name that sorts first, whatever the order of the arguments. Only their names are kept: a walk of a
        folder of a million pages keeps none."""
        for given in paths:
            if given == "-":
                continue
            walked = os.path.isdir(given)
            for item in (_walk(Path(given)) if walked else [given]):
                if not isinstance(item, str) or (skip and os.path.realpath(item) in skip):
                    continue
                try:
                    st = os.stat(item)
                except OSError:
                    continue
                if st.st_nlink < 2 or not stat.S_ISREG(st.st_mode) or (walked and written_by_captions(item)):
                    continue
                key = (st.st_dev, st.st_ino)
                if key not in self.linked or item < self.linked[key]:
                    self.linked[key] = item

    def other_name(self, path: str) -> Problem | None:
        """The warning on a file of more names than one named or found under another name than the one it is read
        under, or under that one again; None where `path` is to be read."""
        if not self.linked:
            return None
        key = _key(path)
        if key is None or key not in self.linked:
            return None
        name = self.linked[key]
        if path == name and key not in self.linked_read:
            self.linked_read.add(key)
            return None
        if path == name:
            return Problem(path, "read already, named before or in a folder named before; read once", fatal=False)
        return Problem(path, f"the same file as {name} (a hard link), named or found too; read once", fatal=False)

    def folder_again(self, folder: str) -> bool:
        key = _key(folder)
        return key is not None and key in self.folders

    def file_again(self, file: str) -> bool:
        """Whether a file named outright was named before or is a page of a folder walked before (under its name
        or, a symbolic link, its target's); else it is kept, for the walks after."""
        try:
            st = os.stat(file)
        except OSError:
            return False
        if (st.st_dev, st.st_ino) in self.files:
            return True
        # only a regular file is a walk's page: a named pipe it passed over is read here, not opened to sniff
        if stat.S_ISREG(st.st_mode) and self.folders and (
                self._walked(os.path.abspath(file)) or (os.path.islink(file) and self._walked(os.path.realpath(file)))):
            return True
        self.files.add((st.st_dev, st.st_ino))
        return False

    def _walked(self, file: str) -> bool:
        """Whether a walk of a folder before read `file` (an absolute path) under its name."""
        name = os.path.basename(file)
        return _key(os.path.dirname(file)) in self.folders and name.lower().endswith(PAGE_SUFFIXES) \
            and not name.startswith(".") and not written_by_captions(file)

    def named_file(self, walked: str) -> bool:
        """Whether a file a walk found was named outright before."""
        return bool(self.files) and _key(walked) in self.files

    def named_gzipped(self, walked: str) -> bool:
        """Whether the page a walk found was named before gzipped, its copy beside it (`gzip -k`): the walk leaves
        the copy out, the page is read once."""
        if not self.files or walked.lower().endswith(".gz") or not self.named_file(walked + ".gz"):
            return False
        folder, name = os.path.split(walked)
        return _same_page_gzipped(folder, name + ".gz", {name})


def _key(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _walk(root: Path, others_in: tuple[str, list[tuple[str, str]]] | None = None,
          read: ReadOnce | None = None) -> Iterator[str | Problem]:
    """The page files under a folder, in sorted order; files of other names are added to `others_in`'s list. A
    folder in `read` (walked for an argument before) is passed over with a warning, and each one walked is added."""
    seen: set[tuple[int, int]] = set()

    def visit(folder: str) -> Iterator[str | Problem]:
        try:
            st = os.stat(folder)
        except OSError as err:
            yield Problem(folder, f"cannot read folder: {err.strerror}")
            return
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield Problem(folder, "symbolic link loop, not followed")
            return
        if read is not None and key in read.folders:
            yield Problem(folder, "read already, as a folder named before; read once", fatal=False)
            return
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as err:
            yield Problem(folder, f"cannot read folder: {err.strerror}")
            return  # not walked: a file in it named too is read (ReadOnce.file_again)
        seen.add(key)
        names = {entry.name for entry in entries}
        for entry in entries:
            if entry.name.startswith("."):
                continue  # hidden files and folders (.git, .venv, .cache) hold no pages, as ripgrep and fd assume
            path = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from visit(path)
            elif not _regular(entry):
                continue  # a FIFO or device in a folder would block or never end: only files are pages
            elif entry.name.lower().endswith(PAGE_SUFFIXES):
                if entry.name.lower().endswith(".gz") and _same_page_gzipped(folder, entry.name, names):
                    yield Problem(path, f"the same page as {entry.name[:-3]} beside it, gzipped; left out", fatal=False)
                    continue
                yield path
            elif others_in is not None and not _quietly_left_out(entry.name):
                others_in[1].append((others_in[0], path))

    yield from visit(str(root))
    if read is not None:
        read.folders |= seen


def _same_page_gzipped(folder: str, name: str, names: set[str]) -> bool:
    """Whether `name` (a .gz) holds, byte for byte, the page file beside it that bears its name without .gz
    (`gzip -k`)."""
    plain = name[:-3]
    if plain not in names or not plain.lower().endswith(PAGE_SUFFIXES):
        return False
    try:
        with open(os.path.join(folder, plain), "rb") as f:
            page = f.read(DEFAULT_MAX_BYTES + 1)
        import gzip

        with gzip.open(os.path.join(folder, name), "rb") as f:
            return f.read(len(page) + 1) == page
    except (OSError, EOFError, zlib.error):
        return False


def _quietly_left_out(name: str) -> bool:
    """A backup file, or one whose name says it is no page (kinds.QUIETLY_LEFT_OUT)."""
    return name.endswith("~") or name.lower().endswith(QUIETLY_LEFT_OUT)


def _regular(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False
