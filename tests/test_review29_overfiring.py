"""Review 29: the words rounds 42-47 added, tried on text they should not touch.

Each case is invented: a preposition that is "and" in another language before a place of two capitalised words
("Juan Pérez en Nueva York") is no second photographer; a two-letter Chinese picture-set word inside prose
("工作小组图书", a working group's books) and Vietnamese "hàng loạt ảnh hưởng" (widespread effects) are no
headline of pictures; Japanese "さん" after a job ("看護師さん", the nurse) names no one; "Photo 12", a gallery's
counter, is no agency.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


@pytest.mark.parametrize("credit", [
    "Juan Pérez en Nueva York", "Jean Dupont en Haute Savoie", "Marco Rossi a Palazzo Chigi",
    "Maria Silva na Praia Grande", "Jan Kowalski na Stadionie Narodowym",
], ids=["spanish-en", "french-en", "italian-a", "portuguese-na", "polish-na"])
def test_a_preposition_before_a_place_is_no_and_between_two_photographers(credit: str) -> None:
    photographers = parse_credit(credit).photographers
    assert not any(place in photographers for place in ("Nueva York", "Haute Savoie", "Palazzo Chigi", "Praia Grande",
                                                         "Stadionie Narodowym")), credit


@pytest.mark.parametrize("credit, photographers", [
    ("Hans Müller und Anna Schmidt/dpa", ["Hans Müller", "Anna Schmidt"]),
    ("Anna Nowak i Jan Wiech", ["Anna Nowak", "Jan Wiech"]),
    ("Jānis Bērziņš un Anna Kalniņa/LETA", ["Jānis Bērziņš", "Anna Kalniņa"]),
], ids=["german", "polish", "latvian"])
def test_and_between_two_photographers_still_splits(credit: str, photographers: list[str]) -> None:
    assert parse_credit(credit).photographers == photographers
