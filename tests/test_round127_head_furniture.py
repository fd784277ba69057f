"""The lead picture's alt line under a head of furniture (round 127).

Real pages print many lines between the standfirst and the lead picture: the byline, dates, an audio player's
button and timer, share, copy-link and save buttons, an author block's labels ("Texto" over the writer's name). The
head's furniture is not counted among its lines of text, so the phrase under it, over the lead caption, is still
read as the lead picture's alt text. Lines of text above it past the standfirst are the story's, and keep it from
being read so. Every line here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_page

HEADLINE = " date 2027-06-08 Régions\nLyon : le tramway T9 franchit le Rhône sur un nouveau pont\n"
STANDFIRST = "Après trois ans de travaux, la ligne relie Vaulx-en-Velin à Villeurbanne. Les rames circulent samedi.\n"
LEAD = ("Une rame du tramway T9 sur le nouveau pont au-dessus du Rhône, au lever du soleil\n"
        "Une rame d'essai traverse le pont du Rhône, mardi matin. © Claire Dumoulin / AFP\n"
        "Les habitants de Vaulx-en-Velin l'attendaient depuis 2019.\n")


def _lead_description(page: str) -> str | None:
    return parse_page(page).photos[0].description


@pytest.mark.parametrize("furniture", [
    "Par Julien Marchetti\nPublié le 08/06/2027 à 07:15\nÉcouter cet article\n00:00/04:38\nPartager\nCopier le lien\n",
    "Por Julia Martins\n08/06/2027 | 07h15\nCompartilhar\nOuvir\n",
    "Texto\nMarta Albuquerque Lopes\nFotografia\nDuarte Correia\n8 jun. 2027, 07:15\nPartilhe\nOuvir\n",
    "Von Jan Roth\n8. Juni 2027, 07:15 Uhr\nAnhören\nTeilen\nMerken\n12 Kommentare\n",
])
def test_the_lead_alt_line_under_a_head_of_furniture_is_read(furniture: str) -> None:
    page = HEADLINE + STANDFIRST + furniture + LEAD
    assert _lead_description(page) == "Une rame du tramway T9 sur le nouveau pont au-dessus du Rhône, au lever du soleil"


def test_the_story_s_paragraphs_above_it_still_count() -> None:
    page = (HEADLINE + STANDFIRST + "Par Julien Marchetti\nÉcouter cet article\nPartager\n"
            + "Le chantier a pris six mois de retard.\nLes vestiges romains ont été déplacés au musée.\n"
            + "La métropole promet deux nouvelles lignes.\n" + LEAD)
    assert _lead_description(page) is None


def test_a_player_label_with_the_story_s_length_and_a_save_button_are_no_caption_of_the_lead_credit() -> None:
    page = ("Die Donau steigt weiter\nAus Passau berichtet Jo Li\n03.06.2024, 18.42 Uhr\n"
            "Artikel anhören (5 Minuten)\nFoto: Lena Vogt / dpa\nZur Merkliste hinzufügen\nLink kopieren\n"
            "Mehr Optionen\n"
            "Am frühen Nachmittag schließt das letzte Café am Rathausplatz, und der Wirt stapelt die Stühle.\n")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        (None, "Lena Vogt / dpa")]
