"""Photographers listed after one lead-in saying a person took the picture, in a script with no capitals:
"(撮影/山川健二、森田花子)", "（摄影：王小明、李华）". Each listed name is a photographer, as one name alone is;
a known agency listed so stays an agency."""
from __future__ import annotations

import pytest

from captions import parse_page

STORY = "台風が過ぎた翌朝、港町では漁師たちが網の手入れを始めていた。防波堤の一部は波で崩れた。「また海に出られる」と漁師は話す。"


def credits(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(p.credit.raw, p.credit.photographers, p.credit.agencies) if p.credit else (None, [], [])
            for p in parse_page(text).photos]


@pytest.mark.parametrize("line, expected", [
    ("(撮影/山川健二、森田花子)", ("山川健二、森田花子", ["山川健二", "森田花子"], [])),  # failed at main: no picture
    ("（摄影：王小明、李华）", ("王小明、李华", ["王小明", "李华"], [])),
    ("(撮影/山川健二)", ("山川健二", ["山川健二"], [])),  # one name, as before
    ("(撮影・共同、ロイター)", ("共同、ロイター", [], ["Kyodo", "Reuters"])),  # known agencies stay agencies
    # this paper's reporters: the role word frames the names after it, as "记者 Name 摄" does (round 49; round 39
    # read the list as naming no one)
    ("（摄影：本报记者 王小明、李华）", ("本报记者 王小明、李华", ["王小明", "李华"], [])),
])
def test_photographers_listed_after_a_photographed_by_leadin(line: str, expected: tuple) -> None:
    text = "\n".join(["港町の朝、台風のあとで", "", "image", "", STORY, "", line, "", "関連タグ:", ""])
    assert credits(text) == [expected], text


@pytest.mark.parametrize("line", [
    "(撮影/本社ヘリから、山川健二)",  # from the paper's helicopter: a vantage point, no one
    "(撮影/山川健二、提供)",  # supplied: no name
])
def test_a_list_holding_a_vantage_or_a_supplier_names_no_photographers(line: str) -> None:
    text = "\n".join(["港町の朝、台風のあとで", "", "image", "", STORY, "", line, "", "関連タグ:", ""])
    assert all(not photographers for _, photographers, _ in credits(text)), text
