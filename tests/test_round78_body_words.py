"""Bodies handing out pictures named by their own words, and file words alone, in more languages (round 78).

Kyrgyz credits a ministry's press service and a mayor's office in lower case ("ӨКМдин басма сөз кызматы", "Бишкек
мэриясы"), West Frisian a broadcaster and a fire service by "Omrop" and "Brânwar" ("Argyf", archive, names no one),
Arabic a fire service by "الإطفاء"; Tamil prints a file picture as one word alone on its line ("கோப்புப்படம்").
Every credit and page here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("ӨКМдин басма сөз кызматы", [], ["ӨКМдин басма сөз кызматы"]),
    ("Ош мэриясы", [], ["Ош мэриясы"]),
    ("Omrop Fryslân, Tsjerk de Vries", ["Tsjerk de Vries"], ["Omrop Fryslân"]),
    ("Brânwar Fryslân", [], ["Brânwar Fryslân"]),
    ("Argyf Omrop Fryslân", [], ["Omrop Fryslân"]),
    ("قوة الإطفاء العام", [], ["قوة الإطفاء العام"]),
])
def test_a_bodys_word_names_the_body(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


def _photos(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_kyrgyz_credit_of_a_press_service_under_its_caption() -> None:
    page = ("Бишкекте кар жаады\n\nБорбор калаада түнү бою кар жаады.\n\n"
            "Куткаруучулар сынган даракты жолдон алып салышты.\nСүрөт: ӨКМдин басма сөз кызматы\n\n"
            "Синоптиктер аяз күчөйт деп эскертишти.\n")
    assert _photos(page) == [("Куткаруучулар сынган даракты жолдон алып салышты.", "ӨКМдин басма сөз кызматы")]


def test_the_kyrgyz_illustrative_picture_leadin_under_a_caption() -> None:
    page = ("Бишкекте кар жаады\n\nБорбор калаада түнү бою кар жаады.\n\n"
            "Айдоочулар кар басган көчөдө жай жүрүп жатышат.\nИллюстрациялык сүрөт: Айжан Токтогулова\n\n"
            "Синоптиктер аяз күчөйт деп эскертишти.\n")
    assert _photos(page) == [("Айдоочулар кар басган көчөдө жай жүрүп жатышат.", "Айжан Токтогулова")]


def test_an_arabic_fire_service_in_brackets_closing_a_caption() -> None:
    page = ("أمطار غزيرة في المدينة\n\nهطلت أمطار غزيرة على المدينة أمس.\n\n"
            "رجال الإطفاء يساعدون سائقا علقت سيارته في الماء (قوة الإطفاء العام)\n\n"
            "وطالبت الوزارة السائقين بتوخي الحذر.\n")
    assert _photos(page) == [("رجال الإطفاء يساعدون سائقا علقت سيارته في الماء", "قوة الإطفاء العام")]


def test_a_tamil_file_picture_word_alone_on_its_line_is_a_picture_of_its_own() -> None:
    page = ("சென்னையில் கனமழை\n\nசென்னையில் நேற்று இரவு முதல் கனமழை பெய்தது. பல இடங்களில் மழைநீர் தேங்கியது.\n\n"
            "கோப்புப்படம்\n\nபள்ளிகளுக்கு இன்று விடுமுறை அறிவிக்கப்பட்டுள்ளது.\n")
    assert _photos(page) == [(None, "கோப்புப்படம்")]
