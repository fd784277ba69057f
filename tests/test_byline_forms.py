"""A page reads the same whichever form its outlet prints the byline in (m184): "By Name", a writer's label and a
colon ("Text: Name"), a name and the site joined by a bar or a comma, two writers, a Japanese reporter's title. The
byline's form is the outlet's habit, no evidence about its pictures: a gallery keeps its captions under each, a
story keeps its paragraphs under each, and no form is read as a picture's credit."""
from __future__ import annotations

from pathlib import Path

import pytest

from captions import parse_page
from captions.knowledge.registry import load_registry

_FORMS = ["By Mira Ostlund", "Text: Mira Ostlund", "Mira Ostlund | Tarnholm Courier", "Mira Ostlund, Tarnholm Courier",
          "By Mira Ostlund and Per Sandvik", "Von Mira Ostlund und Per Sandvik", "Reportage: Mira Ostlund"]

_RUN = ["The old ferry waits at the quay of Tarnholm.", "Two boys fish from the harbour wall at dawn.",
        "Snow covers the roofs of the fish market.", "A gull rests on a mooring post in the fog."]
_CREDITED = [("Fishermen unload the night's catch onto the frozen quay before sunrise.", "Jon Aas/Nordwire"),
             ("Traders set out herring and cod on beds of crushed ice in the old hall.", "Jon Aas/Nordwire"),
             ("The last boat of the day returns under a low orange winter sky.", "Lena Berg/Nordwire")]
_STORY = ["The council released the pictures on Monday. The harbour board and two residents had asked for them.",
          "A drone took them over the eastern pier last week. The ferries had stopped by then.",
          "Repairs to the pier start in the spring. They are expected to last several months.",
          "The board meets again in March. Its members will choose a builder then."]


def _read(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


@pytest.mark.parametrize("byline", _FORMS)
def test_a_run_of_one_sentence_captions_stays_captions_under_each_form(byline: str) -> None:
    text = "\n\n".join(["Winter comes to Tarnholm harbour", byline, *_RUN])
    assert _read(text) == [(caption, None) for caption in _RUN]


@pytest.mark.parametrize("byline", _FORMS)
def test_a_credited_gallery_keeps_its_captions_and_credits_under_each_form(byline: str) -> None:
    slides = [f"{caption} Photo: {credit}" for caption, credit in _CREDITED]
    text = "\n\n".join(["Winter in Tarnholm harbour", byline, *slides])
    assert _read(text) == _CREDITED


@pytest.mark.parametrize("byline", _FORMS)
def test_a_photos_show_story_stays_a_story_under_each_form(byline: str) -> None:
    text = "\n\n".join(["Drone photos show storm damage to Tarnholm pier", byline, *_STORY])
    assert _read(text) == []


@pytest.mark.parametrize("byline", _FORMS)
def test_paragraphs_under_a_gallery_heading_stay_a_story_under_each_form(byline: str) -> None:
    text = "\n\n".join(["Gallery: Storm damage at Tarnholm pier", byline, *_STORY])
    assert _read(text) == []


@pytest.mark.parametrize("byline", ["By Aiko Yamada", "山本花子記者", "Aiko Yamada | Tarnholm Courier"])
def test_a_japanese_writers_title_is_a_byline_as_by_is(byline: str) -> None:
    text = "\n\n".join(["港の冬", byline, "港に停泊するフェリー。", "漁港で魚を降ろす漁師たち。", "雪に覆われた市場の屋根。"])
    assert _read(text) == []


def test_a_users_file_adds_a_writers_label(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text('markers:\n  byline_words: ["Tekstas:"]\n', encoding="utf-8")  # Lithuanian "text:"
    text = "\n\n".join(["Drone photos show storm damage to Tarnholm pier", "Tekstas: Mira Ostlund", *_STORY])
    assert parse_page(text, registry=load_registry(mine)).photos == []
