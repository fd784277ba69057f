"""`captions diff OLD NEW`: pictures added, removed and re-credited between two catalogues."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from captions.cli import app
from captions.catalog.diff import ADDED, RECREDITED, REMOVED, Picture, diff_pictures
from tests.cli_errors import error_line

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = str(ROOT / "examples")


def picture(caption: str | None, credit: str | None, agencies: tuple[str, ...] = (), line: int = 3, article: str = "a") -> Picture:
    return Picture(article, f"{article}/{line}", line, caption, credit, (), agencies, ())


@pytest.fixture
def catalogue(runner, tmp_path: Path) -> Path:
    path = tmp_path / "old.yaml"
    assert runner.invoke(app, ["catalog", EXAMPLES, "-o", str(path)]).exit_code == 0
    return path


def test_a_copy_with_one_credit_changed_shows_one_recredited_picture(runner, catalogue: Path, tmp_path: Path) -> None:
    text = catalogue.read_text(encoding="utf-8")
    changed = tmp_path / "new.yaml"
    changed.write_text(text.replace("raw: REUTERS/Jonas Feldhaus/POOL", "raw: AP Photo/Jonas Feldhaus")
                       .replace("agencies: [Reuters, Pool]", "agencies: [AP]", 1), encoding="utf-8")
    result = runner.invoke(app, ["diff", str(catalogue), str(changed)])
    assert result.exit_code == 1
    assert result.stdout == (
        '~ wire-gallery/2 line 9: "A ship-to-shore crane lifts a container onto a freight train at a rai…": '
        '"REUTERS/Jonas Feldhaus/POOL" (Reuters, Pool) -> "AP Photo/Jonas Feldhaus" (AP)\n'
    )
    assert result.stderr == "captions: 0 added, 0 removed, 1 re-credited\n"


@pytest.mark.parametrize("other", ["copy.json", "copy.jsonl", "copy.csv", "copy.db"])
def test_the_same_pictures_in_another_format_are_no_difference(runner, catalogue: Path, tmp_path: Path, other: str) -> None:
    args = ["catalog", EXAMPLES, "-o", str(tmp_path / other)]
    assert runner.invoke(app, args).exit_code == 0
    result = runner.invoke(app, ["diff", str(catalogue), str(tmp_path / other)])
    assert (result.exit_code, result.stdout) == (0, "")


def test_photo_rows_in_json_lines_can_be_compared(runner, catalogue: Path, tmp_path: Path) -> None:
    rows = tmp_path / "photos.jsonl"
    assert runner.invoke(app, ["catalog", EXAMPLES, "-o", str(rows), "--photos"]).exit_code == 0
    assert runner.invoke(app, ["diff", str(rows), str(catalogue)]).exit_code == 0


def test_added_removed_and_recredited() -> None:
    old = [picture("Ships in port.", "Jo Li/AFP", ("AFP",)), picture("A crane.", "AP Photo", ("AP",), line=5)]
    new = [picture("Ships in port.", "Jo Li/Reuters", ("Reuters",)), picture("A new picture.", "Reuters", ("Reuters",), line=7)]
    assert [(c.change, c.picture.caption) for c in diff_pictures(old, new)] == [
        (RECREDITED, "Ships in port."), (REMOVED, "A crane."), (ADDED, "A new picture."),
    ]


def test_a_caption_printed_twice_is_paired_in_page_order() -> None:
    old = [picture("Flags.", "AFP", ("AFP",), line=3), picture("Flags.", "AP", ("AP",), line=9)]
    new = [picture("Flags.", "AFP", ("AFP",), line=3)]
    assert [(c.change, c.picture.line) for c in diff_pictures(old, new)] == [(REMOVED, 9)]


def test_json_output_holds_both_sides(runner, page, tmp_path: Path) -> None:
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    runner.invoke(app, ["catalog", str(page("Title\nShips in port. [Jo Li/AFP]\n")), "-o", str(old)])
    runner.invoke(app, ["catalog", str(page("Title\nShips in port. [Jo Li/Reuters]\n")), "-o", str(new)])
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 1
    [change] = json.loads(result.stdout)
    assert (change["change"], change["old"]["agencies"], change["new"]["agencies"]) == ("recredited", ["AFP"], ["Reuters"])


def test_standard_input_is_refused_in_a_line_that_says_to_name_a_file(runner, catalogue: Path) -> None:
    result = runner.invoke(app, ["diff", "-", str(catalogue)], input=catalogue.read_text(encoding="utf-8"))
    assert result.exit_code == 2
    assert "name that" in error_line(result.stderr, "-: ")


def test_a_missing_or_unreadable_file_exits_2(runner, catalogue: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["diff", str(catalogue), str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "no such file" in error_line(result.stderr, str(tmp_path / "nope.yaml"))
    notes = tmp_path / "notes.csv"
    notes.write_text("a,b\n1,2\n", encoding="utf-8")
    result = runner.invoke(app, ["diff", str(catalogue), str(notes)])
    assert result.exit_code == 2
    assert "not a catalogue captions wrote" in error_line(result.stderr, str(notes))


LONG_CAPTION = "A crowd gathers in the square " * 5_000   # 150 kB: over the csv module's 128 kB default for a cell


def test_a_csv_photo_table_with_a_caption_over_128_kilobytes_is_read(runner, page, tmp_path: Path) -> None:
    source = page("Title\n\n" + LONG_CAPTION.strip() + ". [Jo Li/AFP]\n")
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    assert runner.invoke(app, ["catalog", str(source), "-o", str(old)]).exit_code == 0
    source.write_text("Title\n\n" + LONG_CAPTION.strip() + ". [Jo Li/AP]\n", encoding="utf-8")
    assert runner.invoke(app, ["catalog", str(source), "-o", str(new)]).exit_code == 0
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.stderr == "captions: 0 added, 0 removed, 1 re-credited\n"


def test_an_enormous_line_of_a_json_lines_photo_table_is_one_line_naming_it(runner, page, tmp_path: Path,
                                                                           monkeypatch) -> None:
    from captions.inputs import jsonl

    monkeypatch.setattr(jsonl, "MAX_JSONL_LINE", 1000)
    rows = tmp_path / "rows.jsonl"
    assert runner.invoke(app, ["catalog", str(page("Title\n\nA boy runs. [AP]\n")), "-o", str(rows), "--photos"]).exit_code == 0
    rows.write_text(rows.read_text(encoding="utf-8") + '{"id": "' + "x" * 5000 + '"}\n', encoding="utf-8")
    result = runner.invoke(app, ["diff", str(rows), str(rows)])
    assert result.exit_code == 2
    assert "longer than 1000 bytes" in error_line(result.stderr, f"{rows}:2")


@pytest.mark.parametrize("pages", ["examples", "examples/wire-gallery.txt", "examples/html/figure-credit-span.html"])
def test_pages_given_for_a_catalogue_are_refused_in_a_line_saying_how_to_write_one(runner, catalogue: Path, pages: str,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["diff", pages, str(catalogue)])
    assert result.exit_code == 2
    what = "a folder" if pages == "examples" else "pages, not a catalogue"
    assert result.stderr == (f"captions: error: {pages}: {what}; diff compares two catalogues: "
                             f"write one with `captions catalog {pages} -o old.yaml`\n")


def _rows(path: Path, pictures: list[tuple[str, int, str, str]]) -> Path:
    """A photo table in JSON Lines, as `captions catalog --photos` writes one: (article, line, caption, agency)."""
    path.write_text("".join(json.dumps({
        "article_id": article, "id": f"{article}/{line}", "line": line, "description": None, "caption": caption,
        "credit": agency, "photographers": [], "agencies": [agency], "via": []}) + "\n"
        for article, line, caption, agency in pictures), encoding="utf-8")
    return path


def test_articles_in_another_order_in_each_file_are_matched_and_told_by_article_then_line(runner, tmp_path: Path) -> None:
    old = _rows(tmp_path / "old.jsonl", [("b", 3, "Boats.", "AFP"), ("a", 5, "Ships.", "AP"), ("a", 3, "Cranes.", "AP")])
    new = _rows(tmp_path / "new.jsonl", [("c", 1, "Rain.", "AP"), ("a", 3, "Cranes.", "AP"), ("a", 5, "Ships.", "AFP"),
                                         ("b", 3, "Boats.", "AFP")])
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.stdout == ('~ a/5 line 5: "Ships.": "AP" (AP) -> "AFP" (AFP)\n'
                             '+ c/1 line 1: "Rain.": "AP" (AP)\n')


def test_catalogues_larger_than_a_sorting_run_give_the_changes_they_give_in_memory(runner, tmp_path: Path,
                                                                                   monkeypatch) -> None:
    from captions.catalog import diff as diff_module

    old = [(f"page-{n % 37:02d}", n, f"Caption {n % 5}.", "AFP") for n in range(300)]
    new = [(article, line, caption, "AP" if line % 7 == 0 else agency) for article, line, caption, agency in old
           if line % 11] + [(f"page-{n % 41:02d}", 1000 + n, "New.", "AP") for n in range(20)]
    old_path, new_path = _rows(tmp_path / "old.jsonl", old), _rows(tmp_path / "new.jsonl", new)
    in_memory = runner.invoke(app, ["diff", str(old_path), str(new_path), "-f", "jsonl"])
    monkeypatch.setattr(diff_module, "_RUN", 16)   # some twenty runs a side, in temporary files
    on_disk = runner.invoke(app, ["diff", str(old_path), str(new_path), "-f", "jsonl"])
    assert on_disk.stdout == in_memory.stdout
    assert in_memory.stderr == "captions: 20 added, 28 removed, 39 re-credited\n"


@pytest.mark.parametrize("count", [0, 1, 3])
def test_json_output_written_as_it_comes_is_the_json_of_the_whole_list(count: int) -> None:
    from captions.catalog.diff import rendered_changes

    changes = diff_pictures([], [picture(f"Ships {n}.", "AFP", ("AFP",), line=n) for n in range(count)])
    assert "".join(rendered_changes(changes, "json")) == json.dumps(
        [c.as_dict() for c in changes], ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("field, value, problem", [
    ("article_id", 5, "article_id: 5 is not text"),
    ("article_id", None, "article_id: None is not text"),
    ("caption", ["Ships."], "caption: ['Ships.'] is not text"),
    ("photographers", "Jo Li", "photographers: 'Jo Li' is not a list of names"),
], ids=["number-article", "no-article", "list-caption", "text-photographers"])
def test_a_photo_row_of_the_wrong_types_is_one_line_not_a_traceback(runner, tmp_path: Path, field: str, value: object,
                                                                     problem: str) -> None:
    # an article id that is no text could not be sorted with the others, a caption that is a list not be matched:
    # both ended in a TypeError's traceback
    old = _rows(tmp_path / "old.jsonl", [("a", 3, "Ships.", "AP"), ("b", 3, "Boats.", "AP")])
    rows = old.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(rows[0] + "\n" + json.dumps(dict(json.loads(rows[1]), **{field: value})) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["diff", str(bad), str(old)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"captions: error: {bad}: not a catalogue captions wrote ({problem})\n"


def test_walking_two_sides_sorted_on_disk_gives_the_changes_of_the_whole_lists_in_memory(tmp_path: Path,
                                                                                          monkeypatch) -> None:
    # any pictures: articles repeated across a file, equal lines, no captions, runs of three spilled to disk
    import random

    from captions.catalog import diff as diff_module

    monkeypatch.setattr(diff_module, "_RUN", 3)

    def side(draw: random.Random, path: Path) -> list[Picture]:
        pictures = [picture(draw.choice([None, "Ships.", "Boats.", ""]), draw.choice([None, "AFP", "AP"]),
                            line=draw.randint(0, 3), article=draw.choice(["a", "b", "B", "é", ""]))
                    for _ in range(draw.randint(0, 25))]
        path.write_text("".join(json.dumps(dict(p.as_dict(), description=None)) + "\n" for p in pictures),
                        encoding="utf-8")
        return pictures

    for seed in range(200):
        draw = random.Random(seed)
        old, new = side(draw, tmp_path / "old.jsonl"), side(draw, tmp_path / "new.jsonl")
        changes = list(diff_module.iter_changes(str(tmp_path / "old.jsonl"), str(tmp_path / "new.jsonl")))
        assert changes == diff_pictures(old, new), seed
