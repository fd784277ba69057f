"""Conventions of set html40's pages (issue #11, round 63): a credit in brackets opening a caption element, the
credit first, as some American regional papers print every caption; a spaced dash between an agency and its
photographer, as a slash parts them; a Japanese company's handout, its name opened by capitals ("JR北海道提供"); a press
office named by its "Affairs"; SPIP's document markup, the French "Ph. :" and a ministry in lower case; Cambodia's
Fresh News credited alone; a file photo's phrase closing a caption; the French regional press's reader's photo.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import load_registry, parse_credit
from captions.parse.credit_in_line import split_caption_credit
from tests.html_story import figure, pictures


@pytest.mark.parametrize("caption, expected", [
    ("(Dana Whitfield | The Ridgeline Courier) A snowplow clears the pass road on Tuesday, Jan. 6, 2026.",
     ("A snowplow clears the pass road on Tuesday, Jan. 6, 2026.", "Dana Whitfield | The Ridgeline Courier")),
    ("(Idaho Transportation Department) Crews set charges above the highway on Monday.",
     ("Crews set charges above the highway on Monday.", "Idaho Transportation Department")),
    ("(Courtesy of Snowcrest) Skiers wait out the storm in the lodge on Monday.",
     ("Skiers wait out the storm in the lodge on Monday.", "Courtesy of Snowcrest")),
    ("(Courier file photo) Traffic backs up at the canyon's mouth in March 2024.",
     ("Traffic backs up at the canyon's mouth in March 2024.", "Courier file photo")),
    ("(Ben Ortiz | Valley Herald via AP) Snow falls on the capitol on Sunday.",
     ("Snow falls on the capitol on Sunday.", "Ben Ortiz | Valley Herald via AP")),
])
def test_credit_in_brackets_opening_a_caption_element(caption: str, expected: tuple[str, str]) -> None:
    assert pictures(figure(caption)) == [expected], caption


@pytest.mark.parametrize("caption", [
    "(From left) Dana Whitfield and Ben Ortiz talk at the lodge on Sunday.",
    "(L-R) Dana Whitfield and Ben Ortiz talk at the lodge on Sunday.",
    "(File) Dana Whitfield talks to Ben Ortiz at the lodge on Sunday.",
    "(Archive) Dana Whitfield talks to Ben Ortiz at the lodge on Sunday.",
    "(Video) Dana Whitfield talks to Ben Ortiz at the lodge on Sunday.",
    # review 33: a name alone tags what follows (the subject, a club, a place), and an unknown acronym is a
    # bilingual caption's language
    "(Jane Doe) The winner of the race lifts the cup at the finish line.",
    "(Manchester United) Marcus Rashford celebrates his goal against Chelsea on Sunday.",
    "(New York) Crowds gather in Times Square to watch the fireworks at midnight.",
    "(EN) The minister opens the new bridge over the river on Monday.",
    "(FR) Le ministre inaugure le nouveau pont sur le fleuve lundi.",
])
def test_brackets_naming_no_one_opening_a_caption_stay_in_it(caption: str) -> None:
    assert pictures(figure(caption)) == [(caption, None)], caption


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("ANSA - Ferrante", ["Ferrante"], ["ANSA"]),           # Italian local papers: the agency, then the surname
    ("LaPresse - Cocco", ["Cocco"], ["LaPresse"]),
    ("مریم احمدی - ایرنا", ["مریم احمدی"], ["ایرنا"]),    # IRNA's own: a name of no capitals, then the agency
    ("EFE - Archivo", [], ["EFE"]),                         # a word naming no one stays no one
    ("AFP - Getty Images", [], ["AFP", "Getty Images"]),
    ("میدان آزادی - ایرنا", [], ["ایرنا"]),                 # a square: where, not who
])
def test_spaced_dash_between_agency_and_photographer(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw, load_registry())
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


@pytest.mark.parametrize("line, expected", [
    ("雪に埋もれた駅の構内＝14日午後、青森市（JR東日本提供）", ("雪に埋もれた駅の構内＝14日午後、青森市", "JR東日本提供")),
    ("通行止めとなった高速道路＝14日夜（NEXCO東日本提供）", ("通行止めとなった高速道路＝14日夜", "NEXCO東日本提供")),
])
def test_japanese_company_handout_opened_by_capitals(line: str, expected: tuple[str, str]) -> None:
    assert split_caption_credit(line) == expected, line
    credit = parse_credit(expected[1], load_registry())
    assert (credit.photographers, credit.agencies) == ([], [expected[1].removesuffix("提供")]), line


def test_a_family_handing_out_a_picture_names_no_company() -> None:
    assert parse_credit("家族提供", load_registry()).agencies == []


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Bahir Dar City Communication Affairs", [], ["Bahir Dar City Communication Affairs"]),
    ("Sam Reyes/3rd Brigade Public Affairs", ["Sam Reyes"], ["3rd Brigade Public Affairs"]),
])
def test_press_office_named_by_its_affairs(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw, load_registry())
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


def test_spip_document_title_is_the_caption_and_its_credits_the_credit() -> None:
    body = ('<dl class="spip_document_7 spip_documents"><dt><img src="https://img.example.org/1.jpg" alt="" /></dt>'
            '<dt class="crayon document-titre-7 spip_doc_titre"><strong>Le maire visite le chantier du marché</strong></dt>'
            '<dd class="crayon document-credits-7 spip_doc_credits">© AIB</dd></dl>')
    assert pictures(body) == [("Le maire visite le chantier du marché", "AIB")]


@pytest.mark.parametrize("caption, expected", [
    ("La digue après la crue de vendredi (Ph. : DCOM/ministère de l'Eau)",
     ("La digue après la crue de vendredi", "DCOM/ministère de l'Eau")),
    ("Le marché de Rood Woko rénové (Ph.: AIB)", ("Le marché de Rood Woko rénové", "AIB")),
])
def test_french_ph_abbreviation_with_its_full_stop_is_a_leadin(caption: str, expected: tuple[str, str]) -> None:
    assert pictures(figure(caption)) == [expected], caption


@pytest.mark.parametrize("raw, agencies", [
    ("ministère de la Sécurité", ["ministère de la Sécurité"]),
    ("DCOM/ministère de l'Eau", ["DCOM", "ministère de l'Eau"]),
])
def test_french_ministry_in_lower_case_is_a_body(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw, load_registry())
    assert (credit.photographers, credit.agencies) == ([], agencies), raw


def test_fresh_news_alone_in_a_caption_element_is_a_credit() -> None:
    body = ('<div class="wp-caption"><img src="https://img.example.org/1.jpg" alt="" />'
            '<p class="wp-caption-text">Fresh News</p></div>')
    assert pictures(body) == [(None, "Fresh News")]


@pytest.mark.parametrize("line, expected", [
    ("O mesmo troço em 2021, quando o muro já tinha cedido. Foto de arquivo",
     ("O mesmo troço em 2021, quando o muro já tinha cedido.", "Foto de arquivo")),
    ("El mismo tramo en 2021. Foto de archivo.", ("El mismo tramo en 2021.", "Foto de archivo")),
    ("El tramo en 2021. Foto de Ana Ruiz", ("El tramo en 2021.", "Ana Ruiz")),  # "Foto de" before a name: a lead-in
])
def test_file_photo_phrase_closing_a_caption_is_one_marker(line: str, expected: tuple[str, str]) -> None:
    assert split_caption_credit(line) == expected, line


def test_french_readers_photo_names_the_reader_as_photographer() -> None:
    body = ('<figure><img src="https://img.example.org/1.jpg" alt=""><figcaption><span class="legend">Des grêlons '
            'ramassés dans un jardin.</span> <span class="credit">Photo lecteur Marc B.</span></figcaption></figure>')
    # round 74: "Photo" is the credit field's lead-in and goes, the reader word stays (as the page's label reads it)
    assert pictures(body) == [("Des grêlons ramassés dans un jardin.", "lecteur Marc B.")]
    credit = parse_credit("Photo lecteur Marc B.", load_registry())
    assert (credit.photographers, credit.agencies) == (["Marc B."], [])
