"""Credits naming a paper's reader or a body's press office, and outlets in their own script (round 79).

A reader's picture is credited with the paper's name after the reader's word and no "of" ("Lecteur Defimedia",
"Čitalac Vijesti", "чытач «Нашай Нівы»"): no one is named. Iranian and Arab outlets credit a handout to a body's
press office or official page, a name that may run past four words ("روابط عمومی شهرداری منطقه یک"). Mehr (by its
full Persian name) and Kantipur are known in their own script, New Zealand's public bodies by their Māori names
("Waka Kotahi") and the United Daily News group as its file pictures print it ("聯合報系資料照片"), each kept as
printed, so a name beside one is its photographer's. Every credit here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_credit


@pytest.mark.parametrize("raw", [
    "Lecteur Defimedia",
    "Čitalac Glasnika",
    "Čitateljka Glasnika",
    "чытач «Нашай Нівы»",
    "Читатель «Вечернего города»",
    "Leser Tageblatt",
])
def test_a_reader_of_the_paper_names_no_one(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, [], []), raw


@pytest.mark.parametrize("raw, photographers", [
    ("Photo lecteur Laurent M.", ["Laurent M."]),  # two words after the word: the reader's own name
    ("lecteur Laurent M.", ["Laurent M."]),
    ("Lector de HERALDO", []),                     # with its "of", as before
    ("Lecteur", []),
])
def test_a_reader_named_or_alone_reads_as_before(raw: str, photographers: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, []), raw


@pytest.mark.parametrize("raw", [
    "روابط عمومی شهرداری منطقه یک",
    "روابط عمومی شهرداری منطقه شش شیراز",
    "روابط‌عمومی اداره کل هواشناسی استان فارس",
    "الصفحة الرسمية لمحافظة الإسكندرية",
    "المكتب الإعلامي لبلدية غزة",
])
def test_a_press_office_opens_a_body_s_name(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw]), raw


@pytest.mark.parametrize("raw", [
    "روابط عمومی",  # the office alone, whose is not said
    "روابط عمومی شهرداری تهران در اطلاعیه‌ای از شهروندان خواست از تردد در معابر پرهیز کنند",  # a sentence
])
def test_a_press_office_alone_or_a_sentence_names_no_body(raw: str) -> None:
    assert parse_credit(raw).agencies == [], raw


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("رضا کریمی / خبرگزاری مهر", ["رضا کریمی"], ["خبرگزاری مهر"]),
    ("آرشیو خبرگزاری مهر", [], ["خبرگزاری مهر"]),
    ("रमेश गुरुङ/कान्तिपुर", ["रमेश गुरुङ"], ["कान्तिपुर"]),
    ("Waka Kotahi", [], ["Waka Kotahi"]),             # a New Zealand body by its Māori name, no person's
    ("Kāinga Ora", [], ["Kāinga Ora"]),
    ("Jane Whitlock / Hato Hone St John", ["Jane Whitlock"], ["Hato Hone St John"]),
    ("聯合報系資料照片", [], ["聯合報系"]),            # a paper's group, its file picture
])
def test_an_outlet_or_body_by_its_own_name_is_known(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


@pytest.mark.parametrize("raw", [
    "الصفحة الرسمية للمحافظة تنشر صور",  # review 41: the official page publishes pictures, a sentence
    "المكتب الإعلامي للرئاسة قال إن",    # the presidency's media office said that
    "روابط عمومی شهرداری گفت که",        # the council's press office said that
])
def test_a_press_office_opening_a_clause_names_no_body(raw: str) -> None:
    assert parse_credit(raw).agencies == [], raw
