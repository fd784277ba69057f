"""Conventions of round 58, read from the misses of the dumps37 pages (twelve outlets' page dumps).

Each case is invented, as an outlet of that kind prints it: a credit alone right under a caption that closes with its
own credit (the New Times, NRC, Report.az, Le Soleil), and "Courtesy of" opening a credit (SPEC: it names no one and
stays in the raw credit; a place's name after it is the place's government).
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page, split_caption_credit

TAIL_CREDITS = """ date 2026-03-12 News
Harbour Herald
River bursts its banks at Millbrook market
Shoppers wade through water at the market gate on Wednesday evening. Photo: Tom Reyes.
Traders at the covered market were counting losses on Thursday after the river rose overnight.
A stallholder carries sacks of rice out of a flooded shop. Foto: Tom Reyes
Foto: Lina Okafor
Forecasters expect more rain over the hills until Sunday and have asked residents to move their cars.
"""


def test_a_credit_alone_under_a_caption_closed_by_its_credit_is_a_picture_alone() -> None:
    photos = [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(TAIL_CREDITS).photos]
    assert photos == [
        ("Shoppers wade through water at the market gate on Wednesday evening.", "Tom Reyes"),
        ("A stallholder carries sacks of rice out of a flooded shop.", "Tom Reyes"),
        (None, "Lina Okafor"),
    ], TAIL_CREDITS


def test_a_credit_alone_over_a_caption_keeps_it_where_the_page_prints_credits_over_captions() -> None:
    page = TAIL_CREDITS.replace("Foto: Lina Okafor\n", "Foto: Lina Okafor\nPumps at work beside the customs house.\n"
                                "Foto: Ana Ruiz\n").replace("Forecasters", "Photo: Jo Li\nForecasters")
    captions = [p.caption for p in parse_page(page).photos]
    assert "Pumps at work beside the customs house." in captions, page


@pytest.mark.parametrize("text, caption, credit, agencies, photographers", [
    ("A pipe carries sand to the beach. [ Courtesy of Harbor County ]", "A pipe carries sand to the beach.",
     "Courtesy of Harbor County", ["Harbor County"], []),
    ("A pipe carries sand to the beach. (COURTESY OF HARBOR COUNTY)", "A pipe carries sand to the beach.",
     "COURTESY OF HARBOR COUNTY", ["HARBOR COUNTY"], []),
    ("Volunteers plant sea oats. PHOTO: COURTESY OF MARTA DIAZ", "Volunteers plant sea oats.",
     "COURTESY OF MARTA DIAZ", [], ["MARTA DIAZ"]),
    ("Volunteers plant sea oats. PHOTO | COURTESY OF HARBOR RED CROSS", "Volunteers plant sea oats.",
     "COURTESY OF HARBOR RED CROSS", ["HARBOR RED CROSS"], []),
    ("The dune in 1998. (Photo: courtesy of Sam Patel)", "The dune in 1998.", "Sam Patel", [], ["Sam Patel"]),
    ("The dune in 1998. Photo courtesy of Sam Patel", "The dune in 1998.", "Sam Patel", [], ["Sam Patel"]),
    ("Crews at the pier on Monday. Courtesy of NASA", "Crews at the pier on Monday.", "Courtesy of NASA",
     ["NASA"], []),
    ("Maquinaria trabaja en la vía. Foto: Cortesía Globalvia", "Maquinaria trabaja en la vía.", "Cortesía Globalvia",
     ["Globalvia"], []),
], ids=["bracketed-county", "capitals-county", "photo-colon-person", "photo-bar-body", "lower-case-runs-on",
        "photo-courtesy-of-leadin", "after-sentence", "cortesia"])
def test_courtesy_of_names_no_one_and_stays_in_the_raw_credit(text, caption, credit, agencies, photographers):
    assert split_caption_credit(text) == (caption, credit), text
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, photographers), text
