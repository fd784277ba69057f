"""A page the dump hard-wrapped, its paragraphs broken over lines mid-sentence, is read a paragraph a line."""
from __future__ import annotations

from captions import parse_page

WRAPPED = """Floods in the valley
The river rose two metres overnight and
cut the valley's only road, leaving three
villages without power for a second day.
A
farmer leads his cattle through the flooded
yard of his farm near Ashford on Tuesday. (Example
Press)
Volunteers fill sandbags outside the village
hall on Wednesday morning. (AFP)
"""


def pictures(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_hard_wrapped_caption_and_its_broken_credit_are_one_line() -> None:
    assert pictures(WRAPPED) == [
        ("A farmer leads his cattle through the flooded yard of his farm near Ashford on Tuesday.", "Example Press"),
        ("Volunteers fill sandbags outside the village hall on Wednesday morning.", "AFP")]


def test_a_credit_alone_under_a_line_ending_in_a_word_stays_a_line_of_its_own() -> None:
    page = WRAPPED.replace("Volunteers fill sandbags outside the village\nhall on Wednesday morning. (AFP)\n",
                           "Volunteers fill sandbags outside the village\nhall on Wednesday morning\n(AFP)\n")
    assert pictures(page)[-1] == ("Volunteers fill sandbags outside the village hall on Wednesday morning", "AFP")


def test_one_break_in_lower_case_is_no_hard_wrapped_page() -> None:
    page = "News\nA man walks on the beach at dawn in\nthe rain. (AFP)\n"
    assert pictures(page) == [("the rain.", "AFP")]


def test_a_paragraph_whose_short_last_line_ends_in_a_word_stops_before_a_capital() -> None:
    # "... on Wednesday" is short: the paragraph ended there, with no full stop, and the next one begins
    page = WRAPPED.replace("hall on Wednesday morning. (AFP)\n",
                           "hall on Wednesday\nLater the rain eased over the village and the river began\nto fall. (AFP)\n")
    assert pictures(page)[-1] == ("Later the rain eased over the village and the river began to fall.", "AFP")
