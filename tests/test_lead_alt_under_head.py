"""The lead picture's alt line under the page's head, and a story's sentence run on over a caption (rounds 78, 80).

Vijesti, Kangwon Ilbo and Defimedia print the lead picture's alt text right under the byline or the date, a short
phrase over the lead caption, and no other alt line on the page; many dumps print a label there over a caption that
is a whole sentence, even one sharing no word with it. A date, the story's first sentence, a heading, a button's
label or the byline is no alt text. A whole sentence run on from the story's paragraph right over a caption is the
story's next paragraph, even where it shares a word with the caption. Every line here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_page

HEAD = " date 2026-05-20 Society\nStorm floods two underpasses in the capital\nMara Petrović\n{stamp}\n"
LEAD = "Cars stranded in the water under the railway bridge this afternoon (Photo: Ivan Kovač)\n"
STORY = ("Heavy rain caused trouble across the capital on Wednesday, and both underpasses stayed closed.\n"
         "Firefighters clear a fallen tree from the boulevard on Wednesday evening (Photo: City Rescue Service)\n"
         "The weather office expects more rain overnight and warns of thunderstorms in the south.\n"
         "Pumps drain a flooded cellar in the old town (Photo: Ana Ilić)\n")


def _descriptions(page: str) -> list[str | None]:
    return [p.description for p in parse_page(page).photos]


@pytest.mark.parametrize("stamp", ["20. 5. 2026. 17:30h", "20 May 2026 - 17:30"])
def test_lead_alt_under_the_date_is_read(stamp: str) -> None:
    page = HEAD.format(stamp=stamp) + "Flooded underpass\n" + LEAD + STORY
    assert _descriptions(page) == ["Flooded underpass", None, None], page


@pytest.mark.parametrize("line", ["Listen to this article", "Escucha esta noticia", "Share this story",
                                  "20 May 2026 | 12 comments"])
def test_a_control_or_a_date_under_the_head_is_no_alt_text(line: str) -> None:
    page = HEAD.format(stamp="20. 5. 2026. 17:30h") + f"{line}\n" + LEAD + STORY
    assert _descriptions(page)[0] is None, page


def test_a_phrase_under_the_standfirst_is_a_section_subhead() -> None:
    """Under a standfirst, not the head's date or byline, a short phrase opens the story's first section."""
    page = (" date 2026-05-20 Society\nStorm floods two underpasses in the capital\n"
            "Heavy rain caused trouble across the capital on Wednesday, and both underpasses stayed closed.\n"
            "In the rescuers' boats\n" + LEAD + STORY)
    assert _descriptions(page)[0] is None, page


def test_a_sentence_run_on_from_the_story_over_a_caption_is_no_alt_text() -> None:
    page = (HEAD.format(stamp="20. 5. 2026. 17:30h") + "Flooded underpass\n" + LEAD +
            "Heavy rain caused trouble across the capital on Wednesday, and both underpasses stayed closed.\n"
            "The rescue service said it answered thirty calls by the evening, most about the boulevard.\n"
            "Firefighters clear a fallen tree from the boulevard on Wednesday evening (Photo: City Rescue Service)\n"
            "The weather office expects more rain overnight.\n")
    assert _descriptions(page) == ["Flooded underpass", None], page

_HEAD = ("Floods in the valley\n\nThe river rose two metres in an hour on Monday night\n\n"
         "By Ana Ruiz\n22 September 2026 - 5:40 PM\n")
_CAPTION = "A resident of Ceiba Street shovels mud out of the doorway of his house on Monday. (Tom Ibarra)\n"
_REST = "\nResidents spent Monday cleaning their homes after the river burst its banks.\n"


@pytest.mark.parametrize("line, description", [
    ("A man with a broom outside a door", "A man with a broom outside a door"),
    # review 42: a label sharing no word with the caption is read only opening as a description does ("A", "Un");
    # otherwise it is the page's as often ("The story so far", "Subscribe to our newsletter"): empty over a guess
    ("Mud on the front steps", None),
    ("Share on Facebook", None),
    ("Share article", None),  # a few words under the byline: a button's label as often as a picture's
    ("di Redazione Modena", None),  # the byline in lower case, Italian papers' "di"
    ("22 September 2026 | 12", None),  # the story's date and a count, no label
    ("The river rose overnight.", None),  # a sentence: the story's first paragraph
    ("Flood Damage In The Valley", None),  # a heading's title case
])
def test_the_line_under_the_head_over_the_lead_caption(line: str, description: str | None) -> None:
    page = _HEAD + line + "\n" + _CAPTION + _REST
    photos = parse_page(page).photos
    assert [(p.description, p.caption) for p in photos] == [
        (description, "A resident of Ceiba Street shovels mud out of the doorway of his house on Monday.")], line


@pytest.mark.parametrize("line", ["Listen to this article", "Escucha esta noticia", "Escuchar"])
def test_an_audio_players_button_is_furniture(line: str) -> None:
    page = _HEAD + line + "\n" + _CAPTION + _REST
    assert [p.description for p in parse_page(page).photos] == [None], line


def test_no_lead_alt_over_a_caption_printed_with_no_full_stop() -> None:
    # label over label: a standfirst under the byline is printed so too, and the page shows nothing else
    page = _HEAD + "A man with a broom outside a door\n" + _CAPTION.replace(" on Monday.", " on Monday") + _REST
    assert not any(p.description for p in parse_page(page).photos)


def test_short_alt_sentences_run_on_in_a_dump_with_no_blank_lines_stay_alt_text() -> None:
    """Review 41: a dump printing no blank line runs each picture's alt sentence on from the story's paragraph; an
    alt sentence shorter than its caption is no paragraph run on (the rule above takes lines no shorter than it)."""
    page = (" date 2026-05-20 Society\nStorm floods two underpasses in the capital, trees fall on the boulevard\n"
            "Mara Petrović\n20. 5. 2026. 17:30h\nFirefighters at the underpass.\n"
            "Cars stranded in the water under the railway bridge this afternoon. Photo: Ivan Kovač\n"
            "Heavy rain and strong wind caused trouble across the capital on Wednesday, and both underpasses stayed "
            "closed for two hours.\nA fallen tree on the boulevard.\n"
            "Firefighters clear a fallen tree from the boulevard on Wednesday evening. Photo: City Rescue Service\n"
            "The rescue service said it had answered more than thirty calls by the evening, most of them about "
            "flooded cellars.\nA flooded cellar in the old town.\n"
            "Water stands a metre deep in a cellar on Market Street on Wednesday night. Photo: City Rescue Service\n"
            "The weather office expects more rain overnight and warns of thunderstorms in the south on Thursday.\n")
    descriptions = [p.description for p in parse_page(page).photos]
    assert descriptions == ["Firefighters at the underpass.", "A fallen tree on the boulevard.",
                            "A flooded cellar in the old town."], page


@pytest.mark.parametrize("line", ["Follow us on Telegram", "Subscribe to our newsletter", "Key points", "In pictures",
                                  "Live updates", "Most read today", "Exclusive interview inside"])
def test_furniture_under_a_wire_byline_is_no_lead_alt(line: str) -> None:
    """Review 41: a short line under the head naming nothing the headline or the caption names is the page's, not
    the lead picture's alt text."""
    page = (" date 2026-05-20 Sport\nHosts beat champions in extra time to reach the final\nReuters\n"
            f"20 May 2026, 17:30\n{line}\nPlayers celebrate the winning goal in the second half of extra time at the "
            "national stadium on Tuesday\nPhoto: Ivan Kovač\n"
            "The hosts came from behind twice before the substitute scored in the 118th minute.\n")
    assert [p.description for p in parse_page(page).photos] == [None], page


def test_a_phrase_naming_the_caption_s_subject_under_a_wire_byline_is_the_lead_alt() -> None:
    page = (" date 2026-05-20 Sport\nHosts beat champions in extra time to reach the final\nReuters\n"
            "20 May 2026, 17:30\nPlayers celebrating the winner\nPlayers celebrate the winning goal in the second "
            "half of extra time at the national stadium on Tuesday\nPhoto: Ivan Kovač\n"
            "The hosts came from behind twice before the substitute scored in the 118th minute.\n")
    assert [p.description for p in parse_page(page).photos] == ["Players celebrating the winner"], page
