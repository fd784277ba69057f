"""A photo item's caption, its credit alone a blank line under it (round 57).

Under a headline that says the page is a picture ("[포토] ...", "[FOTOS] ...", "Fotogalerie: ..."), the paragraph
over a credit printed alone a blank line below is that picture's caption. On a story's page one such credit is
no evidence (it may be the story's notice), and it stays a picture of its own, no caption. Pages invented.
"""
from __future__ import annotations

import pytest

from captions import parse_page

_BODY = "\n\n{paragraph}\n\n{credit}\n"


@pytest.mark.parametrize("headline, paragraph, credit", [
    ("[포토] 폭우에 잠긴 대전 하상도로",
     "10일 새벽부터 비가 쏟아진 대전 유등천 하상도로가 불어난 물에 잠겨 있다.", "연합뉴스"),
    ("[FOTOS] Chuva alaga avenidas de Porto Alegre",
     "Motoristas enfrentam ruas alagadas na zona norte de Porto Alegre nesta segunda-feira.", "Reuters"),
], ids=["korean-photo-mark", "portuguese-photos-mark"])
def test_under_a_picture_headline_the_paragraph_over_a_credit_apart_is_its_caption(headline, paragraph, credit):
    photos = parse_page(headline + _BODY.format(paragraph=paragraph, credit=credit)).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [(paragraph, credit)]


def test_under_a_storys_headline_one_credit_apart_takes_no_caption() -> None:
    page = "Chuva alaga avenidas de Porto Alegre" + _BODY.format(
        paragraph="Motoristas enfrentam ruas alagadas na zona norte de Porto Alegre nesta segunda-feira.",
        credit="Reuters")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [(None, "Reuters")]
