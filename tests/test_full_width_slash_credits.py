"""Taiwanese credits in full-width brackets, a full-width slash after the picture's word (round 67, 報導者):
"（攝影／Name）" (photography), "（圖片提供／Body）" (picture provided by), "（資料照片／中央社）" (file photo / CNA), as
"（圖／Source）" was read. The full-width slash parts a credit as "/" does.
"""
from __future__ import annotations

import pytest

from captions.knowledge.registry import bundled_registry
from captions.parse.credit import parse_credit
from tests.html_story import credited as read


@pytest.mark.parametrize(("figcaption", "expected"), [
    ("居民在河岸清理漂流木。（攝影／王小明）", ("居民在河岸清理漂流木。", "王小明", ["王小明"], [])),
    ("鄉公所人員會勘。（圖片提供／花蓮縣政府）", ("鄉公所人員會勘。", "花蓮縣政府", [], ["花蓮縣政府"])),
    ("舊路中斷。（資料照片／中央社）", ("舊路中斷。", "資料照片／中央社", [], ["中央社"])),
])
def test_taiwanese_full_width_slash_credits(figcaption: str, expected: tuple) -> None:
    assert read(figcaption) == [expected]


def test_a_full_width_slash_parts_a_credit_as_a_slash_does() -> None:
    credit = parse_credit("資料照／中央社", bundled_registry())
    assert (credit.photographers, credit.agencies) == ([], ["中央社"])
