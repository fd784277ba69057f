"""Writing catalogues as YAML, JSON or JSON Lines, one article at a time.

Each writer streams: it holds the agency index (photo ids) and nothing else,
and the bytes it writes are the same as dumping the whole catalogue at once.
Files are written atomically: into a temporary file beside the target,
renamed into place only when the run completes.
"""
from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterator, Mapping, Optional

from .build import AgencyIndex
from .models import CATALOG_VERSION, Article, Catalog

if TYPE_CHECKING:
    from ..run.shares import Page

FORMATS = ("yaml", "json", "jsonl")


class OutputError(ValueError):
    """An output that cannot be written; the message names the file and the problem."""


def catalog_dumper(base: type | None = None) -> type:
    """The catalogue dumper on a PyYAML safe dumper: the C one when PyYAML has it, else the Python one.

    Both write the same bytes; pass `yaml.SafeDumper` to use the pure Python emitter.
    """
    import yaml

    return _dumper_on(base or getattr(yaml, "CSafeDumper", yaml.SafeDumper))


@lru_cache(maxsize=None)
def _dumper_on(base: type) -> type:
    class CatalogDumper(base):
        pass

    def represent_list(dumper: Any, data: list[Any]) -> Any:
        flow = all(isinstance(item, str) for item in data)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)

    def represent_str(dumper: Any, data: str) -> Any:
        # PyYAML's Python emitter writes NEL (U+0085) raw inside single quotes,
        # where every loader reads it as a line break: double quotes escape it (\N).
        style = '"' if "\x85" in data else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)

    CatalogDumper.add_representer(list, represent_list)
    CatalogDumper.add_representer(str, represent_str)
    CatalogDumper.__name__ = CatalogDumper.__qualname__ = f"Catalog{base.__name__}"
    return CatalogDumper


def yaml_text(data: Any, yaml_dumper: type | None = None) -> str:
    """`data` as catalogue YAML, written by `catalog_dumper(yaml_dumper)`."""
    import yaml

    return yaml.dump(
        data, Dumper=catalog_dumper(yaml_dumper), sort_keys=False, allow_unicode=True,
        default_flow_style=False, width=1_000_000,
    )


def article_catalog_text(article: Article, fmt: str, yaml_dumper: type | None = None) -> str:
    """The text an article takes in a catalogue of this format, without the framing around it."""
    if fmt == "jsonl":
        return json.dumps(article.model_dump(mode="json"), ensure_ascii=False) + "\n"
    if fmt == "json":
        body = json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=2)
        return "\n".join("    " + line for line in body.split("\n"))
    return yaml_text([article.model_dump(mode="python")], yaml_dumper)


Entry = tuple[str, list[tuple[str, str]]]  # an article's rendered text, and its (agency, photo id) pairs


def catalog_entry(page: "Page", registry: object, fmt: str, yaml_dumper: type | None = None) -> Entry:
    """What a catalogue writer needs of one page; computed where the page is parsed."""
    return article_entry(page.article, fmt, yaml_dumper)


def article_entry(article: Article, fmt: str, yaml_dumper: type | None = None) -> Entry:
    """What a catalogue writer needs of one article."""
    pairs = [(agency, photo.id) for photo in article.photos if photo.credit for agency in photo.credit.agencies]
    return article_catalog_text(article, fmt, yaml_dumper), pairs


class CatalogWriter:
    """Writes a catalogue article by article to an open text stream.

    `yaml_dumper` is the PyYAML safe dumper `write` builds on (default: the C
    one when PyYAML has it); `write_entry` takes text already rendered.
    """

    def __init__(self, stream: IO[str], fmt: str, *, yaml_dumper: type | None = None) -> None:
        if fmt not in FORMATS:
            raise OutputError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
        self.stream = stream
        self.fmt = fmt
        self.yaml_dumper = yaml_dumper
        self.index = AgencyIndex()
        self.count = 0  # articles written

    def write(self, article: Article) -> None:
        self.write_entry(article_entry(article, self.fmt, self.yaml_dumper))

    def write_entry(self, entry: Entry) -> None:
        rendered, pairs = entry
        if self.fmt != "jsonl":  # JSON Lines holds articles only: no index to keep
            self.index.add_pairs(pairs)
        if self.count == 0:
            if self.fmt == "json":
                self.stream.write('{\n  "catalog_version": %d,\n  "articles": [\n' % CATALOG_VERSION)
            elif self.fmt == "yaml":
                self.stream.write(f"catalog_version: {CATALOG_VERSION}\narticles:\n")
        elif self.fmt == "json":
            self.stream.write(",\n")
        self.stream.write(rendered)
        self.count += 1

    def close(self) -> None:
        out = self.stream
        index = self.index.as_dict()
        if self.fmt == "json":
            head = '{\n  "catalog_version": %d,\n  "articles": [],\n' % CATALOG_VERSION if self.count == 0 else "\n  ],\n"
            agencies = json.dumps(index, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(f'{head}  "agencies": {agencies}\n}}\n')
        elif self.fmt == "yaml":
            if self.count == 0:
                out.write(f"catalog_version: {CATALOG_VERSION}\narticles: []\n")
            out.write(yaml_text({"agencies": index}, self.yaml_dumper))
        out.flush()


def catalog_text(catalog: Catalog, fmt: str = "yaml", *, yaml_dumper: type | None = None) -> str:
    """A whole catalogue as text, for library users; `yaml_dumper` as for CatalogWriter."""
    import io

    buffer = io.StringIO()
    writer = CatalogWriter(buffer, fmt, yaml_dumper=yaml_dumper)
    for article in catalog.articles:
        writer.write(article)
    writer.close()
    return buffer.getvalue()


@contextmanager
def atomic_output(path: str, *, inputs: tuple[str, ...] = (), into_input: bool = False,
                  option_files: Mapping[str, Optional[str]] | None = None) -> Iterator[IO[str]]:
    """A text stream whose content replaces `path` only if the block completes.

    Refused with OutputError: an input, named or found in an input folder,
    (unless `into_input`) any file in a folder the run reads, and a file
    the run reads for an option (`option_files`: {"--agencies": path}).
    """
    if not path:
        raise OutputError(EMPTY_OUTPUT_NAME)
    target = Path(path)
    refuse_inputs(target, inputs, into_input=into_input)
    refuse_option_files(target, option_files or {})
    refuse_read_only(target)
    if target.exists() and not target.is_file() and not target.is_dir():
        # /dev/null, a FIFO, /dev/stdout: written into, as `>` does; renamed over, the device would become a file
        with _written_in_place(path) as stream:
            yield stream
        return
    if target.is_symlink():  # write the file the link names, as `>` does: renamed over, the link would be lost
        target = Path(os.path.realpath(target))
    if target.is_dir():
        raise OutputError(f"{path}: is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"{path}: cannot write: {err.strerror}") from None
    existed = target.exists()
    try:
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
                yield stream
        except OSError as err:
            if err.errno not in NO_ROOM:
                raise
            kept = "left as it was" if existed else "not written"
            raise OutputError(f"{path}: cannot write: {err.strerror}; {kept}") from None
        if target.exists():
            try:
                os.chmod(tmp, target.stat().st_mode & 0o7777)
            except OSError:
                pass
        else:
            os.chmod(tmp, new_file_mode())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


@contextmanager
def _written_in_place(path: str) -> Iterator[IO[str]]:
    """A stream into a file that is no regular file (a device, a FIFO), opened as `>` opens it."""
    try:
        stream = open(path, "w", encoding="utf-8", newline="\n")
    except OSError as err:
        raise OutputError(f"{path}: cannot write: {err.strerror}") from None
    try:
        with stream:
            yield stream
    except OSError as err:
        if err.errno not in NO_ROOM:
            raise
        raise OutputError(f"{path}: cannot write: {err.strerror}") from None


def refuse_inputs(target: Path, inputs: tuple[str, ...], *, into_input: bool = False) -> None:
    """OutputError if writing `target` could clobber an input or feed the next run its own output."""
    from ..inputs.sources import written_by_captions
    from ..inputs.walk import reaches

    for given in inputs:
        if given == "-":
            if _is_standard_input(target):
                raise OutputError(f"{target}: is the file on standard input; refusing to overwrite it")
            continue
        if _same_file(target, Path(given)):
            raise OutputError(f"{target}: is one of the inputs; refusing to overwrite it")
        if not Path(given).is_dir():
            continue
        if target.is_file() and not written_by_captions(str(target)) and reaches(given, target):
            raise OutputError(f"{target}: is a page dump in input folder {given}; refusing to overwrite it")
        if not into_input and _inside(target, Path(given)):
            raise OutputError(f"{target}: is in input folder {given}, which this run reads;"
                              " write it elsewhere, or pass --into-input")


def refuse_option_files(target: Path, option_files: Mapping[str, Optional[str]]) -> None:
    """OutputError if `target` is a file the run reads for an option (`--agencies`, `--baseline`): the user's own."""
    for option, given in option_files.items():
        if given and given != "-" and _same_file(target, Path(given)):
            raise OutputError(f"{target}: is the {option} file this run reads; refusing to overwrite it (write elsewhere)")


EMPTY_OUTPUT_NAME = "an empty file name for the output; give a file, such as out.yaml"

# A write that failed for want of room (disk, quota, file size limit): errors only a write gives, so the output's
# (__main__ tells standard output's so too).
NO_ROOM = frozenset(getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG") if hasattr(errno, name))


def refuse_read_only(target: Path) -> None:
    """OutputError if `target` is a file its owner made read-only: replacing it by a rename would ignore that."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return
    # The write bits, not os.access: root may write anything, yet a file with none was made read-only on purpose.
    if stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise OutputError(f"{target}: is read-only; refusing to overwrite it (make it writable, or write elsewhere)")


def _is_standard_input(target: Path) -> bool:
    """Whether `target` is the very file redirected to standard input (`captions catalog -o p.yaml < p.yaml`)."""
    try:
        given, there = os.fstat(0), os.stat(target)
    except (OSError, ValueError):
        return False
    return (given.st_dev, given.st_ino) == (there.st_dev, there.st_ino)


def _inside(target: Path, folder: Path) -> bool:
    where = os.path.realpath(target.parent if str(target.parent) else ".")
    root = os.path.realpath(folder)
    return where == root or where.startswith(root.rstrip(os.sep) + os.sep)


def new_file_mode() -> int:
    """The mode a file created now would get: 0o644 less the umask (read by setting it, and set back at once). A
    temporary file, created 0o600, takes it where it becomes a new file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o644 & ~mask


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
