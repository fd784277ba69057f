"""What changed between two catalogues: pictures added, removed and re-credited.

Pictures are matched by their article's id and their caption; a caption
printed more than once on a page (or several pictures with no caption) are
paired in page order. A matched pair whose credit differs (as printed, or as
read into photographers, agencies and via) is re-credited.

Two catalogues of millions of pictures are compared in bounded memory: each
side's pictures are sorted by article (disk_sort.py: on disk past a few
thousand), and the two sorted streams are walked side by side, one article's
pictures held at a time.

Either side may be any file `captions catalog` writes: a catalogue (YAML,
JSON, JSON Lines), photo rows (CSV, or JSON Lines with --photos) or an
SQLite database.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass
from itertools import chain, groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Optional

from ..disk_sort import DiskSort
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
    """The changes from `old` to `new`, by article id and then line, all in memory (iter_changes: files, any size)."""
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
    return list(iter_changes(old, new, on_problem))


def iter_changes(old: str, new: str, on_problem: "Optional[Callable[[Problem], None]]" = None) -> Iterator[Change]:
    """The changes between two files `captions catalog` wrote, by article id and then line; raises DiffError.

    Both files are read whole before this returns, so a file that cannot be
    read is refused before any change is given; the changes are then made as
    they are asked for, one article at a time.
    """
    return _changes(_by_article(old, on_problem), _by_article(new, on_problem))


# A picture as sorted: its article's id, its place in its file, then its other fields (plain values pickle fast).
_Placed = tuple[Any, ...]
_ARTICLE_ORDER = itemgetter(0, 1)
_RUN = 20_000   # pictures sorted in memory at a time (about 10 MB): a million, fifty runs, merged in one pass


def _by_article(path: str, on_problem: "Optional[Callable[[Problem], None]]") -> DiskSort[_Placed]:
    """The file's pictures, sorted by article and, within one, in the file's order."""
    placed: DiskSort[_Placed] = DiskSort(key=_ARTICLE_ORDER, run=_RUN)
    placed.add((p.article_id, place, p.id, p.line, p.caption, p.credit, p.photographers, p.agencies, p.via)
               for place, p in enumerate(iter_pictures(path, on_problem)))
    return placed


def _articles(placed: Iterable[_Placed]) -> Iterator[tuple[str, list[Picture]]]:
    """Each article's id and its pictures, from pictures sorted by article."""
    for article, pictures in groupby(placed, key=itemgetter(0)):
        yield article, [Picture(article, *p[2:]) for p in pictures]


def _changes(old: Iterable[_Placed], new: Iterable[_Placed]) -> Iterator[Change]:
    """The changes of each article in turn, walking the two sides' pictures, each sorted by article."""
    before, after = _articles(old), _articles(new)
    was, now = next(before, None), next(after, None)
    while was is not None or now is not None:
        if now is None or (was is not None and was[0] < now[0]):
            yield from diff_pictures(was[1], [])  # type: ignore[index]  # was is an article here
            was = next(before, None)
        elif was is None or now[0] < was[0]:
            yield from diff_pictures([], now[1])
            now = next(after, None)
        else:
            yield from diff_pictures(was[1], now[1])
            was, now = next(before, None), next(after, None)


# -- reading -----------------------------------------------------------------


def iter_pictures(path: str, on_problem: "Optional[Callable[[Problem], None]]" = None) -> Iterator[Picture]:
    """Every picture of a catalogue, photo rows file or database (none in an empty file: a warning to `on_problem`);
    raises DiffError as it is read."""
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
        return
    try:
        if kind == "sqlite":
            yield from _from_sqlite(path)
            return
        if kind == "csv":
            from .photo_rows import csv_rows

            yield from _from_rows(_rows(csv_rows(path)))
            return
        if kind == "jsonl":
            from ..inputs.jsonl import iter_jsonl
            from ..inputs.kinds import is_photo_row

            rows = _rows(iter_jsonl(path))
            first = next(rows, None)
            if first is not None and is_photo_row(first):
                yield from _from_rows(chain([first], rows))
                return
        if kind in ("yaml", "json", "jsonl"):
            from .loader import iter_catalog_articles

            for article in iter_catalog_articles(path):
                yield from _from_article(article)
            return
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
        for name in ("article_id", "id", "caption", "credit"):   # a picture is matched and sorted by these
            if not isinstance(row[name], str) and (row[name] is not None or name in ("article_id", "id")):
                raise TypeError(f"{name}: {row[name]!r:.40} is not text")
        yield Picture(row["article_id"], row["id"], int(row["line"]), row["caption"], row["credit"],
                      *(_names(name, row[name]) for name in ("photographers", "agencies", "via")))


def _names(field: str, names: Any) -> tuple[str, ...]:
    if not isinstance(names, (list, tuple)) or not all(isinstance(name, str) for name in names):
        raise TypeError(f"{field}: {names!r:.40} is not a list of names")
    return tuple(names)


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


def rendered_changes(changes: Iterable[Change], fmt: str = "text") -> Iterator[str]:
    """The changes as they come, as text: a line each (text, jsonl), or a JSON array's items and brackets (json)."""
    if fmt != "json":
        for change in changes:
            yield render_change(change, fmt)
        return
    opening = "[\n  "
    for change in changes:   # what json.dumps(list, indent=2) writes, an item at a time
        yield opening + json.dumps(change.as_dict(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
        opening = ",\n  "
    yield "[]\n" if opening == "[\n  " else "\n]\n"


def counted(changes: Iterable[Change], counts: Counter[str]) -> Iterator[Change]:
    """The changes, each counted by kind in `counts` as it passes."""
    for change in changes:
        counts[change.change] += 1
        yield change


def summary(changes: Iterable[Change] | Mapping[str, int]) -> str:
    """"N added, N removed, N re-credited", of the changes or of their counts by kind (`counted`)."""
    counts = changes if isinstance(changes, Mapping) else Counter(c.change for c in changes)
    return f"{counts.get(ADDED, 0)} added, {counts.get(REMOVED, 0)} removed, {counts.get(RECREDITED, 0)} re-credited"
