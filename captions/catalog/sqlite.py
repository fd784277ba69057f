"""Writing the catalogue into an SQLite database, ready for Datasette and sqlite-utils.

Tables (numbers are INTEGERs, dates ISO `YYYY-MM-DD` text, lists JSON arrays):

- `articles` (id, source, date, section, title)
- `photos` (id, article_id -> articles, line, description, caption, credit, credit_source)
- `photo_agencies` (photo_id -> photos, agency, position, via): one row per
  agency a credit names, `position` 1 for the first named, `via` 1 for an
  agency that only distributed the picture
- `photo_photographers` (photo_id -> photos, photographer, position)
- `agencies` (name, kind, country, aliases): the registry of the run
- `photos_fts`: full-text search (FTS5) over captions and descriptions, kept
  in step with `photos` by triggers, in the shape sqlite-utils and Datasette
  look for (`content=[photos]`), so Datasette shows a search box.

A run adds its articles to the database, replacing the articles with the
same ids (their pictures, agencies and photographers with them) and leaving
all others. It is one transaction: a run that fails or is interrupted leaves
the database as it was, and a new database appears only when the run is done.

Written with the standard library's `sqlite3`: the schema reads as SQL in one
place, and the single transaction is explicit (BEGIN ... COMMIT), which
sqlite-utils' per-call commits would hide.
"""
from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

from .models import Article
from .writers import new_file_mode
from ..knowledge.registry import AgencyRegistry

if TYPE_CHECKING:
    from ..run.shares import Page

SCHEMA_VERSION = 1  # PRAGMA user_version of a captions database

TABLES = {
    "articles": """CREATE TABLE [articles] (
    [id] TEXT PRIMARY KEY,
    [source] TEXT NOT NULL,
    [date] TEXT,
    [section] TEXT,
    [title] TEXT
)""",
    "photos": """CREATE TABLE [photos] (
    [id] TEXT PRIMARY KEY,
    [article_id] TEXT NOT NULL REFERENCES [articles]([id]),
    [line] INTEGER NOT NULL,
    [description] TEXT,
    [caption] TEXT,
    [credit] TEXT,
    [credit_source] TEXT
)""",
    "photo_agencies": """CREATE TABLE [photo_agencies] (
    [photo_id] TEXT NOT NULL REFERENCES [photos]([id]),
    [agency] TEXT NOT NULL,
    [position] INTEGER NOT NULL,
    [via] INTEGER NOT NULL CHECK ([via] IN (0, 1)),
    PRIMARY KEY ([photo_id], [position])
)""",
    "photo_photographers": """CREATE TABLE [photo_photographers] (
    [photo_id] TEXT NOT NULL REFERENCES [photos]([id]),
    [photographer] TEXT NOT NULL,
    [position] INTEGER NOT NULL,
    PRIMARY KEY ([photo_id], [position])
)""",
    "agencies": """CREATE TABLE [agencies] (
    [name] TEXT PRIMARY KEY,
    [kind] TEXT,
    [country] TEXT,
    [aliases] TEXT NOT NULL
)""",
}

COLUMNS = {
    "articles": ("id", "source", "date", "section", "title"),
    "photos": ("id", "article_id", "line", "description", "caption", "credit", "credit_source"),
    "photo_agencies": ("photo_id", "agency", "position", "via"),
    "photo_photographers": ("photo_id", "photographer", "position"),
    "agencies": ("name", "kind", "country", "aliases"),
}

INDEXES = (
    "CREATE INDEX IF NOT EXISTS [idx_articles_date] ON [articles] ([date])",
    "CREATE INDEX IF NOT EXISTS [idx_articles_section] ON [articles] ([section])",
    "CREATE INDEX IF NOT EXISTS [idx_photos_article_id] ON [photos] ([article_id])",
    "CREATE INDEX IF NOT EXISTS [idx_photo_agencies_agency] ON [photo_agencies] ([agency])",
    "CREATE INDEX IF NOT EXISTS [idx_photo_photographers_photographer] ON [photo_photographers] ([photographer])",
    "CREATE INDEX IF NOT EXISTS [idx_agencies_kind] ON [agencies] ([kind])",
    "CREATE INDEX IF NOT EXISTS [idx_agencies_country] ON [agencies] ([country])",
)

# The FTS table and triggers as sqlite-utils' enable_fts(..., create_triggers=True) makes them.
FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS [photos_fts] USING FTS5 ([caption], [description], content=[photos])",
    """CREATE TRIGGER IF NOT EXISTS [photos_ai] AFTER INSERT ON [photos] BEGIN
  INSERT INTO [photos_fts] (rowid, [caption], [description]) VALUES (new.rowid, new.[caption], new.[description]);
END""",
    """CREATE TRIGGER IF NOT EXISTS [photos_ad] AFTER DELETE ON [photos] BEGIN
  INSERT INTO [photos_fts] ([photos_fts], rowid, [caption], [description]) VALUES('delete', old.rowid, old.[caption], old.[description]);
END""",
    """CREATE TRIGGER IF NOT EXISTS [photos_au] AFTER UPDATE ON [photos] BEGIN
  INSERT INTO [photos_fts] ([photos_fts], rowid, [caption], [description]) VALUES('delete', old.rowid, old.[caption], old.[description]);
  INSERT INTO [photos_fts] (rowid, [caption], [description]) VALUES (new.rowid, new.[caption], new.[description]);
END""",
)


class SqliteError(ValueError):
    """A database that cannot be written; the message names the file and the problem."""


class ArticleRows(NamedTuple):
    """One article as rows of the tables: cheap to send from a worker process."""

    article: tuple
    photos: tuple[tuple, ...]
    agencies: tuple[tuple, ...]
    photographers: tuple[tuple, ...]


def page_rows(page: "Page", registry: object = None) -> ArticleRows:
    """The rows a page's article takes in the database (a transform for map_pages)."""
    return article_rows(page.article)


def article_rows(article: Article) -> ArticleRows:
    """The rows an article takes in the database."""
    photos = []
    agencies: list[tuple[str, str, int, int]] = []
    photographers: list[tuple[str, str, int]] = []
    for photo in article.photos:
        credit = photo.credit
        photos.append((photo.id, article.id, photo.line, photo.description, photo.caption,
                       credit.raw if credit else None, getattr(photo, "credit_source", None)))
        if credit is None:
            continue
        via = set(credit.via)
        agencies.extend((photo.id, name, n, int(name in via)) for n, name in enumerate(credit.agencies, 1))
        photographers.extend((photo.id, name, n) for n, name in enumerate(credit.photographers, 1))
    head = (article.id, article.source, article.date.isoformat() if article.date else None, article.section, article.title)
    return ArticleRows(head, tuple(photos), tuple(agencies), tuple(photographers))


def _insert(table: str) -> str:
    columns = COLUMNS[table]
    return f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' * len(columns))})"


_DELETES = (
    "DELETE FROM [photo_agencies] WHERE [photo_id] IN (SELECT [id] FROM [photos] WHERE [article_id] = ?)",
    "DELETE FROM [photo_photographers] WHERE [photo_id] IN (SELECT [id] FROM [photos] WHERE [article_id] = ?)",
    "DELETE FROM [photos] WHERE [article_id] = ?",
    "DELETE FROM [articles] WHERE [id] = ?",
)


class SqliteArchive:
    """A database open for one run: `add` articles, then `commit`; `rollback` (or an error) leaves it as it was.

    A new file is written beside its target and renamed into place on commit.
    """

    def __init__(self, path: str | os.PathLike[str], registry: AgencyRegistry) -> None:
        self.path = Path(path)
        self.articles = 0
        self.photos = 0
        self.moved: list[tuple[str, str, str]] = []   # (id, old source, new source) of replaced articles
        if self.path.is_dir():
            raise SqliteError(f"{path}: is a folder")
        folder = self.path.parent if str(self.path.parent) else Path(".")
        if not folder.is_dir():
            raise SqliteError(f"{path}: folder {folder} does not exist")
        self.new = not self.path.exists()  # written beside its target and renamed into place on commit
        self._tmp: str | None = None
        try:
            if self.new:
                fd, self._tmp = tempfile.mkstemp(dir=folder, prefix=f".{self.path.name}.", suffix=".tmp")
                os.close(fd)
            self._db = sqlite3.connect(self._tmp or self.path, isolation_level=None)
        except (OSError, sqlite3.Error) as err:
            self._discard()
            raise SqliteError(f"{path}: cannot open: {getattr(err, 'strerror', None) or err}") from None
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("BEGIN IMMEDIATE")
            self._check_tables()
            self._create()
            self._db.executemany(
                "INSERT OR REPLACE INTO [agencies] ([name], [kind], [country], [aliases]) VALUES (?, ?, ?, ?)",
                [(a.name, a.kind, a.country, json.dumps(list(a.aliases), ensure_ascii=False)) for a in registry]
                # a variant is kept as printed in photo_agencies ("PA"): its row lets a join find its kind
                + [(v, a.kind, a.country, "[]") for a in registry for v in a.variants],
            )
        except SqliteError:
            self.rollback()
            raise
        except sqlite3.Error as err:
            self.rollback()
            raise SqliteError(f"{path}: {_reason(err)}") from None

    def _check_tables(self) -> None:
        names = [row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        foreign = [n for n in names if n not in COLUMNS and not n.startswith(("photos_fts", "sqlite_"))]
        if foreign:
            raise SqliteError(f"{self.path}: holds tables captions did not write ({', '.join(sorted(foreign)[:3])}); "
                              f"write to a new file")
        for table, columns in COLUMNS.items():
            found = tuple(row[1] for row in self._db.execute(f"PRAGMA table_info([{table}])"))
            if found and found != columns:
                raise SqliteError(f"{self.path}: table {table} has other columns ({', '.join(found)}) than a "
                                  f"captions database; write to a new file")

    def _create(self) -> None:
        for table, sql in TABLES.items():
            self._db.execute(sql.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
        for sql in (*INDEXES, *FTS):
            self._db.execute(sql)
        self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def add(self, rows: ArticleRows) -> None:
        """Add one article, replacing an article of the same id."""
        db = self._db
        try:
            if not self.new:
                was = db.execute("SELECT [source] FROM [articles] WHERE [id] = ?", (rows.article[0],)).fetchone()
                if was is not None and was[0] != rows.article[1]:
                    self.moved.append((rows.article[0], was[0], rows.article[1]))
                for sql in _DELETES:
                    db.execute(sql, (rows.article[0],))
            db.execute(_insert("articles"), rows.article)
            db.executemany(_insert("photos"), rows.photos)
            db.executemany(_insert("photo_agencies"), rows.agencies)
            db.executemany(_insert("photo_photographers"), rows.photographers)
        except sqlite3.Error as err:
            self.rollback()
            raise SqliteError(f"{self.path}: article {rows.article[0]}: {_reason(err)}") from None
        self.articles += 1
        self.photos += len(rows.photos)

    def commit(self) -> None:
        try:
            self._db.execute("COMMIT")
            self._db.close()
            if self._tmp is not None:
                os.chmod(self._tmp, new_file_mode())
                os.replace(self._tmp, self.path)
                self._tmp = None
        except (OSError, sqlite3.Error) as err:
            self.rollback()
            raise SqliteError(f"{self.path}: cannot write: {getattr(err, 'strerror', None) or _reason(err)}") from None

    def rollback(self) -> None:
        try:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            self._db.close()
        except sqlite3.Error:
            pass
        self._discard()

    def _discard(self) -> None:
        if self._tmp is not None:
            for name in (self._tmp, self._tmp + "-journal"):
                try:
                    os.unlink(name)
                except OSError:
                    pass
            self._tmp = None

    def __enter__(self) -> "SqliteArchive":
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.rollback()


def _reason(err: Exception) -> str:
    text = str(err)
    if "file is not a database" in text:
        return "not an SQLite database"
    return text


def write_sqlite(path: str | os.PathLike[str], articles: Iterable[Article], registry: AgencyRegistry) -> int:
    """Add these articles to the database at `path` (created if missing) in one transaction; the number added."""
    with SqliteArchive(path, registry) as archive:
        for article in articles:
            archive.add(article_rows(article))
    return archive.articles


# -- reading back -------------------------------------------------------------


def iter_sqlite_articles(path: str | os.PathLike[str]) -> Iterator[Article]:
    """The articles of a database `captions catalog` wrote, in the order they were added; raises SqliteError.

    The database is opened read-only. `credit_source` is not part of the
    catalogue model and is left out.
    """
    from pydantic import ValidationError

    from .models import Credit, Photo

    if not Path(path).is_file():
        raise SqliteError(f"{path}: {'is a folder' if Path(path).is_dir() else 'no such file or directory'}")
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        db = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as err:
        raise SqliteError(f"{path}: cannot open: {_reason(err)}") from None
    try:
        for table, columns in COLUMNS.items():
            found = tuple(row[1] for row in db.execute(f"PRAGMA table_info([{table}])"))
            if found != columns:
                raise SqliteError(f"{path}: not a database captions wrote (table {table} "
                                  f"{'has other columns' if found else 'is missing'})")
        articles = db.execute("SELECT [id], [source], [date], [section], [title] FROM [articles] ORDER BY rowid")
        for article_id, source, date, section, title in articles:
            photos = []
            for photo_id, line, description, caption, raw, credit_source in db.execute(
                "SELECT [id], [line], [description], [caption], [credit], [credit_source] FROM [photos] "
                "WHERE [article_id] = ? ORDER BY rowid",
                (article_id,),
            ):
                credit = None
                if raw is not None:
                    named = db.execute("SELECT [agency], [via] FROM [photo_agencies] WHERE [photo_id] = ? ORDER BY [position]",
                                       (photo_id,)).fetchall()
                    people = db.execute("SELECT [photographer] FROM [photo_photographers] WHERE [photo_id] = ? "
                                        "ORDER BY [position]", (photo_id,)).fetchall()
                    credit = Credit(raw=raw, photographers=[p for p, in people], agencies=[a for a, _ in named],
                                    via=[a for a, via in named if via])
                photos.append(Photo(id=photo_id, line=line, description=description, caption=caption, credit=credit,
                                    credit_source=credit_source))
            yield Article.model_validate({"id": article_id, "source": source, "date": date, "section": section,
                                          "title": title, "photos": photos})
    except sqlite3.Error as err:
        raise SqliteError(f"{path}: {_reason(err)}") from None
    except ValidationError as err:
        from .validation_errors import problem_text

        raise SqliteError(f"{path}: not a database captions wrote ({problem_text(err.errors()[0])})") from None
    finally:
        db.close()
