"""Conventions read on the seventeenth set of page dumps: Chinese credits after a lead-in and a full-width colon
("（摄影：Name）", "（图：Source）"), Japanese captions closing with when and where and then the photographer's
name in brackets ("＝20日午前、宜野湾市（Name撮影）"). Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(page).photos]


@pytest.mark.parametrize("credit, expected", [
    ("（摄影：林佳慧）", ("林佳慧", ["林佳慧"], [])),
    ("（攝影：林佳慧）", ("林佳慧", ["林佳慧"], [])),
    ("（图：Bernama）", ("Bernama", [], ["Bernama"])),
    ("（圖：中央社）", ("中央社", [], ["中央社"])),
], ids=["photographed-simplified", "photographed-traditional", "picture-simplified", "picture-traditional"])
def test_a_lead_in_with_a_full_width_colon_opens_a_bracketed_credit(credit: str, expected: tuple) -> None:
    caption = "修复后的老店屋保留了原有的木窗和屋瓦。"
    assert _read(f"Title\n\n{caption}{credit}\n") == [(caption, *expected)]


@pytest.mark.parametrize("line, expected", [
    ("砂浜で神事に臨む関係者ら＝20日午前、宜野湾市のビーチ（宮城直子撮影）",
     ("砂浜で神事に臨む関係者ら＝20日午前、宜野湾市のビーチ", "宮城直子", ["宮城直子"], [])),
    ("カヌーを上空から望む＝20日午前、宜野湾市沖（本社チャーター機から、玉城大輔撮影）",
     ("カヌーを上空から望む＝20日午前、宜野湾市沖", "本社チャーター機から、玉城大輔", ["玉城大輔"], [])),
], ids=["place-then-name", "vantage-then-name"])
def test_the_bracket_after_a_japanese_captions_place_holds_its_credit(line: str, expected: tuple) -> None:
    # the place after the last "、" is the caption's, not an outlet before the name
    assert _read(f"Title\n\n{line}\n") == [expected]


def test_slide_counters_between_tailed_captions_keep_their_run() -> None:
    page = ("Title\n\n1/3\n波打ち際で遊ぶ子どもたち＝20日午前、宜野湾市（宮城直子撮影）\n2/3\n"
            "海を眺める観光客＝20日午後、宜野湾市\n3/3\n訓練を見守る市長ら＝20日午前、宜野湾市（共同）\n")
    assert [caption for caption, *_ in _read(page)] == [
        "波打ち際で遊ぶ子どもたち＝20日午前、宜野湾市", "海を眺める観光客＝20日午後、宜野湾市", "訓練を見守る市長ら＝20日午前、宜野湾市"]


@pytest.mark.parametrize("date", ["3 июня 2026, 14:20", "2 de marzo de 2026 - 09:40", "14. März 2026, 09:30 Uhr"])
def test_a_name_alone_over_the_storys_date_is_its_byline(date: str) -> None:
    # the date line is no caption, and the name and outlet over it no picture's credit
    page = (f"Title\n\nStandfirst of the story, one sentence.\n\nАнна Гринберга, LSM.lv\n{date}\n\n"
            "Фото: Кирилл Соколов/LSM\nПервый трамвай у новой конечной остановки.\n\nStory text goes on.\n")
    assert _read(page) == [("Первый трамвай у новой конечной остановки.", "Кирилл Соколов/LSM", ["Кирилл Соколов"],
                            ["LSM"])]


def test_a_marked_credit_over_a_date_is_still_a_credit() -> None:
    page = "Title\n\nA crowd waits for the first tram at the new stop.\nPhoto: Jo Li/LSM\n3 June 2026\n"
    assert _read(page) == [("A crowd waits for the first tram at the new stop.", "Jo Li/LSM", ["Jo Li"], ["LSM"])]


def test_an_outside_source_names_no_one() -> None:
    page = "Title\n\nEl ministro corta la cinta junto a autoridades de la provincia.\nFoto: Fuente externa\n"
    assert _read(page) == [("El ministro corta la cinta junto a autoridades de la provincia.", "Fuente externa", [], [])]


@pytest.mark.parametrize("line, expected", [
    ("Gentileza Gobernación de Itapúa.", ("Gentileza Gobernación de Itapúa", [], ["Gobernación de Itapúa"])),
    ("Cortesía Cuerpo de Bomberos Voluntarios", ("Cortesía Cuerpo de Bomberos Voluntarios", [],
                                                 ["Cuerpo de Bomberos Voluntarios"])),
    ("Courtesy Tasmania Police", ("Courtesy Tasmania Police", [], ["Tasmania Police"])),
], ids=["gentileza", "cortesia", "courtesy"])
def test_a_courtesy_word_opens_a_credit_on_its_own_line(line: str, expected: tuple) -> None:
    caption = "Jóvenes del barrio cargan bolsas de residuos en la orilla del arroyo."
    assert _read(f"Title\n\nStory text opens here, a sentence.\n\n{caption}\n{line}\n\nStory goes on.\n") == [
        (caption, *expected)]


@pytest.mark.parametrize("line", ["Photo Gallery", "Gentileza", "Handout Photo Gallery"])
def test_a_courtesy_word_with_no_one_after_it_or_a_section_is_no_credit_alone(line: str) -> None:
    caption = "Jóvenes del barrio cargan bolsas de residuos en la orilla del arroyo."
    assert _read(f"Title\n\nStory text opens here, a sentence.\n\n{caption}\n{line}\n\nStory goes on.\n") == []


def test_courtesy_alone_in_brackets_closes_a_caption() -> None:
    assert _read("Title\n\nUn niño sostiene una tortuga rescatada del cauce (Gentileza)\n") == [
        ("Un niño sostiene una tortuga rescatada del cauce", "Gentileza", [], [])]


def test_the_paper_first_then_its_photographer() -> None:
    credit = parse_credit("ABC Color/Rodolfo Benítez Aquino")
    assert (credit.photographers, credit.agencies) == (["Rodolfo Benítez Aquino"], ["ABC Color"])


_DATELINE_GALLERY = ("Title\n\n"
                     "KUWAIT: Families gather along Gulf Road on Saturday night. — Photo by Fouad Ali\n"
                     "KUWAIT: A boy waves a flag from the sunroof of a car. — Photo by Fouad Ali\n"
                     "KUWAIT: Liberation Tower is illuminated in the colors of the flag.\n"
                     "KUWAIT: Drones form the outline of the map in the sky. — KUNA photo\n")


def test_an_uncredited_line_inside_a_block_of_dateline_captions_is_a_caption() -> None:
    assert [caption for caption, *_ in _read(_DATELINE_GALLERY)][2] == (
        "KUWAIT: Liberation Tower is illuminated in the colors of the flag.")


@pytest.mark.parametrize("story", [
    "\nKUWAIT: The ministry urged residents not to use water balloons during the celebrations.\n",
    "KUWAIT: The ministry urged residents not to use water balloons during the celebrations.\n",
], ids=["a-blank-line-under", "right-under"])
def test_a_dateline_paragraph_outside_the_block_is_the_storys(story: str) -> None:
    assert len(_read(_DATELINE_GALLERY + story)) == 4


def test_lines_a_blank_line_apart_make_no_block() -> None:
    page = _DATELINE_GALLERY.replace("\nKUWAIT: Liberation", "\n\nKUWAIT: Liberation")
    assert len(_read(page)) == 3


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    ("Supplied by Tasmania Police", [], ["Tasmania Police"]),
    ("Handout by Ministry of Health", [], ["Ministry of Health"]),
    ("Supplied by Jane Whitby", ["Jane Whitby"], []),
])
def test_who_supplied_a_picture_is_a_body_by_its_word(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


def test_a_credit_right_under_its_caption_stays_its_own_over_a_date() -> None:
    page = "Title\n\nSome story text opens here, a sentence.\n\nA crowd waits for the first tram at the new stop.\nJo Li/LSM\n3 June 2026, 14:20\n"
    assert _read(page) == [("A crowd waits for the first tram at the new stop.", "Jo Li/LSM", ["Jo Li"], ["LSM"])]


def test_a_credit_alone_over_a_copyright_line_is_still_a_picture() -> None:
    page = "Title\n\nSome story text opens here, a sentence.\n\nJo Li/AFP\n© 2026 Example Times\n"
    assert _read(page) == [(None, "Jo Li/AFP", ["Jo Li"], ["AFP"])]
