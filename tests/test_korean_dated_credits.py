"""Korean wires' dated credits: "2025.10.4/뉴스1 © News1 Name 기자" after a caption or on the line under it.

News1 opens a picture's credit with the day it was taken, glued by a slash, then prints its name in Hangul and in
Latin letters around a copyright sign; Newsis prints "뉴시스 © NEWSIS". The date is no part of the credit, the wire
is one agency however often printed, and "DB" (its archive) names no one. Every page here is invented for its test.
"""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.credit import parse_credit
from captions.parse.credit_in_line import split_caption_credit

Found = tuple[str | None, str | None, list[str], list[str]]

CAPTION = "시민들이 수제 떡을 고르고 있다."


def found(page: str) -> list[Found]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(page).photos]


def test_a_dated_credit_after_the_caption_on_its_line_is_read_without_the_date() -> None:
    assert split_caption_credit(f"{CAPTION} 2025.10.4/뉴스1 © News1 한도윤 기자") == (CAPTION, "뉴스1 © News1 한도윤 기자")


def test_a_dated_archive_credit_is_split_at_the_date_not_at_the_copyright_sign() -> None:
    assert split_caption_credit("지난해 축제 당시 시장 입구 모습. 2024.10.5/뉴스1 © News1 DB") == (
        "지난해 축제 당시 시장 입구 모습.", "뉴스1 © News1 DB")


def test_a_dated_credit_alone_on_the_line_under_a_caption_is_that_captions() -> None:
    page = f"[포토] 전통시장 축제\n\n{CAPTION}\n2025.10.4/뉴스1 © News1 한도윤 기자\n"
    assert found(page) == [(CAPTION, "뉴스1 © News1 한도윤 기자", ["한도윤"], ["뉴스1"])]


def test_a_date_and_slash_before_prose_make_no_credit() -> None:
    assert split_caption_credit("행사 기간은 2025.10.4/5 이틀간이다. 장터는 밤까지 열린다.") == (
        "행사 기간은 2025.10.4/5 이틀간이다. 장터는 밤까지 열린다.", None)


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    pytest.param("뉴스1 © News1 DB", [], ["뉴스1"], id="the-wire-twice-then-its-archive"),
    pytest.param("뉴시스 © NEWSIS", [], ["뉴시스"], id="newsis-in-hangul-and-capitals"),
    pytest.param("뉴스1 ⓒ News1", [], ["뉴스1"], id="the-circled-c-sign"),
    pytest.param("News1 DB", [], ["News1"], id="db-names-no-one"),
    pytest.param("Jo Li ⓒ AFP", ["Jo Li"], ["AFP"], id="circled-c-between-a-person-and-a-wire"),
])
def test_parse_credit_reads_a_korean_wire_named_twice_once(raw: str, photographers: list[str],
                                                          agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, photographers, agencies)


def test_parse_credit_keeps_db_opening_a_name() -> None:
    assert parse_credit("Foto: DB AG").agencies == ["DB AG"]
