"""Credits as wires and magazines print them on many outlets' pages: Antara's desk initials in capitals
("ANTARA FOTO/Name/NZ") name no one, as they do in lower case; the Japanese word for photo glued to an agency's
name ("時事通信フォト") names the agency, as "AP Photo" does; "Getty Image", the singular, is Getty Images.
Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_credit
from captions.parse.credit_in_line import split_caption_credit


@pytest.mark.parametrize("printed, photographers, agencies", [
    pytest.param("ANTARA FOTO/Rizki Maulana/YU", ["Rizki Maulana"], ["Antara"], id="capitals"),
    pytest.param("ANTARA FOTO/Rizki Maulana/NZ/25", ["Rizki Maulana"], ["Antara"], id="capitals-and-year"),
    pytest.param("ANTARA FOTO/Rizki Maulana/nz", ["Rizki Maulana"], ["Antara"], id="lower-case"),
    pytest.param("Dedi Kurnia/RBN", ["Dedi Kurnia"], ["RBN"], id="a-name-and-an-outlet-is-no-tag"),
    pytest.param("REUTERS/Dedi Kurnia/POOL", ["Dedi Kurnia"], ["Reuters", "Pool"], id="a-known-name-is-no-tag"),
])
def test_antaras_desk_initials_name_no_one_in_capitals_too(printed: str, photographers: list[str],
                                                            agencies: list[str]) -> None:
    credit = parse_credit(printed)
    assert (credit.raw, credit.photographers, credit.agencies) == (printed, photographers, agencies), printed


def test_a_caption_closed_by_antaras_credit_in_capitals_keeps_the_initials_in_its_credit() -> None:
    line = "Warga melintasi banjir di Serang, Selasa (11/11/2025). ANTARA FOTO/Rizki Maulana/YU"
    assert split_caption_credit(line) == ("Warga melintasi banjir di Serang, Selasa (11/11/2025).",
                                          "ANTARA FOTO/Rizki Maulana/YU")


@pytest.mark.parametrize("printed, agencies", [
    pytest.param("時事通信フォト", ["時事通信"], id="jiji-kept-as-printed-less-the-word"),
    pytest.param("共同通信社フォト", ["Kyodo"], id="kyodo-canonical"),
    pytest.param("ロイター写真", ["Reuters"], id="shashin"),
    pytest.param("山田フォト", ["山田フォト"], id="no-known-agency-before-it-stays-whole"),
])
def test_the_japanese_word_for_photo_glued_to_an_agency_names_the_agency(printed: str, agencies: list[str]) -> None:
    credit = parse_credit(printed)
    assert (credit.raw, credit.photographers, credit.agencies) == (printed, [], agencies), printed


def test_a_japanese_caption_closed_by_jijis_photo_credit() -> None:
    caption, credit = split_caption_credit("仮設住宅の前で雪かきをする住民（時事通信フォト）")
    assert (caption, credit, parse_credit(credit or "").agencies) == (
        "仮設住宅の前で雪かきをする住民", "時事通信フォト", ["時事通信"])


def test_getty_image_in_the_singular_is_getty_images() -> None:
    credit = parse_credit("Ana Ruiz / Getty Image")
    assert (credit.photographers, credit.agencies) == (["Ana Ruiz"], ["Getty Images"])
