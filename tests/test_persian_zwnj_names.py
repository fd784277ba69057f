"""Persian names holding a zero-width non-joiner (round 70).

Persian prints a zero-width non-joiner between two parts of one word, in names as in prose: "قربان‌پور",
"نیک‌نژاد", "صادقی‌نیا". It prints as nothing and is part of the name, so a name holding one is read as the same
name without it: beside a known agency, the photographer shooting for it; alone after "عکاس:" (photographer:),
the photographer.
"""
from __future__ import annotations

import pytest

from captions import parse_page

ZWNJ = "\u200c"


@pytest.mark.parametrize("credit_line, raw, photographers, agencies", [
    (f"عکس: حمیدرضا نیک{ZWNJ}نژاد / تسنیم", f"حمیدرضا نیک{ZWNJ}نژاد / تسنیم", [f"حمیدرضا نیک{ZWNJ}نژاد"], ["تسنیم"]),
    (f"عکس: سارا علی{ZWNJ}محمدی / ایرنا", f"سارا علی{ZWNJ}محمدی / ایرنا", [f"سارا علی{ZWNJ}محمدی"], ["ایرنا"]),
    ("عکس: حمیدرضا نیکنژاد / تسنیم", "حمیدرضا نیکنژاد / تسنیم", ["حمیدرضا نیکنژاد"], ["تسنیم"]),
    # a street beside the agency is where, not who, with the character or without
    (f"عکس: خیابان نیک{ZWNJ}نژاد / ایرنا", f"خیابان نیک{ZWNJ}نژاد / ایرنا", [], ["ایرنا"]),
])
def test_a_name_holding_a_non_joiner_beside_an_agency(credit_line: str, raw: str, photographers: list[str],
                                                       agencies: list[str]) -> None:
    page = f"عنوان خبر\n\nماموران آتش{ZWNJ}نشانی آب را تخلیه می{ZWNJ}کنند\n{credit_line}\n\nمتن خبر ادامه دارد.\n"
    photos = parse_page(page).photos
    assert [(p.credit.raw, p.credit.photographers, p.credit.agencies) for p in photos] == [
        (raw, photographers, agencies)], credit_line


def test_a_name_holding_a_non_joiner_after_the_photographer_leadin() -> None:
    page = f"عنوان خبر\n\nعکاس: مهدی قربان{ZWNJ}پور\n\nبارش باران از شب گذشته ادامه دارد.\n"
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw, p.credit.photographers) for p in photos] == [
        (None, f"مهدی قربان{ZWNJ}پور", [f"مهدی قربان{ZWNJ}پور"])]
