"""Credits read on the twenty-fourth set of page dumps: a photo agency named "<Name> Photos" keeps its last word,
the Norwegian "Leserbilde" (a reader's picture) names no one, and "photographer" after a name is a job title in
other languages too. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions.parse.credit import parse_credit


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Rory Kinvig/Harbour Light Photos", ["Rory Kinvig"], ["Harbour Light Photos"]),
    ("Harbour Light Photos", [], ["Harbour Light Photos"]),
    ("Magnum Photos", [], ["Magnum Photos"]),
], ids=["after-a-name", "alone", "known"])
def test_photos_closing_an_unknown_name_is_the_agencys_word(raw: str, photographers: list[str],
                                                           agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize("raw, agencies", [("AP Photos", ["AP"]), ("Jo Li/Reuters Photos", ["Reuters"]),
                                           ("Staff Photos", []), ("File Photos", []), ("Handout Photos", [])],
                         ids=["known-agency", "after-a-name", "placeholder", "file", "handout"])
def test_photos_after_a_known_source_or_a_word_naming_no_one_is_dropped(raw: str, agencies: list[str]) -> None:
    assert parse_credit(raw).agencies == agencies


def test_a_handout_word_still_closes_no_body() -> None:
    # "Handout" is both an organisation's and a dropped word, but a credit alone: the body before it is the source
    assert parse_credit("Police Handout").agencies == ["Police"]


@pytest.mark.parametrize("raw, photographers", [("Leserbilde / Per Olav Nilsen", ["Per Olav Nilsen"]),
                                                ("Leserbilde", []), ("Leserbild / Hans Maier", ["Hans Maier"])],
                         ids=["norwegian-with-name", "alone", "german"])
def test_a_readers_picture_names_no_one(raw: str, photographers: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, [])


@pytest.mark.parametrize("raw, name", [("Ana Ruiz/Fotógrafa", "Ana Ruiz"), ("Ana Ruiz, fotógrafo", "Ana Ruiz"),
                                       ("Kari Eide, fotograf", "Kari Eide"),
                                       ("Marie Dupont/Photographe", "Marie Dupont"),
                                       ("Luca Rossi/Fotografo", "Luca Rossi"),
                                       ("Anna Nowak/fotoreporter", "Anna Nowak")],
                         ids=["spanish", "spanish-comma", "norwegian", "french", "italian", "polish"])
def test_photographer_after_a_name_is_a_job_title(raw: str, name: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([name], [])


@pytest.mark.parametrize("raw", ["档案照片", "檔案照", "檔案照片"], ids=["simplified", "traditional-short", "traditional"])
def test_a_chinese_file_photo_word_names_no_one(raw: str) -> None:
    # "file photo", as Singaporean and Taiwanese papers print it (as 資料照): no agency named so
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [])
