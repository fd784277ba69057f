"""Conventions read on the fifteenth set of page dumps: the Czech and Slovak "Autor foto:" credit line, bodies
whose name capitalises its first word alone ("Horská záchranná služba"). Every text here is invented for its
test."""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(page).photos]


@pytest.mark.parametrize("leadin", ["Autor foto:", "Autor fotografie:"])
def test_the_photo_author_lead_in_opens_a_credit_under_its_caption(leadin: str) -> None:
    page = f"Title\n\nPoškozená střecha rodinného domu v Pelhřimově\n{leadin} Tomáš Veselý\n\nStory goes on here.\n"
    assert _read(page) == [("Poškozená střecha rodinného domu v Pelhřimově", "Tomáš Veselý", ["Tomáš Veselý"], [])]


@pytest.mark.parametrize("body", ["Hasičský záchranný sbor", "Horská záchranná služba", "Hasičský a záchranný zbor"])
def test_a_body_capitalising_its_first_word_alone_is_an_organisation(body: str) -> None:
    page = f"Title\n\nHasiči odklízejí spadlý smrk ze silnice u Jihlavy.\nAutor foto: {body}\n\nStory goes on here.\n"
    assert _read(page) == [("Hasiči odklízejí spadlý smrk ze silnice u Jihlavy.", body, [], [body])]


@pytest.mark.parametrize("credit, expected", [
    ("圖／中央社", ("中央社", [], ["中央社"])),
    ("圖／台中市建設局提供", ("台中市建設局提供", [], ["台中市建設局"])),
    ("記者張美玲／攝影", ("記者張美玲", ["張美玲"], [])),
], ids=["picture-slash-agency", "picture-slash-supplied", "reporter-slash-photographed"])
def test_a_credit_glued_to_a_chinese_captions_full_stop(credit: str, expected: tuple) -> None:
    caption = "志工在公園草地上發放柚子與月餅給遊客。"
    assert _read(f"Title\n\n{caption}{credit}\n") == [(caption, *expected)]


def test_photo_by_in_lower_case_is_dropped_whole() -> None:
    # "foto di" is the lower-case "foto" and "di" (by): the longer lead-in "Foto di" goes, not "foto" alone
    assert _read("Title\n\nUna ruspa libera la carreggiata dai detriti (foto di Marta Gallo)\n") == [
        ("Una ruspa libera la carreggiata dai detriti", "Marta Gallo", ["Marta Gallo"], [])]


@pytest.mark.parametrize("line, expected", [
    ("Een containerschip meert aan bij de terminal. Foto Lieke Brouwer",
     ("Een containerschip meert aan bij de terminal.", "Lieke Brouwer", ["Lieke Brouwer"], [])),
    ("Directeur Annemiek Vos bij de presentatie. Foto Koen Verhagen/ANP",
     ("Directeur Annemiek Vos bij de presentatie.", "Koen Verhagen/ANP", ["Koen Verhagen"], ["ANP"])),
    ("Karnevalska povorka krenula je u podne s Mlake / Foto Tomislav JURKOVIĆ",
     ("Karnevalska povorka krenula je u podne s Mlake", "Tomislav JURKOVIĆ", ["Tomislav JURKOVIĆ"], [])),
], ids=["after-full-stop", "name-slash-agency", "after-slash-marker"])
def test_a_capitalised_photo_word_after_the_caption_opens_its_credit(line: str, expected: tuple) -> None:
    assert _read(f"Title\n\n{line}\n") == [expected]


def test_a_capitalised_photo_word_before_prose_is_prose() -> None:
    assert _read("Title\n\nWe gingen naar de winkel. Foto Müller hat geschlossen\n") == []


@pytest.mark.parametrize("credit, expected", [
    ("GN Photo: Shihab", (["Shihab"], ["GN"])),
    ("Reuters Photo: Shihab", (["Shihab"], ["Reuters"])),
    ("GN Photo: Anita Joseph", (["Anita Joseph"], ["GN"])),
], ids=["unknown-outlet-one-name", "known-agency-one-name", "two-word-name"])
def test_one_word_after_an_outlets_photo_and_colon_is_its_photographer(credit: str, expected: tuple) -> None:
    page = f"Title\n\nA volunteer hands out dates to families arriving at the market.\n{credit}\n"
    assert _read(page) == [("A volunteer hands out dates to families arriving at the market.", credit, *expected)]


@pytest.mark.parametrize("credit, expected", [
    ("EL DIARIO DE COAHUILA / MARIANA ORTIZ", (["MARIANA ORTIZ"], ["EL DIARIO DE COAHUILA"])),
    ("Jo Li/El Heraldo de México", (["Jo Li"], ["El Heraldo de México"])),
    ("El Hadji Diouf/AFP", (["El Hadji Diouf"], ["AFP"])),
], ids=["paper-first", "paper-second", "given-name-el"])
def test_a_name_opening_with_el_and_holding_de_is_a_papers(credit: str, expected: tuple) -> None:
    page = f"Title\n\nJinetes de la asociación de charros recorrieron el bulevar a caballo.\n{credit}\n"
    assert _read(page) == [("Jinetes de la asociación de charros recorrieron el bulevar a caballo.", credit, *expected)]


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    ("El Sayed El Badawi/AFP", ["El Sayed El Badawi"], ["AFP"]),
    ("El Mehdi Ben Atia / MAP", ["El Mehdi Ben Atia"], ["MAP"]),
    ("El Hassan bin Talal", ["El Hassan bin Talal"], []),
    ("El Heraldo del Sur / Ana Gómez", ["Ana Gómez"], ["El Heraldo del Sur"]),
])
def test_el_opens_a_papers_name_only_before_a_spanish_particle(raw: str, photographers: list[str],
                                                               agencies: list[str]) -> None:
    # Arabic particles after "El" ("El", "Ben", "bin") are a person's name's
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize("kind", ["Illustration", "Montage", "Photo illustration", "Infographic"])
def test_what_kind_of_picture_after_an_outlets_photo_word_is_no_photographer(kind: str) -> None:
    for raw in (f"KT Photo: {kind}", f"AP Photo/{kind}"):
        credit = parse_credit(raw)
        assert (credit.photographers, len(credit.agencies)) == ([], 1), raw
