"""A credit alone whose mark closes the caption above it: the slash marker a dump broke onto a line of its own
("/ 사진공동취재단"), Korean papers' "사진=" lead-in ("사진=Name 기자"), "[사진 제공=...]", the Japanese "（写真=共同）".

Korean papers print a picture's credit after its caption, never over it. Such a credit takes no caption below it
(before, on a page with one credit, it took the story's next paragraph); a blank line or two under the only
paragraph of a one-picture page it is that paragraph's, the first line too (no headline is closed by a credit).
Where the page prints other paragraphs, the one above may be the story's and the picture's caption left out of
the dump: the credit stays a picture alone. The slash marker also marks a credit alone as a lead-in would where
what follows says who supplied the picture ("/독자 제공", supplied by a reader), as it does after a caption's
sentence. Every page here is invented for its test.
"""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.html.page import read_html
from captions.parse.credit_in_line import split_line
from captions.parse.markers import markers_for
from captions.knowledge.registry import bundled_registry

CAPTION = "많은 비가 내린 13일 오후 서울 강남역 배수구 위로 빗물이 흘러 들어가고 있다."
STORY = "기상청은 내일까지 비가 이어질 것으로 내다봤다. 시민들은 출근길 불편을 겪었다."


def pictures(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]


@pytest.mark.parametrize(("line", "closing"), [
    ("/ 사진공동취재단", True), ("/연합뉴스", True), ("사진=김하늘 기자", True), ("[사진 제공=서울시]", True),
    ("(사진=연합뉴스)", True), ("（写真=共同）", True), ("/ Photo: Reuters", True),
    ("Photo: Reuters", False), ("연합뉴스", False), ("AP Photo/Jo Li", False),
])
def test_split_line_marks_a_credit_alone_its_mark_closes(line: str, closing: bool) -> None:
    split = split_line(line, markers_for(bundled_registry()))
    assert split.credit is not None and not split.before, line
    assert split.closing is closing, line


@pytest.mark.parametrize("credit_line, credit", [
    ("사진=김하늘 기자", "김하늘 기자"), ("/ 사진공동취재단", "사진공동취재단"), ("[사진 제공=서울시]", "서울시"),
])
def test_a_one_picture_item_pairs_its_caption_with_the_credit_a_blank_line_under_it(credit_line: str,
                                                                                    credit: str) -> None:
    text = "\n".join(["[사진] 비 오는 강남역", "", "한빛일보", "", "입력", "", CAPTION, "", credit_line, "",
                      "<sky@example.kr>", "", "ADVERTISEMENT"])
    assert pictures(text) == [(CAPTION, credit)], text


def test_a_caption_on_the_first_line_two_blank_lines_over_its_slashed_credit_is_no_headline() -> None:
    text = "\n".join([CAPTION, "", "", "/ 사진공동취재단"])
    page = parse_page(text)
    assert page.title is None, text
    assert pictures(text) == [(CAPTION, "사진공동취재단")], text


def test_three_blank_lines_part_the_caption_from_the_credit() -> None:
    text = "\n".join(["비 오는 강남역", "", CAPTION, "", "", "", "사진=연합뉴스"])
    assert pictures(text) == [(None, "연합뉴스")], text


@pytest.mark.parametrize("credit_line", ["사진=연합뉴스", "/연합뉴스", "/ Photo: Reuters"])
def test_a_credit_its_mark_closes_takes_no_paragraph_below(credit_line: str) -> None:
    text = "\n".join(["비 오는 강남역", "", CAPTION, "", credit_line, "", STORY])
    assert pictures(text) == [(None, credit_line.split("=")[-1].split(": ")[-1].lstrip("/ "))], text


def test_a_credit_under_a_storys_last_paragraph_stays_alone() -> None:
    text = "\n".join(["비 오는 강남역", "", STORY, "", CAPTION, "", "/연합뉴스"])
    assert pictures(text) == [(None, "연합뉴스")], text


def test_a_slashed_credit_alone_under_a_credited_caption_is_a_picture_of_its_own() -> None:
    text = "\n".join(["비 오는 강남역", f"{CAPTION} /김하늘 기자", "/게티이미지뱅크", STORY])
    assert pictures(text) == [(CAPTION, "김하늘 기자"), (None, "게티이미지뱅크")], text


def test_a_slashed_credit_in_english_closes_the_caption_above_on_a_one_picture_page() -> None:
    caption = "Residents wade through a flooded street in the city centre on Monday."
    text = "\n".join(["Flood in the city", "", caption, "", "/ Photo: Reuters"])
    assert pictures(text) == [(caption, "Reuters")], text


def test_a_credit_right_under_a_caption_is_read_as_before() -> None:
    text = "\n".join(["비 오는 강남역", "", CAPTION, "사진=연합뉴스", "", STORY])
    assert pictures(text) == [(CAPTION, "연합뉴스")], text


@pytest.mark.parametrize(("line", "credit"), [
    ("/독자 제공", "독자 제공"), ("/ 시청자 제공", "시청자 제공"), ("/서울시 제공", "서울시 제공"),
    ("/ 무료 제공", None), ("/ 관련기사", None), ("/ 이 기사는 유료입니다", None), ("/ the end", None),
    # what is provided, no one named (review 28): an event listing's line, read as credits at main
    ("/ 식사 제공", None), ("/ 정보 제공", None), ("/ 서비스 제공", None), ("/ 기사 제공", None),
])
def test_the_slash_marker_alone_before_who_supplied_the_picture_marks_a_credit(line: str, credit: str | None) -> None:
    assert split_line(line, markers_for(bundled_registry())).credit == credit, line


def test_a_reader_supplied_credit_after_the_slash_closes_the_caption_above() -> None:
    text = "\n".join(["비 오는 강남역", "", CAPTION, "/독자 제공", "", STORY])
    assert pictures(text) == [(CAPTION, "독자 제공")], text


def test_a_figcaption_of_the_slash_marker_and_a_reader_supplied_credit_is_a_credit_alone() -> None:
    html = ('<!DOCTYPE html><html lang="ko"><head><title>비 오는 강남역</title></head><body><article>'
            '<h1>비 오는 강남역</h1><figure><img src="/a.jpg" alt=""><figcaption>/독자 제공</figcaption></figure>'
            f'<p>{STORY}</p></article></body></html>')
    assert [(p.caption, p.credit and p.credit.raw) for p in read_html(html).photos] == [(None, "독자 제공")]
