"""Credits of Korean and Japanese papers read as printed: the reporter's e-mail address after a Korean
byline stays in the raw credit and names no one; a slash marker opening a credit alone is no part of it;
a Japanese caption's "＝when、where、source" closes with a known agency named whole.
Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page
from captions.parse.credit_in_line import split_caption_credit


@pytest.mark.parametrize("printed, raw, photographers", [
    pytest.param("한도윤 기자 doyun@example.kr", "한도윤 기자 doyun@example.kr", ["한도윤"], id="bare-address"),
    pytest.param("공주=한도윤 기자 doyun@example.kr", "공주=한도윤 기자 doyun@example.kr", ["한도윤"], id="after-a-dateline"),
    pytest.param("공주=한도윤기자 doyun@example.kr", "공주=한도윤기자 doyun@example.kr", ["한도윤"], id="title-glued"),
    pytest.param("서하람 기자 (haram@example.kr)", "서하람 기자 (haram@example.kr)", ["서하람"], id="address-in-brackets"),
    pytest.param("서하람 기자 haram@", "서하람 기자 haram@", ["서하람"], id="address-cut-by-the-page"),
])
def test_the_reporters_address_stays_in_the_raw_credit_and_names_no_one(printed: str, raw: str,
                                                                         photographers: list[str]) -> None:
    credit = parse_credit(printed)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, photographers, [])


def test_a_caption_keeps_its_credit_with_the_address() -> None:
    line = "주민들이 가재도구를 꺼내 말리고 있다. 공주=한도윤 기자 doyun@example.kr"
    assert split_caption_credit(line) == ("주민들이 가재도구를 꺼내 말리고 있다.", "공주=한도윤 기자 doyun@example.kr")


def test_a_byline_with_its_address_alone_under_the_story_is_still_no_picture() -> None:
    page = ("[포토] 폭우 그친 뒤\n\n"
            "21일 주민들이 가재도구를 꺼내 말리고 있다. 한도윤 기자 doyun@example.kr\n"
            "복구는 이번 주말까지 이어진다. 시는 임시 숙소를 마련했다.\n"
            "박지훈 기자 jihun@example.kr\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("21일 주민들이 가재도구를 꺼내 말리고 있다.", "한도윤 기자 doyun@example.kr")]


@pytest.mark.parametrize("line, credit", [
    pytest.param("/게티이미지뱅크", "게티이미지뱅크", id="glued"),
    pytest.param("/ 사진공동취재단", "사진공동취재단", id="spaced"),
])
def test_a_slash_marker_opening_a_credit_alone_is_no_part_of_it(line: str, credit: str) -> None:
    assert split_caption_credit(line) == (None, credit)


def test_getty_images_bank_is_a_korean_stock_library_of_its_own() -> None:
    credit = parse_credit("게티이미지뱅크")
    assert (credit.raw, credit.agencies) == ("게티이미지뱅크", ["게티이미지뱅크"])


@pytest.mark.parametrize("line, caption, credit", [
    pytest.param("雪に覆われた道路＝2025年1月14日、ロイター", "雪に覆われた道路＝2025年1月14日", "ロイター", id="reuters"),
    pytest.param("会見する知事＝1月15日正午、道庁、代表撮影", "会見する知事＝1月15日正午、道庁", "代表撮影", id="pool"),
    pytest.param("出動した除雪車＝15日午前、青森市、共同", "出動した除雪車＝15日午前、青森市", "共同", id="kyodo"),
    pytest.param("会見する知事＝15日正午、道庁、時事", "会見する知事＝15日正午、道庁", "時事", id="jiji"),
    pytest.param("歩く通勤客＝15日午前8時、札幌市、森田一郎撮影", "歩く通勤客＝15日午前8時、札幌市", "森田一郎撮影",
                 id="a-staff-name-framed-the-reader-drops-its-word"),
])
def test_a_japanese_captions_source_closes_its_when_and_where(line: str, caption: str, credit: str) -> None:
    assert split_caption_credit(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    pytest.param("除雪する住民ら＝2025年1月15日、青森市", id="a-place-last-names-no-one"),
    pytest.param("除雪する住民ら＝2025年1月15日、青森市で", id="a-place-with-its-particle"),
])
def test_a_japanese_caption_with_no_source_keeps_its_when_and_where(line: str) -> None:
    assert split_caption_credit(line) == (line, None)
