"""An agency first, then its photographer's name in a script with no capitals (round 75).

Tehran's papers print "همشهری/ Name" and "تسنیم/ Name", the agency before its slash, as the wires print
"REUTERS/Name"; the name-first order ("Name / تسنیم") was read already. An unread name of two or three words
beside a known agency is its photographer either side of the slash; a street, a body or a word alone there is
not. In HTML a Persian name keeps the zero-width non-joiner it holds, as in page dumps.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page, read_html

ZWNJ = "\u200c"


@pytest.mark.parametrize("credit, photographers, agencies", [
    (f"همشهری/ مهدی رحیم{ZWNJ}زاده", [f"مهدی رحیم{ZWNJ}زاده"], ["همشهری"]),
    ("تسنیم/ علی حسینی", ["علی حسینی"], ["تسنیم"]),
    ("رويترز/ محمد سالم", ["محمد سالم"], ["Reuters"]),
    ("علی حسینی / همشهری", ["علی حسینی"], ["همشهری"]),
    ("آرشیو همشهری", [], ["همشهری"]),
    # a street after the agency is where, a body named with the Arabic article who handed it out: no one's name
    ("ایرنا/ خیابان ولیعصر", [], ["ایرنا"]),
    ("وام / المكتب الإعلامي", [], ["وام"]),
    # one word after the agency is no name of two words: left unread
    ("تسنیم/ تهران", [], ["تسنیم"]),
])
def test_parse_credit_agency_first_uncased_name(credit: str, photographers: list[str], agencies: list[str]) -> None:
    read = parse_credit(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies), credit


def test_agency_first_credit_under_its_caption() -> None:
    page = f"عنوان خبر\n\nماموران شهرداری برف را پاکسازی می{ZWNJ}کنند\nعکس: همشهری/ رضا کریمی{ZWNJ}فر\n\nمتن خبر.\n"
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw, p.credit.photographers, p.credit.agencies) for p in photos] == [
        (f"ماموران شهرداری برف را پاکسازی می{ZWNJ}کنند", f"همشهری/ رضا کریمی{ZWNJ}فر", [f"رضا کریمی{ZWNJ}فر"],
         ["همشهری"])]


def test_html_name_keeps_its_non_joiner() -> None:
    html = ("<html><body><article><h1>سیلاب</h1><p>متن خبر.</p><figure><img src='a.jpg' alt=''>"
            f"<figcaption>آتش{ZWNJ}نشانان آب را تخلیه می{ZWNJ}کنند. عکس: همشهری/ حسین علی{ZWNJ}پور</figcaption>"
            "</figure></article></body></html>")
    photos = read_html(html).photos
    assert [(p.credit.photographers, p.credit.agencies) for p in photos] == [([f"حسین علی{ZWNJ}پور"], ["همشهری"])]
