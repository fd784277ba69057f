"""Bodies named by their opening words, and "Pix by" (round 69).

Albanian papers credit a town hall's picture "Foto: Komuna e Pejës"; Galician and Spanish ones a fishermen's guild's
"Confraría de Vilanova", "Cofradía de Pescadores de Burela". The words open the body's name only, as "City of":
"Komuna" is also a surname, so "Arben Komuna" stays a person. Sri Lankan papers close a caption with
"(Pix by Name)", the plural of "Pic by".
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


@pytest.mark.parametrize("raw", [
    "Komuna e Pejës",
    "Confraría de Vilanova",
    "Cofradía de Pescadores de Burela",
])
def test_a_body_opening_with_its_word_is_an_agency(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Arben Krasniqi/Komuna e Prizrenit", ["Arben Krasniqi"], ["Komuna e Prizrenit"]),
    ("Arben Komuna/Koha", ["Arben Komuna"], ["Koha"]),
    ("Ana Komuna", ["Ana Komuna"], []),
    ("Ana Cofradía de la Torre", ["Ana Cofradía de la Torre"], []),
])
def test_the_word_inside_a_name_is_no_body(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


def test_pix_by_closing_a_caption_is_a_photographers_credit() -> None:
    page = """ date 2026-11-30 News
Kelani overflows at Hanwella

Army personnel carry an elderly woman to a waiting truck at Hanwella. (Pix by Chaminda Silva)

The water level would stay high until Wednesday.
"""
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw, p.credit.photographers, p.credit.agencies) for p in photos] == [
        ("Army personnel carry an elderly woman to a waiting truck at Hanwella.", "Chaminda Silva",
         ["Chaminda Silva"], [])]
