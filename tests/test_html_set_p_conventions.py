"""Conventions of the press seen on blind set P (issue #11, round 21): the page's own outlet named in a credit
("Outlet/Name"), "Picture supplied" closing a caption, Nation Media's "PHOTO | COURTESY OF", the French "Ph :"
lead-in, Korean public corporations ("...공사 제공").

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

from captions.parse.html.page import read_html
from tests.html_story import figure, pictures


def page(site: str, caption: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta property="og:site_name" content="{site}"></head><body><main><article>'
            f'{figure(caption)}</article></main></body></html>')


def names(markup: str) -> list[tuple[list[str], list[str]]]:
    return [(p.credit.photographers, p.credit.agencies) for p in read_html(markup).photos if p.credit]


def test_the_pages_own_outlet_before_a_name_is_the_agency() -> None:
    markup = page("Lakeside Ledger", "Boats at the beach. (Photo: Lakeside Ledger/Amani Wekesa)")
    assert names(markup) == [(["Amani Wekesa"], ["Lakeside Ledger"])]


def test_the_pages_own_outlet_is_named_as_the_credit_prints_it() -> None:
    markup = page("El Quisqueyano", "La estación. (EL QUISQUEYANO/ ALEXIS DE LEÓN)")
    assert names(markup) == [(["ALEXIS DE LEÓN"], ["EL QUISQUEYANO"])]


def test_the_pages_own_outlet_with_a_file_word_names_no_photographer() -> None:
    assert names(page("Lakeside Ledger", "The market. (Photo: Lakeside Ledger/File)")) == [([], ["Lakeside Ledger"])]


def test_a_name_and_another_outlet_keep_their_reading() -> None:
    markup = page("Lakeside Ledger", "The market. (Photo: Amani Wekesa/Rift Courier)")
    assert names(markup) == [(["Amani Wekesa"], ["Rift Courier"])]


def test_picture_supplied_closing_a_caption_is_its_credit() -> None:
    assert pictures(figure("Water inside the pavilion last year. Picture supplied")) == [
        ("Water inside the pavilion last year.", "supplied")]


def test_a_sentence_ending_in_supplied_keeps_its_words() -> None:
    caption = "The club thanked the bakery for the picture supplied"
    assert pictures(figure(caption)) == [(caption, None)]


def test_photo_bar_before_courtesy_of_leaves_no_word_in_the_caption() -> None:
    assert pictures(figure("An artist's impression of the stalls. PHOTO | COURTESY OF CITY AUTHORITY")) == [
        ("An artist's impression of the stalls.", "COURTESY OF CITY AUTHORITY")]  # round 58: "COURTESY OF" stays


def test_the_french_ph_leadin_with_french_spacing() -> None:
    assert pictures(figure("Le maire lors de la cérémonie. Ph : Mariam Ouattara / AIP")) == [
        ("Le maire lors de la cérémonie.", "Mariam Ouattara / AIP")]


def test_a_measurement_after_the_french_ph_leadin_is_no_credit() -> None:
    assert pictures(figure("Analyse de l'eau du lac. pH : 8,1")) == [("Analyse de l'eau du lac. pH : 8,1", None)]


def test_a_korean_public_corporation_supplying_a_picture_is_a_body() -> None:
    markup = figure("새 여객선 객실 내부 모습. 한국관광공사 제공")
    assert names(f"<html><body><main><article>{markup}</article></main></body></html>") == [([], ["한국관광공사"])]


def test_a_credit_naming_the_site_alone_is_left_as_read() -> None:
    assert names(page("Jane Doe", "The harbour at dawn. Photo: Jane Doe")) == [(["Jane Doe"], [])]


def test_a_site_named_after_its_author_is_no_outlet_in_a_credit() -> None:
    markup = page("Mara Quinlan", "A boy wades home. (Photo: Mara Quinlan/Reuters)").replace(
        "</head>", '<meta name="author" content="Mara Quinlan"></head>')
    assert names(markup) == [(["Mara Quinlan"], ["Reuters"])]


def test_a_site_that_is_a_json_ld_person_is_no_outlet_in_a_credit() -> None:
    markup = page("Mara Quinlan", "Rice to higher ground. Mara Quinlan for The Example Times").replace(
        "</head>", '<script type="application/ld+json">{"@type":"Person","name":"Mara Quinlan"}</script></head>')
    assert names(markup) == [(["Mara Quinlan"], ["The Example Times"])]
