"""Lines a page prints near its pictures that are no picture: a story's source tag, a video, a generic alt text,
the writer's byline. Each is read as a picture's caption or credit by its shape alone; the page shows otherwise."""
from __future__ import annotations

import pytest

from captions import parse_page

STORY = ("Storm floods the lower town",
         "",
         "A short storm hit the town late on Friday, flooding the streets within half an hour. Firefighters were "
         "called out forty times.",
         "",
         "Firefighters pump water out of a cellar",
         "Foto: Petar Horvat / Dravski list",
         "",
         "Residents spent the night moving furniture to upper floors. The mayor said the sewers could not cope.",
         "")


def pictures(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]


@pytest.mark.parametrize("tail", [
    ["The weather office has warned of more storms on Saturday. (MTI)"],
    ["The weather office has warned of more storms on Saturday.", "", "(Blic.rs / Tanjug)"],
    ["The weather office has warned of more storms on Saturday. (NAN)", "", "Related Stories", "Heatwave ahead"],
], ids=["closing-the-paragraph", "under-the-paragraph", "related-links-after"])
def test_a_storys_source_tag_in_brackets_after_its_last_paragraph_is_no_picture(tail: list[str]) -> None:
    text = "\n".join([*STORY, *tail])
    assert pictures(text) == [("Firefighters pump water out of a cellar", "Petar Horvat / Dravski list")], text


def test_a_caption_closed_by_a_photographers_credit_in_brackets_stays_a_picture() -> None:
    text = "\n".join([*STORY, "A boy wades down Mill Lane on Saturday. (Jo Li/AFP)"])
    assert pictures(text)[-1] == ("A boy wades down Mill Lane on Saturday.", "Jo Li/AFP"), text


def test_a_bracketed_agency_the_story_goes_on_after_is_a_caption_credit() -> None:
    text = "\n".join([*STORY, "Volunteers fill sandbags at the station. (MTI)", "",
                      "The weather office has warned of more storms on Saturday afternoon."])
    assert pictures(text)[-1] == ("Volunteers fill sandbags at the station.", "MTI"), text


def test_captions_each_closed_by_a_bracketed_agency_are_pictures_to_the_last() -> None:
    text = "\n".join(["Floods in pictures", "",
                      "The river rose two metres in one night. The town council met on Sunday.", "",
                      "Residents were evacuated from the old quarter by boat on Saturday.", "",
                      "A boy wades down Mill Lane on Saturday. (AFP)", "",
                      "Volunteers fill sandbags at the fire station. (AFP)"])
    assert pictures(text) == [("A boy wades down Mill Lane on Saturday.", "AFP"),
                              ("Volunteers fill sandbags at the fire station.", "AFP")], text


@pytest.mark.parametrize("video", ["(Video: Canal Sierra)", "(Vídeo: TV Perú)", "(Видео: Telegram)"])
def test_a_caption_closed_by_a_videos_credit_is_no_picture(video: str) -> None:
    text = "\n".join(["Lluvias en el valle", "",
                      "Un tractor despeja piedras en la carretera del valle. (Foto: Andina)", "",
                      f"Drones muestran el cauce desbordado a su paso por el pueblo. {video}"])
    assert pictures(text) == [("Un tractor despeja piedras en la carretera del valle.", "Andina")], text


@pytest.mark.parametrize("text, expected", [
    ("Floods\n\nThe river runs through the town on Sunday. (Video grab/AFP)",
     ("The river runs through the town on Sunday.", "Video grab/AFP")),
    ("Lluvias\n\nEl cauce desbordado a su paso por el pueblo. (Foto: Captura de video/TV Perú)",
     ("El cauce desbordado a su paso por el pueblo.", "Captura de video/TV Perú")),
], ids=["video-grab", "foto-captura"])
def test_a_still_from_a_video_credited_as_a_photo_stays_a_picture(text: str, expected: tuple) -> None:
    assert pictures(text) == [expected], text


def test_the_generic_photo_figure_alt_text_over_each_picture_is_furniture() -> None:
    text = "\n".join(["山あいの温泉街で雪まつり", "写真・図版", "雪像の前で記念撮影する観光客ら＝19日、北山町、山田花子撮影",
                      "　北山町の温泉街で19日、恒例の雪まつりが始まった。", "写真・図版"])
    assert pictures(text) == [("雪像の前で記念撮影する観光客ら＝19日、北山町", "山田花子")], text


@pytest.mark.parametrize("byline", ["Dana Whitfield/Harbour Post Writer", "Dana Whitfield, Staff Writer",
                                    "Dana Whitfield, Special Correspondent", "Dana Whitfield, Business Editor",
                                    "Dana Whitfield, Business Reporter", "Dana Whitfield/Business Reporter"])
def test_a_writers_byline_alone_closed_by_a_writers_title_is_no_credit(byline: str) -> None:
    text = "\n".join(["Council approves new ferry terminal", "March 4, 2025", "", byline, "",
                      "Commuters board the morning ferry at the old pier on Monday. - Leon Mercer/Photographer", "",
                      "The town council voted eight to three on Monday night to build a new terminal."])
    assert pictures(text) == [("Commuters board the morning ferry at the old pier on Monday.",
                               "Leon Mercer/Photographer")], text


@pytest.mark.parametrize("credit", ["Leon Mercer/Photo Editor", "Leon Mercer/Multimedia Photo Editor",
                                    "Leon Mercer/The Reporter"])
def test_a_photographers_title_or_an_outlet_closing_a_credit_under_a_caption_stays_a_credit(credit: str) -> None:
    text = "\n".join(["Council approves new ferry terminal", "March 4, 2025", "", "By Dana Whitfield", "",
                      "The town council voted eight to three on Monday night to build a new terminal.", "",
                      "Commuters board the morning ferry at the old pier on Monday.", credit])
    assert pictures(text) == [("Commuters board the morning ferry at the old pier on Monday.", credit)], text


@pytest.mark.parametrize("label", ["Daily", "News", "Post"])
def test_a_kind_of_outlet_glued_to_a_snippets_full_stop_is_no_credit(label: str) -> None:
    text = f"Flood warning issued\n\nResidents were told to move cars to higher ground.{label}"
    assert pictures(text) == [], text


def test_a_known_agency_glued_to_a_captions_full_stop_stays_a_credit() -> None:
    text = "Flood warning issued\n\nResidents move cars to higher ground.Reuters"
    assert pictures(text) == [("Residents move cars to higher ground.", "Reuters")], text
