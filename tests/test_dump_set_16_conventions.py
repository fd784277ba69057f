"""Conventions read on the sixteenth set of page dumps and set 7's blind half: the list item's mark a dump's
converter prints ("- "), ... Every text here is invented for its test."""
from __future__ import annotations

from captions import parse_page


def _read(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_list_items_mark_is_no_part_of_its_caption() -> None:
    page = ("一周图片精选\n- 稻浪 10月8日,农民驾驶收割机收获晚稻。 新华社记者 周明 摄\n"
            "- 晒秋 10月9日,屋顶上晾晒着辣椒和玉米。 新华社发(吴岚 摄)\n")
    assert _read(page) == [(None, "稻浪 10月8日,农民驾驶收割机收获晚稻。", "新华社记者 周明 摄"),
                           (None, "晒秋 10月9日,屋顶上晾晒着辣椒和玉米。", "新华社发(吴岚 摄)")]


def test_a_list_items_mark_opens_a_credit_under_its_caption() -> None:
    page = "Title\n\nBombeiros fazem buscas na área da pousada\n- Foto: Ana Lima/Folha do Vale\n\nO texto segue.\n"
    assert _read(page) == [(None, "Bombeiros fazem buscas na área da pousada", "Ana Lima/Folha do Vale")]
