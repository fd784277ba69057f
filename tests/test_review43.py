"""Review 43 of round 81's credit rules: probes of text the rules should not touch. Every credit here is written
for these tests."""
from __future__ import annotations

import pytest

from captions import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from captions.parse.html.page import read_html
from tests.test_round81_credit_fields import _page


@pytest.mark.parametrize("raw, agencies", [
    ("Cortesía de la Nación", ["La Nación"]),  # a paper whose name holds its article keeps it: not "Nación"
    ("Courtesy of le Monde", ["Le Monde"]),
    ("Courtesy of la Stampa", ["La Stampa"]),
    ("Gracieuseté de la Ville de Sainte-Marthe", ["Ville de Sainte-Marthe"]),  # a body's name still loses it
    ("Courtesy of the New York Times", ["The New York Times"]),  # as before
])
def test_an_article_after_a_courtesy_phrase_stays_in_a_known_papers_name(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, [], agencies)



def test_a_photo_word_before_lower_case_words_naming_no_source_stays() -> None:
    html = _page(("Мост через реку", "Фото автора"),  # the author's photo: no source named after the word
                 ("Затопленная улица в селе", "Фото иллюстративное"),
                 ("De dijk bij Venlo", "Foto ter illustratie"),
                 ("Спасатели на берегу реки", "Фото пресс-службы МЧС"))  # a source named: the word goes, as round 81
    assert [p.credit.raw if p.credit else None for p in read_html(html).photos] == [
        "Фото автора", "Фото иллюстративное", "Foto ter illustratie", "пресс-службы МЧС"]


@pytest.mark.parametrize("text, caption, credit", [
    # the lead-in's own word before the bar is the lead-in doubled, not the caption's last word
    ("Rescue workers at the landslide site on Tuesday Photo | Photo: Special Arrangement",
     "Rescue workers at the landslide site on Tuesday", "Special Arrangement"),
    ("Representational image | Photo: PTI", "Representational image", "PTI"),  # round 81's, kept
])
def test_a_doubled_leadin_before_the_bar_is_no_caption_word(text: str, caption: str, credit: str) -> None:
    assert split_caption_credit(text) == (caption, credit)
