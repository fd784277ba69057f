"""A freelancer's picture credited "Name / Special to the <paper>" after the caption's full stop (round 82).

Papers of the USA TODAY Network print it as they print their staff's "Name / <paper>": "special to" reads as
"for", its words no prose, and the paper is named without the article in lower case. Every line here is written
for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_credit
from captions.knowledge.registry import bundled_registry
from captions.parse.credit_in_line import split_line
from captions.parse.markers import markers_for


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Priya Natarajan / Special to the Ridgeline Courier", ["Priya Natarajan"], ["Ridgeline Courier"]),
    ("Priya Natarajan, special to the Ridgeline Courier", ["Priya Natarajan"], ["Ridgeline Courier"]),
    ("Priya Natarajan for the Ridgeline Courier", ["Priya Natarajan"], ["Ridgeline Courier"]),
])
def test_the_paper_after_special_to_is_named_without_its_article(raw: str, photographers: list[str],
                                                                 agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


@pytest.mark.parametrize("line, caption, credit", [
    ("A toppled maple on North Birch Avenue on Saturday. Priya Natarajan / Special to the Ridgeline Courier",
     "A toppled maple on North Birch Avenue on Saturday.", "Priya Natarajan / Special to the Ridgeline Courier"),
    ("The mayor said the city would send a crew special to the neighbourhood.",
     "The mayor said the city would send a crew special to the neighbourhood.", None),
])
def test_special_to_the_paper_closes_a_caption(line: str, caption: str, credit: str | None) -> None:
    split = split_line(line, markers_for(bundled_registry()))
    assert (split.before.rstrip(), split.credit) == (caption, credit), line
