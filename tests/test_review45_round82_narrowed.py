"""Round 82's rules narrowed where they misread other pages (review 45). Every line here is written for these tests.

A word a lead-in opens with before a dash and an agency ("عکس – ایرنا": photo, a dash, IRNA) is no dateline's
place: the line is a credit alone, as "عکس: ایرنا" is. The Portuguese article "O" opens a paper's name ("O Globo"),
never with a full stop: "O. Kovalenko" is a photographer's initial and surname.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page
from captions.knowledge.registry import bundled_registry
from captions.parse.credit_in_line import split_line
from captions.parse.markers import markers_for


@pytest.mark.parametrize("line, caption, credit", [
    ("عکس – ایرنا", "", "ایرنا"),
    ("تصویر - ایسنا", "", "ایسنا"),
    ("الصورة - سانا", "", "سانا"),
    ("شیراز – ایرنا", "شیراز – ایرنا", None),
])
def test_a_leadin_word_before_a_dash_and_an_agency_is_no_dateline(line: str, caption: str,
                                                                  credit: str | None) -> None:
    split = split_line(line, markers_for(bundled_registry()))
    assert (split.before.rstrip(), split.credit) == (caption, credit), line


def test_a_leadin_word_and_a_dash_credit_the_picture_on_a_page() -> None:
    page = ("سیل در اهواز\n\nباران شدید در اهواز خیابان‌ها را فرا گرفت. امدادگران به محل اعزام شدند.\n\n"
            "امدادگران در خیابان‌های اهواز\nعکس – ایرنا\n\nهواشناسی از ادامه بارش‌ها خبر داد.\n")
    assert [p.credit.raw if p.credit else None for p in parse_page(page).photos] == ["ایرنا"]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("O. Kovalenko/UNIAN", ["O. Kovalenko"], ["UNIAN"]),
    ("O. Petrenko", ["O. Petrenko"], []),
    ("O. J. Doe", ["O. J. Doe"], []),
    ("Ana Lima/O Dia", ["Ana Lima"], ["O Dia"]),
])
def test_an_initial_o_with_its_full_stop_is_no_article(raw: str, photographers: list[str],
                                                       agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw
