"""Conventions of set html54's pages (issue #11, round 83): credits and the names in them, as regional papers of
many countries print them.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit


@pytest.mark.parametrize("raw, agencies, via", [
    ("VIA HARBOUR FERRIES", ["HARBOUR FERRIES"], ["HARBOUR FERRIES"]),
    ("via Facebook", ["Facebook"], ["Facebook"]),
    ("Via the Town of Greyhaven", ["the Town of Greyhaven"], ["the Town of Greyhaven"]),
    ("Jo Li via Reuters", ["Reuters"], ["Reuters"]),
    ("VIA Rail", ["VIA Rail"], []),  # the railway's name opens with the word: no source after it
], ids=["capitals", "platform", "town", "maker-then-via", "railway"])
def test_parse_credit_opening_with_via_names_the_source_it_came_via(raw: str, agencies: list, via: list) -> None:
    credit = parse_credit(raw)
    assert (list(credit.agencies), list(credit.via)) == (agencies, via), raw
    assert list(credit.photographers) == (["Jo Li"] if raw.startswith("Jo") else []), raw
