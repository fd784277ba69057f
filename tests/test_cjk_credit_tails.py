"""Credits Japanese and Korean papers glue to a caption's end: "...ルーム＝ロイター", "...있다. [사진 서울시]".

Japanese dailies close a caption with "＝" and the credit, or the wire's name in full-width brackets;
Korean ones with the credit in square brackets, "사진" (photo) opening it where it names a source. Page
dumps and HTML pages read them alike (split_caption_credit). Every text here is invented for its test.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from captions import parse_page, split_caption_credit
from captions.knowledge.registry import load_registry
from captions.parse.credit import parse_credit
from captions.parse.html.page import read_html


@pytest.mark.parametrize("text, expected", [
    ("為替相場を映すモニター＝ロイター", ("為替相場を映すモニター", "ロイター")),
    ("値上げが続くスーパー（27日、東京都練馬区）＝共同", ("値上げが続くスーパー（27日、東京都練馬区）", "共同")),
    ("会合に出席した各国の代表（26日、ワシントン）＝AP", ("会合に出席した各国の代表（26日、ワシントン）", "AP")),
    ("会合に出席した各国の代表＝ＡＰ", ("会合に出席した各国の代表", "ＡＰ")),  # full-width letters, as Yomiuri prints them
    ("記者会見する首相＝AFP時事", ("記者会見する首相", "AFP時事")),
    ("記者会見する首相（1日、首相官邸）＝田中一郎撮影", ("記者会見する首相（1日、首相官邸）", "田中一郎撮影")),
    ("被災地の様子（2日）＝本社ヘリから田中一郎撮影", ("被災地の様子（2日）", "本社ヘリから田中一郎撮影")),
    ("電話会談に臨む米大統領（ロイター）", ("電話会談に臨む米大統領", "ロイター")),
    ("噴煙を上げる火山＝気象庁提供", ("噴煙を上げる火山", "気象庁提供")),
    ("漂流する船（海上保安庁提供）", ("漂流する船", "海上保安庁提供")),
], ids=["reuters", "kyodo-after-date-and-place", "ap", "full-width-ap", "afp-via-jiji", "staff-photographer",
        "from-the-papers-helicopter", "full-width-brackets", "supplied-after-equals", "supplied-in-brackets"])
def test_a_japanese_credit_after_the_equals_sign_or_in_full_width_brackets(text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("旅客走向检票口。视觉中国 图", ("旅客走向检票口。", "视觉中国 图")),
    ("旅客走向检票口。晨报记者 林晓/视觉中国 图", ("旅客走向检票口。", "晨报记者 林晓/视觉中国 图")),
    ("旅客走向检票口。(视觉中国/图)", ("旅客走向检票口。", "视觉中国/图")),
    ("旅客走向检票口。新华社/图", ("旅客走向检票口。", "新华社/图")),
    ("旅客走向检票口。视觉中国\u3000图", ("旅客走向检票口。", "视觉中国\u3000图")),
    ("旅客走向检票口。在北京西站等待上车的旅客 图", ("旅客走向检票口。在北京西站等待上车的旅客 图", None)),
], ids=["source-space-picture", "reporter-and-distributor", "bracketed-source-slash-picture", "source-slash-picture",
        "after-an-ideographic-space", "a-clause-before-picture-is-no-source"])
def test_a_chinese_source_before_the_word_for_picture_closes_a_caption(text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected


@pytest.mark.parametrize("text", [
    "避難する人たち＝15日午後、館山市布良地区",  # when and where, no source
    "記者会見する首相＝東京・永田町",
    "輪島市(震度7)=1月28日撮影",               # a place heading over captions
    "記者会見する首相（28日、首相官邸）",       # a date and place in brackets
    "記者会見する首相（左）",
    "日銀の総裁＝写真",                          # "photo" alone names no one
    "試食会の会場で（無料で提供）",               # a phrase closing with "provided": no one supplied it
])
def test_an_equals_sign_or_bracket_naming_no_source_is_part_of_the_caption(text: str) -> None:
    assert split_caption_credit(text) == (text, None)


def test_a_wires_name_in_korean_after_an_equals_sign_stays_one_credit() -> None:
    assert split_caption_credit("문이 닫혀 있다. AFP=연합뉴스") == ("문이 닫혀 있다.", "AFP=연합뉴스")
    assert split_caption_credit("문이 닫혀 있는 모습 AFP=연합뉴스") == ("문이 닫혀 있는 모습 AFP=연합뉴스", None)


@pytest.mark.parametrize("raw, agencies, via", [
    ("AFP時事", ["AFP", "時事"], []),  # no "via" printed: both agencies, none via (SPEC; the real labels)
    ("ロイター共同", ["Reuters", "Kyodo"], []),
])
def test_a_wire_glued_before_the_japanese_wire_that_distributes_it(raw: str, agencies: list[str],
                                                                  via: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies, credit.via) == ([], agencies, via)


@pytest.mark.parametrize("text, expected", [
    ("회의를 주재하고 있다. [사진 서울시]", ("회의를 주재하고 있다.", "서울시")),
    ("안내문이 붙어 있다. [사진 국토교통부 제공]", ("안내문이 붙어 있다.", "국토교통부 제공")),
    ("화면에 나온 모습이다. [사진 JTBC 캡처]", ("화면에 나온 모습이다.", "JTBC 캡처")),
    ("역이 붐비고 있다. [연합뉴스]", ("역이 붐비고 있다.", "연합뉴스")),
    ("문이 닫혀 있다. [AFP=연합뉴스]", ("문이 닫혀 있다.", "AFP=연합뉴스")),
    ("침수된 지하차도 입구 (사진=서울시)", ("침수된 지하차도 입구", "서울시")),
], ids=["photo-source", "photo-supplied", "photo-screen-capture", "wire", "wire-via-yonhap", "photo-equals-source"])
def test_a_korean_credit_in_brackets_closing_the_caption(text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected


def test_a_japanese_supplied_credit_names_a_known_agency_or_a_body_and_no_one_else() -> None:
    assert ([parse_credit(raw).agencies for raw in ("気象庁提供", "共同通信社提供", "読者提供")]
            == [["気象庁"], ["Kyodo"], []])


@pytest.mark.parametrize("raw, agencies", [
    ("서울시", ["서울시"]),               # a source named after "사진", as printed
    ("국토교통부 제공", ["국토교통부"]),  # supplied by a ministry: a body by its ending "부" (round 50)
    ("독자 제공", []),                    # supplied by a reader: named only when a known agency or a body
    ("JTBC 캡처", ["JTBC"]),              # a screen capture of a channel
])
def test_who_a_korean_bracketed_credit_names(raw: str, agencies: list[str]) -> None:
    assert parse_credit(raw).agencies == agencies


@pytest.mark.parametrize("text", [
    "[사진 국토교통부]",                            # a bracket alone closes no caption (a known source alone in brackets,
                                                   # "[사진 연합뉴스]", "[사진 서울시]", is a credit alone)
    "지하철역 풍경 [사진 보기]",                     # after no sentence's end: a link, not a credit
    "기사 내용과 관계없음. [사진 속 인물은 본 기사와 관계없음]",  # a sentence, no source
])
def test_a_bracket_opening_with_the_word_for_photo_that_closes_no_caption_is_no_credit(text: str) -> None:
    assert split_caption_credit(text) == (text, None)


def test_a_dump_line_with_an_equals_credit_is_a_picture() -> None:
    page = ("円、一時151円台\n\n3日の東京外国為替市場で円相場は下落した。\n\n"
            "為替相場を映すロンドンのモニター＝ロイター\n\n市場では警戒感が強い。\n")
    [photo] = parse_page(page).photos
    assert (photo.caption, photo.credit.raw, photo.credit.agencies) == ("為替相場を映すロンドンのモニター", "ロイター", ["Reuters"])


def test_a_dump_line_with_a_photo_bracket_is_a_picture() -> None:
    page = ("지하철 파업 첫날\n\n서울 지하철 노조가 3일 파업에 들어갔다.\n\n"
            "부시장이 비상수송대책 회의를 주재하고 있다. [사진 서울시]\n\n박서연 기자 park@example.kr\n")
    [photo] = parse_page(page).photos
    assert (photo.caption, photo.credit.raw, photo.credit.agencies) == ("부시장이 비상수송대책 회의를 주재하고 있다.",
                                                                        "서울시", ["서울시"])


def test_a_japanese_storys_closing_wire_name_is_no_credit() -> None:
    page = ("円相場が下落\n\n2日の東京外国為替市場で円相場が下落した。\n\n"
            "市場関係者は円安が続くとみている。政府の対応に注目が集まっている。（共同）\n")
    assert parse_page(page).photos == []


def test_an_html_figcaption_reads_the_same_credits() -> None:
    html = ("<!DOCTYPE html><html><head><title>円相場</title></head><body><article>"
            '<figure><img src="a.jpg" alt=""><figcaption>為替相場を映すモニター＝ロイター</figcaption></figure>'
            '<figure><img src="b.jpg" alt=""><p class="caption">회의를 주재하고 있다. [사진 서울시]</p></figure>'
            "</article></body></html>")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in read_html(html).photos] == [
        ("為替相場を映すモニター", "ロイター"), ("회의를 주재하고 있다.", "서울시")]


def test_a_users_file_adds_a_word_for_photo_opening_a_bracketed_credit(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text('markers:\n  enclosed_leadins: ["그림"]\n', encoding="utf-8")  # picture, illustration
    page = "[포토] 태풍\n\n어민들이 부서진 어구를 정리하고 있다. [그림 강릉시]\n"
    [photo] = parse_page(page, registry=load_registry(mine)).photos
    assert (photo.caption, photo.credit.raw) == ("어민들이 부서진 어구를 정리하고 있다.", "강릉시")
