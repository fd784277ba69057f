"""Alt text on a line over a caption that opens with the same words (round 65).

A figure's alt text may be the opening words of its caption: "Boats carry stranded villagers" over "Boats carry
stranded villagers along the highway near Nyaunglebin. / Name". The caption runs the alt's words on in lower case,
one sentence: it is printed whole, and the line above is the description. Where a new sentence follows the alt's
words, the dump printed the alt text again before the caption, and the repeat is no part of it.
"""
from __future__ import annotations

from captions import parse_page

HEAD = " date 2026-08-04 Burma\nThousands Displaced as Rivers Flood Townships\n\nBy Staff Writer\n4 August 2026\n\n"
TAIL = "\nYANGON—More than 11,000 people have fled their homes after days of monsoon rain, rescue groups said.\n"


def _read(block: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None)
            for p in parse_page(HEAD + block + TAIL).photos]


def test_a_caption_running_the_alt_words_on_is_printed_whole() -> None:
    block = ("Boats carry stranded villagers\n"
             "Boats carry stranded villagers along the Yangon-Mandalay highway near Nyaunglebin. / Aung Thet / AFP\n")
    assert _read(block) == [("Boats carry stranded villagers",
                             "Boats carry stranded villagers along the Yangon-Mandalay highway near Nyaunglebin.",
                             "Aung Thet / AFP")]


def test_the_alt_printed_again_before_a_new_sentence_is_no_part_of_the_caption() -> None:
    block = ("Boats carry stranded villagers\n"
             "Boats carry stranded villagers Rescuers ferry families to a monastery on Sunday. / AFP\n")
    assert _read(block) == [("Boats carry stranded villagers", "Rescuers ferry families to a monastery on Sunday.",
                             "AFP")]
