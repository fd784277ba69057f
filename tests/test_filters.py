"""PhotoFilter: which articles and pictures --agency, --kind, --country, --since and --until keep."""
from __future__ import annotations

import pytest
from pathlib import Path

from captions.cli import app
from captions.report.filters import FilterError, PhotoFilter
from captions.parse.page import parse_page
from captions.knowledge.registry import bundled_registry

REGISTRY = bundled_registry()
PAGE = (
    " date 2024-06-19 World\nParade in Pyongyang\n\n"
    "Soldiers parade past the stand. [KCNA via KNS and AFP]\n"
    "A crowd waves flags in the rain. [Jane Doe/Reuters]\n"
    "A rally in the square. [Jo Li/Daily Planet]\n"
    "IMAGE: The stand before the parade.\n"
)
ARTICLE = parse_page(PAGE, id="p")


def kept(**options: object) -> list[str] | None:
    article = PhotoFilter.parse(REGISTRY, **options).apply(ARTICLE, REGISTRY)  # type: ignore[arg-type]
    return None if article is None else [p.id for p in article.photos]


@pytest.mark.parametrize(("options", "expected"), [
    ({}, ["p/1", "p/2", "p/3", "p/4"]),
    ({"agency": ["Agence France-Presse"]}, ["p/1"]),
    ({"agency": ["reuters", "KNS"]}, ["p/1", "p/2"]),
    ({"agency": ["daily planet"]}, ["p/3"]),
    ({"agency": ["AP"]}, None),
    ({"kind": ["state media"]}, ["p/1"]),
    ({"kind": ["wire,unknown"]}, ["p/1", "p/2", "p/3"]),
    ({"country": ["gb"]}, ["p/2"]),
    ({"country": ["unknown"]}, ["p/3"]),
    ({"kind": ["wire"], "country": ["FR"]}, ["p/1"]),
    ({"since": "2024-06-19", "until": "2024-06-19"}, ["p/1", "p/2", "p/3", "p/4"]),
    ({"since": "2024-06-20"}, None),
    ({"until": "2024-06-18"}, None),
])
def test_filter_keeps(options: dict, expected: list[str] | None) -> None:
    assert kept(**options) == expected, options


@pytest.mark.parametrize("agency", ["PA", "PA Media", "Press Association"])
def test_an_agency_printed_as_a_variant_is_chosen_by_any_of_its_names(agency: str) -> None:
    article = parse_page("News\nCommuters wait for a train in Leeds. [Tom Lowe/PA]\n", id="v")
    chosen = PhotoFilter.parse(REGISTRY, agency=[agency]).apply(article, REGISTRY)
    assert chosen is not None and [p.credit.agencies for p in chosen.photos if p.credit] == [["PA"]], agency


def test_one_agency_must_pass_every_test_given() -> None:
    # KCNA is state media from KP, AFP a wire from FR: no one agency is a wire from KP
    assert kept(kind=["wire"], country=["KP"]) is None


def test_an_article_with_no_date_is_in_no_date_range() -> None:
    undated = parse_page("Title\nShips. [Jo Li/AFP]\n")
    assert PhotoFilter.parse(REGISTRY, since="2000-01-01").apply(undated, REGISTRY) is None
    assert PhotoFilter.parse(REGISTRY).apply(undated, REGISTRY) is undated


@pytest.mark.parametrize(("options", "message"), [
    ({"kind": ["tabloid"]}, "--kind 'tabloid': not a kind of agency"),
    ({"since": "2024-13-01"}, "--since '2024-13-01': not a date; use YYYY-MM-DD"),
    ({"since": "2024-06-20", "until": "2024-06-19"}, "--since 2024-06-20 is after --until 2024-06-19"),
])
def test_bad_filters_are_refused(options: dict, message: str) -> None:
    with pytest.raises(FilterError, match=message):
        PhotoFilter.parse(REGISTRY, **options)


def test_a_filter_that_keeps_no_picture_writes_an_empty_catalogue(runner, page, tmp_path: Path) -> None:
    out = tmp_path / "none.yaml"
    result = runner.invoke(app, ["catalog", str(page(PAGE)), "--agency", "Kyodo", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == "catalog_version: 1\narticles: []\nagencies: {}\n"


def test_an_agency_no_one_knows_is_warned_of_and_kept_where_a_credit_prints_it(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE)), "--agency", "Daily Planet", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "agency,photos,articles\nDaily Planet,1,1\n"
    assert result.stderr == ("captions: warning: --agency 'Daily Planet': no agency captions knows has this name or alias "
                             "(`captions agencies` lists them); kept only where a credit prints it\n")


def test_an_agency_named_by_an_alias_is_no_warning(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE)), "--agency", "thomson reuters", "--format", "csv", "-q"])
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_country_no_agency_is_of_is_warned_of(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE)), "--country", "USA,kp", "--format", "csv", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "agency,photos,articles\nAFP,1,1\nKCNA,1,1\nKNS,1,1\n"
    assert result.stderr == ("captions: warning: --country 'USA': no agency captions knows is of this country "
                             "(codes of two letters, US, FR: `captions agencies` lists them); no picture is kept for it\n")
