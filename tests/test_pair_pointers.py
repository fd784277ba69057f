"""One caption pointing at two pictures stacked one over the other ("▲▼ ...", "▲ ▼ ..."): the caption and its
credit go on each picture the page shows there, and on no picture it does not show (pair_pointers.py)."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.pair_pointers import opens_with_pair_pointer
from tests.html_story import pictures

HEAD = "태풍 북상에 해안도로 통제\n태풍이 북상하면서 남해안 곳곳에 높은 파도가 일고 있다. 기상청은 해안가 접근을 자제해 달라고 당부했다.\n\n"
TAIL = "\n\n부산시는 해안도로 세 곳의 차량 통행을 막고 복구 작업을 벌이고 있다.\n"
ROAD = "![모래로 덮인 해안도로](https://img.example.org/road-1.jpg)"
DIGGER = "![모래를 치우는 굴착기](https://img.example.org/road-2.jpg)"
CAPTION = "10일 경남 거제시 해안도로가 모래에 덮여 있다. 굴착기가 모래를 치우고 있다."


def found(*lines: str) -> list[tuple[str | None, str | None, str | None]]:
    photos = parse_page(HEAD + "\n".join(lines) + TAIL).photos
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in photos]


@pytest.mark.parametrize("pointer", ["▲▼", "▲▼ ", "▲ ▼ ", "△▽ "], ids=["glued", "spaced-after", "spaced-between", "hollow"])
def test_a_pair_pointer_under_two_pictures_captions_both(pointer: str) -> None:
    assert found(ROAD, "", DIGGER, f"{pointer}{CAPTION} /사진=뉴스1") == [
        ("모래로 덮인 해안도로", CAPTION, "뉴스1"), ("모래를 치우는 굴착기", CAPTION, "뉴스1")], pointer


def test_a_pair_pointer_under_one_picture_captions_it_alone() -> None:
    assert found(DIGGER, f"▲▼ {CAPTION} /사진=뉴스1") == [("모래를 치우는 굴착기", CAPTION, "뉴스1")]


def test_a_pair_pointer_where_the_dump_shows_no_picture_captions_one() -> None:
    assert found(f"▲▼ {CAPTION} /사진=뉴스1") == [(None, CAPTION, "뉴스1")]


def test_one_pictures_markup_printed_twice_is_one_picture_under_a_pair_pointer() -> None:
    # a dump printing each picture's markup twice (a lazy loader's image, then its fallback) shows one picture there
    assert found(DIGGER, "", DIGGER, f"▲▼ {CAPTION} /사진=뉴스1") == [("모래를 치우는 굴착기", CAPTION, "뉴스1")]


def test_one_pointer_under_two_pictures_captions_the_nearer_alone() -> None:
    assert found(ROAD, "", DIGGER, f"▲ {CAPTION} /사진=뉴스1") == [("모래를 치우는 굴착기", CAPTION, "뉴스1")]


def test_an_uncredited_pointed_caption_under_two_pictures_captions_both() -> None:
    # Chinese pages mark uncredited captions by their pointers alone (caption_marks.py): the pair goes on too
    page = ("寒潮来袭 多地降雪\n\n3月11日起,受寒潮影响,北方多地出现大范围降雪。\n\n"
            "![雪中广场](https://img.example.org/a.jpg)\n△ 3月11日,行人在雪中撑伞走过广场。\n\n"
            "![清扫积雪](https://img.example.org/b.jpg)\n![雪后公园](https://img.example.org/c.jpg)\n"
            "▲▼ 3月12日,环卫工人清扫积雪,市民在雪后公园散步。\n")
    assert [(p.description, p.caption, p.credit) for p in parse_page(page).photos] == [
        ("雪中广场", "3月11日,行人在雪中撑伞走过广场。", None),
        ("清扫积雪", "3月12日,环卫工人清扫积雪,市民在雪后公园散步。", None),
        ("雪后公园", "3月12日,环卫工人清扫积雪,市民在雪后公园散步。", None)]


def test_a_pair_pointer_closing_a_line_opens_no_pair() -> None:
    assert opens_with_pair_pointer("굴착기가 모래를 치우고 있다. ▲▼", ("▲▼", "▲ ▼")) is False


_STORY = "<p>" + "颱風利奇馬來襲，浙江沿海風浪很大，港口全部關閉，漁船都已回港避風，預計明天風浪才會減小。" * 2 + "</p>"


def _images(count: int, caption: str) -> str:
    blocks = "".join(f'<p><img src="https://img.example.org/w{n}.jpg" alt="颱風巨浪{n}" width="600" height="400"></p>'
                     for n in range(count))
    return f"{_STORY}{blocks}<p><strong>{caption}</strong></p>{_STORY}"


@pytest.mark.parametrize("count, caption, expected", [
    (2, "▲▼浙江海邊掀起滔天巨浪。（圖／記者林美玲攝）", [("浙江海邊掀起滔天巨浪。", "記者林美玲")] * 2),
    (2, "▲ ▼浙江海邊掀起滔天巨浪。（圖／記者林美玲攝）", [("浙江海邊掀起滔天巨浪。", "記者林美玲")] * 2),
    (1, "▲▼浙江海邊掀起滔天巨浪。（圖／記者林美玲攝）", [("浙江海邊掀起滔天巨浪。", "記者林美玲")]),
    (2, "▲浙江海邊掀起滔天巨浪。（圖／記者林美玲攝）", [("浙江海邊掀起滔天巨浪。", "記者林美玲")]),
], ids=["two-images", "spaced-two-images", "one-image", "one-pointer"])
def test_html_a_pair_pointer_under_two_image_blocks_captions_both(count: int, caption: str, expected: list) -> None:
    assert pictures(_images(count, caption)) == expected, caption


def _figure(caption: str, *sources: str) -> str:
    images = "".join(f'<img src="https://img.example.org/{s}" alt="颱風利奇馬" width="600" height="400">' for s in sources)
    return f"{_STORY}<figure>{images}<figcaption>{caption}</figcaption></figure>{_STORY}"


@pytest.mark.parametrize("caption, sources, expected", [
    ("▲▼浙江海邊掀起滔天巨浪。（圖／記者林美玲攝）", ("w1.jpg", "w2.jpg"), [("浙江海邊掀起滔天巨浪。", "記者林美玲")] * 2),
    ("▲浙江海邊掀起滔天巨浪。（圖／記者林美玲攝）", ("w1.jpg", "w2.jpg"), [("浙江海邊掀起滔天巨浪。", "記者林美玲")]),
    ("▲▼浙江海邊掀起滔天巨浪。（圖／記者林美玲攝）", ("w1.jpg", "w1.jpg"), [("浙江海邊掀起滔天巨浪。", "記者林美玲")]),
], ids=["two-images-one-alt", "one-pointer-reads-one", "one-image-printed-twice"])
def test_html_a_pair_pointer_tells_apart_a_figures_two_images_sharing_alt_text(caption: str, sources: tuple,
                                                                              expected: list) -> None:
    assert pictures(_figure(caption, *sources)) == expected, caption
