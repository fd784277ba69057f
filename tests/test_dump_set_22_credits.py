"""Credits read on the twenty-second set of page dumps: a "service" named as one word ("Wetterdienst",
"Polisiediens"), a press service's name with its word for "service" in lower case (Uzbek "xizmati", Armenian
"ծառայություն"), a photographer joined to Malayala Manorama by a bullet operator ("Name ∙ മനോരമ") and PTI in
Malayalam script. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.credit import parse_credit


@pytest.mark.parametrize("raw", ["Deutscher Wetterdienst", "Suid-Afrikaanse Polisiediens", "Politiedienst Utrecht",
                                 "Rettungsdienst Kreis Lindenau"])
def test_a_service_named_as_one_word_is_a_body(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


@pytest.mark.parametrize("raw", ["Jo Dienst", "Anna Diens"])
def test_the_word_alone_is_a_surname(raw: str) -> None:
    # only a longer word ending so names a service: "Dienst" alone is a name's
    assert parse_credit(raw).photographers == [raw]


@pytest.mark.parametrize("raw", ["Samarqand viloyati hokimligi matbuot xizmati",
                                 "ՀՀ էկոնոմիկայի նախարարության մամուլի ծառայություն"])
def test_a_press_service_is_a_body(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


def test_a_press_service_on_its_own_line_under_a_caption() -> None:
    page = ("Sarlavha\n\nYangi ko‘prik qurilishi yakunlandi.\nFoto: Xorazm viloyati hokimligi matbuot xizmati\n\n"
            "Maqola matni shu yerda davom etadi, bir necha gapdan iborat.\n")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("Yangi ko‘prik qurilishi yakunlandi.", "Xorazm viloyati hokimligi matbuot xizmati")]


def test_a_bullet_operator_joins_a_photographer_to_the_paper() -> None:
    # the name is in a script with no capitals, beside a known paper: its photographer's, as "Name / IRNA" is read
    # (round 67: the vowel signs Malayalam prints as marks count as a word's letters)
    credit = parse_credit("രാഹുൽ മേനോൻ ∙ മനോരമ")
    assert (credit.photographers, credit.agencies) == (["രാഹുൽ മേനോൻ"], ["മനോരമ"])


def test_a_bullet_joined_credit_glued_to_its_caption() -> None:
    page = "തലക്കെട്ട്\n\n1/2\nവള്ളംകളി കാണാനെത്തിയവർ. ചിത്രം: രാഹുൽ മേനോൻ ∙ മനോരമ\n2/2\nകരയിലെ ജനക്കൂട്ടം. ചിത്രം: പിടിഐ\n"
    assert [(p.caption, p.credit.raw, p.credit.agencies) for p in parse_page(page).photos] == [
        ("വള്ളംകളി കാണാനെത്തിയവർ.", "രാഹുൽ മേനോൻ ∙ മനോരമ", ["മനോരമ"]), ("കരയിലെ ജനക്കൂട്ടം.", "പിടിഐ", ["പിടിഐ"])]


def test_a_bullet_operator_in_prose_makes_no_credit() -> None:
    # the mark splits a credit only where a credit is read: a line of prose holding it stays prose
    page = "Headline\n\nPrices rose ∙ wages fell ∙ the council met on Monday to discuss both.\n\nMore text follows here.\n"
    assert parse_page(page).photos == []
