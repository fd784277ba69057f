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


# Review 121: probes of round 118's rules where they could misfire; each holds.

@pytest.mark.parametrize("line", [
    "Na afloop zei ze: ‘Ik blijf gewoon.’ Foto’s van de vergadering gingen snel rond op sociale media.",
    "Volgens hem zei ze nog: ‘Dat was het.’ Foto Magazine Harlingen publiceerde het interview vrijdag.",
    "«Nos quedamos aquí.» Foto de familia en la plaza, después del acto.",
])
def test_a_quotation_in_the_story_before_the_word_photo_leaves_the_paragraph_whole(line: str) -> None:
    assert split_caption_credit(line) == (line, None)


@pytest.mark.parametrize("line", [
    "Cabinet secretaries arrive for a meeting at Malacañang",
    "Protesters march towards Malacanang",
])
def test_the_palace_named_in_a_captions_prose_stays_in_it(line: str) -> None:
    assert split_caption_credit(line) == (line, None)


def test_a_caption_under_a_keep_reading_label_is_still_a_picture() -> None:
    page = parse_page(" date 2026-10-30 España\nLa dana deja calles anegadas en Valencia\n"
                      "Las lluvias obligaron a cortar una docena de carreteras.\nCompartir\n"
                      "Vecinos achican agua de un bajo en Benimaclet, este martes. Foto: EFE\n"
                      "Los bomberos realizaron más de 300 salidas.\nSigue leyendo\n"
                      "Un coche arrastrado por el agua en Paiporta, este martes. Foto: AFP\n"
                      "La Aemet mantiene el aviso rojo hasta el mediodía.\n")
    assert [(p.caption, p.credit and p.credit.raw) for p in page.photos] == [
        ("Vecinos achican agua de un bajo en Benimaclet, este martes.", "EFE"),
        ("Un coche arrastrado por el agua en Paiporta, este martes.", "AFP")]


def test_an_alt_sentence_among_alt_phrases_is_left_empty() -> None:
    page = parse_page(
        " date 2026-08-19 Nation\nRelief goods reach island towns\nShare\n"
        "SAN ROQUE – Navy ships unloaded relief packs at the port on Wednesday after the typhoon cut the bridge.\n"
        "Sailors pass sacks of rice from a grey navy ship to a pier\n"
        "UNLOADING. Sailors hand sacks of rice to volunteers at the port on August 19. Photo by Lea Santos/Rappler\n"
        "The provincial office said 8,400 families were still in evacuation centers.\n"
        "Children carry water jugs along a muddy road in San Roque\n"
        "WATER. Children fetch water from a relief tanker on August 19, 2026. Photo by Ben Cruz/Rappler\n"
        "A nurse checks a boy's temperature inside a tent.\n"
        "HEALTH. A nurse checks evacuees at a tent clinic on August 19, 2026. Photo by Lea Santos/Rappler\n")
    # right or empty: the page writes its alt text as phrases, and a sentence run on over a caption may be the story's
    assert [p.description for p in page.photos] == [
        "Sailors pass sacks of rice from a grey navy ship to a pier",
        "Children carry water jugs along a muddy road in San Roque", None]
