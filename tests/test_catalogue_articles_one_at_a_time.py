"""A YAML or JSON catalogue read by credits, audit and diff: its articles one at a time, as loading it whole reads
them.

Loaded whole, a 40 MB YAML catalogue of 20,000 pages took 1.4 GB and 28 s; read an article at a time, 170 MB and
12 s (JSON, 60 MB: 490 MB, then 210 MB). The same checks hold, and each refusal is the same one line.
"""
from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from captions.catalog.loader import CatalogError, iter_catalog_articles, load_catalog

ROOT = Path(__file__).resolve().parent.parent
HEAD = "catalog_version: 1\narticles:\n"
ARTICLE = ("- id: fair-{n}\n  source: fair-{n}.txt\n  date: 2024-06-19\n  section: null\n  title: Fair day {n}\n"
           "  photos:\n  - id: fair-{n}/1\n    line: 2\n    description: null\n    caption: A stall at the fair {n}.\n"
           "    credit: {{raw: Jo Li/AFP, photographers: [Jo Li], agencies: [AFP], via: []}}\n")
INDEX = "agencies:\n  AFP: [fair-0/1, fair-1/1]\n"


def _catalogue(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalog.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _read_counting_peak(path: Path) -> tuple[int, int]:
    """The articles read one at a time from a catalogue, counted, and the peak of memory traced while reading."""
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_catalog_articles(path))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _whole_error(path: Path) -> str:
    with pytest.raises(CatalogError) as whole:
        load_catalog(path)
    return str(whole.value)


def test_the_examples_catalogue_reads_the_same_articles_one_at_a_time_as_whole() -> None:
    path = ROOT / "catalog.yaml"
    assert list(iter_catalog_articles(path)) == load_catalog(path).articles


def test_an_article_that_is_none_is_refused_at_its_own_line_in_the_words_a_whole_reading_uses(tmp_path: Path) -> None:
    text = HEAD + ARTICLE.format(n=0) + ARTICLE.format(n=1).replace("    line: 2\n", "    line: two\n") + INDEX
    path = _catalogue(tmp_path, text)
    with pytest.raises(CatalogError) as streamed:
        list(iter_catalog_articles(path))
    assert str(streamed.value) == _whole_error(path) == (
        "line 21, articles[1].photos[0].line: Input should be a valid integer, unable to parse string as an integer")


@pytest.mark.parametrize("tail, problem", [
    ("agencies:\n  AFP: &a [fair-0/1]\n  AP: *a\n", "line 27, column 7: not valid YAML: alias *a is not allowed in a "
                                                   "catalogue"),
    (INDEX + "---\ncatalog_version: 1\n", "line 27, column 1: not valid YAML: expected a single document in the stream "
                                          "but found another document"),
    (INDEX + "notes: checked\n", "line 27, notes: unknown field"),
], ids=["alias-in-the-index", "a-second-document", "an-unknown-field"])
def test_what_follows_the_articles_is_checked_as_a_whole_reading_checks_it(tmp_path: Path, tail: str,
                                                                          problem: str) -> None:
    path = _catalogue(tmp_path, HEAD + ARTICLE.format(n=0) + ARTICLE.format(n=1) + tail)
    with pytest.raises(CatalogError) as streamed:
        list(iter_catalog_articles(path))
    assert str(streamed.value) == _whole_error(path) == problem


def test_a_catalogue_of_another_shape_is_read_whole(tmp_path: Path) -> None:
    path = _catalogue(tmp_path, "articles:\n" + ARTICLE.format(n=0) + INDEX.replace(", fair-1/1", "")
                      + "catalog_version: 1\n")
    assert [a.id for a in iter_catalog_articles(path)] == ["fair-0"]


def test_a_catalogue_of_an_unknown_version_is_refused_before_any_article(tmp_path: Path) -> None:
    path = _catalogue(tmp_path, HEAD.replace("1", "2") + ARTICLE.format(n=0) + INDEX)
    with pytest.raises(CatalogError, match=r"^catalog_version: 2 is not supported \(this captions reads version 1\)$"):
        next(iter_catalog_articles(path))


def test_reading_the_articles_holds_one_at_a_time(tmp_path: Path) -> None:
    text = HEAD + "".join(ARTICLE.format(n=n) for n in range(3000)) + INDEX
    count, peak = _read_counting_peak(_catalogue(tmp_path, text))
    assert count == 3000
    assert peak < 6 * len(text)   # about 3 times the text (its bytes, its text, the parser's copy); whole, 60 times


def _json_catalogue(tmp_path: Path, articles: list[str], tail: str = ', "agencies": {"AFP": ["fair-0/1"]}}') -> Path:
    path = tmp_path / "catalog.json"
    path.write_text('{\n  "catalog_version": 1,\n  "articles": [' + ", ".join(articles) + "]" + tail, encoding="utf-8")
    return path


def _json_article(n: int, line: object = 2) -> str:
    return json.dumps({"id": f"fair-{n}", "source": f"fair-{n}.txt", "date": "2024-06-19", "section": None,
                       "title": f"Fair day {n}", "photos": [{"id": f"fair-{n}/1", "line": line, "description": None,
                       "caption": f"A stall at the fair {n}.", "credit": {"raw": "Jo Li/AFP", "photographers": ["Jo Li"],
                                                                          "agencies": ["AFP"], "via": []}}]}, indent=2)


def test_the_examples_catalogue_in_json_reads_the_same_articles_one_at_a_time_as_whole(runner, tmp_path: Path) -> None:
    from captions.cli import app

    path = tmp_path / "examples.json"
    assert runner.invoke(app, ["catalog", str(ROOT / "examples"), "-o", str(path)]).exit_code == 0
    assert list(iter_catalog_articles(path)) == load_catalog(path).articles


@pytest.mark.parametrize("articles, tail", [
    ([_json_article(0), _json_article(1, line="two")], ', "agencies": {}}'),
    ([_json_article(0)], ', "agencies": {}, "notes": "checked"}'),
    ([_json_article(0)], ', "agencies": {} "notes": 1}'),
    ([_json_article(0)], ', "agencies": {}}\n{}'),
    ([_json_article(0) + " " + _json_article(1)], ', "agencies": {}}'),
    ([_json_article(0)], ', "agencies": [1, 2,]}'),
], ids=["an-article-that-is-none", "an-unknown-field", "a-missing-comma", "extra-data", "articles-not-apart",
        "a-broken-index"])
def test_a_json_catalogue_is_refused_in_the_words_a_whole_reading_uses(tmp_path: Path, articles: list[str],
                                                                       tail: str) -> None:
    path = _json_catalogue(tmp_path, articles, tail)
    with pytest.raises(CatalogError) as streamed:
        list(iter_catalog_articles(path))
    assert str(streamed.value) == _whole_error(path)


def test_a_json_catalogue_of_another_shape_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "catalog.json"
    path.write_text('{"agencies": {}, "articles": [' + _json_article(0) + '], "catalog_version": 1}', encoding="utf-8")
    assert [a.id for a in iter_catalog_articles(path)] == ["fair-0"]


def test_an_empty_list_of_articles_in_json_is_no_article(tmp_path: Path) -> None:
    assert list(iter_catalog_articles(_json_catalogue(tmp_path, [], ', "agencies": {}}'))) == []


def test_reading_a_json_catalogue_s_articles_holds_one_at_a_time(tmp_path: Path) -> None:
    path = _json_catalogue(tmp_path, [_json_article(n) for n in range(3000)])
    size = path.stat().st_size
    count, peak = _read_counting_peak(path)
    assert count == 3000
    assert peak < 4 * size   # about twice the file (its bytes, its text); loading it whole, 11 times


def test_a_catalogue_with_no_agency_index_is_refused_as_a_whole_reading_refuses_it(tmp_path: Path) -> None:
    yaml_path = _catalogue(tmp_path, HEAD + ARTICLE.format(n=0))
    json_path = _json_catalogue(tmp_path, [_json_article(0)], "}")
    for path, problem in ((yaml_path, "line 1, agencies: missing"), (json_path, "agencies: missing")):
        with pytest.raises(CatalogError) as streamed:
            list(iter_catalog_articles(path))
        assert str(streamed.value) == _whole_error(path) == problem


@pytest.mark.parametrize("tail", ["", "agencies: null\n", "agencies:\n  AFP: fair-0/1\n",
                                  "agencies:\n  AFP: [fair-0/1]\n  AP: [fair-1/1, 7]\n", "agencies:\n  '@Gulf': [[a]]\n"],
                         ids=["missing", "null", "not-a-list", "not-text", "nested"])
def test_an_agency_index_a_whole_reading_refuses_is_refused_in_its_words(tmp_path: Path, tail: str) -> None:
    # passed over unchecked, a catalogue with no index, or an index of no names, was read as good
    path = _catalogue(tmp_path, HEAD + ARTICLE.format(n=0) + ARTICLE.format(n=1) + tail)
    with pytest.raises(CatalogError) as streamed:
        list(iter_catalog_articles(path))
    assert str(streamed.value) == _whole_error(path)


def test_a_character_yaml_refuses_is_one_line_on_the_python_reader_too(tmp_path: Path, monkeypatch) -> None:
    # without libyaml the reader checks the characters as it is made: that was outside the errors' translation
    import yaml

    from captions.catalog import loader, yaml_articles

    monkeypatch.setattr(yaml_articles, "catalog_loader", lambda base=None: loader.catalog_loader(yaml.SafeLoader))
    path = _catalogue(tmp_path, HEAD + ARTICLE.format(n=0) + INDEX + "\x01\n")
    with pytest.raises(CatalogError, match=r"^line 16: not valid YAML: character U\+0001 is not allowed$"):
        list(iter_catalog_articles(path))


@pytest.mark.parametrize("tail", [', "agencies": null}', ', "agencies": {"AFP": "fair-0/1"}}',
                                  ', "agencies": {"AFP": ["fair-0/1", 7]}}'], ids=["null", "not-a-list", "not-text"])
def test_a_json_agency_index_a_whole_reading_refuses_is_refused_in_its_words(tmp_path: Path, tail: str) -> None:
    path = _json_catalogue(tmp_path, [_json_article(0)], tail)
    with pytest.raises(CatalogError) as streamed:
        list(iter_catalog_articles(path))
    assert str(streamed.value) == _whole_error(path)
