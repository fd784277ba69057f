"""A Japanese caption with no credit, closing with "＝" and when, under its paragraph as the page's credited ones.

Every page here is invented for its test. A photo is shown as (caption, raw credit).
"""
from __future__ import annotations

from captions import parse_page

HEAD = "旭川で記録的な大雪\n\n2026年2月10日 18:30\n"
CREDITED = "　旭川市では10日、朝から雪が強まった。\n除雪車が出動した旭川市中心部の大通り＝10日午前9時、旭川市（山田健一撮影）\n\n"


def found(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_an_uncredited_tailed_line_under_a_paragraph_is_a_caption_where_the_credited_ones_stand_so() -> None:
    page = HEAD + CREDITED + "　市は小中学校を臨時休校とした。\n運休を知らせる張り紙が並ぶ旭川駅前のバス乗り場＝10日午後\n\n"
    assert found(page) == [("除雪車が出動した旭川市中心部の大通り＝10日午前9時、旭川市", "山田健一"),
                           ("運休を知らせる張り紙が並ぶ旭川駅前のバス乗り場＝10日午後", None)]


def test_run_on_into_the_next_paragraph_it_is_no_caption() -> None:
    # no blank line after it: the line stands inside the story's text, not closing a block as the captions do
    page = HEAD + CREDITED + ("　市は小中学校を臨時休校とした。\n運休を知らせる張り紙が並ぶ旭川駅前のバス乗り場＝10日午後\n"
                              "　道北バスは全路線で運休を決めた。\n")
    assert found(page) == [("除雪車が出動した旭川市中心部の大通り＝10日午前9時、旭川市", "山田健一")]
