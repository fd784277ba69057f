"""Spellings of one credit that another outlet could print (m177, from benchmarks/metamorphic_credits.py): a lead-in
before an agency and its one-word photographer, a file mark after them, a year or a rights notice after a paper
whose name opens with "The", decomposed accents. Each reads as the plain credit does."""
from __future__ import annotations

import unicodedata

import pytest

from captions import parse_credit


def _read(raw: str) -> tuple[list[str], list[str], list[str]]:
    credit = parse_credit(raw)
    return credit.photographers, credit.agencies, credit.via


@pytest.mark.parametrize("raw, expected", [
    # a lead-in or a file mark names no one: the agency and the one word after it are still two parts
    ("Photo: REUTERS/Kadek", (["Kadek"], ["Reuters"], [])),
    ("REUTERS/Kadek / File Photo", (["Kadek"], ["Reuters"], [])),
    ("Credit: Wiraguna/Reuters Photo", (["Wiraguna"], ["Reuters"], [])),
    ("Image: ANSA - Lombardo", (["Lombardo"], ["ANSA"], [])),
    ("Foto: Stadt Steyr/Brunner", (["Brunner"], ["Stadt Steyr"], [])),
    ("© DUVIVIER/SIPA", (["DUVIVIER"], ["Sipa"], [])),
])
def test_words_naming_no_one_leave_an_agency_and_its_one_word_photographer(raw, expected):
    assert _read(raw) == expected


def test_three_parts_after_a_lead_in_are_not_read_as_two():
    assert _read("Photo: Stadt Steyr/Brunner/Eder") == ([], ["Stadt Steyr", "Brunner", "Eder"], [])


@pytest.mark.parametrize("raw, expected", [
    ("Mara Quint/The Verge 2025", (["Mara Quint"], ["The Verge"], [])),
    ("© Mara Quint, The Associated Press 2025", (["Mara Quint"], ["AP"], [])),
    ("Mara Quint/The New York Times. All rights reserved", (["Mara Quint"], ["The New York Times"], [])),
])
def test_a_year_or_rights_notice_after_a_name_opening_with_the_is_dropped(raw, expected):
    assert _read(raw) == expected


def test_a_title_keeps_its_own_last_word():
    assert _read("Mara Quint/The Big Picture") == (["Mara Quint"], ["The Big Picture"], [])


def test_a_decomposed_accent_is_read_as_the_composed_one():
    assert _read(unicodedata.normalize("NFD", "Tomás Ruiz/AFP")) == (["Tomás Ruiz"], ["AFP"], [])


@pytest.mark.parametrize("raw, expected", [
    ("© Per Lunde / Fjordposten", (["Per Lunde"], ["Fjordposten"], [])),
    ("(c) Per Lunde/NTB", (["Per Lunde"], ["NTB"], [])),
])
def test_per_after_a_copyright_sign_opens_a_name(raw, expected):
    assert _read(raw) == expected


def test_per_between_a_name_and_a_wire_still_joins_them():
    assert _read("© Jo Li per Ansa") == (["Jo Li"], ["ANSA"], [])


@pytest.mark.parametrize("raw, expected", [
    ("Ola Berg/PA.", (["Ola Berg"], ["PA"], [])),
    ("Ola Berg/Ritzau Scanpix.", (["Ola Berg"], ["Ritzau Scanpix"], [])),
])
def test_a_full_stop_closing_a_variant_kept_as_printed_is_the_credits(raw, expected):
    assert _read(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("© 新华社记者 林远航", (["林远航"], ["Xinhua"], [])),
    ("© 제주=연합뉴스", ([], ["Yonhap"], [])),
    ("(C) Ola Berg/AFP", (["Ola Berg"], ["AFP"], [])),
    ("© کاوه رستمی / خبرگزاری مهر", (["کاوه رستمی"], ["خبرگزاری مهر"], [])),
    ("© נועה ברק, AP", (["נועה ברק"], ["AP"], [])),
])
def test_a_copyright_sign_before_a_credit_names_no_one(raw, expected):
    assert _read(raw) == expected


def test_an_unread_name_and_its_agency_stay_a_pair_before_a_file_mark():
    assert _read("کاوه رستمی / خبرگزاری مهر / File Photo") == (["کاوه رستمی"], ["خبرگزاری مهر"], [])


def test_a_wire_desk_tag_in_capitals_closes_the_credit_past_a_lead_in():
    assert _read("Foto: ANTARA FOTO/Bima Sakti/YU") == (["Bima Sakti"], ["Antara"], [])


def test_a_part_naming_no_one_between_two_parts_keeps_them_apart():
    # "B" is a letter left where a page cut a name: the words before it are not the wire's photographer
    assert parse_credit("Dusk. Photo: B/AFP").photographers == []
