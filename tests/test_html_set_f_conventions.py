"""Conventions of the press seen on blind set F (issue #11, round 12): a caption and a credit element in an
unnamed text box under the image, credits glued to a sports agency by a hyphen, initials glued to a surname,
slide counters and lead-ins of more languages, words for "file" and "supplied", and bodies' words.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit
from tests.html_story import pictures

STORY = ("<p>The lava front moved slowly towards the barriers through the night, and the civil protection office "
         "said the town would stay closed to residents until further notice.</p>")


def test_a_credit_element_beside_a_plain_caption_in_the_box_under_the_image_splits_the_two() -> None:
    body = (STORY + '<div class="newsimg"><img src="https://cdn.example/1.jpg" alt="Lava" width="800" height="533">'
            '<div class="img-text"><p>Hraunið rennur yfir Grindavíkurveg í nótt.</p>'
            '<span class="ljosmyndari">vb.is/Sigrún Hafsteinsdóttir</span></div></div>' + STORY)
    assert pictures(body) == [("Hraunið rennur yfir Grindavíkurveg í nótt.", "vb.is/Sigrún Hafsteinsdóttir")]


def test_a_box_holding_a_credit_element_alone_is_no_caption_box() -> None:
    # the story's copyright line in a row of its own, in the article's box that holds its lead image
    body = ('<div class="content"><img src="https://cdn.example/2.jpg" alt="Lava" width="800" height="533">' + STORY
            + '<div class="row"><div class="copyright"><a href="https://agency.example/">© dpa/Vikublaðið</a></div></div></div>')
    assert pictures(body) == []


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    ("Dana Whitfield-Imagn Images", ["Dana Whitfield"], ["Imagn Images"]),
    ("Marco Reyes-USA TODAY Sports", ["Marco Reyes"], ["USA TODAY Sports"]),
    ("Jean-Pierre Lavoie", ["Jean-Pierre Lavoie"], []),          # a hyphen inside a name, no agency after it
])
def test_a_hyphen_glued_between_a_name_and_a_known_agency_parts_them(raw: str, photographers: list[str],
                                                                      agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    ("Б.Мөнхцэцэг", ["Б.Мөнхцэцэг"], []),
    ("Ц.Батзориг/МОНЦАМЭ", ["Ц.Батзориг"], ["МОНЦАМЭ"]),
    ("Kremlin.ru", [], ["Kremlin.ru"]),                       # a web address, no initial
])
def test_an_initial_glued_to_a_surname_is_a_photographer(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize(("raw", "kept"), [
    ("Autor/allikas: Kadri Tamm/ERR", "Kadri Tamm/ERR"),
    ("Гэрэл зургийг: Б.Мөнхцэцэг", "Б.Мөнхцэцэг"),
])
def test_lead_ins_of_more_languages_are_dropped(raw: str, kept: str) -> None:
    body = ('<figure><img src="https://cdn.example/3.jpg" alt=""><figcaption><span class="caption">A tram at the '
            f'depot on the first morning of the new line.</span> <span class="credit">{raw}</span></figcaption></figure>')
    assert pictures(body) == [("A tram at the depot on the first morning of the new line.", kept)]


def test_a_nepali_lead_in_after_the_danda_closes_the_caption_with_its_credit() -> None:
    body = ('<figure><img src="https://cdn.example/4.jpg" alt=""><figcaption>खोलाको किनारमा बालुवा निकाल्दै मजदुर । '
            'तस्बिर : रासस</figcaption></figure>')
    assert pictures(body) == [("खोलाको किनारमा बालुवा निकाल्दै मजदुर ।", "रासस")]


def test_a_hebrew_slide_counter_is_no_caption() -> None:
    slides = "".join(
        f'<div class="slide"><img src="https://cdn.example/g{n}.jpg" alt=""><div class="imageCaption">'
        f'<span class="slideCounter">{n} מתוך 2</span><span class="imageCaptionText">{text}</span>'
        f'<span class="imageCredit">(צילום: AP)</span></div></div>'
        for n, text in ((1, "רחוב ריק בצהריים"), (2, "מאוורר בחלון דירה")))
    body = f'<div class="gallery">{slides}</div>'
    assert pictures(body) == [("רחוב ריק בצהריים", "AP"), ("מאוורר בחלון דירה", "AP")]


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    ("MAKTABA", [], []),                                   # Swahili "file"
    ("Suministrada", [], []),                              # Spanish "supplied"
    ("Ljósmynd/Almannavarnir", [], ["Almannavarnir"]),     # Icelandic "photo"
    ("OFISI YA RAIS", [], ["OFISI YA RAIS"]),              # Swahili "office of the president"
    ("Présidence du Sénégal", [], ["Présidence du Sénégal"]),
    ("Franklin County Fire and Rescue", [], ["Franklin County Fire and Rescue"]),
])
def test_words_for_file_and_supplied_name_no_one_and_bodies_are_named_whole(raw: str, photographers: list[str],
                                                                             agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


def test_a_list_of_more_stories_after_the_article_holds_no_picture_of_it() -> None:
    body = (STORY + '</article><section class="more-stories"><h2>More Local News</h2><article class="article-list__article">'
            '<figure><img src="https://cdn.example/5.jpg?w=320" alt="Council chambers"><figcaption>Council chambers '
            '(WXYZ Photo)</figcaption></figure><h3><a href="/news/council-budget/">Council approves budget</a></h3>'
            '</article></section><article>')
    assert pictures(body) == []


def test_a_gallery_slide_whose_text_opens_with_its_counter_is_captioned_by_it_without_a_credit() -> None:
    slides = "".join(
        f'<div class="slide"><img src="https://cdn.example/s{n}.jpg" alt="" width="1000" height="667">'
        f'<div class="slide-text"><span class="slide-count">{n}/2</span><p>{text}</p></div></div>'
        for n, text in ((1, "Björgunarsveitin við lokunarpóst í nótt."), (2, "Ferðamenn bíða eftir rútu við lónið.")))
    body = (STORY + f'<div class="myndasafn"><h3>Myndasafn: Gosnóttin</h3><div class="myndasafn-slides">{slides}'
            '</div></div>' + STORY)
    assert pictures(body) == [("Björgunarsveitin við lokunarpóst í nótt.", None),
                              ("Ferðamenn bíða eftir rútu við lónið.", None)]
