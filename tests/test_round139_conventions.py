"""Round 139: offices closing an AP caption's opening title, two-letter wires in lower case after a photographer,
South Asian wires' sign-offs closing a story's paragraph, Reuters' file-photo lead-in variants, Czech surnames in
capitals. Every text here is invented."""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def _story(first: str, second: str, credit_one: str = "(AP Photo/Evan Vucci)",
           credit_two: str = "(AP Photo/Julia Demaree)") -> str:
    return (" date 2026-01-02 Politics\nTwo of a kind\n\nThe story's first paragraph runs here, a sentence.\n\n"
            f"{first} {credit_one}\n\nThe story goes on in a second paragraph.\n\n{second} {credit_two}\n")


@pytest.mark.parametrize("title", ["Harbor City Mayor", "Lake State Governor", "German Chancellor",
                                   "UN Secretary-General", "Ontario Premier", "Ohio Senator", "House Speaker",
                                   "US Attorney General"])
def test_an_office_before_two_names_opening_ap_captions_is_no_slug(title: str) -> None:
    first = f"{title} Delia Okafor speaks to reporters outside the building, Monday, Jan. 5, 2026."
    second = f"{title} Martin Lowell waves to supporters after the vote, Tuesday, Jan. 6, 2026."
    assert [caption for caption, _ in _read(_story(first, second))] == [first, second]


def test_a_slug_before_two_names_is_still_cut() -> None:
    first = "Winter Storm Delia Okafor clears snow from her driveway, Monday, Jan. 5, 2026, in Granite Falls."
    second = "Winter Storm Martin Lowell pushes a stalled car, Monday, Jan. 5, 2026, in Granite Falls."
    assert [caption for caption, _ in _read(_story(first, second))] == [first.split(None, 2)[2],
                                                                        second.split(None, 2)[2]]


@pytest.mark.parametrize("raw", ["Harriet Combe/pa", "Leon Tremblay/cp", "Ana Ruiz/ae"])
def test_two_letters_known_only_as_a_variant_after_a_photographer_stay_as_printed(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, [raw.split("/")[0]], [])


@pytest.mark.parametrize("raw, agency", [("Selin Aydemir/aa", "Anadolu"), ("Marit Lunde/ap", "AP"),
                                         ("Harriet Combe/PA", "PA"), ("Leon Tremblay/CP", "CP")])
def test_two_letters_named_by_an_alias_or_in_capitals_are_the_wire(raw: str, agency: str) -> None:
    assert parse_credit(raw).agencies == [agency]
