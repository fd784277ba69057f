"""`Courtesy |` opening a credit with no lead-in before it (round 74).

La Estrella de Panamá prints its credit element "Cortesía | Sinaproc" (courtesy | the body that handed the picture
out), as the Daily Nation prints "Photo credit: Courtesy | Kenya Red Cross" under a lead-in. The courtesy word names
no one and stays in the raw credit with its bar wherever it stands (SPEC's words naming no one); before, without a
lead-in, the bar split it off and the raw credit lost it. A colon after it is a lead-in's and goes, as before.
Every page here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.credit_in_line import split_caption_credit
from captions.parse.html.page import read_html


@pytest.mark.parametrize("line, split", [
    ("Cortesía | Sinaproc", (None, "Cortesía | Sinaproc")),
    ("Courtesy | Kenya Red Cross", (None, "Courtesy | Kenya Red Cross")),
    ("Photo credit: Courtesy | Kenya Red Cross", (None, "Courtesy | Kenya Red Cross")),
    ("Families wait at the school. Courtesy | Red Cross", ("Families wait at the school.", "Courtesy | Red Cross")),
    ("Courtesy: Red Cross", (None, "Red Cross")),
    ("Families wait at the school. Courtesy: Red Cross", ("Families wait at the school.", "Red Cross")),
])
def test_the_courtesy_word_keeps_its_bar_and_goes_before_a_colon(line: str, split: tuple[str | None, str]) -> None:
    assert split_caption_credit(line) == split


def test_a_credit_field_opening_with_the_courtesy_bar() -> None:
    html = ('<!DOCTYPE html><html><head><title>Floods | The Daily Example</title></head><body><main><article>'
            '<figure><img src="a.jpg" alt=""><figcaption><span class="foto__autor">Cortesía | Sinaproc</span> '
            '<span class="foto__pie">Unidades evacuaron a familias en Cativá.</span></figcaption></figure>'
            '</article></main></body></html>')
    assert [(p.caption, p.credit.raw, p.credit.agencies) for p in read_html(html).photos] == [
        ("Unidades evacuaron a familias en Cativá.", "Cortesía | Sinaproc", ["Sinaproc"])]


def test_the_courtesy_bar_on_its_own_line_under_a_caption() -> None:
    page = ("Floods in the town\n\nRain fell all night on the town and the river rose.\n\n"
            "Volunteers carry sandbags to the bank on Tuesday.\nCourtesy | Red Cross Society\n\n"
            "More rain is due on Thursday.\n")
    assert [(p.caption, p.credit.raw, p.credit.agencies) for p in parse_page(page).photos] == [
        ("Volunteers carry sandbags to the bank on Tuesday.", "Courtesy | Red Cross Society", ["Red Cross Society"])]
