"""Review 35: round 67 read a name with combining vowel signs (Thai, Devanagari, Malayalam) beside a known outlet as
its photographer; where the picture came from, printed there in those scripts, names no one."""
from __future__ import annotations

import pytest

from captions import parse_credit


@pytest.mark.parametrize("raw", ["प्रेस विज्ञप्ति / PTI", "हमारे संवाददाता / PTI", "सोशल मीडिया से / ANI",
                                 "ภาพจาก โซเชียล / ข่าวสด", "กล้อง วงจรปิด / ข่าวสด", "ภาพ ประกอบ / ไทยรัฐ",
                                 "സോഷ്യൽ മീഡിയ ∙ മനോരമ", "ഫോട്ടോ കടപ്പാട് ∙ മനോരമ", "من الأرشيف / المصري اليوم"])
def test_a_source_beside_a_known_outlet_is_no_photographer(raw: str) -> None:
    credit = parse_credit(raw)
    assert credit.photographers == [] and len(credit.agencies) == 1


@pytest.mark.parametrize("raw, name", [("राजेश कुमार / ANI", "राजेश कुमार"), ("วีรพงษ์ กิจสวัสดิ์ / ข่าวสด", "วีรพงษ์ กิจสวัสดิ์"),
                                       ("രാഹുൽ മേനോൻ ∙ മനോരമ", "രാഹുൽ മേനോൻ")])
def test_a_name_beside_a_known_outlet_stays_its_photographer(raw: str, name: str) -> None:
    assert parse_credit(raw).photographers == [name]


@pytest.mark.parametrize("raw", ["राजेश कुमार / अज्ञात", "วีรพงษ์ กิจสวัสดิ์ / หนังสือพิมพ์ท้องถิ่น"])
def test_beside_an_unknown_source_the_name_is_neither(raw: str) -> None:
    assert parse_credit(raw).photographers == []


@pytest.mark.parametrize("raw", ["ดร.สมชาย", "พ.ต.อ.วิชัย", "นพ.ประเสริฐ", "ผศ.ดร.วิชัย"])
def test_a_thai_title_glued_to_a_name_is_no_body(raw: str) -> None:
    # a dotted Thai abbreviation opening a word is a body's ("สวท.เชียงใหม่") unless it is a person's title or rank
    assert parse_credit(raw).agencies == []


@pytest.mark.parametrize("raw", ["อบจ.ลำปาง", "สวท.เชียงใหม่", "ปภ.น่าน", "สภ.เมือง"])
def test_a_thai_body_abbreviation_stays_a_body(raw: str) -> None:
    assert parse_credit(raw).agencies == [raw]


@pytest.mark.parametrize("raw", ["مراسلنا في القاهرة / المصري اليوم", "صورة من الفيديو / المصري اليوم", "مصدر أمني / المصري اليوم",
                                 "צילום מתוך הרשתות / N12", "תיעוד מבצעי / N12"])
def test_arabic_or_hebrew_prose_beside_a_known_outlet_is_no_photographer(raw: str) -> None:
    # round 44's reading of two or three unread words beside a known agency as its photographer: not a phrase holding
    # a preposition or a picture's or source's word (markers.yaml uncased_prose_words)
    assert parse_credit(raw).photographers == []


@pytest.mark.parametrize("raw, name", [("محمد أحمد / المصري اليوم", "محمد أحمد"), ("יוסי כהן / כאן 11", "יוסי כהן"),
                                       ("علی رضایی / تسنیم", "علی رضایی"), ("عبد الله محمد / وام", "عبد الله محمد")])
def test_arabic_hebrew_persian_names_beside_a_known_outlet_stay_photographers(raw: str, name: str) -> None:
    assert parse_credit(raw).photographers == [name]
