"""A credit alone on its line between two of the story's paragraphs, on a page closing its captions with their
credit, is a picture with no caption when the paragraph over it runs half again as long as the page's longest
caption (round 84).

The Namibian, Egemen Qazaqstan, the Reporter and Khovar print a handout, file or illustrative picture so
("Photo: Contributed", "Сурет: ашық дереккөзден", "ፎቶ፡ ከማኅበራዊ ሚዲያ"), while the same page prints a caption over
its own-line credit too ("AERIAL VIEW ... <sentence>." / "Photo: NDF"): that caption, about as long as the others,
keeps its credit. Every line here is written for these tests.
"""
from __future__ import annotations

from captions import parse_page

HEAD = " date 2026-03-18 National\nDry spell empties dams across the south\nBy Tendai Mupfumira\n18 March 2026\n"
CAPTIONS = ("LOW WATER ... A fishing rig rests on dry mud near the harbour on Tuesday. Photo: Tendai Mupfumira\n"
            "The river authority said the lake stood at its lowest March level since 2016.\n")
LATER = ("DRY DOCK ... Houseboats moored on the mud at the town's marina. Photo: Archive\n"
         "The authority expects the rains in the upper catchment to lift the level by May.\n")
PARAGRAPH = ("Authority spokesperson Chipo Banda said the two power stations on the dam wall had been told to cut "
             "their use of water by a fifth from next week.")
CAPTION_OVER_CREDIT = "LONG WALK ... Women carry buckets from the retreating waterline at Chipepo on Monday."
BELOW = '"We have to keep enough water for the rest of the dry season," she said.\n'


def _read(page: str) -> list[tuple[str | None, str]]:
    return [(p.caption, p.credit.raw) for p in parse_page(page).photos]


def test_a_credit_alone_under_a_long_paragraph_is_a_picture_with_no_caption() -> None:
    page = HEAD + CAPTIONS + f"{PARAGRAPH}\nPhoto: Supplied\n{BELOW}" + LATER
    assert _read(page) == [
        ("LOW WATER ... A fishing rig rests on dry mud near the harbour on Tuesday.", "Tendai Mupfumira"),
        (None, "Supplied"),
        ("DRY DOCK ... Houseboats moored on the mud at the town's marina.", "Archive")]


def test_a_caption_over_its_own_credit_on_the_same_page_keeps_it() -> None:
    """The caption printed over its credit runs a little longer than the glued ones: no paragraph of the story."""
    page = (HEAD + CAPTIONS + f"{PARAGRAPH}\nPhoto: Supplied\n{BELOW}{CAPTION_OVER_CREDIT}\nPhoto: ZRA\n{BELOW}"
            + LATER)
    assert _read(page)[1:3] == [(None, "Supplied"), (CAPTION_OVER_CREDIT, "ZRA")]


def test_a_paragraph_not_half_again_as_long_as_the_captions_stays_the_credits_caption() -> None:
    """On a page printing captions over their own-line credits as well, a line no longer than those is no surer a
    paragraph than they are: it keeps the credit."""
    short = "Authority spokesperson Chipo Banda said the power stations would cut their use of water."
    page = (HEAD + CAPTIONS + f"{short}\nPhoto: Supplied\n{BELOW}{CAPTION_OVER_CREDIT}\nPhoto: ZRA\n{BELOW}"
            + LATER)
    assert _read(page)[1:3] == [(short, "Supplied"), (CAPTION_OVER_CREDIT, "ZRA")]


def test_a_credit_naming_its_photographer_keeps_the_paragraph_above() -> None:
    """A long caption closed by a photographer's credit on the next line is a feature caption (review 40)."""
    page = HEAD + CAPTIONS + f"{PARAGRAPH}\nPhoto: Chipo Banda\n{BELOW}" + LATER
    assert (PARAGRAPH, "Chipo Banda") in _read(page)


def test_the_ethiopic_full_stop_ends_the_paragraph_over_the_credit() -> None:
    """The Reporter's "ፎቶ፡ ከማኅበራዊ ሚዲያ" ("from social media") alone under a paragraph closed by "።"."""
    head = " date 2026-07-29 ዜና\nበከተማው ከባድ ዝናብ ጣለ\nበዮናስ አማረ\n"
    page = (head + "በቦሌ አካባቢ የተጥለቀለቀ መንገድ። ፎቶ፡ ሪፖርተር\nበገበያው አካባቢ ያሉ ሱቆች። ፎቶ፡ ከማኅደር\n"
            "በአደጋው የሰው ሕይወት ባይጠፋም፣ ሦስት ሰዎች ቀላል ጉዳት ደርሶባቸው ወደ ሕክምና ተወስደዋል ብሏል ኮሚሽኑ።\n"
            "ፎቶ፡ ከማኅበራዊ ሚዲያ\nነዋሪዎች እንደሚሉት፣ የፍሳሽ ማስወገጃ ቦዮች በቆሻሻ ተዘግተዋል።\n")
    assert _read(page)[-1] == (None, "ከማኅበራዊ ሚዲያ")


def test_a_long_caption_opening_a_block_under_a_blank_line_keeps_its_credit() -> None:
    """A blank line over the line above the credit opens a block of its own: a caption printed over its credit, as
    features print a long caption of two sentences, not the story's paragraph run on (review 46)."""
    long_caption = ("A fisherman mends his nets on the dry shore at Siavonga while his sons load the boat for the "
                    "night. The lake has fallen four metres since January.")
    page = HEAD + CAPTIONS + LATER + f"\n{long_caption}\nPhoto: Reuters\n{BELOW}"
    assert _read(page)[-1] == (long_caption, "Reuters")


PORTRAITS = ("Chipo Banda. Photo: ZRA\nThe river authority said the lake stood at its lowest March level since 2016.\n"
             "Peter Mwale. Photo: Supplied\nMwale said the co-operative's boats now travel twice as far.\n")
SCENE = "Women carry buckets from the retreating waterline at Chipepo village on Monday morning."


def test_a_caption_over_its_credit_on_a_page_of_name_labels_keeps_it() -> None:
    """Captions closed by their credit that only name a portrait's sitter tell nothing of how long the page's
    captions of a scene run: a caption of one sentence over its own credit is no paragraph (review 46), whether the
    page's every own-line credit stands in the story's flow (credits_alone_in_story) or one stands apart."""
    page = HEAD + PORTRAITS + f"{SCENE}\nPhoto: Reuters\n{BELOW}"
    assert _read(page)[-1] == (SCENE, "Reuters")
    apart = page + "\nCattle graze on the lake bed.\nPhoto: AFP\n\nThe authority will release more water in June.\n"
    assert _read(apart)[2] == (SCENE, "Reuters")


def test_a_long_paragraph_over_a_lone_credit_among_scene_captions_still_reads_as_the_story() -> None:
    """The label rule asks a few words: captions of a scene of five words or more keep the page's measure."""
    page = HEAD + CAPTIONS + f"{PARAGRAPH}\nPhoto: Supplied\n{BELOW}" + LATER
    assert (None, "Supplied") in _read(page)
