"""Credit parts a reader tells for a body's, not a person's, by their shape (round 129).

A place and capitals holding no vowel after it are a body's initials ("NSW RFS"): no given name or surname is so
written, and a person's undotted initials open their name, never close it ("KVS Giri"). A transit operator's word
("Metro", "S-Bahn") or a paper's week ("This Week") makes a name of two words or more a body's. Every line here is
written for these tests.
"""
from __future__ import annotations

from pathlib import Path

from captions import parse_credit, parse_page

EXAMPLE = Path(__file__).parent.parent / "examples" / "organisation-credits-by-shape.txt"


def _parts(raw: str) -> tuple[list[str], list[str]]:
    credit = parse_credit(raw)
    return list(credit.photographers), list(credit.agencies)


def test_the_example_page_names_no_body_as_a_photographer() -> None:
    photos = parse_page(EXAMPLE.read_text(encoding="utf-8")).photos
    assert [list(p.credit.photographers) for p in photos] == [[], ["Ida Varga"], [], [], ["Leo Park"]]


def test_capitals_with_no_vowel_closing_a_place_are_a_bodys_initials() -> None:
    assert _parts("Credit: Northvale RFS") == ([], ["Northvale RFS"])


def test_two_such_initials_are_a_body() -> None:
    assert _parts("Credit: WSW RFS") == ([], ["WSW RFS"])


def test_undotted_initials_opening_a_name_stay_a_persons() -> None:
    assert _parts("Photo: KVS Ramanathan") == (["KVS Ramanathan"], [])


def test_a_surname_in_capitals_holding_a_vowel_stays_a_persons() -> None:
    assert _parts("Jean ROY/AFP") == (["Jean ROY"], ["AFP"])


def test_a_city_and_its_metro_handed_on_by_a_wire_are_two_agencies() -> None:
    assert _parts("PHOTO: KESTREL METRO VIA REUTERS") == ([], ["KESTREL METRO", "Reuters"])


def test_a_city_rail_operator_named_by_s_bahn_is_a_body() -> None:
    assert _parts("Foto: S-Bahn Rheinau") == ([], ["S-Bahn Rheinau"])


def test_a_paper_named_for_its_week_is_a_body() -> None:
    assert _parts("Eastbrook This Week via The Canadian Press") == ([], ["Eastbrook This Week", "The Canadian Press"])
