"""Agencies named the ways their readers' press prints them: wires' names in other scripts, papers whose
names hold "and", and sites named by their web address (agencies.yaml; markers.yaml: web_domain_endings)."""
from __future__ import annotations

import pytest

from captions import parse_credit, split_caption_credit
from captions.knowledge.registry import bundled_registry


@pytest.mark.parametrize(("raw", "agency"), [
    pytest.param("الفرنسية", "AFP", id="arabic-afp"),
    pytest.param("الأوروبية", "EPA", id="arabic-epa"),
    pytest.param("أسوشيتد برس", "AP", id="arabic-ap"),
    pytest.param("خبرگزاری فرانسه", "AFP", id="persian-afp"),
    pytest.param("رویترز", "Reuters", id="persian-reuters"),
    pytest.param("Ассошиэйтед Пресс", "AP", id="russian-ap"),
    pytest.param("רויטרס", "Reuters", id="hebrew-reuters"),
    pytest.param("美联社", "AP", id="chinese-ap"),
    pytest.param("AP通信", "AP", id="japanese-ap"),
    pytest.param("AP통신", "AP", id="korean-ap"),
    pytest.param("रॉयटर्स", "Reuters", id="hindi-reuters"),
])
def test_a_wire_named_in_another_script_is_counted_under_its_canonical_name(raw: str, agency: str) -> None:
    assert parse_credit(raw).agencies == [agency]


def test_a_wire_named_in_arabic_in_brackets_closing_a_caption_is_its_credit() -> None:
    caption, credit = split_caption_credit("متطوعون يضعون أكياس الرمل قرب ضفة النيل (الفرنسية)")
    assert (caption, credit) == ("متطوعون يضعون أكياس الرمل قرب ضفة النيل", "الفرنسية")


def test_a_broadcaster_named_in_arabic_is_kept_as_printed() -> None:
    assert parse_credit("الجزيرة").agencies == ["الجزيرة"]


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    pytest.param("Ellen Marsh/The Globe and Mail", ["Ellen Marsh"], ["The Globe and Mail"], id="globe-and-mail"),
    pytest.param("ELLEN MARSH/THE GLOBE AND MAIL", ["ELLEN MARSH"], ["The Globe and Mail"], id="capitals"),
    pytest.param("Thandi Nkosi/Mail & Guardian", ["Thandi Nkosi"], ["Mail & Guardian"], id="ampersand"),
    pytest.param("Airbus Defence and Space", [], ["Airbus Defence and Space"], id="satellite-operator"),
])
def test_a_known_name_holding_and_is_not_split(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


def test_two_people_joined_by_and_are_still_two() -> None:
    assert parse_credit("Ellen Marsh and Sam Roe").photographers == ["Ellen Marsh", "Sam Roe"]


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    pytest.param("imago images/SEPA.Media", [], ["imago images", "SEPA.Media"], id="capitalised-ending"),
    pytest.param("KOMPAS.com/DEWI LESTARI", ["DEWI LESTARI"], ["KOMPAS.com"], id="site-then-photographer"),
    pytest.param("tempo.co", [], ["tempo.co"], id="lower-case"),
])
def test_a_site_named_by_its_web_address_is_an_organisation(
        raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


def test_a_wire_then_one_word_keeps_its_photographer() -> None:
    credit = parse_credit("REUTERS/Beawiharta")
    assert (credit.photographers, credit.agencies) == (["Beawiharta"], ["Reuters"])


def test_a_wire_photo_desk_before_its_photographer() -> None:
    credit = parse_credit("ANTARA FOTO/Rizky Pratama")
    assert (credit.photographers, credit.agencies) == (["Rizky Pratama"], ["Antara"])


def test_web_domain_endings_extend_through_a_users_markers() -> None:
    registry = bundled_registry().extended({"markers": {"web_domain_endings": ["africa"]}}, "user.yaml")
    assert parse_credit("Amani Otieno/Nation.Africa", registry).agencies == ["Nation.Africa"]
