"""A list site's image blocks: alt text with its credit right under it, a blank line, then the caption."""
from __future__ import annotations

import pytest

from captions import parse_page

ITEMS = [("Green and purple bands of light above a wooden barn in a snowy field", "Mara Quinn / Getty Images",
          "Here's the aurora as seen from a farm near Duluth, Minnesota."),
         ("Rows of parked cars along a dark country road under a glowing sky", "Owen Price / AFP via Getty Images",
          "Here's a line of cars on a back road outside Madison, Wisconsin."),
         ("A child in pajamas pointing at a pink sky from a backyard trampoline", "Lena Weiss / Reuters",
          "Here's a family watching from their backyard in Omaha, Nebraska.")]


def page(items: list[tuple[str, str, str]]) -> str:
    lines = ["The night the northern lights came south", ""]
    for n, (alt, credit, caption) in enumerate(items, 1):
        lines += [f"{n}. Item number {n} of the list.", "", alt, credit, "", caption, ""]
    return "\n".join(lines)


def read(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


def test_alt_text_over_its_credit_then_the_caption_a_block_below() -> None:
    assert read(page(ITEMS)) == [(alt, caption, credit) for alt, credit, caption in ITEMS]


def test_two_blocks_are_no_habit_the_phrase_over_the_credit_stays_the_caption() -> None:
    assert read(page(ITEMS[:2])) == [(None, alt, credit) for alt, credit, _ in ITEMS[:2]]


@pytest.mark.parametrize("under", [
    "\nThe council met on Monday to hear the residents, who asked again for the road to stay open.",  # block goes on
    " It voted to close the road for the whole of the winter, and the residents of the hamlets at its far end, "
    "who drive it every day to work and to school, were not told until the signs went up on Friday morning. "
    "The mayor said on Saturday that the council would meet them next week.",
])
def test_a_story_paragraph_under_the_blank_line_is_no_caption(under: str) -> None:
    items = [(alt, credit, caption + under) for alt, credit, caption in ITEMS]
    assert [caption for _, caption, _ in read(page(items))] == [alt for alt, _, _ in ITEMS], under


def test_a_credit_with_a_lead_in_closes_the_caption_above_it() -> None:
    items = [(alt, "Photo: " + credit, caption) for alt, credit, caption in ITEMS]
    assert [caption for _, caption, _ in read(page(items))] == [alt for alt, _, _ in ITEMS]


@pytest.mark.parametrize("indent", ["", "    "])
def test_a_story_of_one_sentence_paragraphs_under_its_pictures_keeps_its_captions(indent: str) -> None:
    # the same shape, on a news page: no numbered list items, so the phrases over their credits are the captions
    paragraphs = ["The water rose by more than a metre in under an hour, the fire service said.",
                  "Forecasters have warned that more rain is expected on Thursday.",
                  "The council has opened two rest centres for people forced from their homes."]
    lines = ["Floods sweep through the river valley", "",
             "Rescue teams worked through the night on Tuesday as the river burst its banks.", ""]
    for (alt, credit, _), paragraph in zip(ITEMS, paragraphs):
        lines += [alt, credit, "", paragraph, ""]
    text = "\n".join(indent + line if line else line for line in lines)
    assert read(text) == [(None, alt, credit) for alt, credit, _ in ITEMS], text


def test_items_numbered_out_of_order_are_no_list() -> None:
    text = page(ITEMS).replace("3. Item number 3", "1. Item number 3")
    assert [d for d, _, _ in read(text)] == [None, None, None], text
