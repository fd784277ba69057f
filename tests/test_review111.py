"""Review 111: probes of rounds 108 and 110 read as a careful reader would."""
from __future__ import annotations

import pytest

from captions.parse.credit import parse_credit


@pytest.mark.parametrize("raw", ["Public Domain Wikimedia Commons", "Creative Commons Wikimedia Commons"])
def test_a_licence_before_a_platform_is_no_photographer(raw: str) -> None:
    assert parse_credit(raw).photographers == []


@pytest.mark.parametrize("raw, photographers", [
    ("Anna Maria Lopez Agence France-Presse", ["Anna Maria Lopez"]),
    ("Jacques Boissinot La Presse canadienne", ["Jacques Boissinot"]),
])
def test_a_name_of_two_or_three_words_before_a_wire_of_several_is_still_split(raw: str, photographers: list[str]) -> None:
    assert parse_credit(raw).photographers == photographers
