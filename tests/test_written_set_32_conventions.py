"""Conventions of the press seen on the written HTML set html32 (issue #11, round 32): a credit glued to a dash after
the caption's last sentence (Philippine and Bengali dailies); words naming no one ("DR", a video grab, the Bengali
paper's "own picture"); bodies named by a word of theirs (the ex-Yugoslav interior ministries' "MUP", the
Portuguese "Gabinete", a publishing house's "Edições"); the spec's agencies spelt in Bengali and Serbian Cyrillic;
Korean city and provincial governments; the Ukrainian "Фото ілюстративне:" opening a credit element.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions.parse.credit import parse_credit
from captions.parse.page import parse_page
from tests.html_story import pictures


def _figure(caption: str) -> str:
    return f'<figure><img src="https://example.org/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'


@pytest.mark.parametrize("printed, caption, credit", [
    ("Residents wade through the flood in Marikina on Wednesday. —JOSE P. REYES",
     "Residents wade through the flood in Marikina on Wednesday.", "JOSE P. REYES"),
    ("A dredger clears silt near the bridge. —MMDA", "A dredger clears silt near the bridge.", "MMDA"),
    ("Commuters line up for the first trip. —File", "Commuters line up for the first trip.", "File"),
    ("SWAMPED Rice fields lie under water in Bulacan. — JOSE P. REYES",
     "SWAMPED Rice fields lie under water in Bulacan.", "JOSE P. REYES"),
    ("ভরা জোয়ারে জল উঠে এসেছে ঘাটের সিঁড়িতে। —নিজস্ব চিত্র।", "ভরা জোয়ারে জল উঠে এসেছে ঘাটের সিঁড়িতে।", "নিজস্ব চিত্র"),
    ("নদীতে নৌকা চলাচল বন্ধ। —পিটিআই।", "নদীতে নৌকা চলাচল বন্ধ।", "পিটিআই"),
], ids=["name-in-capitals", "initials", "file", "spaced-dash", "bengali-own-picture", "bengali-known-agency"])
def test_a_credit_after_a_dash_closes_the_caption(printed: str, caption: str, credit: str) -> None:
    assert pictures(_figure(printed)) == [(caption, credit)], printed


@pytest.mark.parametrize("printed", [
    "“The river was our highway.” —Lola Remedios Cruz, 84",
    "The ferry left on time. —Jose Reyes",
    "The ferry left on time. —THE END OF AN ERA IN MANILA AND THE REST OF THE BAY",
    "The ferry left on time. —WATCH THE VIDEO",
    "Rescuers search the rubble. — VIDEO",
    "Rescuers search the rubble. —PHOTOS",
    "Rescuers search the rubble. — ФОТО",
    "Les secours fouillent les décombres. — LIRE AUSSI",
    "Rescuers search the rubble. —EXCLUSIVE",
    "Rescuers search the rubble. —ADVERTISEMENT",
], ids=["quote-speaker", "name-in-ordinary-case", "long-capitals", "control-words", "what-the-page-shows",
        "gallery-link", "gallery-link-cyrillic", "related-story-label", "lone-word-in-capitals", "furniture"])
def test_a_dash_before_no_credit_stays_in_the_caption(printed: str) -> None:
    assert pictures(_figure(printed)) == [(printed, None)], printed


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("DR", [], []),
    ("Photo DR", [], []),
    ("Joaquim Bento | Edições Exemplo", ["Joaquim Bento"], ["Edições Exemplo"]),
    ("Gabinete de Comunicação do Governo Provincial", [], ["Gabinete de Comunicação do Governo Provincial"]),
    ("МУП Србије", [], ["МУП Србије"]),
    ("MUP Srbije", [], ["MUP Srbije"]),
    ("ЕПА-ЕФЕ/Марко Ђурић", ["Марко Ђурић"], ["EPA"]),
    ("Ројтерс", [], ["Reuters"]),
    ("রয়টার্স", [], ["Reuters"]),
    ("পিটিআই", [], ["পিটিআই"]),
    ("নিজস্ব চিত্র", [], []),
    ("Captură video Exemplu TV", [], ["Exemplu TV"]),
    ("Captura de vídeo", [], []),
    ("Scottish SPCA/PA", [], ["Scottish SPCA", "PA"]),
    ("서울시 제공", [], ["서울시"]),
    ("부산시", [], ["부산시"]),
    ("DR Nyheder", [], ["DR Nyheder"]),
    ("SVT Nyheter", [], ["SVT Nyheter"]),
], ids=["rights-reserved", "photo-rights-reserved", "publisher", "press-office", "interior-ministry-cyrillic",
        "interior-ministry-latin", "epa-cyrillic", "reuters-serbian", "reuters-bengali", "pti-bengali",
        "own-picture-bengali", "video-grab", "video-grab-alone", "animal-welfare-society", "seoul-handout", "busan",
        "danish-newsroom", "swedish-newsroom"])
def test_credits_of_the_written_set_32_outlets(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


def test_a_korean_city_after_the_slash_closing_a_figcaption() -> None:
    printed = "광안리 해변에서 시민들이 드론 공연을 지켜보고 있다. /부산시"
    assert pictures(_figure(printed)) == [("광안리 해변에서 시민들이 드론 공연을 지켜보고 있다.", "부산시")], printed


def test_a_video_grab_credit_after_the_caption() -> None:
    printed = "Apa a acoperit drumul județean. Foto: Captură video Exemplu TV"
    assert pictures(_figure(printed)) == [("Apa a acoperit drumul județean.", "Captură video Exemplu TV")], printed


def test_illustrative_photo_in_the_ukrainian_word_order_opens_a_credit_element() -> None:
    body = ('<figure><img src="https://example.org/a.jpg" alt="Міст"><figcaption>'
            '<p class="newsImageCopyright">Фото ілюстративне: Укрінформ</p></figcaption></figure>')
    assert pictures(body) == [(None, "Укрінформ")], body


def test_a_province_named_alone_on_a_line_is_a_region_not_a_credit() -> None:
    page = ("폭염 특보 확대\n\n지역뉴스\n\n서울시\n\n경기도\n\n강원도\n\n제주도\n\n"
            "기상청은 14일 낮 최고기온이 35도까지 오르겠다고 밝혔다.\n\n"
            "14일 오후 서울 광화문광장에서 시민들이 그늘에서 더위를 피하고 있다. /연합뉴스\n\n"
            "경기도\n\n수원 화성 문화제가 다음 달 열린다. 행사는 사흘 동안 이어진다.\n")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("14일 오후 서울 광화문광장에서 시민들이 그늘에서 더위를 피하고 있다.", "연합뉴스")], page


def test_a_province_handing_out_its_picture_on_a_line_of_its_own_is_a_credit() -> None:
    page = "장마 시작\n\n기상청은 14일 제주도에 장맛비가 시작됐다고 밝혔다.\n\n사진=제주도\n"
    assert [p.credit.agencies for p in parse_page(page).photos if p.credit] == [["제주도"]], page
