"""Layout conventions read on the twenty-third set of page dumps: an alt line over a credited caption, a phrase
naming what the caption's sentence tells of, is the picture's description even where no other picture of the page
prints one. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_page

STORY = ("Ferry service returns to the island\n\nThe first ferry of the season crossed on Saturday morning.\n\n"
         "Passengers wait on the slipway as the ferry docks.  PHOTO: LENA ORTIZ\n\n"
         "About forty people made the first crossing, most of them residents.\n\n"
         "{above}\nA deckhand secures the ferry's mooring rope at the pier.  PHOTO: LENA ORTIZ\n\n"
         "The operator will run four crossings a day until September.\n\n"
         "Islanders unload a van of supplies at the pier.  PHOTO: VALLEY COURIER\n")


def descriptions(page: str) -> list[str | None]:
    return [p.description for p in parse_page(page).photos]


def test_a_phrase_over_a_credited_caption_it_names_is_alt_text_alone_on_its_page() -> None:
    page = STORY.format(above="A deckhand coiling a mooring rope on the bow")
    assert descriptions(page) == [None, "A deckhand coiling a mooring rope on the bow", None]


@pytest.mark.parametrize("above", [
    "Timetable changes for the summer season",      # shares no word with the caption: a subhead
    "A deckhand coiling a mooring rope on the bow.",  # a full stop: a paragraph's
    "Mooring Rope Works At The Pier",               # a heading
])
def test_a_line_over_a_credited_caption_not_naming_it_as_a_phrase_is_no_alt_text(above: str) -> None:
    assert descriptions(STORY.format(above=above)) == [None, None, None]


def test_a_phrase_run_on_under_a_paragraph_is_no_alt_text() -> None:
    # no blank line above the phrase: it goes with the text above, not with the picture
    page = STORY.replace("residents.\n\n{above}", "residents.\n{above}").format(
        above="A deckhand coiling a mooring rope on the bow")
    assert descriptions(page) == [None, None, None]


def test_a_quotation_over_a_credited_caption_is_no_alt_text() -> None:
    # a pull quote printed with no full stop inside its marks opens with its quote mark
    page = STORY.format(above="«The deckhand knows every rope on this ferry»")
    assert descriptions(page) == [None, None, None]


@pytest.mark.parametrize("above", [
    "Ferry crossings: what to know",           # a subhead set off by its colon
    "Watch: the deckhand at the ferry's bow",  # a pointer to a video
])
def test_a_label_over_a_credited_caption_is_no_alt_text(above: str) -> None:
    # review 15: a line holding a colon is a subhead's or a pointer's, not alt text naming the picture
    assert descriptions(STORY.format(above=above)) == [None, None, None]


@pytest.mark.parametrize("above", [
    "Safety at the pier",     # a subhead naming the section's subject, a word shared with the caption
    "The ferry's mooring rope",
])
def test_a_short_subhead_sharing_a_word_with_the_caption_is_no_alt_text(above: str) -> None:
    # round 23: a lone phrase read as alt text has five words at least (who or what, and what it does or where)
    assert descriptions(STORY.format(above=above)) == [None, None, None]


@pytest.mark.parametrize("above", [
    "Why the ferry needs a new pier now",         # a subhead asking what the section tells, five words and more
    "What the new timetable means for the pier",
    "Ce que le nouveau ponton change pour le ferry",
    "Por qué el ferry necesita otro muelle",
])
def test_a_subhead_opening_with_a_question_word_is_no_alt_text(above: str) -> None:
    # review 17: alt text names what a picture shows and never opens so (markers.yaml's subhead_openers)
    assert descriptions(STORY.format(above=above)) == [None, None, None]
