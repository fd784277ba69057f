"""Captions printing no credit, known by the tail their outlet closes every caption with ("...=15日午後、館山市")."""
from __future__ import annotations

from pathlib import Path

from captions import load_registry, parse_page

CREDITED = ["雪に埋もれた車を掘り出す住民=北見市で2月10日午前8時、山田太郎撮影",
            "立ち往生したトラックの列=国道39号で10日午前10時ごろ(共同)"]
UNCREDITED = "雪かきをする小学生たち=網走市で2月10日午後1時"


def found(text: str, **kwargs: object) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text, **kwargs).photos]


def page(*lines: str) -> str:
    return "\n".join(["大雪で交通まひ", "", *lines])


def test_an_uncredited_line_among_credited_captions_closing_so_is_a_caption() -> None:
    assert found(page(CREDITED[0], UNCREDITED, "", CREDITED[1])) == [
        ("雪に埋もれた車を掘り出す住民=北見市で2月10日午前8時", "山田太郎"),
        (UNCREDITED, None),
        ("立ち往生したトラックの列=国道39号で10日午前10時ごろ", "共同"),
    ]


def test_one_credited_caption_is_no_evidence() -> None:
    assert found(page(CREDITED[0], UNCREDITED)) == [("雪に埋もれた車を掘り出す住民=北見市で2月10日午前8時", "山田太郎")]


def test_a_line_closing_otherwise_ends_the_run() -> None:
    story = "県内は記録的な大雪となり、各地で列車の運休が相次いだ。"
    assert (UNCREDITED, None) not in found(page(*CREDITED, story, UNCREDITED))


def test_a_place_heading_over_uncredited_captions_is_none() -> None:
    headings = page("輪島市(震度7)=1月28日撮影", "火災で焼失した朝市通りです。", "珠洲市(震度6強)=1月28日撮影",
                    "倒壊した家屋が道路をふさいでいます。")
    assert found(headings) == []


def test_a_line_opening_a_bracket_it_never_closes_is_passed_over() -> None:
    broken = "天井が崩れた書店=10日午前9時、北見市(共同"
    assert [caption for caption, _ in found(page(*CREDITED, broken))] == [
        "雪に埋もれた車を掘り出す住民=北見市で2月10日午前8時", "立ち往生したトラックの列=国道39号で10日午前10時ごろ"]


def test_a_users_file_adds_a_tail(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("markers:\n  caption_tails: ['[(（][0-9]{1,2}月[0-9]{1,2}日摄[)）]。']\n", encoding="utf-8")
    lines = ["游客在雨后的湖边散步(9月3日摄)。新华社记者 林晓 摄", "渔船停靠在避风港内(9月3日摄)。新华社记者 周明远 摄",
             "湖边的夜景与远处的群山(9月3日摄)。"]
    assert (lines[2], None) not in found(page(*lines))
    assert found(page(*lines), registry=load_registry(mine))[2] == (lines[2], None)
