"""Layout read on the twenty-sixth set of page dumps: a slide's short line over its caption is alt text in a
script with no capitals too, where title case cannot tell it from a heading. Every text here is invented for its
test."""
from __future__ import annotations

import pytest

from captions.parse.page import parse_page


def _slides(first_alt: str) -> str:
    return (" date 2026-10-12 मध्य प्रदेश\nतस्वीरों में देखिए इंदौर का दशहरा मेला\n\n"
            f"1/3\n{first_alt}\nदशहरा मैदान में खड़े पुतले को कारीगरों ने दस दिन में तैयार किया। फोटो: PTI\n"
            "2/3\nमैदान में शाम से ही लोग परिवार के साथ पहुंचने लगे थे। फोटो: PTI\n"
            "3/3\nमेले में देर रात तक भीड़ रही। फोटो: PTI\n")


def test_a_slides_phrase_over_its_caption_in_devanagari_is_alt_text() -> None:
    photos = parse_page(_slides("रावण का चालीस फीट ऊंचा पुतला")).photos
    assert [p.description for p in photos] == ["रावण का चालीस फीट ऊंचा पुतला", None, None]


@pytest.mark.parametrize("line", ["पुतला तैयार करने में दस दिन लगे।", "क्या इस बार बारिश होगी?", "पुतला"],
                         ids=["a-sentence-closed-by-a-danda", "a-question", "one-word"])
def test_a_sentence_or_a_word_over_a_slides_caption_is_no_alt_text(line: str) -> None:
    assert [p.description for p in parse_page(_slides(line)).photos] == [None, None, None]


def test_a_slides_caption_printed_again_without_its_stop_is_no_alt_text() -> None:
    # the caption over itself, its danda and credit dropped: the caption printed twice, as a cased one would be read
    caption = "दशहरा मैदान में खड़े पुतले को कारीगरों ने दस दिन में तैयार किया"
    assert [p.description for p in parse_page(_slides(caption)).photos] == [None, None, None]
