"""Alt text on a line of its own right above its credited caption, a blank line before the pair.

Every page here is invented for its test, in the style of British regional sites' galleries.
A photo is shown as (description, caption, raw credit).
"""
from __future__ import annotations

from captions import parse_page

INTRO = "Our photographers were out in the capital as supporters descended on the city centre for the match.\n\n"


def found(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_lines_over_credited_captions_on_a_page_printing_two_or_more_so_are_alt_text() -> None:
    page = ("Fans pack the city for the opening match\n\n" + INTRO
            + "Fans in red hats sing outside a pub\nFans belt out the anthem ahead of kick-off (Image: Jo Evans)\n\n"
            + "Two girls with painted faces wave flags\nSisters from the valleys got their faces painted (Image: PA)\n")
    assert found(page) == [
        ("Fans in red hats sing outside a pub", "Fans belt out the anthem ahead of kick-off", "Jo Evans"),
        ("Two girls with painted faces wave flags", "Sisters from the valleys got their faces painted", "PA")]


def test_a_sentence_or_a_subhead_over_a_credited_caption_is_no_alt_text() -> None:
    page = ("Fans pack the city for the opening match\n\n" + INTRO
            + "The pubs opened at nine and were full by ten.\nFans belt out the anthem (Image: Jo Evans)\n\n"
            + "Scenes From The City Centre\nSisters from the valleys got their faces painted (Image: PA)\n")
    assert [d for d, _, _ in found(page)] == [None, None]


def test_lines_over_the_captions_of_an_announced_gallery_crediting_none_are_alt_text() -> None:
    # no caption is credited: the alt lines are counted against every captioned picture, as the page shows no other
    page = ("Lantern festival lights up the old port\n\nThese photos show the festival.\n\n"
            "Lanterns on the harbour wall\nLanterns drift past the harbour wall at dusk on Saturday.\n\n"
            "A boy with a lantern\nA boy holds up his lantern before the water on Sunday.\n\n"
            "Stalls on the quay\nStallholders sell paper lanterns on the quay at the market.\n")
    assert [d for d, _, _ in found(page)] == ["Lanterns on the harbour wall", "A boy with a lantern", "Stalls on the quay"]
