"""Conventions of round 110, read from the misses of the dumps73 pages (twelve outlets' invented page dumps).

Each case is invented, as an outlet of that kind prints it: BBC Amharic's "image's" source label; a Russian or
Ukrainian press service credited with its first word capitalised ("Пресс-служба мэра Москвы"); Taiwanese papers'
"翻攝" (re-shot) with no "自"; Le Devoir's photographer and paper joined by a space ("Name Le Devoir").
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page, split_caption_credit

AMHARIC = """ date 2026-10-04 ዜና
የጢምቀት በዓል ዝግጅት ተጀመረ
የምስሉ ባለመብት, Reuters
የምስሉ መግለጫ, በአደባባይ የተሰበሰቡ ምዕመናን
ከተማዋ እንግዶችን ለመቀበል ዝግጅቷን አጠናቃለች።
"""


def test_bbc_amharics_image_source_label_names_the_credit_over_the_caption_label() -> None:
    photos = [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(AMHARIC).photos]
    assert photos == [("በአደባባይ የተሰበሰቡ ምዕመናን", "Reuters")]


@pytest.mark.parametrize("credit", ["Пресс-служба мэра Москвы", "Прес-служба обласної ради"])
def test_a_capitalised_press_service_before_lower_case_words_is_a_body(credit: str) -> None:
    assert split_caption_credit(f"Ветераны на трибуне у Кремля. Фото: {credit}") == (
        "Ветераны на трибуне у Кремля.", credit)
    assert parse_credit(credit).agencies == [credit]


def test_a_capitalised_press_service_alone_under_a_slide_counter_is_a_credit_with_no_caption() -> None:
    page = " date 2026-05-09 Фото\nПарад\nФото 1 из 2\nФото: Пресс-служба мэра Москвы\nФото 2 из 2\nСалют над Москвой-рекой\nФото: ТАСС\n"
    photos = [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]
    assert photos == [(None, "Пресс-служба мэра Москвы"), ("Салют над Москвой-рекой", "ТАСС")]


def test_reshot_with_no_from_keeps_the_word_in_the_raw_credit_and_names_the_source() -> None:
    assert split_caption_credit("網友拍下巨浪。圖／翻攝臉書") == ("網友拍下巨浪。", "翻攝臉書")
    credit = parse_credit("翻攝臉書")
    assert (credit.raw, credit.agencies, credit.photographers) == ("翻攝臉書", ["臉書"], [])


def test_reshot_from_is_still_read_whole() -> None:
    assert parse_credit("翻攝自臉書").agencies == ["臉書"]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Valérie Tremblay Le Devoir", ["Valérie Tremblay"], ["Le Devoir"]),
    ("Paul Chiasson La Presse canadienne", ["Paul Chiasson"], ["La Presse canadienne"]),
    ("Jean Marc Tremblay Agence France-Presse", ["Jean Marc Tremblay"], ["AFP"]),
])
def test_a_name_then_a_known_agency_of_several_words_with_no_mark_splits(
        raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize("raw", ["Malcolm X", "Anna Smith Reuters"])
def test_one_word_after_a_name_is_not_split_off_as_an_agency(raw: str) -> None:
    assert parse_credit(raw).agencies == []
