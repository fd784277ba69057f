"""Credit words of outlets in Kazakh, Tajik, Amharic, Persian and Italian (round 82).

The Kazakh press's "photographed by" with its dash ("Суретті түсірген – Name"); Amharic type's wordspace printed for a
lead-in's colon ("ፎቶ፡ Name"); pictures from open sources, social media or the archive, which name no one ("ашық
дереккөзден", "из открытых источников", "ከማኅበራዊ ሚዲያ", "Акс аз бойгонӣ"); a body's kind abbreviated before its
quoted name ("АМИТ «Ховар»", "ИА «Кабар»"); a Tajik press service ("Хадамоти матбуотии ..."); the Red Crescent's
branch ("جمعیت هلال احمر استان گیلان"); an Amharic commission by its word ("ኮሚሽን", review 44's longer bracketed
source needing a body's word); the Italian "Foto by". Every credit and page here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("АМИТ «Ховар»", [], ["АМИТ «Ховар»"]),
    ("ИА «Кабар»", [], ["ИА «Кабар»"]),
    ("ТОО «Алатау Жарық»", [], ["ТОО «Алатау Жарық»"]),
    ("АО „Beispiel“", [], ["АО „Beispiel“"]),
    ("Хадамоти матбуотии раиси шаҳри Хуҷанд", [], ["Хадамоти матбуотии раиси шаҳри Хуҷанд"]),
    ("хадамоти матбуотии Вазорати нақлиёт", [], ["хадамоти матбуотии Вазорати нақлиёт"]),
    ("جمعیت هلال احمر استان گیلان", [], ["جمعیت هلال احمر استان گیلان"]),
    ("ашық дереккөзден", [], []),
    ("из открытых источников", [], []),
    ("з відкритих джерел", [], []),
    ("ከማኅበራዊ ሚዲያ", [], []),
    ("Акс аз бойгонӣ", [], []),
    ("ከማኅደር", [], []),
])
def test_a_credit_names_its_body_or_no_one(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


def _photos(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_the_kazakh_photographed_by_leadin_closes_a_caption() -> None:
    page = ("Астанада қар жауды\n\nАстанада түні бойы қар жауды. Көшелер тазаланып жатыр.\n\n"
            "Жолаушылар аялдамада автобус күтіп тұр. Суретті түсірген – Дәурен Қасымов\n\n"
            "Синоптиктер аяз күшейетінін ескертті.\n")
    assert _photos(page) == [("Жолаушылар аялдамада автобус күтіп тұр.", "Дәурен Қасымов")]


def test_the_ethiopic_wordspace_stands_for_a_leadins_colon() -> None:
    page = ("በአዳማ ከባድ ዝናብ ጣለ\n\nትናንት ምሽት በአዳማ ከተማ ከባድ ዝናብ ጣለ።\n\n"
            "በጎርፍ የተዘጋ የከተማው ዋና መንገድ\nፎቶ፡ ከማኅበራዊ ሚዲያ\n\nየከተማው አስተዳደር ጥንቃቄ እንዲደረግ አሳስቧል።\n")
    assert _photos(page) == [("በጎርፍ የተዘጋ የከተማው ዋና መንገድ", "ከማኅበራዊ ሚዲያ")]


def test_an_amharic_commission_in_brackets_is_the_source() -> None:
    page = ("በአዳማ ከባድ ዝናብ ጣለ\n\nትናንት ምሽት በአዳማ ከተማ ከባድ ዝናብ ጣለ።\n\n"
            "ሠራተኞች ነዋሪዎችን በጀልባ ሲያወጡ (ፎቶ፡ እሳትና አደጋ ሥጋት ሥራ አመራር ኮሚሽን)\n\n"
            "የከተማው አስተዳደር ጥንቃቄ እንዲደረግ አሳስቧል።\n")
    assert _photos(page) == [("ሠራተኞች ነዋሪዎችን በጀልባ ሲያወጡ", "እሳትና አደጋ ሥጋት ሥራ አመራር ኮሚሽን")]


def test_a_tajik_agency_by_its_abbreviation_and_quoted_name_under_its_caption() -> None:
    page = ("Дар Кӯлоб борон борид\n\nДар шаҳри Кӯлоб шаби гузашта борони шадид борид. Якчанд кӯча зери об монд.\n\n"
            "Сокинон обро аз ҳавлӣ мебароранд\nАкс: АМИТ «Ховар»\n\nМақомот ба сокинон кӯмак расониданд.\n")
    assert _photos(page) == [("Сокинон обро аз ҳавлӣ мебароранд", "АМИТ «Ховар»")]


def test_foto_by_closes_a_caption_in_brackets() -> None:
    page = ("Frana sulla provinciale\n\nUna frana ha bloccato la strada nella notte.\n\n"
            "La strada invasa dai detriti (Foto by Studio Ferrari)\n\nLa riapertura è prevista tra una settimana.\n")
    assert _photos(page) == [("La strada invasa dai detriti", "Studio Ferrari")]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("O Arauto", [], ["O Arauto"]),
    ("Braima Sanhá/O Arauto", ["Braima Sanhá"], ["O Arauto"]),
    ("Ana Lima, O Diário", ["Ana Lima"], ["O Diário"]),
])
def test_a_paper_named_with_the_portuguese_article_is_no_person(raw: str, photographers: list[str],
                                                                agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw
