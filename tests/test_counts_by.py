"""`captions credits --by kind|role`: counting by kind of agency and by role instead of by agency."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from captions.cli import app
from captions.report.counts import GroupCount, article_credit_rows, count_credits, count_credits_by, credit_rows
from captions.parse.page import parse_dump, parse_page
from captions.knowledge.registry import bundled_registry
from tests.cli_errors import error_line

REGISTRY = bundled_registry()
PAGE_A = (
    "Parade in Pyongyang\n\n"
    "Soldiers parade past the stand. [KCNA via KNS and AFP]\n"
    "Tanks roll through the square. [KCNA via Reuters]\n"
    "A crowd waves flags in the rain. [Jane Doe/Reuters]\n"
)
PAGE_B = (
    "Summit in Moscow\n\n"
    "Leaders shake hands at the Kremlin. [Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo]\n"
    "Superman lands on the roof. [Jimmy Olsen/Daily Planet]\n"
)


def articles():
    return [parse_page(PAGE_A, id="a", source="a.txt"), parse_page(PAGE_B, id="b", source="b.txt")]


def table(counts: list[GroupCount]) -> list[tuple]:
    return [(*c.key, c.photos, c.articles) for c in counts]


@pytest.mark.parametrize("by, expected", [
    (("kind",), [
        ("wire", 4, 2),            # AFP, Reuters twice (one photo each), AP
        ("state media", 3, 2),     # KCNA twice, Sputnik
        ("photo agency", 1, 1),    # KNS
        ("pool", 1, 1),            # Kremlin Pool
        ("unknown", 1, 1),         # Daily Planet is not in the registry
    ]),
    (("role",), [
        ("origin", 5, 2),
        ("via", 3, 2),
    ]),
    (("kind", "role"), [
        ("state media", "origin", 3, 2),
        ("wire", "via", 3, 2),     # AFP, Reuters (KCNA via Reuters), AP
        ("photo agency", "via", 1, 1),
        ("pool", "origin", 1, 1),
        ("unknown", "origin", 1, 1),
        ("wire", "origin", 1, 1),  # Jane Doe/Reuters
    ]),
    (("agency", "role"), [
        ("KCNA", "origin", 2, 1),
        ("AFP", "via", 1, 1),
        ("AP", "via", 1, 1),
        ("Daily Planet", "origin", 1, 1),
        ("KNS", "via", 1, 1),
        ("Kremlin Pool", "origin", 1, 1),
        ("Reuters", "origin", 1, 1),      # Jane Doe/Reuters
        ("Reuters", "via", 1, 1),         # KCNA via Reuters
        ("Sputnik", "origin", 1, 1),
    ]),
])
def test_count_credits_by(by: tuple[str, ...], expected: list[tuple]) -> None:
    assert table(count_credits_by(articles(), by, REGISTRY)) == expected, by


def test_a_photo_counts_once_per_group_however_many_agencies_fall_in_it() -> None:
    article = parse_page("Title\n\nSoldiers parade past the stand. [KCNA via Reuters and AFP]\n", id="x")
    assert table(count_credits_by([article], ("kind", "role"), REGISTRY)) == [
        ("state media", "origin", 1, 1), ("wire", "via", 1, 1),
    ]


def test_count_by_agency_is_the_count_per_agency() -> None:
    assert table(count_credits_by(articles(), ("agency",))) == [(c.agency, c.photos, c.articles) for c in count_credits(articles())]


def test_count_by_an_unknown_grouping_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot group by 'city'"):
        count_credits_by(articles(), ("city",), REGISTRY)


def test_credits_by_kind_on_the_command_line(runner, page) -> None:
    a, b = str(page(PAGE_A, "a.txt")), str(page(PAGE_B, "b.txt"))
    result = runner.invoke(app, ["credits", a, b, "--by", "kind", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "kind,photos,articles", "wire,4,2", "state media,3,2", "photo agency,1,1", "pool,1,1", "unknown,1,1",
    ]


@pytest.mark.parametrize("args", [["--by", "kind,role"], ["--by", "kind", "--by", "role"]])
def test_credits_by_kind_and_role_combine(runner, page, args: list[str]) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE_A)), *args, "--format", "json"])
    assert json.loads(result.stdout)[0] == {"kind": "state media", "role": "origin", "photos": 2, "articles": 1}


def test_credits_default_is_still_per_agency(runner, page) -> None:
    source = str(page(PAGE_A))
    default = runner.invoke(app, ["credits", source, "--format", "csv"]).stdout
    assert default.splitlines()[:2] == ["agency,photos,articles", "KCNA,2,1"]
    assert runner.invoke(app, ["credits", source, "--format", "csv", "--by", "agency"]).stdout == default


def test_credits_refuses_an_unknown_grouping(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE_A)), "--by", "city"])
    assert result.exit_code == 2
    assert "unknown --by 'city'; use agency, kind, country, role" in result.stderr


PAGE_C = " date 2024-07-01 World\nRally in Seoul\n\nIMAGE: Crowds line the road in the rain.\nA speaker at the rally. [Jo Li/Associated Press]\n"


def test_credits_table_ends_with_every_picture_and_those_without_credit(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE_A, "a.txt")), str(page(PAGE_C, "c.txt")), "--format", "github"])
    assert result.stdout.splitlines()[-3:] == [
        "| KNS          |        1 |          1 |",
        "| all pictures |        5 |          2 |",
        "| no credit    |        1 |          1 |",
    ]


def test_credits_csv_keeps_one_row_per_group(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE_C)), "--format", "csv"])
    assert result.stdout == "agency,photos,articles\nAP,1,1\n"


def test_credits_by_country(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE_A)), "--by", "country", "--format", "csv"])
    assert result.stdout == "country,photos,articles\nGB,2,1\nKP,2,1\nFR,1,1\nJP,1,1\n"


@pytest.mark.parametrize(("args", "expected"), [
    (["--agency", "Thomson Reuters"], "agency,photos,articles\nReuters,2,1\nKCNA,1,1\n"),
    (["--kind", "state media", "--by", "kind"], "kind,photos,articles\nstate media,2,1\nwire,2,1\nphoto agency,1,1\n"),
    (["--since", "2024-07-01"], "agency,photos,articles\nAP,1,1\n"),
    (["--until", "2024-06-30"], "agency,photos,articles\n"),
])
def test_credits_filters_choose_pictures_and_count_all_their_agencies(runner, page, args: list[str], expected: str) -> None:
    paths = [str(page(PAGE_A, "a.txt")), str(page(PAGE_C, "c.txt"))]
    assert runner.invoke(app, ["credits", *paths, "--format", "csv", *args]).stdout == expected


def test_an_unknown_kind_is_refused_naming_the_kinds(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE_A)), "--kind", "tabloid"])
    assert result.exit_code == 2
    assert "use one of wire, " in error_line(result.stderr, "--kind 'tabloid'")


def test_a_bad_date_is_refused(runner, page) -> None:
    result = runner.invoke(app, ["credits", str(page(PAGE_A)), "--since", "19 June"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in error_line(result.stderr, "--since '19 June'")


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_counting_reads_from_the_parse_what_the_article_credits(name: str) -> None:
    parsed = parse_dump((EXAMPLES / name).read_text(encoding="utf-8"), id=name)
    assert credit_rows(parsed) == article_credit_rows(parsed.article), name
