"""Who supplied a picture, after a lead-in: "（写真：JAXA提供）", "（写真＝市提供）", "（圖片：消防處提供）" (round 64).

Japanese and Chinese pages close a handed-out picture's caption with who supplied it and "提供" (supplied), with a
lead-in ("写真：", photo) or without ("（海上保安庁提供）"). Either way the lead-in goes, "提供" stays in the raw credit,
and the agency is who stands before it: a name in Latin letters glued to it ("JAXA提供"), a body's kind alone ("市",
the city: markers.yaml supplier_bodies), a company by its name's last word ("トヨタ自動車": supplier_endings).
Every text here is invented for its test.
"""
from __future__ import annotations

import pytest

from captions import split_caption_credit
from captions.parse.credit import parse_credit


@pytest.mark.parametrize("text, caption, raw, agencies, photographers", [
    ("打ち上げを見守る市民（写真：JAXA提供）", "打ち上げを見守る市民", "JAXA提供", ["JAXA"], []),
    ("打ち上げを見守る市民（JAXA提供）", "打ち上げを見守る市民", "JAXA提供", ["JAXA"], []),
    ("新庁舎の外観予想図（写真＝市提供）", "新庁舎の外観予想図", "市提供", ["市"], []),
    ("新庁舎の外観予想図（町提供）", "新庁舎の外観予想図", "町提供", ["町"], []),
    ("組み立てられる電気バス（写真：トヨタ自動車提供）", "組み立てられる電気バス", "トヨタ自動車提供", ["トヨタ自動車"], []),
    ("顕微鏡で見た細胞（東北大学提供）", "顕微鏡で見た細胞", "東北大学提供", ["東北大学"], []),
    ("消防員在火場灌救。（圖片：消防處提供）", "消防員在火場灌救。", "消防處提供", ["消防處"], []),
    ("救援物资运抵灾区。（图片来源：应急管理部提供）", "救援物资运抵灾区。", "应急管理部提供", ["应急管理部"], []),
    ("火箭升空。（图片：NASA提供）", "火箭升空。", "NASA提供", ["NASA"], []),
    ("발사되는 로켓. (사진=NASA 제공)", "발사되는 로켓.", "NASA 제공", ["NASA"], []),
    ("漂流する船（海上保安庁提供）", "漂流する船", "海上保安庁提供", ["海上保安庁"], []),
], ids=["latin-after-leadin", "latin-no-leadin", "city-after-equals", "town", "company", "university",
        "hong-kong-picture-leadin", "picture-source-leadin", "simplified-picture-leadin", "korean-latin", "no-leadin"])
def test_supplied_credit_after_a_leadin_names_who_supplied_it(
        text: str, caption: str, raw: str, agencies: list[str], photographers: list[str]) -> None:
    assert split_caption_credit(text) == (caption, raw), text
    credit = parse_credit(raw)
    assert (credit.agencies, credit.photographers) == (agencies, photographers), text


@pytest.mark.parametrize("text", [
    "試食会の会場で（無料で提供）",      # provided free: a phrase, no one supplied it
    "会場では軽食を提供",                # "light meals are provided": prose, no bracket, no lead-in
    "駅前の広場（市が提供）",            # the city provides it, a clause with its particle: prose
])
def test_provided_in_prose_is_no_credit(text: str) -> None:
    assert split_caption_credit(text)[1] is None, text


@pytest.mark.parametrize("raw", ["読者提供", "독자 제공", "受访者供图"])
def test_an_unnamed_supplier_still_names_no_one(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.agencies, credit.photographers) == ([], []), raw
