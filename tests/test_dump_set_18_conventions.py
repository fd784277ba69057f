"""Conventions read on the eighteenth set of page dumps: the Russian slide counter "Фото N из M", a Korean
caption closed by who supplied the picture ("... 동래구청 제공"), and bodies named by their words (a town hall,
a presidency, the Red Cross, a province's authority). Every text here is
invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(page).photos]


def test_a_russian_photo_counter_is_a_slide_separator() -> None:
    page = ("Title\n\nФото 1 из 2\nФото: Вестник/Олег Никитин\nЛьдины у опор моста.\n"
            "Фото 2 из 2\nФото: Вестник/Елена Шарова\nРыбаки на берегу реки.\n")
    assert _read(page) == [("Льдины у опор моста.", "Вестник/Олег Никитин", ["Олег Никитин"], ["Вестник"]),
                           ("Рыбаки на берегу реки.", "Вестник/Елена Шарова", ["Елена Шарова"], ["Вестник"])]


def test_a_korean_caption_closed_by_its_supplier() -> None:
    page = "Title\n\n온천천 징검다리 주변에 설치된 꽃 모양 조형물. 동래구청 제공\n"
    assert _read(page) == [("온천천 징검다리 주변에 설치된 꽃 모양 조형물.", "동래구청 제공", [], ["동래구청"])]


@pytest.mark.parametrize("line", ["행사가 열렸다. 주차장 무료 제공", "시는 주차장을 무료 제공", "행사가 열렸다. 무료 제공"],
                         ids=["phrase-after-a-sentence", "inside-a-sentence", "how-it-is-provided-after-a-sentence"])
def test_a_phrase_closed_by_the_word_for_supplied_is_no_credit(line: str) -> None:
    assert _read(f"Title\n\n{line}\n") == []


@pytest.mark.parametrize("raw, agencies", [
    ("STATE HOUSE", ["STATE HOUSE"]),
    ("Câmara Municipal de Ponta Delgada", ["Câmara Municipal de Ponta Delgada"]),
    ("Cortesía Cruz Roja", ["Cruz Roja"]),
    ("Kenya Red Cross", ["Kenya Red Cross"]),
    ("Wilaya de Casablanca-Settat via MAP", ["Wilaya de Casablanca-Settat", "MAP"]),
], ids=["presidency", "town-hall", "red-cross-courtesy", "red-cross-last-words", "province"])
def test_a_bodys_words_name_an_organisation(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)
