"""Power and water utilities hand out pictures of their crews and are credited by name: a body, never a person
(session 27). Every credit here is written for these tests."""
from __future__ import annotations

import pytest

from captions import parse_credit, split_caption_credit


@pytest.mark.parametrize("raw", ["Hydro One", "Manitoba Hydro", "Northern Energy", "Valley Electric",
                                 "Eastside Public Utilities"])
def test_a_utility_is_a_body(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


def test_a_utility_in_brackets_closing_a_caption_is_its_credit() -> None:
    assert split_caption_credit("Crews restore power near Kemptville on Sunday. (Hydro One)") == (
        "Crews restore power near Kemptville on Sunday.", "Hydro One")


def test_a_photographer_surnamed_power_is_still_a_person() -> None:
    assert parse_credit("Jo Power/Reuters").photographers == ["Jo Power"]
