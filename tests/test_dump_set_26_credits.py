"""Credits read on the twenty-sixth set of page dumps: the Serbo-Croatian and Polish word for an illustration names
no one, a church's see hands out its pictures as a town hall does, a photo studio's web address or a body's name
before its photographer's surname, the maps and views a page grabs from Google, and "Courtesy photo" alone on the
line under its caption. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions.parse.credit import parse_credit
from captions.parse.page import parse_page


@pytest.mark.parametrize("raw, agencies", [
    ("Pixabay (ilustracija)", ["Pixabay"]),
    ("Ilustracija: Shutterstock", ["Shutterstock"]),
    ("Shutterstock/Илустрација", ["Shutterstock"]),
    ("Pixabay (ilustracja)", ["Pixabay"]),
], ids=["in-brackets", "as-a-leadin", "cyrillic-after-a-slash", "polish"])
def test_the_word_for_an_illustration_names_no_one(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)


@pytest.mark.parametrize("raw", [
    "Arzobispado de Lima", "Arquidiócesis de Guadalajara", "Obispado de Huesca", "Diócesis de Cuenca",
])
def test_a_churchs_see_is_a_body(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


@pytest.mark.parametrize("raw, photographer, agency", [
    ("fotostudio-linz.at/Brandstetter", "Brandstetter", "fotostudio-linz.at"),
    ("Stadt Wels/Gruber", "Gruber", "Stadt Wels"),
    ("Feuerwehr Enns/Pichler", "Pichler", "Feuerwehr Enns"),
], ids=["studio-by-its-address", "town", "fire-brigade"])
def test_one_surname_after_a_studio_or_a_body_is_its_photographer(raw: str, photographer: str, agency: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([photographer], [agency])


@pytest.mark.parametrize("raw, agencies", [
    ("Stadt Wels/Privat", ["Stadt Wels"]),
    ("Stadt Wels/PID", ["Stadt Wels", "PID"]),
    ("Stadt Wels/Google", ["Stadt Wels", "Google"]),
    ("NASA/JPL-Caltech", ["NASA", "JPL-Caltech"]),
    ("Stadt Wels/Stadtmarketing", ["Stadt Wels", "Stadtmarketing"]),
    ("stadt-wels.at/Stadtkommunikation", ["stadt-wels.at", "Stadtkommunikation"]),
    ("Autohaus Gruber GmbH/Pressebild", ["Autohaus Gruber GmbH"]),  # "press picture" names no one (round 37)
], ids=["placeholder", "an-acronym", "a-platform", "a-hyphenated-partner", "a-marketing-office", "a-press-office",
        "a-kind-of-picture"])
def test_no_surname_after_a_body_makes_no_photographer(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)


@pytest.mark.parametrize("raw, agencies", [
    ("Google Maps", ["Google Maps"]), ("Screenshot: Google Street View", ["Google Street View"]),
    ("Maxar/Google Earth", ["Maxar", "Google Earth"]),
])
def test_googles_maps_and_views_are_platforms_not_people(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)


@pytest.mark.parametrize("raw, agencies", [
    ("Stadt Linz/Pressestelle", ["Stadt Linz", "Pressestelle"]), ("Stadt Graz/Presseamt", ["Stadt Graz", "Presseamt"]),
    ("Stadt Wien/Rathauskorrespondenz", ["Stadt Wien", "Rathauskorrespondenz"]),
    ("Gemeinde Lech/Tourismus", ["Gemeinde Lech", "Tourismus"]),
    ("Stadt Wien/Fotostudio", ["Stadt Wien", "Fotostudio"]),
    ("Feuerwehr Linz/Einsatzdoku", ["Feuerwehr Linz", "Einsatzdoku"]),
    ("Stadt Steyr/Rathaus", ["Stadt Steyr", "Rathaus"]),
    ("Stadt Wien/Bezirk", ["Stadt Wien", "Bezirk"]),
], ids=["a-press-office", "a-press-bureau", "a-town-halls-press-service", "its-tourist-board", "its-photo-studio",
        "its-operations-record", "its-town-hall", "a-district"])
def test_a_bodys_office_after_a_slash_is_no_surname(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)


@pytest.mark.parametrize("raw, agencies", [
    ("Google/Alphabet", ["Google", "Alphabet"]), ("Facebook/Meta", ["Facebook", "Meta"]),
    ("Google Maps/Street View", ["Google Maps", "Street View"]),
], ids=["the-platforms-owner", "another-owner", "a-service-of-it"])
def test_one_word_after_a_platform_is_no_photographer(raw: str, agencies: list[str]) -> None:
    # a platform takes no picture: what follows it after a slash is its owner or a service of it
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)


def _page(credit_line: str) -> str:
    return ("Harbor festival returns\n\nThe festival returns to the waterfront this weekend.\n\n"
            f"Volunteers string lanterns along the pier ahead of the parade.\n{credit_line}\n\n"
            "Parking will be free at the county lot.\n")


@pytest.mark.parametrize("credit_line", ["Courtesy photo", "Submitted photo", "Contributed photo", "Photo supplied"])
def test_a_handed_out_pictures_phrase_alone_under_a_caption_is_its_credit(credit_line: str) -> None:
    photos = parse_page(_page(credit_line)).photos
    assert [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else None)
            for p in photos] == [("Volunteers string lanterns along the pier ahead of the parade.", credit_line, [])]


@pytest.mark.parametrize("credit_line", ["Photos supplied", "Courtesy", "Submitted"])
def test_a_plural_phrase_or_a_lone_word_alone_on_a_line_makes_no_picture(credit_line: str) -> None:
    assert parse_page(_page(credit_line)).photos == []
