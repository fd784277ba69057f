"""Handouts and credits naming no one, in words dumps41's outlets print (round 65).

"Photo courtesy of the <body>" on its own line under a caption (the article goes with the lead-in); a directorate
before "of"; a Flemish town as "Stad <place>"; "rv" (rights reserved) and "Reader's photo" naming no one; and two
agencies: the Venetian photo agency Nuove Tecniche before its photographer, and the Myanmar military's Myawady.
"""
from __future__ import annotations

import pytest

from captions import load_registry, parse_credit, parse_page

CAPTION = "Firefighters carry a woman out of a flooded house in Su-ao Township yesterday."


def _page(credit_line: str) -> str:
    return (" date 2026-10-16 News\nLandslides shut the coastal highway as rain lashes the county\n\n"
            "Torrential rain triggered at least six landslides along the highway yesterday, the county said.\n\n"
            f"{CAPTION}\n{credit_line}\n\nThe road has been closed more than twenty times since the earthquake.\n")


@pytest.mark.parametrize("line, credit", [
    ("Photo courtesy of the Directorate General of Highways", "Directorate General of Highways"),
    ("Photo courtesy of the Yilan County Fire Bureau", "Yilan County Fire Bureau"),
    ("Picture courtesy of the Department of Roads", "Department of Roads"),
])
def test_courtesy_of_the_body_on_its_own_line_credits_the_caption_above(line: str, credit: str) -> None:
    photos = parse_page(_page(line)).photos
    assert [(p.caption, p.credit.raw, p.credit.agencies, p.credit.photographers) for p in photos] == [
        (CAPTION, credit, [credit], [])]


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("Directorate of Public Relations", [], ["Directorate of Public Relations"]),
    ("Stad Geraardsbergen", [], ["Stad Geraardsbergen"]),
    ("rv", [], []),
    ("Reader's photo", [], []),
    ("Reader’s photo", [], []),
    ("Nuove Tecniche/Francesco Zanetti", ["Francesco Zanetti"], ["Nuove Tecniche"]),
    ("Myawady", [], ["Myawady"]),
])
def test_credit_names(credit: str, photographers: list[str], agencies: list[str]) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies)


def test_the_new_agencies_keep_their_kind_and_country() -> None:
    registry = load_registry()
    assert [(a.name, a.kind, a.country) for a in map(registry.lookup, ("Nuove Tecniche", "Myawady TV"))] == [
        ("Nuove Tecniche", "photo agency", "IT"), ("Myawady", "state media", "MM")]


def test_a_slash_led_handout_closing_a_caption() -> None:
    page = _page("").replace(f"{CAPTION}\n", "A regime official hands out rice bags to flood victims on Sunday. / Myawady\n")
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [
        ("A regime official hands out rice bags to flood victims on Sunday.", "Myawady")]
