"""`captions catalog -o archive.db`: an SQLite database for Datasette and sqlite-utils."""
from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from captions.cli import app
from captions.catalog.models import Article, Photo
from captions.catalog.photo_rows import cell_text
from captions.parse.page import parse_page
from captions.knowledge.registry import bundled_registry
from captions.catalog.sqlite import SqliteArchive, SqliteError, article_rows, write_sqlite
from tests.cli_errors import error_line

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = str(ROOT / "examples")
PAGE = (
    " date 2024-06-19 World\nLeaders meet in Pyongyang\n\n"
    "Soldiers parade past the stand. [KCNA via KNS and AFP]\n"
    "The two leaders shake hands at the airport. [Jane Roe/Reuters]\n"
    "IMAGE: Crowds line the road in the rain.\n"
)


def query(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_every_table_holds_the_page_with_numbers_as_numbers_and_dates_as_iso(runner, page, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    assert runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(db)]).exit_code == 0
    assert query(db, "select id, date, section, title from articles") == [
        ("page", "2024-06-19", "World", "Leaders meet in Pyongyang")]
    assert query(db, "select id, article_id, line, typeof(line), caption, credit, credit_source from photos") == [
        ("page/1", "page", 4, "integer", "Soldiers parade past the stand.", "KCNA via KNS and AFP", None),
        ("page/2", "page", 5, "integer", "The two leaders shake hands at the airport.", "Jane Roe/Reuters", None),
        ("page/3", "page", 6, "integer", "Crowds line the road in the rain.", None, None),
    ]
    assert query(db, "select * from photo_agencies order by photo_id, position") == [
        ("page/1", "KCNA", 1, 0), ("page/1", "KNS", 2, 1), ("page/1", "AFP", 3, 1), ("page/2", "Reuters", 1, 0)]
    assert query(db, "select * from photo_photographers") == [("page/2", "Jane Roe", 1)]
    assert query(db, "select name, kind, country, aliases from agencies where name = 'ZUMA Press'") == [
        ("ZUMA Press", "photo agency", "US", '["ZUMA Wire", "ZUMAPRESS.com", "Zuma Press Wire", "ZUMA"]')]


def test_an_agency_printed_as_a_variant_joins_to_its_kind(runner, page, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    source = page("Snow in Leeds\nCommuters wait for a train in Leeds. [Tom Lowe/PA]\n")
    assert runner.invoke(app, ["catalog", str(source), "-o", str(db)]).exit_code == 0
    assert query(db, "select agency, kind, country from photo_agencies join agencies on name = agency") == [
        ("PA", "wire", "GB")]


def test_agency_counts_in_sql_equal_captions_credits(runner, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    assert runner.invoke(app, ["catalog", EXAMPLES, "-o", str(db)]).exit_code == 0
    in_sql = dict(query(db, "select agency, count(*) from photo_agencies group by agency"))
    table = runner.invoke(app, ["credits", EXAMPLES, "--format", "csv"]).stdout
    # the CSV guards a cell opening like a formula ("@BomberosProvi", a handle) with an apostrophe; read it back
    counted = {cell_text(row["agency"]): int(row["photos"]) for row in csv.DictReader(io.StringIO(table))}
    assert in_sql == counted


def test_full_text_search_finds_captions_and_descriptions(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    photo = Photo(id="beach/1", line=4, description="Two children fly a red kite",
                  caption="The beach at Brighton on Sunday.", credit=None)
    article = Article(id="beach", source="beach.txt", date=None, section=None, title=None, photos=[photo])
    write_sqlite(db, [article], bundled_registry())
    search = "select photos.id from photos join photos_fts on photos.rowid = photos_fts.rowid where photos_fts match ?"
    with sqlite3.connect(db) as conn:
        assert conn.execute(search, ("brighton",)).fetchall() == [("beach/1",)]
        assert conn.execute(search, ("kite",)).fetchall() == [("beach/1",)]


def test_sqlite_utils_sees_the_keys_and_the_search_index(runner, tmp_path: Path) -> None:
    sqlite_utils = pytest.importorskip("sqlite_utils")
    db = tmp_path / "archive.db"
    assert runner.invoke(app, ["catalog", EXAMPLES, "-o", str(db)]).exit_code == 0
    database = sqlite_utils.Database(db)
    assert {"articles", "photos", "photo_agencies", "photo_photographers", "agencies"} <= set(database.table_names())
    assert database["photos"].pks == ["id"]
    assert [(fk.column, fk.other_table) for fk in database["photos"].foreign_keys] == [("article_id", "articles")]
    assert [(fk.column, fk.other_table) for fk in database["photo_agencies"].foreign_keys] == [("photo_id", "photos")]
    assert database["photos"].detect_fts() == "photos_fts"
    assert [row["id"] for row in database["photos"].search("Hamburg", columns=["id"], order_by="id")] == [
        "wire-gallery/1", "wire-gallery/2", "wire-gallery/6"]


def test_a_second_run_replaces_its_articles_and_leaves_the_others(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    registry = bundled_registry()
    write_sqlite(db, [parse_page(PAGE, id="a"), parse_page(PAGE, id="b")], registry)
    write_sqlite(db, [parse_page("Title\nOnly one picture now. [Jo Li/AP]\n", id="a")], registry)
    assert query(db, "select id, title from articles order by id") == [("a", "Title"), ("b", "Leaders meet in Pyongyang")]
    assert query(db, "select photo_id, agency from photo_agencies where photo_id like 'a/%'") == [("a/1", "AP")]
    assert query(db, "select count(*) from photos") == [(4,)]
    assert query(db, "select count(*) from photos_fts") == [(4,)]


def test_a_failed_run_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    write_sqlite(db, [parse_page(PAGE, id="a")], bundled_registry())
    before = db.read_bytes()

    def articles():
        yield parse_page("Title\nNew caption here. [Jo Li/AP]\n", id="a")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_sqlite(db, articles(), bundled_registry())
    assert db.read_bytes() == before
    assert query(db, "select credit from photos where article_id = 'a' order by id") == [
        ("KCNA via KNS and AFP",), ("Jane Roe/Reuters",), (None,)]


def test_a_failed_run_into_a_new_file_leaves_no_file(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with pytest.raises(RuntimeError):
        with SqliteArchive(db, bundled_registry()) as archive:
            archive.add(article_rows(parse_page(PAGE, id="a")))
            raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_database_is_an_error_and_is_kept(runner, page, tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("my notes\n", encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(db)])
    assert result.exit_code == 2  # an output that cannot be written, as the README says (not an input's 1)
    assert "not an SQLite database" in error_line(result.stderr, str(db))
    assert db.read_text(encoding="utf-8") == "my notes\n"


def test_a_database_with_other_tables_of_the_same_name_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table articles (url text, body text)")
    with pytest.raises(SqliteError, match="table articles has other columns"):
        write_sqlite(db, [parse_page(PAGE)], bundled_registry())
    assert query(db, "select name from sqlite_master") == [("articles",)]


def test_sqlite_cannot_go_to_standard_output(runner, page) -> None:
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "--format", "sqlite"])
    assert result.exit_code == 2
    assert "give -o FILE.db" in result.stderr


def test_sqlite_output_keeps_only_filtered_pictures(runner, page, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    assert runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(db), "--kind", "state media"]).exit_code == 0
    assert query(db, "select id from photos") == [("page/1",)]


def test_the_database_reads_back_as_the_catalogue_it_was_written_from(runner, tmp_path: Path) -> None:
    db, yaml_file, again = tmp_path / "archive.db", tmp_path / "catalog.yaml", tmp_path / "again.yaml"
    assert runner.invoke(app, ["catalog", EXAMPLES, "-o", str(db)]).exit_code == 0
    assert runner.invoke(app, ["catalog", EXAMPLES, "-o", str(yaml_file)]).exit_code == 0
    from captions.catalog.build import build_catalog
    from captions.catalog.sqlite import iter_sqlite_articles
    from captions.catalog.writers import catalog_text

    again.write_text(catalog_text(build_catalog(iter_sqlite_articles(db))), encoding="utf-8")
    assert again.read_text(encoding="utf-8") == yaml_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [["credits", "--by", "kind,role"], ["audit", "--select", "CAP"]])
def test_credits_and_audit_read_the_database_as_a_catalogue(runner, tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "archive.db"
    assert runner.invoke(app, ["catalog", EXAMPLES, "-o", str(db)]).exit_code == 0
    from_pages = runner.invoke(app, [command[0], EXAMPLES, *command[1:]])
    from_db = runner.invoke(app, [command[0], str(db), *command[1:]])
    assert from_db.stdout == from_pages.stdout != ""


def test_catalog_does_not_take_a_database_as_pages(runner, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    write_sqlite(db, [parse_page(PAGE)], bundled_registry())
    result = runner.invoke(app, ["catalog", str(db)])
    assert result.exit_code == 1
    assert f"captions: error: {db}: a catalogue database, not page dumps; skipped (captions credits, audit and diff read it)" in result.stderr


def test_a_run_killed_midway_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    import os
    import shutil
    import signal
    import subprocess
    import sys
    import time

    db = tmp_path / "archive.db"
    write_sqlite(db, [parse_page(PAGE, id="kept")], bundled_registry())
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(300):
        shutil.copy(ROOT / "examples" / "wire-gallery.txt", pages / f"page-{n:03}.txt")
    run = subprocess.Popen([sys.executable, "-m", "captions", "catalog", str(pages), "-o", str(db), "-j", "1", "-q"])
    journal = tmp_path / "archive.db-journal"
    deadline = time.monotonic() + 60
    while not journal.exists() and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert query(db, "select id from articles") == [("kept",)]
    assert query(db, "pragma integrity_check") == [("ok",)]


def test_replacing_an_article_read_from_another_file_is_a_warning(runner, page, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    first, second = page(PAGE, "a/page.txt"), page(PAGE, "b/page.txt")
    assert runner.invoke(app, ["catalog", str(first), "-o", str(db)]).exit_code == 0
    again = runner.invoke(app, ["catalog", str(first), "-o", str(db)])
    assert (again.exit_code, again.stderr) == (0, "")
    other = runner.invoke(app, ["catalog", str(second), "-o", str(db)])
    assert other.exit_code == 0
    assert other.stderr == (f"captions: warning: {db}: article page from {first} replaced by one from {second} "
                            f"(ids come from file names)\n")
    assert query(db, "select source from articles") == [(str(second),)]


def test_a_database_captions_did_not_write_is_left_alone(runner, page, tmp_path: Path) -> None:
    db = tmp_path / "mine.db"
    with sqlite3.connect(db) as connection:
        connection.execute("create table notes (x)")
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "-o", str(db)])
    assert result.exit_code == 2  # an output it must not write: the -o given is at fault
    assert "holds tables captions did not write" in error_line(result.stderr, str(db))
    assert query(db, "select name from sqlite_master") == [("notes",)]
