"""A Chinese picture's block run into the next section of its story (round 92): the caption, its credit closed by
the picture word, then the section's subhead opened by the double dash "——", on one line. Every line here is
written for these tests."""
from __future__ import annotations

from captions import parse_page

HEAD = "全国游泳锦标赛落幕\n"
CAPTION = "3月1日,浙江选手林晓雨在女子200米蝶泳决赛中出发。 当日,林晓雨以2分06秒夺得冠军。"
SECTION = "——蝶泳:新人登顶 林晓雨今年刚满十七岁,这是她首次在全国大赛中夺冠。"


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, list(p.credit.photographers) if p.credit else [],
             list(p.credit.agencies) if p.credit else []) for p in parse_page(page).photos]


def test_a_lone_credit_before_a_subhead_dash_ends_its_picture() -> None:
    page = f"{HEAD}{CAPTION}新华社记者陈明远摄 {SECTION}\n"
    assert _read(page) == [(CAPTION, "新华社记者陈明远", ["陈明远"], ["Xinhua"])], page


def test_a_lone_credit_with_prose_after_it_and_no_dash_is_left_whole() -> None:
    # one credit and no subhead after it: nothing shows where the picture ends, so the line is not cut
    page = f"{HEAD}{CAPTION}新华社记者陈明远摄 林晓雨今年刚满十七岁,这是她首次在全国大赛中夺冠。\n"
    assert _read(page) == [], page


def test_a_dash_opening_prose_after_a_lone_credit_is_no_subhead() -> None:
    # review 51: the dash joins the story's prose, a clause mark before any break, so nothing shows a new section
    page = f"{HEAD}{CAPTION}新华社记者陈明远摄 ——这张照片后来获得了大奖,被多家媒体转载。\n"
    assert _read(page) == [], page


def test_a_dash_closing_the_line_after_a_lone_credit_is_no_subhead() -> None:
    # review 51: a source's line ("——摘自《新华每日电讯》") with no paragraph after it opens no section
    page = f"{HEAD}{CAPTION}新华社记者陈明远摄 ——摘自《新华每日电讯》\n"
    assert _read(page) == [], page
