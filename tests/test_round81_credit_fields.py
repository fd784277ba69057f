"""Credit elements' lead-ins (round 81).

Central Asian and Russian sites open a picture's credit element with "Фото" and no colon before a press
service or a phrase in lower case, "Фото пресс-службы МЧС" (of the ministry's press service), "Фото из архива
24.kg" (from the archive): the word is the lead-in, what follows is the raw credit as printed. Polish, Czech and
Slovak sites open it with "Autor:" (author), "Autor: Name / Źródło: PAP": a lead-in in a credit element only, as
in page text the word opens the writer's byline. A courtesy phrase closing with "de" leaves the article to the
body's name after it ("Gracieuseté de la Ville de Gatineau"): the article goes with the phrase. Every page and
credit here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page
from captions.parse.credit_in_line import split_caption_credit
from captions.parse.html.page import read_html

_FIGURE = ('<figure><img src="/img/{n}.jpg" alt=""><figcaption><span class="caption">{caption}</span> '
           '<span class="img-author">{credit}</span></figcaption></figure>')


def _page(*figures: tuple[str, str]) -> str:
    body = "\n".join(_FIGURE.format(n=n, caption=caption, credit=credit) for n, (caption, credit) in enumerate(figures))
    return ("<!DOCTYPE html><html><head><title>Паводок в Таласе</title></head><body><main><article>"
            f"<h1>Паводок в Таласе</h1><p>Река вышла из берегов ночью.</p>{body}</article></main></body></html>")


def _credits(html: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(p.credit.raw, list(p.credit.photographers), list(p.credit.agencies)) if p.credit else (None, [], [])
            for p in read_html(html).photos]


def test_a_photo_word_before_a_press_service_in_the_genitive_goes() -> None:
    html = _page(("Спасатели на берегу реки", "Фото пресс-службы МЧС"),
                 ("Старый мост через реку", "Фото из архива Talas.kg"),
                 ("Жители у затопленного дома", "Фото Бакыта Асанова"))
    assert _credits(html) == [
        ("пресс-службы МЧС", [], ["пресс-службы МЧС"]),
        ("из архива Talas.kg", [], ["Talas.kg"]),
        ("Бакыта Асанова", ["Бакыта Асанова"], []),
    ]


@pytest.mark.parametrize("credit", ["Foto d'archivio", "FOTO ANTARA/Ari Bowo"])
def test_a_marker_whole_or_a_tag_in_capitals_keeps_its_word(credit: str) -> None:
    assert _credits(_page(("Il ponte sul fiume", credit)))[0][0] == credit


def test_author_opens_a_credit_element_with_the_source_after_it() -> None:
    html = _page(("Zalana ulica w centrum", "Autor: Jan Brzoza / Źródło: PAP"), ("Most na Nysie", "Autor: ČTK"))
    assert _credits(html) == [("Jan Brzoza / Źródło: PAP", ["Jan Brzoza"], ["PAP"]), ("ČTK", [], ["ČTK"])]


def test_author_in_page_text_stays_the_writers_byline() -> None:
    page = ("Zalana ulica w centrum\n\nAutor: Jan Brzoza\n\nWoda zalała ulicę w nocy z poniedziałku na wtorek.\n\n"
            "Strażacy pompują wodę z piwnic. Foto: PAP\n")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("Strażacy pompują wodę z piwnic.", "PAP")]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Gracieuseté de la Ville de Sainte-Marthe", [], ["Ville de Sainte-Marthe"]),
    ("Cortesía de la Alcaldía de San Roque", [], ["Alcaldía de San Roque"]),
    ("Courtesy of the Town of Millbrook", [], ["Town of Millbrook"]),  # as before
    ("Gracieuseté de Marie Tremblay", ["Marie Tremblay"], []),  # a person after the phrase, as before
    ("Archives de la Ville de Québec", [], ["Archives de la Ville de Québec"]),  # "de" inside a body's name stays
])
def test_a_courtesy_phrase_takes_the_article_after_it(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, photographers, agencies)


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("طلوع\u200cنیوز", [], ["طلوع\u200cنیوز"]),  # TOLOnews as its own site prints it, with the non-joiner
    ("نیلوفر کریمی/طلوع\u200cنیوز", ["نیلوفر کریمی"], ["طلوع\u200cنیوز"]),
    ("طلوع نیوز", [], ["طلوع نیوز"]),  # with a space, as before
])
def test_tolonews_in_persian_either_way(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("ടി.കെ. അനിൽകുമാർ / മാതൃഭൂമി", ["ടി.കെ. അനിൽകുമാർ"], ["മാതൃഭൂമി"]),  # initials, a space, the name
    ("വി. ശ്രീജിത്ത്", ["വി. ശ്രീജിത്ത്"], []),
    ("அ.தி.மு.க", [], []),  # a party's letters, as before
])
def test_south_indian_initials_spaced_from_the_name(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize("text, caption, credit", [
    ("Representational image | Photo: PTI", "Representational image", "PTI"),
    ("പ്രതീകാത്മക ചിത്രം | Photo: PTI", "പ്രതീകാത്മക ചിത്രം", "PTI"),  # "representational picture"
    ("Ilustrační snímek | foto: Shutterstock", "Ilustrační snímek", "Shutterstock"),  # as before
    ("Crews clear the road on Monday. PHOTO | COURTESY OF KENYA RED CROSS", "Crews clear the road on Monday.",
     "COURTESY OF KENYA RED CROSS"),  # after a sentence both lead-ins frame the credit, as before
])
def test_a_picture_word_before_the_bar_closes_the_caption(text: str, caption: str, credit: str) -> None:
    assert split_caption_credit(text) == (caption, credit)
