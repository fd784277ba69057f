"""Credits printed on a line of their own right under their caption, and bodies named after a lead-in.

Every page here is invented for its test, in the style of the Nordic tabloids ("KICKER: caption" over
"Foto: Name / Outlet", a blank line before the story goes on). A photo is shown as (caption, raw credit).
"""
from __future__ import annotations

import pytest

from captions import parse_page, split_caption_credit

STORY = "Natt til torsdag steg vannstanden i elva med nesten to meter på seks timer, ifølge direktoratet."


def found(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_credits_right_under_their_captions_close_those_blocks_and_a_lone_one_takes_no_paragraph() -> None:
    page = (f"Flommen tok veier og bruer\n\nUNDER VANN: Sentrum av byen torsdag morgen.\nFoto: Ola Hansen / NTB\n\n"
            f"{STORY}\n\nLES OGSÅ: Dette må du gjøre hvis kjelleren blir oversvømt\n\nFoto: Kari Nordmann / VG\n\n"
            f"{STORY.replace('Natt', 'Morgenen')}\n\nSTENGT: Brua over elva ble stengt.\nFoto: Vegvesenet\n")
    assert found(page) == [("UNDER VANN: Sentrum av byen torsdag morgen.", "Ola Hansen / NTB"),
                           (None, "Kari Nordmann / VG"), ("STENGT: Brua over elva ble stengt.", "Vegvesenet")]


def test_a_credit_right_over_its_caption_a_blank_line_above_it_is_that_captions() -> None:
    page = ("Flommen tok veier og bruer\n\nOver 300 mennesker er evakuert etter at elva gikk over sine bredder.\n\n"
            "Foto: Ola Hansen / NTB\nSentrum av byen torsdag morgen, under vann.\n\n"
            f"{STORY}\n\nFoto: Kari Nordmann / VG\nFamilien fikk med seg hunden, men lite annet.\n\n"
            "Kommunen satte krisestab klokken 02.30, og ordføreren sier at det finnes nok sengeplasser.\n")
    assert found(page) == [("Sentrum av byen torsdag morgen, under vann.", "Ola Hansen / NTB"),
                           ("Familien fikk med seg hunden, men lite annet.", "Kari Nordmann / VG")]


@pytest.mark.parametrize("text, expected", [
    ("Brua ble stengt etter flommen. Foto: Statens vegvesen", ("Brua ble stengt etter flommen.", "Statens vegvesen")),
    ("Lực lượng cứu hộ đưa người già ra khỏi vùng ngập. Ảnh: Bộ đội Biên phòng",
     ("Lực lượng cứu hộ đưa người già ra khỏi vùng ngập.", "Bộ đội Biên phòng")),
    ("A família guardou as fotos antigas do cais – Imagem: Museu do Porto",
     ("A família guardou as fotos antigas do cais", "Museu do Porto")),
], ids=["norwegian-road-authority", "vietnamese-border-guard", "portuguese-museum-after-a-dash"])
def test_a_bodys_name_in_lower_case_words_after_a_colon_lead_in_closing_a_caption_is_its_credit(
        text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected


@pytest.mark.parametrize("text", [
    "In Pictures: Algerian election celebrations",        # a headline's label, after a capital
    "Photo: Police stand guard outside",                  # a lead-in opening a caption, not closing one
    "Rescuers work through the night Photo: Fire crews arrive",
    "Photo: Crowds gather in the square after the vote",  # a sentence: words of prose
    "The bridge. Photo: 3 dead in floods",                # a digit
])
def test_words_after_a_lead_in_that_are_no_bodys_name_are_no_credit(text: str) -> None:
    assert split_caption_credit(text)[1] is None


@pytest.mark.parametrize("text, expected", [
    ("Icebreakers working near the creek on Monday. SUPPLIED", ("Icebreakers working near the creek on Monday.", "SUPPLIED")),
    ("A runner in the fun run, in a video posted online. (Screen capture/X)",
     ("A runner in the fun run, in a video posted online.", "Screen capture/X")),
    ("Commuters at the roundabout in Karachi. — Screengrab via Geo News",
     ("Commuters at the roundabout in Karachi.", "Screengrab via Geo News")),
    ("Icebreakers on Monday. Supplied", ("Icebreakers on Monday.", "Supplied")),
], ids=["supplied-in-capitals", "screen-capture-of-a-platform", "screengrab-via-a-broadcaster",
        "supplied-alone-after-the-last-sentence"])
def test_a_word_naming_no_one_still_credits_a_picture_where_the_page_sets_it_apart(text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected


@pytest.mark.parametrize("text", ["Icebreakers were supplied on Monday. Supplied water", "The team took the papers to the archive",
                                  "We went there via the Old Road"])
def test_a_word_naming_no_one_in_prose_is_no_credit(text: str) -> None:
    assert split_caption_credit(text)[1] is None
