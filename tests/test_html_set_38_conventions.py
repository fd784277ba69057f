"""Conventions of set html38's pages (issue #11, round 59): a credit in brackets opened by a lead-in before the
caption's full stop; public bodies named by "de", "di", "do" and their linking words; the Lithuanian "nuotr." closing
a body's credit in a credit element; a broadcaster's regional station; a credit span opened by a bar; a file marker
or a handout word closing or filling a caption element; a page wrapped in an ASP.NET form; cards whose picture sits
outside their link; one caption naming pictures side by side in order ("L-R:").

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import load_registry, parse_credit
from captions.parse.html.page import read_html
from tests.html_story import figure, pictures


@pytest.mark.parametrize("caption, expected", [
    ("Een omgewaaide boom aan de Ringbaan in Tilburg (foto: Sanne de Wit/Fotobureau Zuid).",
     ("Een omgewaaide boom aan de Ringbaan in Tilburg", "Sanne de Wit/Fotobureau Zuid")),
    ("De bovenleiding bij Breda raakte beschadigd (foto: ProRail).", ("De bovenleiding bij Breda raakte beschadigd", "ProRail")),
    ("De steiger in Roosendaal in 2023 (foto: archief).", ("De steiger in Roosendaal in 2023", "archief")),
])
def test_credit_in_brackets_opened_by_a_leadin_before_the_full_stop(caption: str, expected: tuple[str, str]) -> None:
    assert pictures(figure(caption)) == [expected], caption


def test_brackets_with_no_leadin_before_the_full_stop_stay_in_the_caption() -> None:
    caption = "De burgemeester sprak in het stadhuis (zie de kaart hieronder)."
    assert pictures(figure(caption)) == [(caption, None)]


@pytest.mark.parametrize("raw, agencies", [
    ("Ministère de l’Hydraulique et de l’Assainissement", ["Ministère de l’Hydraulique et de l’Assainissement"]),
    ("Ministère de la Santé et de la Prévention", ["Ministère de la Santé et de la Prévention"]),
    ("Ministero delle Infrastrutture e dei Trasporti", ["Ministero delle Infrastrutture e dei Trasporti"]),
    ("Primature de Côte d'Ivoire", ["Primature de Côte d'Ivoire"]),
    ("Gouvernement du Québec", ["Gouvernement du Québec"]),
])
def test_public_body_named_by_de_is_an_organisation(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw, load_registry())
    assert (credit.photographers, credit.agencies) == ([], agencies)


@pytest.mark.parametrize("raw, photographers", [
    ("Jean de la Fontaine", ["Jean de la Fontaine"]),
    ("Marco D'Amico", ["Marco D'Amico"]),
])
def test_a_person_named_with_de_stays_a_person(raw: str, photographers: list[str]) -> None:
    assert parse_credit(raw, load_registry()).photographers == photographers


def test_ministry_in_brackets_after_a_caption_with_prose_brackets() -> None:
    caption = ("Le ministre de l’Hydraulique (au centre) lors de sa visite, dimanche après-midi "
               "(Photo : Ministère de l’Hydraulique et de l’Assainissement)")
    assert pictures(figure(caption)) == [("Le ministre de l’Hydraulique (au centre) lors de sa visite, dimanche après-midi",
                                          "Ministère de l’Hydraulique et de l’Assainissement")]


@pytest.mark.parametrize("author, raw, agencies", [
    ("Neringos savivaldybės nuotr.", "Neringos savivaldybės nuotr.", ["Neringos savivaldybės"]),
    ("Skaitytojo nuotr.", "Skaitytojo nuotr.", []),
    ("Stop kadras", "Stop kadras", []),
])
def test_lithuanian_credit_element(author: str, raw: str, agencies: list[str]) -> None:
    body = figure(f'<span class="img-description">Sniegas Kaune</span> <span class="img-author">{author}</span>')
    photo = read_html("<html><body><article><h1>Sniegas</h1><p>Tekstas.</p>" + body + "</article></body></html>").photos[0]
    assert (photo.caption, photo.credit.raw, photo.credit.photographers, photo.credit.agencies) == \
        ("Sniegas Kaune", raw, [], agencies)


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("ΕΡΤ Βόλου / Νίκος Σαμαράς", ["Νίκος Σαμαράς"], ["ΕΡΤ Βόλου"]),
    ("ORF Tirol/Hans Huber", ["Hans Huber"], ["ORF Tirol"]),
    ("Facebook / Δήμος Ζαγοράς", [], ["Facebook", "Δήμος Ζαγοράς"]),
])
def test_broadcasters_station_and_greek_municipality(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw, load_registry())
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize("credit_span, raw", [("| SDIS 29", "SDIS 29"), ("| DR", "DR")])
def test_credit_span_opened_by_a_bar(credit_span: str, raw: str) -> None:
    body = figure(f'Les pompiers en barque. <span class="ui-image__credit">{credit_span}</span>')
    assert pictures(body) == [("Les pompiers en barque.", raw)]


@pytest.mark.parametrize("text, expected", [
    ("Houses demolished in high-risk zones in 2023. File photo", ("Houses demolished in high-risk zones in 2023.", "File photo")),
    ("Courtesy", (None, "Courtesy")),
    ("Il sindaco con i tecnici del Comune (FotoSchicchi)", ("Il sindaco con i tecnici del Comune", "FotoSchicchi")),
])
def test_credit_naming_no_one_or_one_word_agency_closing_a_caption(text: str, expected: tuple[str | None, str]) -> None:
    assert pictures(f'<div class="image-caption-box"><img src="https://img.example.org/2.jpg" alt="">'
                    f'<div class="image-caption">{text}</div></div>') == [expected], text


def test_page_wrapped_in_a_form_is_read() -> None:
    page = ('<html><body><form method="post" action="./nota.aspx" id="form1"><h1>Huaico en la sierra</h1>'
            '<div class="foto-nota"><img src="https://img.example.org/3.jpg" alt="Huaico">'
            '<div class="pie-foto"><span class="leyenda">Maquinaria retira el lodo.</span> '
            '<span class="credito">Foto: ANDINA/Difusión</span></div></div><p>Texto de la nota.</p></form></body></html>')
    assert [(p.caption, p.credit.raw) for p in read_html(page).photos] == [("Maquinaria retira el lodo.", "ANDINA/Difusión")]


def test_search_form_is_still_dropped() -> None:
    page = ('<html><body><form action="/buscar"><img src="https://img.example.org/lupa.jpg" alt="Buscar">'
            '<span class="credito">Foto: Archivo</span></form><article><h1>Nota</h1><p>Texto.</p></article></body></html>')
    assert read_html(page).photos == []


@pytest.mark.parametrize("card", [
    '<div class="card"><img src="https://img.example.org/t.jpg" alt="Due Torri"><a href="/bologna/torre">Garisenda, '
    'partono i lavori di consolidamento</a><span class="card__credit">(FotoSchicchi)</span></div>',
    '<article class="obs-card"><img src="https://img.example.org/p.jpg" alt="Parlamento"><h3><a href="/politica/oe">OE2027 '
    'aprovado na votação final global</a></h3><span class="obs-credit">ANTÓNIO PENEDO/LUSA</span></article>',
])
def test_card_with_its_picture_outside_its_link_is_no_picture(card: str) -> None:
    assert pictures("<p>Texto da notícia.</p>" + card) == []


def test_caption_naming_pictures_in_order_goes_on_each() -> None:
    body = ('<div class="article-image article-image--double"><div class="row">'
            '<div class="col-6"><img src="https://img.example.org/a.jpg" alt="Before"></div>'
            '<div class="col-6"><img src="https://img.example.org/b.jpg" alt="After"></div></div>'
            '<div class="image-caption">L-R: The channel on Sunday, and the same spot after it overflowed. '
            'Photos by Jo Habimana</div></div>')
    caption = "L-R: The channel on Sunday, and the same spot after it overflowed."
    assert pictures(body) == [(caption, "Jo Habimana"), (caption, "Jo Habimana")]
