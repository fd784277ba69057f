"""Names told by their initials (round 78).

Tamil papers print a staff photographer with an initial glued to the name ("ஆ.செந்தில்வேலன்"), as the Mongolian
press does in Cyrillic ("Д.Отгонбаяр"): a person, though the script has no capitals. Mexican papers print their
staff after the paper's name, the given name as an initial ("EL INFORMADOR/M. VARGAS"): the initial and surname
after the slash are the person, "El" and a word before it the paper, as "El" and one word is anywhere ("Tomada de El
Heraldo", taken from the paper). Every credit here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("ஆ.செந்தில்வேலன்", ["ஆ.செந்தில்வேலன்"], []),
    ("பு.கார்த்திகேயன்", ["பு.கார்த்திகேயன்"], []),
    ("அ.தி.மு.க", [], []),  # a party's letters, no name after them
    ("EL NORTEÑO/M. SALAS", ["M. SALAS"], ["EL NORTEÑO"]),
    ("El Vigía/R. Álvarez", ["R. Álvarez"], ["El Vigía"]),
    ("El Hadji Diouf/A. Smith", ["El Hadji Diouf"], ["A. Smith"]),  # a given name opened by "El": as before
    ("Foto: Tomada de El Heraldo", [], ["El Heraldo"]),  # "El" and one name: a paper's, with no initial after it
    ("El Universal", [], ["El Universal"]),
    ("Julie Oliver/Berita Benar", ["Julie Oliver"], ["Berita Benar"]),  # "Name/Outlet", as before
])
def test_initials_tell_the_person(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


def test_a_tamil_caption_closed_by_its_photographer_between_bars() -> None:
    page = ("சென்னையில் கனமழை\n\nசென்னையில் நேற்று இரவு முதல் கனமழை பெய்தது.\n\n"
            "சுரங்கப்பாதையில் தேங்கிய நீரை வெளியேற்றும் ஊழியர்கள். | படம்: பு.கார்த்திகேயன் |\n\n"
            "பள்ளிகளுக்கு இன்று விடுமுறை அறிவிக்கப்பட்டுள்ளது.\n")
    assert [(p.caption, p.credit.photographers) for p in parse_page(page).photos] == [
        ("சுரங்கப்பாதையில் தேங்கிய நீரை வெளியேற்றும் ஊழியர்கள்.", ["பு.கார்த்திகேயன்"])]
