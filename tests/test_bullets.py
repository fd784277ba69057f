"""A gallery that prints each slide as a bulleted list item is read slide by slide."""
from __future__ import annotations

from captions import parse_page


def credits_of(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


def test_bulleted_captions_over_their_credits_are_captions() -> None:
    page = ("Gallery\n\n  • Boats race on the lake at dawn.\n    Jo Li/AFP\n\n"
            "  • A crowd cheers on the shore.\n    Ana Roe/Reuters\n")
    assert credits_of(page) == [("Boats race on the lake at dawn.", "Jo Li/AFP"),
                                ("A crowd cheers on the shore.", "Ana Roe/Reuters")]


def test_bulleted_credits_over_their_legends_are_credits() -> None:
    page = ("Diaporama\n\n  • JO LI / AFP\n\n    Des bateaux sur le lac à l'aube.\n\n"
            "  • ANA ROE / AFP\n\n    La foule applaudit sur la rive.\n")
    assert credits_of(page) == [("Des bateaux sur le lac à l'aube.", "JO LI / AFP"),
                                ("La foule applaudit sur la rive.", "ANA ROE / AFP")]


def test_a_list_of_points_stays_a_list() -> None:
    page = ("Title\n\n  • Schools closed in three states.\n  • Flights were cancelled.\n\n"
            "A plough clears a road. [Jo Li/AP]\n")
    assert credits_of(page) == [("A plough clears a road.", "Jo Li/AP")]


def test_one_bulleted_credit_is_no_evidence() -> None:
    page = "Title\n\n  • A crowd cheers on the shore.\n    Ana Roe/Reuters\n  • Tickets go on sale on Monday.\n"
    assert credits_of(page) == [(None, "Ana Roe/Reuters")]
