"""Conventions of round 118, read from the misses of the dumps75 pages (twelve outlets' invented page dumps).

Each case is invented, as an outlet of that kind prints it: the Philippine palace's handout closing a caption
("Malacañang photo"); a page writing its alt text as phrases, with a sentence of the story run on over one caption;
a quotation closing a caption before NRC's bare "Foto Name"; the Spanish "keep reading" label over a link.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from captions import parse_page, split_caption_credit

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_the_palaces_handout_closing_a_caption_is_its_credit() -> None:
    assert split_caption_credit("BRIEFING. The President meets the mayors in Bayanan. Malacañang photo") == (
        "BRIEFING. The President meets the mayors in Bayanan.", "Malacañang photo")


def test_a_sentence_of_the_story_among_alt_phrases_is_no_alt_text() -> None:
    page = parse_page((EXAMPLES / "philippine-palace-photo-and-alt-phrases.txt").read_text(encoding="utf-8"))
    assert [p.description for p in page.photos] == [
        "Sailors pass sacks of rice from a grey navy ship to a pier", None,
        "Children carry water jugs along a muddy road in San Roque"]


@pytest.mark.parametrize("line, caption, credit", [
    ("Schipper Klaas (58): ‘Mijn vader viste hier al.’ Foto Joris Lamers",
     "Schipper Klaas (58): ‘Mijn vader viste hier al.’", "Joris Lamers"),
    ("Le maire : «On reste.» Photo Julie BERNARD", "Le maire : «On reste.»", "Julie BERNARD"),
])
def test_a_quotation_closing_the_caption_ends_it_before_the_bare_photo_word(
        line: str, caption: str, credit: str) -> None:
    assert split_caption_credit(line) == (caption, credit)


def test_a_keep_reading_label_and_the_headline_under_it_are_no_picture() -> None:
    page = parse_page((EXAMPLES / "keep-reading-label-spanish.txt").read_text(encoding="utf-8"))
    assert [p.caption for p in page.photos] == [
        "Piedras de granizo del tamaño de una nuez sobre la vereda de la avenida Colón, en el centro de Córdoba",
        "Vecinos cubren con lonas los autos estacionados en barrio General Paz"]
