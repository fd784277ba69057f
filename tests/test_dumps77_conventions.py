"""Conventions of round 119, read from the misses of the dumps77 pages (twelve outlets' invented page dumps).

Each case is invented, as an outlet of that kind prints it: Persian and Urdu credits listing agencies with the
Arabic comma; a Catalan caption's sentence closing on a word with an elided article before its bare credit;
agencies as the Serbian Cyrillic, Singaporean Chinese and Urdu press print them.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


def test_the_arabic_comma_parts_two_agencies_of_one_credit() -> None:
    assert parse_credit("ایرنا، ایسنا").agencies == ["ایرنا", "ایسنا"]
    assert parse_credit("اے ایف پی، رائٹرز").agencies == ["AFP", "Reuters"]


def test_a_full_stop_after_an_elided_word_closes_the_sentence_before_a_bare_credit() -> None:
    page = (" date 2026-03-04 Societat\nEl riu Ter torna a baixar\nMarta Soler\n"
            "Un operari de l'ACA revisa la comporta de la presa del Pasteral. ACN\n"
            "Uns nens juguen amb les botes d'aigua al parc de la Devesa. EFE\n"
            "La crescuda del riu ha inundat els camps fins a tocar de l'aigua. NÚRIA VILA\n")
    photos = [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]
    assert photos[-1] == ("La crescuda del riu ha inundat els camps fins a tocar de l'aigua.", "NÚRIA VILA")


@pytest.mark.parametrize(("credit", "agencies"), [
    ("Бета/АП", ["Бета", "AP"]),  # Politika: Serbia's Beta, then AP in Cyrillic initials
    ("欧新社", ["EPA"]),  # Lianhe Zaobao's short name for EPA
    ("中通社", ["中通社"]),  # Hong Kong China News Agency, kept as printed
    ("جنگ", ["جنگ"]),  # Jang's own picture
])
def test_agencies_as_their_readers_press_prints_them(credit: str, agencies: list[str]) -> None:
    reading = parse_credit(credit)
    assert (reading.agencies, reading.photographers) == (agencies, [])


def test_a_chancery_credited_in_lower_case_words_on_its_own_line_is_a_credit() -> None:
    page = (" date 2026-05-04 Latvijā\nValsts prezidents pasniedz apbalvojumus\nDelfi\n"
            "Valsts prezidents sveic apbalvotos Rīgas pils Baltajā zālē.\nFoto: Valsts prezidenta kanceleja\n"
            "Ceremonijā apbalvojumus saņēma vairāk nekā simts cilvēku no visiem novadiem.\n")
    photos = [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]
    assert photos == [("Valsts prezidents sveic apbalvotos Rīgas pils Baltajā zālē.", "Valsts prezidenta kanceleja")]
