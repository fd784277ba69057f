"""A gallery's slide counter before a Chinese or Japanese caption ("2/3 行人…") is furniture, as before a
capital; a Bosnian credit's "Anadolija" is Anadolu; simplified Chinese "档案照" (file photo) closes its outlet's name."""
from __future__ import annotations

from captions import parse_page


def test_a_slide_counter_before_a_chinese_caption_is_cut_off() -> None:
    text = "\n".join(["暴雨导致多处积水", "", "市民在积水路段推车前行。（李明摄）", "", "气象局预计雷雨持续。", "",
                      "1/2 市民在积水路段推车前行。（李明摄）", "2/2 清洁工人清理被冲倒的树枝。（李明摄）"])
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos] == [
        ("市民在积水路段推车前行。", "李明"), ("清洁工人清理被冲倒的树枝。", "李明")]


def test_a_date_before_chinese_prose_is_no_caption() -> None:
    text = "\n".join(["预算案送审", "", "3/5 下午两点，市长在记者会上表示，预算案将如期送审。"])
    assert parse_page(text).photos == []


def test_anadolija_is_anadolu() -> None:
    text = "\n".join(["Poplave u Zenici", "", "Stanovnici čiste ulice nakon poplave. Foto: Anadolija"])
    [photo] = parse_page(text).photos
    assert photo.credit is not None and photo.credit.raw == "Anadolija" and photo.credit.agencies == ["Anadolu"]


def test_a_simplified_file_photo_glued_to_its_outlet_credits_the_outlet() -> None:
    text = "\n".join(["台风来袭", "", "2019年6月，强风吹倒多棵大树。（联合早报档案照）", "", "气象局说，本周仍有雷雨。"])
    [photo] = parse_page(text).photos
    assert photo.credit is not None and photo.credit.raw == "联合早报档案照" and photo.credit.agencies == ["联合早报"]
