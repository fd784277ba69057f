"""The word for "photographed" or "picture" closing a Chinese or Japanese credit after the names ("新华社记者
Name 摄", "视觉中国 图", "Name撮影") is a lead-in placed after them: the raw credit drops it, as it drops "Photo:"
(SPEC: "as printed, without the brackets or lead-in marker around it"; markers.yaml closing_picture_words).
Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


@pytest.mark.parametrize("printed, raw, photographers, agencies", [
    pytest.param("新华社记者 林晓 摄", "新华社记者 林晓", ["林晓"], ["Xinhua"], id="spaced"),
    pytest.param("新华社记者林晓摄", "新华社记者林晓", ["林晓"], ["Xinhua"], id="glued"),
    pytest.param("新華社記者 林曉 攝", "新華社記者 林曉", ["林曉"], ["Xinhua"], id="traditional"),
    pytest.param("新华社记者 林晓 周明远 摄", "新华社记者 林晓 周明远", ["林晓", "周明远"], ["Xinhua"], id="two-names"),
    pytest.param("本报记者 李华/摄", "本报记者 李华", ["李华"], [], id="slash-photographed"),
    pytest.param("新华社记者 王晓明/图", "新华社记者 王晓明", ["王晓明"], ["Xinhua"], id="slash-picture"),
    pytest.param("記者張美玲／攝影", "記者張美玲", ["張美玲"], [], id="full-width-slash-photographed"),
    pytest.param("视觉中国 图", "视觉中国", [], ["视觉中国"], id="a-source-space-picture"),
    pytest.param("视觉中国\u3000图", "视觉中国", [], ["视觉中国"], id="ideographic-space"),
    pytest.param("新华社/图", "新华社", [], ["Xinhua"], id="a-known-source-slash-picture"),
    pytest.param("晨报记者 黄晓/视觉中国 图", "晨报记者 黄晓/视觉中国", ["黄晓"], ["晨报", "视觉中国"],
                 id="a-distributor-after-the-names"),
    pytest.param("森田一郎撮影", "森田一郎", ["森田一郎"], [], id="japanese-glued"),
    pytest.param("本社ヘリから森田一郎撮影", "本社ヘリから森田一郎", ["森田一郎"], [], id="japanese-vantage-point"),
    pytest.param("海上保安庁撮影", "海上保安庁", [], ["海上保安庁"], id="a-body-photographed-it"),
])
def test_parse_credit_drops_the_closing_picture_word(printed: str, raw: str, photographers: list[str],
                                                      agencies: list[str]) -> None:
    credit = parse_credit(printed)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, photographers, agencies), printed


@pytest.mark.parametrize("printed", [
    pytest.param("新华社发(陈小雨 摄)", id="inside-the-bracket-the-credit-closes-with"),
    pytest.param("新华社发(汪建云摄)", id="inside-the-bracket-glued"),
    pytest.param("代表撮影", id="a-known-name-holding-it-the-pool"),
    pytest.param("데일리안 홍효식 기자", id="a-korean-reporters-title-is-no-picture-word"),
    pytest.param("AP Photo/Jo Li", id="a-latin-credit"),
])
def test_parse_credit_keeps_what_is_no_closing_picture_word(printed: str) -> None:
    assert parse_credit(printed).raw == printed


def test_a_page_prints_the_credit_after_the_caption_and_the_raw_credit_drops_the_closing_word() -> None:
    page = "组图:初雪\n\n11月19日,环卫工人在城门前清扫积雪。新华社记者 周明远 摄\n\n11月19日,孩子们在广场上堆雪人。视觉中国 图\n"
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("11月19日,环卫工人在城门前清扫积雪。", "新华社记者 周明远"),
        ("11月19日,孩子们在广场上堆雪人。", "视觉中国"),
    ]
