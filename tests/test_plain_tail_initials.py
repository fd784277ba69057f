"""An initial after a slash marker ("/ D. Umbraso") ends no sentence: plain_tail tells it by the letter and stop at
each sentence's end, read from the letter before the stop, not from the line's start (linear, not quadratic, in a
long line with many stops)."""
from __future__ import annotations

from captions.knowledge.registry import bundled_registry
from captions.parse.markers import markers_for, tail_start
from captions.parse.unmarked_tails import plain_tail

PM = markers_for(bundled_registry())
CAPTION = "Vilniuje vyko protestas prie Seimo rūmų."


def tail(text: str) -> tuple[str, str] | None:
    return plain_tail(text, tail_start(text), PM)


def test_the_initial_after_a_slash_stays_with_the_name() -> None:
    assert tail(f"{CAPTION} / D. Umbraso / LRT nuotr.") == (CAPTION, "D. Umbraso / LRT nuotr.")


def test_a_long_line_of_stops_reads_as_its_tail_alone() -> None:
    line = "word. " * 20_000 + f"{CAPTION} / D. Umbraso / LRT nuotr."
    assert tail(line) == (line[:-len(" / D. Umbraso / LRT nuotr.")], "D. Umbraso / LRT nuotr.")
    line = "word. " * 20_000 + f"{CAPTION} REUTERS/Jo Li"
    assert tail(line) == (line[:-len(" REUTERS/Jo Li")], "REUTERS/Jo Li")


def test_only_the_last_stops_are_tried_a_credit_holding_no_more_words() -> None:
    # MAX_TAIL_STOPS (24): the text after the 25th stop from the end holds 25 words, more than any unmarked credit
    assert tail(". " * 200 + "x") is None
    line = "A. " * 40 + "AP Photo/Jo Li"
    assert tail(line) == (line[:-len(" A. A. A. A. AP Photo/Jo Li")], "A. A. A. A. AP Photo/Jo Li")
    line = "The bridge reopened. " + "It rained. " * 30 + "REUTERS/Jo Li"
    assert tail(line) == (line[:-len(" REUTERS/Jo Li")], "REUTERS/Jo Li")
