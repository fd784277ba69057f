"""A public broadcaster's regional station credited as the broadcaster and its city ("Фото: Суспільне Харків") is an
agency, as "ORF Tirol" is, not a person's name of two capitalised words. Every credit here is written for these
tests."""
from __future__ import annotations

from captions import parse_credit, parse_page


def test_a_regional_station_of_the_broadcaster_is_an_agency() -> None:
    credit = parse_credit("Суспільне Харків")
    assert (credit.photographers, credit.agencies) == ([], ["Суспільне Харків"])


def test_the_broadcaster_alone_is_an_agency() -> None:
    credit = parse_credit("Суспільне")
    assert (credit.photographers, credit.agencies) == ([], ["Суспільне"])


def test_a_station_closing_a_caption_after_its_lead_in() -> None:
    page = parse_page(" date 2025-10-14 Новини\nПерший сніг\n\nПішоходи на площі під час снігопаду. Фото: Суспільне Полтава\n")
    credit = page.photos[0].credit
    assert (page.photos[0].caption, credit.raw, credit.agencies) == (
        "Пішоходи на площі під час снігопаду.", "Суспільне Полтава", ["Суспільне Полтава"])
