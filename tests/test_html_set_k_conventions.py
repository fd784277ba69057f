"""Conventions of the press seen on blind set K (issue #11, round 16): "cap" for a picture's caption beside a
picture word, a photographer's lead-in in a script with no capitals in HTML credits, a caption printed as bare
text closing the box that holds the image's own box, a lead-in glued to a slash marker, the page's copyright line,
and lead-ins and words naming no one of Afrikaans, Dutch, Nepali and Indonesian credits.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from captions.parse.html.page import read_html
from tests.html_story import HEAD, TAIL, pictures

STORY = ("<p>The road works went on through the night, and the council said the bridge would stay closed to "
         "traffic until the end of the month at the earliest.</p>")
ARABIC_STORY = "<p>افتتح المحافظ صباح اليوم محطة المياه الجديدة بطاقة إنتاجية تبلغ أربعين ألف متر مكعب يوميا.</p>"


def names(body: str) -> list[tuple[list[str], list[str]]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.credit.photographers, p.credit.agencies) for p in article.photos if p.credit]


def image_box(caption: str, credit: str = "") -> str:
    credit_span = f'<span class="img-credit">{credit}</span>' if credit else ""
    return ('<div class="img-cont"><img src="https://cdn.example/1.jpg" alt="">'
            f'<span class="img-cap">{caption}</span>{credit_span}</div>')


def test_cap_beside_a_picture_word_names_the_pictures_caption() -> None:
    body = STORY + image_box("عمال شركة المياه أثناء التشغيل التجريبي") + STORY
    assert pictures(body) == [("عمال شركة المياه أثناء التشغيل التجريبي", None)]


def test_a_name_after_a_photographers_lead_in_in_a_credit_element_is_the_photographer() -> None:
    body = ARABIC_STORY + image_box("المحافظ يتفقد المحطة", "تصوير: هشام الدسوقي") + ARABIC_STORY
    assert names(body) == [(["هشام الدسوقي"], [])]


def test_a_known_agency_after_a_photographers_lead_in_stays_an_agency() -> None:
    body = ARABIC_STORY + image_box("المحافظ يتفقد المحطة", "تصوير: رويترز") + ARABIC_STORY
    assert names(body) == [([], ["Reuters"])]


def test_a_source_lead_in_names_no_photographer() -> None:
    body = ARABIC_STORY + image_box("المحافظ يتفقد المحطة", "المصدر: هشام الدسوقي") + ARABIC_STORY
    assert names(body)[0][0] == []


def inline_box(text: str, align: str = ' align="center"') -> str:
    return (f'<div class="pic_artikel_sisip"{align}><div class="pic"><img class="lazy" src="/img/placeholder.png" '
            f'data-src="https://cdn.example/2.jpg" alt="Perahu karet"></div>\n        {text}\n      </div>')


def test_text_closing_the_box_of_the_images_box_with_a_credit_is_its_caption() -> None:
    body = STORY + inline_box("Warga dievakuasi dengan perahu karet. (Foto: Rina Lestari/kabarKota)") + STORY
    assert pictures(body) == [("Warga dievakuasi dengan perahu karet.", "Rina Lestari/kabarKota")]


def test_story_text_after_an_images_box_with_no_credit_nor_centring_is_no_caption() -> None:
    body = STORY + inline_box("Warga yang dievakuasi ditampung di masjid dan sekolah terdekat.", align="") + STORY
    assert pictures(body) == []


def test_a_lead_in_glued_to_a_slash_marker_closing_a_caption_opens_its_credit() -> None:
    assert split_caption_credit("객실 내부 모습. /사진제공=강변구청") == ("객실 내부 모습.", "강변구청")


def test_the_pages_copyright_line_in_a_credit_element_under_the_story_is_no_pictures_credit() -> None:
    body = ('<div class="article_body">' + STORY + image_box("강변 산책로의 야간 조명.", "사진=강변구청") + STORY
            + '<span class="photo"><img src="https://cdn.example/3.jpg" alt="" width="800" height="533"></span>'
            + STORY + '<p class="copyright">Copyright ⓒ 강변일보. All rights reserved. 무단 전재 및 재배포 금지.</p></div>')
    assert pictures(body) == [("강변 산책로의 야간 조명.", "강변구청")]


def test_a_copyright_notice_in_the_credit_element_of_a_box_holding_one_image_is_its_credit() -> None:
    body = STORY + image_box("Workers on the new bridge.", "© 2026 Jo Li. All rights reserved.") + STORY
    assert len(pictures(body)) == 1


@pytest.mark.parametrize(("caption", "credit"), [
    ("Links: ’n Verspoelde pad. Regs: ’n Omgewaaide windpomp. Foto’s: Marietjie Botha",   # Afrikaans plural
     "Marietjie Botha"),
    ("De nieuwe brug over de IJssel. Foto's: Sanne de Wit", "Sanne de Wit"),               # Dutch plural
    ("२०७८ सालको बाढीले भत्काएको पुल । फाइल तस्वीर : रासस", "रासस"),                        # Nepali "file picture:"
    ("Petugas mengevakuasi warga. (Foto: dok. BPBD Kota Bekasi)", "dok. BPBD Kota Bekasi"),  # Indonesian "documentation."
])
def test_lead_ins_and_abbreviations_of_set_k_part_caption_and_credit(caption: str, credit: str) -> None:
    assert split_caption_credit(caption)[1] == credit


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    ("Verskaf", [], []),                       # Afrikaans "supplied"
    ("Istimewa", [], []),                      # Indonesian "special": handed out
    ("Argief/AFP", [], ["AFP"]),               # Afrikaans "archive"
    ("dok. BPBD Kota Bekasi", [], ["BPBD Kota Bekasi"]),
    ("रासस", [], ["रासस"]),                     # Rastriya Samachar Samiti, Nepal's national agency, as printed
])
def test_words_naming_no_one_and_a_national_agency_in_its_own_script(raw: str, photographers: list[str],
                                                                      agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)
