"""A credit alone right under the head's furniture (round 94): under the date stamp and the byline, with only the
standfirst between it and the headline, it is the lead picture's credit, and with nothing but furniture above it,
it says nothing of the side the page prints its other credits on. Every line here is written for these tests."""
from __future__ import annotations

from captions import parse_page

HEAD = ("Perth adds three night bus routes for students\n"
        "The state government says the routes will run from Thursday to Sunday from December.\n"
        "Published 14 November 2026 9:40am\nBy Jane Ardley\n")
BODY = ("Source: AAP / Tom Whitcroft\nNight buses line up at the Perth busport.\n"
        "The transport minister said demand for late travel had grown sharply since the summer break.\n"
        "The new routes link the city centre with Joondalup, Fremantle and Midland.\n"
        "Students wait for a bus at Elizabeth Quay on Friday night.\nSource: Supplied\n"
        "The international students' council welcomed the decision and asked for a route to the halls.\n"
        "A night bus leaves Fremantle shortly before midnight.\nSource: Getty / Mia Calloway\n"
        "The government puts the cost of the three routes at about $4.5 million a year.\n")


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_credit_under_the_byline_over_its_caption_leaves_the_others_under_theirs() -> None:
    assert _read(HEAD + BODY) == [("Night buses line up at the Perth busport.", "AAP / Tom Whitcroft"),
                                  ("Students wait for a bus at Elizabeth Quay on Friday night.", "Supplied"),
                                  ("A night bus leaves Fremantle shortly before midnight.", "Getty / Mia Calloway")]


def test_a_share_bar_label_to_family_and_friends_is_no_caption() -> None:
    page = HEAD + "Share this with family and friends\n" + BODY
    assert _read(page)[0] == ("Night buses line up at the Perth busport.", "AAP / Tom Whitcroft"), page
