"""The French press's "Publié le" with its date in words, and the Ivorian press's "Sercom" (round 65).

African francophone dailies print the story's date under the headline in words, the weekday first, and the paper's
name after a bar: "Publié le mercredi 17 juin 2026 | Fraternité Matin". The paper is known (round 60), so the bar
read it as a credit and the date as a caption: a picture that is not there. A date follows "Publié le", as in the
numeric form, so the line is furniture; "Publié le rapport" in a caption stays prose.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page

PAGE = """ date 2026-06-17 Société
Pluies à Abidjan : des quartiers sous les eaux
Publié le mercredi 17 juin 2026 | Fraternité Matin
Par Awa Koné

Un carrefour de Cocody envahi par les eaux, mardi soir. (Ph : Yves Kouadio)

Les pluies de la nuit ont provoqué des inondations dans plusieurs communes du district.
"""


@pytest.mark.parametrize("line", [
    "Publié le mercredi 17 juin 2026 | Fraternité Matin",
    "Publié le 1er septembre 2026 | Cameroon Tribune",
    "Mis à jour le jeudi 18 juin 2026 à 10:05",
])
def test_the_date_in_words_under_the_headline_is_no_picture(line: str) -> None:
    page = PAGE.replace("Publié le mercredi 17 juin 2026 | Fraternité Matin", line)
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("Un carrefour de Cocody envahi par les eaux, mardi soir.", "Yves Kouadio")]


def test_a_caption_saying_published_stays_a_caption() -> None:
    page = PAGE.replace("Un carrefour de Cocody envahi par les eaux, mardi soir.",
                        "Publié le rapport de la mairie sur les inondations de juin 2026.")
    assert [p.caption for p in parse_page(page).photos] == [
        "Publié le rapport de la mairie sur les inondations de juin 2026."]


@pytest.mark.parametrize("credit", ["Sercom GSPM", "Sercom Primature", "Sercom Gouvernorat"])
def test_sercom_opens_a_body_handing_out_its_picture(credit: str) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == ([], [credit])


@pytest.mark.parametrize("caption", [
    "Publié le 2 mars 2026, le décret accable la mairie.",
    "Publié le mardi 16 juin 2026, le rapport recense 300 maisons inondées.",
])
def test_a_caption_opening_with_the_date_in_words_stays_a_caption(caption: str) -> None:
    """Review 34: a comma after the date opens a sentence; a short one with its credit fit the furniture's length."""
    page = PAGE.replace("Un carrefour de Cocody envahi par les eaux, mardi soir. (Ph : Yves Kouadio)",
                        f"{caption} Photo : AFP")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [(caption, "AFP")]


def test_the_update_after_the_date_in_words_is_furniture_too() -> None:
    page = PAGE.replace("Publié le mercredi 17 juin 2026 | Fraternité Matin",
                        "Publié le mercredi 17 juin 2026 à 17h45, modifié le 17 juin 2026 à 19h02")
    assert [p.credit.raw for p in parse_page(page).photos] == ["Yves Kouadio"]
