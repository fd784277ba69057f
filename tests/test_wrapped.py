"""A credit wrapped over lines after a joiner is read as one credit."""
from __future__ import annotations

from captions import parse_page


def credits_of(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


def test_a_credit_wrapped_after_a_slash_is_one_credit() -> None:
    page = "Title\n\nBoats race on the lake at dawn.\nJo Li /\nAFP\nA crowd cheers on the shore.\nAna Roe/Reuters\n"
    assert credits_of(page) == [("Boats race on the lake at dawn.", "Jo Li / AFP"),
                                ("A crowd cheers on the shore.", "Ana Roe/Reuters")]


def test_prose_wrapped_after_a_comma_stays_prose() -> None:
    page = "Title\n\nThe launch was delayed by winds,\nand took place a day later.\n"
    assert credits_of(page) == []
