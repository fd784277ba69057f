"""Conventions of the press seen on blind set L (issue #11, round 17): a credit closing with a daanda, a lead-in
inside the brackets of a credit element, a source in capitals with PHOTO closing a caption, a rail's card printed
in two links to one story, and words naming no one or a body in Slovak, Russian, Romanian, Spanish and Japanese
credits.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from tests.html_story import pictures

STORY = ("<p>The road works went on through the night, and the council said the bridge would stay closed to "
         "traffic until the end of the month at the earliest.</p>")


def figure(caption: str, src: str = "https://cdn.example/1.jpg") -> str:
    return f'<figure><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>'


def test_a_credit_closing_with_a_daanda_loses_it_as_a_full_stop() -> None:
    assert split_caption_credit("পাখি গণনায় ব্যস্ত বনকর্মীরা। ছবি: পিটিআই।") == ("পাখি গণনায় ব্যস্ত বনকর্মীরা।", "পিটিআই")


def test_photos_author_opens_a_credit_as_photo_does() -> None:  # Russian "photo's author:", Baltic broadcasters
    assert split_caption_credit("Новый трамвай на линии. Автор фото: Кристина Ребане/ERR") == (
        "Новый трамвай на линии.", "Кристина Ребане/ERR")


def test_a_lead_in_inside_the_brackets_of_a_credit_element_goes_with_them() -> None:
    body = STORY + ('<figure><img src="https://cdn.example/1.jpg" alt=""><figcaption><span class="image-desc">'
                    'Otvorenie hvezdárne.</span> <span class="image-author">(Zdroj: Archív Krajského múzea)</span>'
                    '</figcaption></figure>')
    assert pictures(body) == [("Otvorenie hvezdárne.", "Archív Krajského múzea")]


@pytest.mark.parametrize(("caption", "expected"), [
    ("Volunteers set up beds in the gym on Monday. PNA PHOTO", ("Volunteers set up beds in the gym on Monday.", "PNA PHOTO")),
    ("Workers pack rice at the town hall. CONTRIBUTED PHOTO", ("Workers pack rice at the town hall.", "CONTRIBUTED PHOTO")),
    # round 53: a file marker alone is a credit naming no one, as "CONTRIBUTED PHOTO" is
    ("The old market hall in 1950. FILE PHOTO", ("The old market hall in 1950.", "FILE PHOTO")),
])
def test_a_source_in_capitals_and_photo_closing_a_caption_is_its_credit(caption: str, expected: tuple[str, str]) -> None:
    assert pictures(STORY + figure(caption)) == [expected]


@pytest.mark.parametrize("caption", [
    "The mayor speaks to reporters. JUAN DELA CRUZ PHOTO",  # a person's name in capitals: unclear, left in the caption
    "The bay at dawn, seen from above. DRONE PHOTO",        # one unknown word: a kind of picture as often as a source
    "Fans cheer the team home. THE BIG PHOTO",              # opened by an article: a headline's words
    "Entry no. 3. WINNING PHOTO",                           # a number opening it: no source
])
def test_capitals_before_photo_naming_a_person_or_no_source_stay_in_the_caption(caption: str) -> None:
    assert pictures(STORY + figure(caption)) == [(caption, None)]


def test_a_caption_beside_a_story_header_linking_the_writers_face_and_name_is_the_lead_pictures() -> None:
    header = ('<header><img src="https://cdn.example/lead.jpg" alt="">'
              '<div class="image-caption"><span>Doctors at the hospital on Monday.</span> '
              '<span>Photo: Jo Li/Reuters</span></div><h1>The hospitals of the city</h1>'
              '<div class="byline"><a href="/staff/kim"><img src="https://cdn.example/kim.jpg" alt=""></a> '
              '<a href="/staff/kim">Kim Lee</a></div></header>')
    assert pictures(header + STORY) == [("Doctors at the hospital on Monday.", "Jo Li/Reuters")]


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    ("Scanpix/Postimees", [], ["Scanpix", "Postimees"]),                # Estonia's daily, shared through Scanpix
    ("Archív Krajského múzea", [], ["Krajského múzea"]),                # Slovak "archive"
    ("Poliția Locală Iași", [], ["Poliția Locală Iași"]),               # Romanian "police"
    ("Especial", [], []),                                               # Mexican "special": handed out
    ("Contributed photo", [], []),
    ("永観堂提供", [], ["永観堂"]),                                       # supplied by a temple's hall
    ("अमर उजाला", [], ["अमर उजाला"]),                                    # the Hindi daily's own, as printed
])
def test_words_naming_no_one_or_a_body_in_set_l_credits(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)
