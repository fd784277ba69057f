"""What changed between two catalogues: pictures added, removed and re-credited.

Pictures are matched by their article's id and their caption; a caption
printed more than once on a page (or several pictures with no caption) are
paired in page order. A matched pair whose credit differs (as printed, or as
read into photographers, agencies and via) is re-credited.

Either side may be any file `captions catalog` writes: a catalogue (YAML,
JSON, JSON Lines), photo rows (CSV, or JSON Lines with --photos) or an
SQLite database.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional

from .models import Article

if TYPE_CHECKING:
    from ..inputs.sources import Problem

ADDED, REMOVED, RECREDITED = "added", "removed", "recredited"
_MARKS = {ADDED: "+", REMOVED: "-", RECREDITED: "~"}


class DiffError(ValueError):
    """A file that cannot be read as a catalogue; the message names it and the problem."""


@dataclass(frozen=True)
class Picture:
    """What a diff compares of one picture."""

    article_id: str
    id: str
    line: int
    caption: str | None
    credit: str | None
    photographers: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    via: tuple[str, ...] = ()

    def credit_key(self) -> tuple[Any, ...]:
        return self.credit, self.photographers, self.agencies, self.via

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("photographers", "agencies", "via"):
            data[name] = list(data[name])
        return data


@dataclass(frozen=True)
class Change:
    change: str                 # added, removed or recredited
    old: Picture | None
    new: Picture | None

    @property
    def picture(self) -> Picture:
        return self.new or self.old  # type: ignore[return-value]

    def as_dict(self) -> dict[str, Any]:
        return {
            "change": self.change,
            "article_id": self.picture.article_id,
            "caption": self.picture.caption,
            "old": self.old.as_dict() if self.old else None,
            "new": self.new.as_dict() if self.new else None,
        }


def diff_pictures(old: Iterable[Picture], new: Iterable[Picture]) -> list[Change]:
    """The changes from `old` to `new`, by article id and then line."""
    before: dict[tuple[str, str | None], list[Picture]] = {}
    for picture in old:
        before.setdefault((picture.article_id, picture.caption), []).append(picture)
    changes = []
    for picture in new:
        matches = before.get((picture.article_id, picture.caption))
        if not matches:
            changes.append(Change(ADDED, None, picture))
            continue
        was = matches.pop(0)
        if was.credit_key() != picture.credit_key():
            changes.append(Change(RECREDITED, was, picture))
    changes.extend(Change(REMOVED, p, None) for left in before.values() for p in left)
    return sorted(changes, key=lambda c: (c.picture.article_id, c.picture.line, c.change))


def diff_files(old: str, new: str, on_problem: "Optional[Callable[[Problem], None]]" = None) -> list[Change]:
    """The changes between two files `captions catalog` wrote; raises DiffError.

    An empty file is a catalogue of no pictures, told to `on_problem` as a warning.
    """
    return diff_pictures(read_pictures(old, on_problem), read_pictures(new, on_problem))


# -- reading -----------------------------------------------------------------


def read_pictures(path: str, on_problem: "Optional[Callable[[Problem], None]]" = None) -> list[Picture]:
    """Every picture of a catalogue, photo rows file or database (none in an empty file: a warning to `on_problem`)."""
    from ..inputs.kinds import PAGE_SUFFIXES, output_format
    from ..inputs.sources import Problem, is_blank_file
    from .loader import CatalogError

    if path == "-":  # two catalogues, one of them piped in, would need the other read first: files only
        raise DiffError("-: diff reads catalogue files, not standard input; save it to a file and name that")
    kind = output_format(path)
    if not Path(path).exists():
        raise DiffError(f"{path}: no such file or directory")
    if kind is None and (Path(path).is_dir() or path.lower().endswith(PAGE_SUFFIXES)):
        what = "a folder" if Path(path).is_dir() else "pages, not a catalogue"
        raise DiffError(f"{path}: {what}; diff compares two catalogues: write one with `captions catalog {path} -o old.yaml`")
    if kind is not None and is_blank_file(path):
        if on_problem is not None:
            on_problem(Problem(path, "empty; read as a catalogue of no pictures", fatal=False))
        return []
    try:
        if kind == "sqlite":
            return list(_from_sqlite(path))
        if kind == "csv":
            from .photo_rows import csv_rows

            return list(_from_rows(_rows(csv_rows(path))))
        if kind == "jsonl":
            from ..inputs.jsonl import iter_jsonl
            from ..inputs.kinds import is_photo_row

            rows = _rows(iter_jsonl(path))
            first = next(rows, None)
            if first is not None and is_photo_row(first):
                return list(_from_rows(chain([first], rows)))
        if kind in ("yaml", "json", "jsonl"):
            from .loader import iter_catalog_articles

            return [p for article in iter_catalog_articles(path) for p in _from_article(article)]
    except CatalogError as err:
        raise DiffError(f"{path}: {err}") from None
    except DiffError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as err:
        raise DiffError(f"{path}: not a catalogue captions wrote ({_reason(err)})") from None
    raise DiffError(f"{path}: cannot tell the format from the extension; use .yaml, .json, .jsonl, .csv or .db")


def _reason(err: BaseException) -> str:
    if isinstance(err, KeyError):
        return f"no {err.args[0]!r} field"
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return str(err).split("\n")[0]


def _from_article(article: Article) -> Iterator[Picture]:
    for photo in article.photos:
        credit = photo.credit
        yield Picture(article.id, photo.id, photo.line, photo.caption, credit.raw if credit else None,
                      tuple(credit.photographers) if credit else (), tuple(credit.agencies) if credit else (),
                      tuple(credit.via) if credit else ())


def _rows(records: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """The rows of a photo table (`photo_rows.csv_rows`, `inputs.jsonl.iter_jsonl`); a bad line ends the reading."""
    from ..inputs.sources import Problem

    for record in records:
        if isinstance(record, Problem):
            if record.fatal:
                message = record.message
                for skipped in ("; line skipped", "; row skipped", "; the rest of the file is skipped"):
                    message = message.removesuffix(skipped)
                raise DiffError(f"{record.source}: {message}")
            continue
        yield record[1]


def _from_rows(rows: Iterable[dict[str, Any]]) -> Iterator[Picture]:
    """Photo rows as `captions catalog --photos` writes them (lists as lists)."""
    for row in rows:
        yield Picture(row["article_id"], row["id"], int(row["line"]), row["caption"], row["credit"],
                      tuple(row["photographers"]), tuple(row["agencies"]), tuple(row["via"]))


def _from_sqlite(path: str) -> Iterator[Picture]:
    from .sqlite import SqliteError, iter_sqlite_articles

    try:
        for article in iter_sqlite_articles(path):
            yield from _from_article(article)
    except SqliteError as err:
        raise DiffError(str(err)) from None


# -- showing -----------------------------------------------------------------


def _quoted(text: str | None, width: int = 70) -> str:
    if text is None:
        return "(no caption)"
    return f'"{text}"' if len(text) <= width else f'"{text[: width - 1].rstrip()}…"'


def _credit(picture: Picture) -> str:
    if picture.credit is None:
        return "no credit"
    return f'"{picture.credit}" ({", ".join(picture.agencies) or "no agency"})'


def render_change(change: Change, fmt: str = "text") -> str:
    """One change: a line of text (`+`, `-` or `~` first) or a JSON object on a line."""
    if fmt == "jsonl":
        return json.dumps(change.as_dict(), ensure_ascii=False) + "\n"
    p = change.picture
    head = f"{_MARKS[change.change]} {p.id} line {p.line}: {_quoted(p.caption)}"
    if change.change == RECREDITED:
        return f"{head}: {_credit(change.old)} -> {_credit(change.new)}\n"  # type: ignore[arg-type]
    return f"{head}: {_credit(p)}\n"


def render_changes(changes: list[Change], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps([c.as_dict() for c in changes], ensure_ascii=False, indent=2) + "\n"
    return "".join(render_change(c, fmt) for c in changes)


def summary(changes: list[Change]) -> str:
    counts = {kind: sum(1 for c in changes if c.change == kind) for kind in (ADDED, REMOVED, RECREDITED)}
    return f"{counts[ADDED]} added, {counts[REMOVED]} removed, {counts[RECREDITED]} re-credited"
