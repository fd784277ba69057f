"""Conventions of the press seen on blind set G (issue #11, round 13): credits closing a caption after a hyphen
or in brackets, a credit line set in capitals, "PHOTO NAME, OUTLET", one-word class names, gallery slides
printing a credit only, story cards printing a credit only, one picture printed from two size folders, a
credit's place and date, and words for supplied pictures, bodies and publications.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page
from captions.parse.html.page import read_html
from tests.html_story import HEAD, TAIL, pictures

STORY = ("<p>The council voted on Tuesday to close the old bridge for repairs, and the work is due to start in "
         "June after the holiday traffic has passed.</p>")


def figure(caption: str, n: int = 1) -> str:
    return f'<figure><img src="https://cdn.example/{n}.jpg" alt=""><figcaption>{caption}</figcaption></figure>'


@pytest.mark.parametrize(("printed", "caption", "credit"), [
    ("Vendors at the new market on Tuesday. - Jo Li/Photographer", "Vendors at the new market on Tuesday.", "Jo Li/Photographer"),
    ("The new market, seen from the road. - Contributed", "The new market, seen from the road.", "Contributed"),
    ("The old market in 2014. - File", "The old market in 2014.", "File"),
])
def test_a_credit_after_a_hyphen_closing_the_captions_sentence_is_split_off(printed: str, caption: str, credit: str) -> None:
    assert pictures(STORY + figure(printed)) == [(caption, credit)]


def test_a_person_alone_after_a_hyphen_may_be_a_quotes_speaker_and_stays_in_the_caption() -> None:
    printed = "We waited twelve years for this. - Jo Li"
    assert pictures(STORY + figure(printed)) == [(printed, None)]


def test_a_bracketed_name_after_the_captions_sentence_is_its_credit() -> None:
    printed = "سفينة شحن في ميناء مصراتة، 7 أبريل 2026. (بوابة الشمال)"
    assert pictures(STORY + figure(printed)) == [("سفينة شحن في ميناء مصراتة، 7 أبريل 2026.", "بوابة الشمال")]


def test_the_chinese_picture_source_lead_in_with_a_full_width_colon_opens_a_credit() -> None:
    body = (STORY + '<div class="img_wrapper"><img src="https://cdn.example/1.jpg" alt="">'
            '<span class="img_descr">5月2日晚，游客在古城游览。（图片来源：IC photo）</span></div>')
    article = read_html(HEAD + body + TAIL)
    assert [(p.caption, p.credit.raw, p.credit.agencies) for p in article.photos] == [
        ("5月2日晚，游客在古城游览。", "IC photo", ["IC Photo"])]


def test_a_joiner_printed_alone_between_two_names_joins_them() -> None:
    # Ghost's Unsplash credit: the lead-in, the photographer, the slash and the library each in an element
    caption = ('<span style="white-space: pre-wrap;">Photo by </span><a href="https://unsplash.example/@jli">Jo Li</a>'
               '<span style="white-space: pre-wrap;"> / </span><a href="https://unsplash.example/">Unsplash</a>')
    assert pictures(STORY + figure(caption)) == [(None, "Jo Li / Unsplash")]


def test_a_bracketed_courtesy_of_a_body_after_the_captions_sentence_is_its_credit() -> None:
    printed = "The library in 1962. (Courtesy of the Millbrook Historical Society)"
    assert pictures(STORY + figure(printed)) == [("The library in 1962.", "Courtesy of the Millbrook Historical Society")]


@pytest.mark.parametrize("printed", ["The bridge before the repairs. (pictured in 2019)",
                                     "The mayor opens the bridge. (Video)"])
def test_bracketed_words_that_are_no_name_stay_in_the_caption(printed: str) -> None:
    assert pictures(STORY + figure(printed)) == [(printed, None)]


def test_a_line_in_capitals_under_the_captions_sentence_is_its_credit() -> None:
    printed = '<span class="foto__peu">The bridge at noon.</span> <span class="foto__signatura">AJUNTAMENT DE GIRONA</span>'
    assert pictures(STORY + figure(printed)) == [("The bridge at noon.", "AJUNTAMENT DE GIRONA")]


def test_a_name_in_its_own_element_under_the_captions_sentence_is_its_credit() -> None:
    printed = '<span>A seaplane drops water on the fire\'s northern front.</span><span class="a_m_m">Pablo Salcedo</span>'
    assert pictures(STORY + figure(printed)) == [("A seaplane drops water on the fire's northern front.", "Pablo Salcedo")]


def test_a_place_in_its_own_element_under_the_caption_is_no_credit() -> None:
    printed = "<span>A seaplane drops water on the fire.</span><span>Madrid</span>"
    assert [credit for _, credit in pictures(STORY + figure(printed))] == [None]


def test_a_story_cards_figure_with_a_credit_only_is_no_picture() -> None:
    # the image links where the headline beside the figure does: a teaser, though its figcaption names no caption
    card = ('<section class="a_ti"><article class="c"><figure class="c_m"><a href="/2026/07/30/brigades.html">'
            '<img src="https://cdn.example/t.jpg" alt="Firefighters on a track" width="414" height="233"></a>'
            '<figcaption class="c_m_c"><span>Mario Gil (EFE)</span></figcaption></figure>'
            '<h2 class="c_t"><a href="/2026/07/30/brigades.html">Forest brigades protest short contracts</a></h2>'
            '</article></section>')
    assert pictures(STORY + card) == []


def test_a_control_in_capitals_under_the_caption_is_no_credit() -> None:
    printed = '<span class="text">The river rose overnight.</span> <span class="more">WATCH VIDEO</span>'
    assert [credit for _, credit in pictures(STORY + figure(printed))] == [None]


def test_a_kicker_in_capitals_opening_the_caption_is_no_credit() -> None:
    printed = '<span class="kicker">HIGH WATER</span> <span class="text">The river rose overnight.</span>'
    assert pictures(STORY + figure(printed)) == [("HIGH WATER The river rose overnight.", None)]


def test_the_photo_word_before_a_name_and_outlet_in_capitals_goes() -> None:
    body = STORY + ('<figure><img src="https://cdn.example/1.jpg" alt=""><figcaption>'
                    '<span class="photo__credit">PHOTO JO LI-MARTIN, LE QUOTIDIEN</span>'
                    '<p class="photo__description">The bridge at dawn.</p></figcaption></figure>')
    assert pictures(body) == [("The bridge at dawn.", "JO LI-MARTIN, LE QUOTIDIEN")]


def test_one_picture_printed_again_from_a_larger_size_folder_is_one_picture() -> None:
    slide = ('<div class="gallery__slide"><img data-src="https://img.example/v2/{size}/r1/8c3d11aa-old-bridge.jpg" alt="">'
             '<span class="photo__credit">Jo Li</span><p class="photo__caption">The old bridge</p></div>')
    body = (STORY + '<figure><img src="https://img.example/v2/924x/r1/8c3d11aa-old-bridge.jpg" alt="">'
            '<figcaption><span class="photo__credit">Jo Li</span><p class="photo__caption">The old bridge</p></figcaption>'
            '</figure><div class="gallery">' + slide.format(size="1600x") + "</div>")
    assert pictures(body) == [("The old bridge", "Jo Li")]


def test_two_pictures_named_alike_in_two_folders_stay_two() -> None:
    # "large.jpg" is every picture's name under its own folder: the same caption and credit over two pictures
    body = (STORY + figure('The bridge. <span class="credit">Jo Li</span>').replace("1.jpg", "a1/large.jpg")
            + figure('The bridge. <span class="credit">Jo Li</span>').replace("1.jpg", "b2/large.jpg"))
    assert pictures(body) == [("The bridge.", "Jo Li"), ("The bridge.", "Jo Li")]


def test_a_gallery_slide_linking_to_its_large_image_with_a_source_line_is_a_picture() -> None:
    slide = ('<a class="galerija-item" href="https://cdn.example/{n}.jpg"><img src="https://cdn.example/{n}_xs.jpg" alt="">'
             '<span class="izvor">Foto: {who}</span></a>')
    body = (STORY + '<div class="galerija">' + slide.format(n=4, who="Amar Hadžić/Vijesti")
            + slide.format(n=5, who="Vlada Tuzlanskog kantona") + "</div>")
    assert pictures(body) == [(None, "Amar Hadžić/Vijesti"), (None, "Vlada Tuzlanskog kantona")]


def test_a_story_card_whose_picture_prints_a_credit_only_is_no_picture() -> None:
    card = ('<div class="one"><a href="/news/other-story/"><img src="https://cdn.example/t.jpg" alt="">'
            '<span>Bridge repairs delayed again</span><div class="imgSource">Фото иллюстративное</div></a></div>')
    assert pictures(STORY + card) == []


def test_a_linked_picture_printing_a_credit_and_no_headline_is_still_a_picture() -> None:
    body = (STORY + '<figure><a href="/photos/bridge/"><img src="https://cdn.example/1.jpg" alt="The bridge">'
            '<figcaption>Photo: Jo Li/AFP</figcaption></a></figure>')
    assert pictures(body) == [(None, "Jo Li/AFP")]


def test_one_word_class_names_of_student_paper_themes_mark_caption_and_credit() -> None:
    body = (STORY + '<div class="photowrap"><img src="https://cdn.example/1.jpg" alt="A shuttle bus" width="900" height="600">'
            '<div class="photocreditwrap"><span class="photocredit">Jo Li, Photo Editor</span></div>'
            '<div class="photocaption">The shuttle waits outside the library on Feb. 12.</div></div>')
    assert pictures(body) == [("The shuttle waits outside the library on Feb. 12.", "Jo Li, Photo Editor")]


def test_the_russian_photo_word_goes_from_a_credit_field_before_a_digit() -> None:
    body = ('<div class="cntPrevImg"><img src="https://cdn.example/1.jpg" alt=""><div class="imgSource">Фото 90.kz</div></div>'
            + STORY)
    assert pictures(body) == [(None, "90.kz")]


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    ("zvg", [], []),                                                 # Swiss "supplied"
    ("Contributed", [], []),
    ("Cortesía Covial", [], ["Covial"]),
    ("Hemeroteca DA", [], ["Hemeroteca DA"]),
    ("Nampa/Xinhua", [], ["Nampa", "Xinhua"]),
    ("MALIA KAHALE / MKAHALE@PAPER.EXAMPLE", ["MALIA KAHALE"], []),  # the photographer's address
    ("Jo Li, La Voix du Nord", ["Jo Li"], ["La Voix du Nord"]),       # an article opens a paper's name
    ("Marine Le Pen", ["Marine Le Pen"], []),                        # not a name's middle word
    ("Les Walker/Reuters", ["Les Walker"], ["Reuters"]),            # "Les" is a given name too
    ("BILBOKO UDALA", [], ["BILBOKO UDALA"]),
    ("Vlada Tuzlanskog kantona", [], ["Vlada Tuzlanskog kantona"]),
    ("إدارة مطار مصراتة", [], ["إدارة مطار مصراتة"]),
    ("Hawaii Harbors Division", [], ["Hawaii Harbors Division"]),
    ("Dok. Humas Pemprov DKI Jakarta", [], ["Humas Pemprov DKI Jakarta"]),  # Indonesian "documentation", a PR office
    ("Ridgeview University Archives", [], ["Ridgeview University Archives"]),  # the body's own word
    ("AFP Archives", [], ["AFP"]),                                   # a file photo's word after a known source
])
def test_credit_words_of_set_g(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


def test_a_credits_bracketed_place_and_date_names_no_one_and_stays_in_the_raw_credit() -> None:
    body = STORY + figure('The pool. <span class="credit">Bild: Stefan Kaiser (Zug, 27. 4. 2026)</span>')
    credit = read_html(HEAD + body + TAIL).photos[0].credit
    assert (credit.raw, credit.photographers, credit.agencies) == ("Stefan Kaiser (Zug, 27. 4. 2026)", ["Stefan Kaiser"], [])


def test_a_site_logos_alt_line_is_no_credit() -> None:
    # a paper's name opening with an article reads as an organisation: its logo's alt line would be a credit
    page = parse_page("CERRAR\n\nEl Diario - Logo\n\n× Mundo Cultura Deportes Salud\nMundo 10 de septiembre de 2017\n\n"
                      "The storm reached the coast on Sunday, and thousands left their homes.\n")
    assert page.photos == []


def test_a_name_under_a_quotation_is_its_speaker_not_the_credit() -> None:
    printed = "<p>“We will rebuild this city together.”</p><p>Mayor Jane Doe</p>"
    assert [credit for _, credit in pictures(STORY + figure(printed))] == [None]
