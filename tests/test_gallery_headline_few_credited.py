"""Under a gallery's headline, a block of captions one a line where a few print a credit: every caption-shaped line
of the block is a slide's caption, the standfirst and the date line kept out (among_captions.py). Round 29, from
National Geographic Brasil's "Fotos: ..." galleries; the pages here are invented."""
from __future__ import annotations

from pathlib import Path

from captions import parse_page

HEAD = ["In pictures: the spring floods along the Marrow valley",
        "A week after the river broke its banks, families in three villages are still pumping water out.",
        "Published 14 April 2025 09:20, updated 14 April 2025 18:05"]
SLIDES = ["A tractor tows a stranded car out of the flooded lane at Brackley Mill.",
          "Volunteers fill sandbags outside the village hall in Upper Marrow.",
          "Photo by Dana Whitlock, Valley Rescue",
          "The water reached Church Row within an hour. Residents were taken out by boat.",
          "A heron stands in a flooded field beside the bypass.",
          "Firefighters carry an elderly man through the water to a waiting ambulance.",
          "Photo by Dana Whitlock, Valley Rescue",
          "Children watch the rescue boats from the railway bridge."]


def read(*lines: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None)
            for p in parse_page("\n".join(lines)).photos]


def test_every_caption_shaped_line_of_the_block_is_a_slide() -> None:
    assert read(*HEAD, *SLIDES) == [
        (None, "A tractor tows a stranded car out of the flooded lane at Brackley Mill.", None),
        (None, "Volunteers fill sandbags outside the village hall in Upper Marrow.", "Dana Whitlock, Valley Rescue"),
        (None, "The water reached Church Row within an hour. Residents were taken out by boat.", None),
        (None, "A heron stands in a flooded field beside the bypass.", None),
        (None, "Firefighters carry an elderly man through the water to a waiting ambulance.",
         "Dana Whitlock, Valley Rescue"),
        (None, "Children watch the rescue boats from the railway bridge.", None)]


def test_with_no_date_line_the_standfirst_is_still_no_caption() -> None:
    captions = [caption for _, caption, _ in read(*HEAD[:2], *SLIDES)]
    assert HEAD[1] not in captions and SLIDES[0] in captions


def test_under_a_headline_of_another_kind_the_line_above_a_credit_is_left_as_it_was() -> None:
    """No gallery headline: two credited pictures show no gallery, and the lines between them are not read."""
    photos = read("Spring floods along the Marrow valley", *HEAD[1:], *SLIDES)
    assert [caption for _, caption, _ in photos] == [SLIDES[1], SLIDES[5]]


def test_a_story_paragraph_of_three_sentences_between_them_stops_the_reading() -> None:
    paragraph = "The council met on Monday. It voted to fund new defences. Work starts in June."
    photos = read(*HEAD, *SLIDES[:3], paragraph, *SLIDES[3:])
    assert [caption for _, caption, _ in photos] == [SLIDES[1], SLIDES[5]]


def test_one_line_alone_between_credited_captions_stays_their_alt_text() -> None:
    """"In pictures" galleries print an alt line over each caption: one line between each pair is that, not a slide."""
    photos = read(*HEAD, *SLIDES[:3], *SLIDES[4:7])
    assert [caption for _, caption, _ in photos] == [SLIDES[1], SLIDES[5]]


def test_the_example_page() -> None:
    page = Path(__file__).parent.parent / "examples" / "gallery-headline-few-credited.txt"
    assert len(parse_page(page.read_text(encoding="utf-8")).photos) == 7
