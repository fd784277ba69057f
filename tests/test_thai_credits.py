"""Thai credits closing a caption that has no full stop (round 67, Khaosod): "(ภาพ: Name / Outlet)" with
vowels printed as combining marks, "ขอบคุณภาพ: ปภ.<province>" (the disaster prevention office), "(แฟ้มภาพ)" (file
picture); and papers known by their own script's name.
"""
from __future__ import annotations

import pytest

from captions.knowledge.registry import bundled_registry
from captions.parse.credit import parse_credit
from tests.html_story import credited as read


@pytest.mark.parametrize(("figcaption", "expected"), [
    # a name whose vowels Thai prints as combining marks, before a known outlet: its photographer
    ("ระดับน้ำแม่น้ำวังบริเวณสะพาน (ภาพ: ธนพล ศรีสุข / มติชน)",
     ("ระดับน้ำแม่น้ำวังบริเวณสะพาน", "ธนพล ศรีสุข / มติชน", ["ธนพล ศรีสุข"], ["มติชน"])),
    ("เจ้าหน้าที่ลำเลียงถุงยังชีพ ขอบคุณภาพ: ปภ.ลำปาง", ("เจ้าหน้าที่ลำเลียงถุงยังชีพ", "ปภ.ลำปาง", [], ["ปภ.ลำปาง"])),
    ("น้ำท่วมตลาดเก่าเมื่อเดือนสิงหาคม 2565 (แฟ้มภาพ)", ("น้ำท่วมตลาดเก่าเมื่อเดือนสิงหาคม 2565", "แฟ้มภาพ", [], [])),
])
def test_thai_credits(figcaption: str, expected: tuple) -> None:
    assert read(figcaption) == [expected]


@pytest.mark.parametrize(("printed", "agency"), [("المصري اليوم", "المصري اليوم"), ("ข่าวสด", "ข่าวสด")])
def test_papers_known_by_their_own_script(printed: str, agency: str) -> None:
    assert parse_credit(printed, bundled_registry()).agencies == [agency]
