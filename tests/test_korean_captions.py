"""Korean captions: a Hangul sentence is caption-shaped, and a reporter's byline alone is no credit.

Hangul has no capitals: a caption shows itself by its full stop and its length, as a Chinese or
Japanese one does. Korean stories close with the writer's byline, "Name 기자" (reporter Name), on a
line of its own; that line names no picture's photographer unless a lead-in ("사진=", photo =)
says so. Every page here is invented for its test.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from captions import parse_page
from captions.knowledge.registry import load_registry
from captions.parse.caption_shape import caseless_sentence

Found = tuple[str | None, str | None, list[str], list[str]]


def found(page: str) -> list[Found]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(page).photos]


@pytest.mark.parametrize("text, expected", [
    ("어민들이 부서진 어구를 정리하고 있다.", True),
    ("구조대원들이 실종자를 찾고 있다", False),     # no full stop: a title or a label
    ("태풍 피해 현장.", False),                     # too short to tell from a label
    ("Residents wade through the water.", False),  # a script with capitals shows prose by its lower-case words
])
def test_a_hangul_sentence_is_a_caseless_sentence(text: str, expected: bool) -> None:
    assert caseless_sentence(text) is expected, text


def test_a_credit_alone_with_a_photo_leadin_takes_the_hangul_caption_above() -> None:
    page = "[포토] 폭우\n\n13일 오후 속초시 청초호 주변 도로에 나뭇가지가 쌓여 있다.\n사진=이서연 기자\n"
    assert found(page) == [("13일 오후 속초시 청초호 주변 도로에 나뭇가지가 쌓여 있다.", "이서연 기자", ["이서연"], [])]


def test_a_credit_glued_to_a_slash_after_the_caption_is_read_without_it() -> None:
    page = ("[포토] 태풍\n\n어민들이 부서진 어구를 정리하고 있다. /연합뉴스\n"
            "방파제 위로 높은 파도가 부서지고 있다. /사진=뉴스1\n")
    assert found(page) == [("어민들이 부서진 어구를 정리하고 있다.", "연합뉴스", [], ["Yonhap"]),
                           ("방파제 위로 높은 파도가 부서지고 있다.", "뉴스1", [], ["뉴스1"])]


def test_a_slash_glued_to_an_english_credit_after_the_caption_is_read_the_same() -> None:
    page = "Storm\n\nWaves break over the harbour wall on Friday. /Reuters\n"
    assert found(page) == [("Waves break over the harbour wall on Friday.", "Reuters", [], ["Reuters"])]


@pytest.mark.parametrize("byline", [
    "박지훈 기자",
    "박지훈 기자 jihun@example.kr",
    "부산=박지훈 기자 (jihun@example.kr)",
])
def test_a_byline_under_the_storys_last_paragraph_takes_no_caption_and_makes_no_picture(byline: str) -> None:
    page = f"해안도로 다시 열려\n\n끊겼던 해안도로는 13일 밤 복구 작업이 끝나 다시 열렸다.\n{byline}\n"
    assert found(page) == []


def test_a_photographers_title_alone_is_a_credit_not_a_byline() -> None:
    page = "[포토] 폭우\n\n13일 오후 속초시 청초호 주변 도로에 나뭇가지가 쌓여 있다.\n이서연 사진기자\n"
    assert [(caption, credit) for caption, credit, *_ in found(page)] == [
        ("13일 오후 속초시 청초호 주변 도로에 나뭇가지가 쌓여 있다.", "이서연 사진기자")]


def test_a_photo_credit_printed_against_the_writers_byline_credits_the_story_not_the_paragraph() -> None:
    page = ("정상들의 뒷모습\n\n"
            "두 정상이 함께 걸어간 길을 사진으로 되짚었다.\n"
            "남과 북이 평화를 향해 나아가길 바란다.\n"
            "사진=이서연 기자\n"
            "박지훈 기자 jihun@example.kr\n")
    assert found(page) == []


GALLERY = ("[포토] 태풍이 지나간 바닷가\n\n"
           "14일 오전 강릉시 안목해변에 파도에 밀려온 나뭇가지가 쌓여 있다.\n"
           "같은 날 삼척시 임원항 방파제 위로 높은 파도가 부서지고 있다.\n"
           "어민들이 부서진 어구를 항구 앞에서 정리하고 있다.\n")


def test_short_hangul_sentences_under_a_photo_headline_are_captions_with_no_credit() -> None:
    assert found(GALLERY) == [("14일 오전 강릉시 안목해변에 파도에 밀려온 나뭇가지가 쌓여 있다.", None, [], []),
                              ("같은 날 삼척시 임원항 방파제 위로 높은 파도가 부서지고 있다.", None, [], []),
                              ("어민들이 부서진 어구를 항구 앞에서 정리하고 있다.", None, [], [])]


@pytest.mark.parametrize("closing", [
    "박지훈 기자 jihun@example.kr\n",
    "사진=이서연 기자\n박지훈 기자 jihun@example.kr\n",
])
def test_the_writers_byline_makes_the_same_sentences_a_storys_paragraphs(closing: str) -> None:
    # as "By Name" does on an English page: the byline, not the photo credit over it, says it is a story
    # (the one labelled page of this shape, heldout6's hankookilbo, reads its lines so)
    assert found(GALLERY + closing) == []


def test_a_users_file_adds_a_byline_title(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text('markers:\n  byline_titles: ["특파원"]\n', encoding="utf-8")  # correspondent
    page = "해안도로 다시 열려\n\n끊겼던 해안도로는 13일 밤 복구 작업이 끝나 다시 열렸다.\n박지훈 특파원\n"
    assert parse_page(page, registry=load_registry(mine)).photos == []


def test_a_gallery_of_one_sentence_hangul_captions_with_no_credit_is_read() -> None:
    page = ("레드카펫의 별들\n\n"
            "배우 김하늘이 환한 미소로 레드카펫을 걸어가고 있다.\n"
            "개막식 사회를 맡은 두 배우가 관객에게 손을 흔들고 있다.\n"
            "부산을 처음 찾은 해외 감독이 팬들과 함께 사진을 찍고 있다.\n")
    assert [caption for caption, *_ in found(page)] == [
        "배우 김하늘이 환한 미소로 레드카펫을 걸어가고 있다.",
        "개막식 사회를 맡은 두 배우가 관객에게 손을 흔들고 있다.",
        "부산을 처음 찾은 해외 감독이 팬들과 함께 사진을 찍고 있다."]


@pytest.mark.parametrize("credited", [
    "어민들이 부서진 어구를 정리하고 있다. (사진=이서연 기자)",
    "어민들이 부서진 어구를 정리하고 있다. [사진=이서연 기자]",
    "어민들이 부서진 어구를 정리하고 있다. 사진=이서연 기자",
    "어민들이 부서진 어구를 정리하고 있다.\n(사진=이서연 기자)",
])
def test_a_photo_leadin_before_a_reporters_name_is_dropped_inside_brackets_or_out(credited: str) -> None:
    assert found(f"[포토] 태풍\n\n{credited}\n") == [("어민들이 부서진 어구를 정리하고 있다.", "이서연 기자", ["이서연"], [])]


@pytest.mark.parametrize("credited, credit, agencies", [
    ("어민들이 부서진 어구를 정리하고 있다. (사진=독자 제공)", "독자 제공", []),  # supplied by a reader
    ("어민들이 부서진 어구를 정리하고 있다. /한국사진기자협회 제공", "한국사진기자협회 제공", ["한국사진기자협회"]),  # a body
    ("어민들이 부서진 어구를 정리하고 있다. (사진=버스 승객 제공, 연합뉴스)", "버스 승객 제공, 연합뉴스", ["Yonhap"]),
    ("어민들이 부서진 어구를 정리하고 있다. (연합뉴스 제공)", "연합뉴스 제공", ["Yonhap"]),
])
def test_a_credit_saying_who_supplied_the_picture_names_a_known_agency_or_a_body(
        credited: str, credit: str, agencies: list[str]) -> None:
    assert found(f"[포토] 태풍\n\n{credited}\n") == [("어민들이 부서진 어구를 정리하고 있다.", credit, [], agencies)]


def test_a_sentence_closing_with_the_word_for_supplied_is_no_credit() -> None:
    page = "[포토] 태풍\n\n시는 피해 주민에게 임시 숙소와 식사를 제공\n"
    assert found(page) == []
