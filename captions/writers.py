"""Writing catalogues as YAML, JSON or JSON Lines, one article at a time.

Each writer streams: it holds the agency index (photo ids) and nothing else,
and the bytes it writes are the same as dumping the whole catalogue at once.
Files are written atomically: into a temporary file beside the target,
renamed into place only when the run completes.
"""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterator

from .catalog import AgencyIndex
from .models import CATALOG_VERSION, Article, Catalog

if TYPE_CHECKING:
    from .parallel import Page

FORMATS = ("yaml", "json", "jsonl")
_SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


class OutputError(ValueError):
    """An output that cannot be written; the message names the file and the problem."""


def format_for(path: str) -> str | None:
    """The catalogue format a file name asks for, or None."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _SUFFIXES.get(os.path.splitext(name)[1])


@lru_cache(maxsize=1)
def _yaml_dumper() -> type:
    import yaml

    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return _dumper_on(base)


def _dumper_on(base: type) -> type:
    class CatalogDumper(base):  # type: ignore[misc, valid-type]
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
    return CatalogDumper


def yaml_text(data: Any, dumper: type | None = None) -> str:
    import yaml

    return yaml.dump(
        data, Dumper=dumper or _yaml_dumper(), sort_keys=False, allow_unicode=True,
        default_flow_style=False, width=1_000_000,
    )


def render_article(article: Article, fmt: str) -> str:
    """The text an article takes in a catalogue of this format, without the framing around it."""
    if fmt == "jsonl":
        return json.dumps(article.model_dump(mode="json"), ensure_ascii=False) + "\n"
    if fmt == "json":
        body = json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=2)
        return "\n".join("    " + line for line in body.split("\n"))
    return yaml_text([article.model_dump(mode="python")], _yaml_dumper())


Entry = tuple[str, list[tuple[str, str]]]  # an article's rendered text, and its (agency, photo id) pairs


def catalog_entry(page: "Page", registry: object, fmt: str) -> Entry:
    """What a catalogue writer needs of one page; computed where the page is parsed."""
    return article_entry(page.article, fmt)


def article_entry(article: Article, fmt: str) -> Entry:
    """What a catalogue writer needs of one article."""
    pairs = [(agency, photo.id) for photo in article.photos if photo.credit for agency in photo.credit.agencies]
    return render_article(article, fmt), pairs


class CatalogWriter:
    """Writes a catalogue article by article to an open text stream."""

    def __init__(self, stream: IO[str], fmt: str) -> None:
        if fmt not in FORMATS:
            raise OutputError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
        self.stream = stream
        self.fmt = fmt
        self.index = AgencyIndex()
        self._count = 0

    def write(self, article: Article) -> None:
        self.write_entry(article_entry(article, self.fmt))

    def write_entry(self, entry: Entry) -> None:
        rendered, pairs = entry
        if self.fmt != "jsonl":  # JSON Lines holds articles only: no index to keep
            self.index.add_pairs(pairs)
        if self._count == 0:
            if self.fmt == "json":
                self.stream.write('{\n  "catalog_version": %d,\n  "articles": [\n' % CATALOG_VERSION)
            elif self.fmt == "yaml":
                self.stream.write(f"catalog_version: {CATALOG_VERSION}\narticles:\n")
        elif self.fmt == "json":
            self.stream.write(",\n")
        self.stream.write(rendered)
        self._count += 1

    def close(self) -> None:
        out = self.stream
        index = self.index.as_dict()
        if self.fmt == "json":
            head = '{\n  "catalog_version": %d,\n  "articles": [],\n' % CATALOG_VERSION if self._count == 0 else "\n  ],\n"
            agencies = json.dumps(index, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(f'{head}  "agencies": {agencies}\n}}\n')
        elif self.fmt == "yaml":
            if self._count == 0:
                out.write(f"catalog_version: {CATALOG_VERSION}\narticles: []\n")
            out.write(yaml_text({"agencies": index}))
        out.flush()


def catalog_text(catalog: Catalog, fmt: str = "yaml") -> str:
    """A whole catalogue as text, for library users."""
    import io

    buffer = io.StringIO()
    writer = CatalogWriter(buffer, fmt)
    for article in catalog.articles:
        writer.write(article)
    writer.close()
    return buffer.getvalue()


@contextmanager
def atomic_output(path: str, *, inputs: tuple[str, ...] = ()) -> Iterator[IO[str]]:
    """A text stream whose content replaces `path` only if the block completes."""
    target = Path(path)
    for given in inputs:
        if given != "-" and _same_file(target, Path(given)):
            raise OutputError(f"{path}: is one of the inputs; refusing to overwrite it")
    if target.is_dir():
        raise OutputError(f"{path}: is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"{path}: cannot write: {err.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        if target.exists():
            try:
                os.chmod(tmp, target.stat().st_mode & 0o7777)
            except OSError:
                pass
        else:
            os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
