"""Conventions of the press seen on blind set I (issue #11, round 14): lead-ins of more languages ("Beeld:",
"படம்:", "Picha na"), a word for a picture handed over ("Cedida"), and the words of bodies that hand out pictures.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit
from tests.html_story import pictures

STORY = ("<p>The road works went on through the night, and the council said the bridge would stay closed to "
         "traffic until the end of the month at the earliest.</p>")


def figure(caption: str, credit: str) -> str:
    return (STORY + '<figure><img src="https://cdn.example/1.jpg" alt="" width="800" height="533"><figcaption>'
            f'<span class="caption-text">{caption}</span> <span class="caption-credit">{credit}</span>'
            '</figcaption></figure>' + STORY)


@pytest.mark.parametrize(("credit", "raw"), [
    ("Beeld: Marieke Kuipers", "Marieke Kuipers"),             # Dutch and Flemish "image:"
    ("படம்: PTI", "PTI"),                                       # Tamil "picture:"
    ("Picha na Asha Mwita", "Asha Mwita"),                     # Swahili "photo by"
])
def test_a_lead_in_of_another_language_opening_a_credit_element_is_dropped(credit: str, raw: str) -> None:
    assert pictures(figure("Workers on the new bridge.", credit)) == [("Workers on the new bridge.", raw)]


def test_a_tamil_lead_in_after_a_bar_closing_the_caption_parts_caption_and_credit() -> None:
    body = (STORY + '<figure><img src="https://cdn.example/2.jpg" alt="" width="800" height="533"><figcaption>'
            '<p class="image-caption">காத்திருப்பு அறையில் அமர்ந்துள்ள பயணிகள் | படம்: PTI</p></figcaption></figure>')
    assert pictures(body) == [("காத்திருப்பு அறையில் அமர்ந்துள்ள பயணிகள்", "PTI")]


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    ("Cedida", [], []),                                              # Spanish "handed over"
    ("Omroep Salland / Thijs Wolters", ["Thijs Wolters"], ["Omroep Salland"]),   # a regional broadcaster
    ("Waterschap Vallei", [], ["Waterschap Vallei"]),                 # a Dutch water board
    ("Pakistan Railways", [], ["Pakistan Railways"]),
    ("Bergrettung Tirol", [], ["Bergrettung Tirol"]),                 # Austrian mountain rescue
    ("Rendőrkapitányság Siófok", [], ["Rendőrkapitányság Siófok"]),   # Hungarian police headquarters
])
def test_words_for_handed_over_name_no_one_and_bodies_are_named_whole(raw: str, photographers: list[str],
                                                                      agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize(("caption", "credit"), [
    ("Градоначелник пресеца врпцу на мосту (Фото Р. Крстинић)", "Р. Крстинић"),   # Serbian, no colon
    ("Il sindaco taglia il nastro sul ponte (Foto Ansa)", "Ansa"),               # Italian, no colon
])
def test_brackets_closing_a_caption_with_a_photo_word_and_a_name_hold_its_credit(caption: str, credit: str) -> None:
    body = (STORY + '<div class="article-image"><img src="https://cdn.example/3.jpg" alt="" width="800" height="533">'
            f'<div class="image-caption">{caption}</div></div>' + STORY)
    assert pictures(body) == [(caption[:caption.rfind(" (")], credit)]


def test_brackets_closing_a_caption_with_a_photo_word_and_a_number_are_the_caption_s() -> None:
    body = (STORY + '<div class="article-image"><img src="https://cdn.example/4.jpg" alt="" width="800" height="533">'
            '<div class="image-caption">Мост у ноћи, поглед са тврђаве (Фото 2)</div></div>' + STORY)
    assert pictures(body) == [("Мост у ноћи, поглед са тврђаве (Фото 2)", None)]


def test_a_spanish_description_element_beside_a_picture_word_is_the_caption_and_the_credit_above_it_its_credit() -> None:
    body = (STORY + '<div class="media-foto"><img src="https://cdn.example/5.jpg" alt="Lodo en la vía">'
            '<p class="media-credito">Foto: Rosa Quispe / El Heraldo</p>'
            '<p class="media-descripcion">El huaico cubrió la vía con lodo y piedras.</p></div>' + STORY)
    assert pictures(body) == [("El huaico cubrió la vía con lodo y piedras.", "Rosa Quispe / El Heraldo")]


def test_an_author_element_opening_with_a_photo_word_in_a_box_named_for_a_picture_is_its_credit() -> None:
    body = ('<div class="opener-foto"><a href="/foto"><img src="https://cdn.example/6.jpg" width="640" height="427" '
            'alt="Most"></a><div class="text"><p>Dělníci odstraňují starý povrch mostu.</p>'
            '<span class="autor">foto: Jana Horáková, Hanácký deník</span></div></div>' + STORY)
    assert pictures(body) == [("Dělníci odstraňují starý povrch mostu.", "Jana Horáková, Hanácký deník")]


def test_an_author_element_naming_the_writer_beside_a_picture_box_is_no_credit() -> None:
    body = ('<div class="authors"><span class="autor">Petr Dvořák</span></div>'
            '<div class="opener-foto"><img src="https://cdn.example/7.jpg" width="640" height="427" alt="Most">'
            '<div class="text"><span class="autor">Petr Dvořák</span></div></div>' + STORY)
    assert pictures(body) == []


def test_a_card_linking_to_a_story_with_a_headline_paragraph_and_a_credit_only_caption_is_no_picture() -> None:
    body = (STORY + '</article><aside class="sidebar"><div class="news-item"><a href="/clanak/700102/veslanje">'
            '<img src="https://cdn.example/8.jpg" alt="Веслачи"><p>Веслачка регата у недељу</p>'
            '<div class="image-caption">(Фото: Танјуг)</div></a></div></aside><article>')
    assert pictures(body) == []


def test_brackets_closing_a_caption_with_a_photo_word_and_a_prose_word_are_the_caption_s() -> None:
    # Italian pages link the story's gallery so: "Foto Gallery" names no one
    body = (STORY + '<div class="article-image"><img src="https://cdn.example/5.jpg" alt="" width="800" height="533">'
            '<div class="image-caption">Il Carnevale di Viareggio (Foto Gallery)</div></div>' + STORY)
    assert pictures(body) == [("Il Carnevale di Viareggio (Foto Gallery)", None)]


def test_a_storys_own_picture_linking_to_its_gallery_with_a_label_paragraph_stays_a_picture() -> None:
    # one link with a picture and a paragraph, no rail of cards around it: the story's picture, its gallery label
    body = ('<p class="lead">Reka se izlila tokom noći i poplavila desetine kuća u selima oko Valjeva.</p>'
            '<div class="gallery-lead"><a href="/galerija/poplave-valjevo"><img src="https://cdn.example/9.jpg" alt="">'
            '<p>Pogledajte galeriju</p><div class="image-caption">(Фото: Танјуг)</div></a></div>' + STORY)
    assert [credit for _, credit in pictures(body)] == ["Танјуг"]
