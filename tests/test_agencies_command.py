"""`captions agencies`: a listing that fits a terminal, the whole of it on request, one agency looked up."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from captions.cli import app
from captions.report.tables import render_agencies, shortened
from tests.cli_errors import error_line

PLANET = ("agencies:\n  - {name: Daily Planet, aliases: [DP Photo, Planet Photo, DP, The Planet, Planet Pictures],"
          " kind: publication, country: US}\n")


@pytest.fixture
def planet(tmp_path: Path) -> str:
    path = tmp_path / "mine.yaml"
    path.write_text(PLANET, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("items", "expected"), [
    (["AFP"], "AFP"),
    (["Associated Press", "AP Photo", "AP Images", "Assoc. Press", "美联社"], "Associated Press, AP Photo, +3"),
    (["Agència Catalana de Notícies Fotografia"], "Agència Catalana de Notícies…"),
    ([], ""),
])
def test_shortened_cuts_a_list_to_its_width_with_a_count(items: list[str], expected: str) -> None:
    assert shortened(items, 30) == expected, items


def test_agencies_listing_fits_120_columns(runner) -> None:
    result = runner.invoke(app, ["agencies"])
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 120


@pytest.mark.parametrize("columns", [100, 90])
def test_agencies_listing_on_a_narrower_terminal_cuts_aliases_and_variants_to_fit_it(columns: int) -> None:
    from captions import load_registry

    listing = render_agencies(load_registry(), "simple", columns=columns).splitlines()
    assert max(len(line) for line in listing) == columns
    # at 90 columns the kind column, as wide as "local government", leaves the aliases less room
    assert re.split(r"\s{2,}", next(line for line in listing if line.startswith("AAP "))) == (
        ["AAP", "Australian…, +1", "wire", "AU"] if columns == 100 else ["AAP", "Austr…, +1", "wire", "AU"])


def test_agencies_listing_cuts_long_aliases_with_a_count(runner, planet: str) -> None:
    row = next(line for line in runner.invoke(app, ["agencies", "--agencies", planet]).stdout.splitlines()
               if line.startswith("Daily Planet "))
    assert re.split(r"\s{2,}", row.strip()) == ["Daily Planet", "DP Photo, Planet Photo, DP, +2", "publication", "US"]


def test_agencies_wide_lists_every_alias(runner, planet: str) -> None:
    row = next(line for line in runner.invoke(app, ["agencies", "--wide", "--agencies", planet]).stdout.splitlines()
               if line.startswith("Daily Planet "))
    assert "DP Photo, Planet Photo, DP, The Planet, Planet Pictures" in row


@pytest.mark.parametrize("name", ["Daily Planet", "daily planet", "dp photo", "THE PLANET"])
def test_agencies_shows_one_agency_by_name_or_alias_in_any_case(runner, planet: str, name: str) -> None:
    result = runner.invoke(app, ["agencies", name, "--agencies", planet])
    assert result.exit_code == 0, result.output
    assert result.stdout == ("Daily Planet\n"
                             "  aliases:  DP Photo, Planet Photo, DP, The Planet, Planet Pictures\n"
                             "  variants: -\n"
                             "  kind:     publication\n"
                             "  country:  US\n")


def test_agencies_shows_one_agency_as_json(runner, planet: str) -> None:
    result = runner.invoke(app, ["agencies", "DP", "--format", "json", "--agencies", planet])
    assert json.loads(result.stdout) == [{"name": "Daily Planet", "variants": [], "kind": "publication", "country": "US",
                                          "aliases": ["DP Photo", "Planet Photo", "DP", "The Planet", "Planet Pictures"]}]


def test_agencies_names_an_unknown_agency_as_a_usage_error(runner) -> None:
    result = runner.invoke(app, ["agencies", "Nonesuch Photo"])
    assert result.exit_code == 2
    assert error_line(result.stderr) == "captions: error: no agency 'Nonesuch Photo' by name or alias; `captions agencies` lists them"
