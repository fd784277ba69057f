"""A credit field naming a reader's picture (round 74), and a placeholder keeping its stops.

The French and Slovenian regional press print a reader's picture in the credit element as "Photo lecteur Martin B."
(La Dépêche) or "Foto bralec" (Delo): the word for a picture, no colon, then the reader. The word is the lead-in and
goes, as "Photo:" would; the reader word names no one and stays in the raw credit; a reader named after it is the
photographer. "D.R." (droits réservés) alone in the field keeps its stops: they close the abbreviation, not a
sentence. Italian local papers print a reader's picture in brackets closing an unstopped caption, "(foto di un
lettore)": the reader with its article names no one and stays in the raw credit. Every page here is written for
these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page
from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Hail | The Daily Example</title></head><body><main><article>\n"
TAIL = "\n</article></main></body></html>"


def credits(field: str) -> list[tuple[str | None, str | None, list[str]]]:
    body = ('<figure><img src="a.jpg" alt=""><figcaption><span class="legend">Hailstones in a yard in the village.'
            f'</span> <span class="credit">{field}</span></figcaption></figure>')
    article = read_html(HEAD + body + TAIL)
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [])
            for p in article.photos]


@pytest.mark.parametrize("field, raw, photographers", [
    ("Photo lecteur Martin B.", "lecteur Martin B.", ["Martin B."]),
    ("Photo lectrice", "lectrice", []),
    ("Foto bralec", "bralec", []),
    ("Foto lettore Mario Rossi", "lettore Mario Rossi", ["Mario Rossi"]),
    ("D.R.", "D.R.", []),
])
def test_a_reader_s_picture_in_a_credit_field(field: str, raw: str, photographers: list[str]) -> None:
    assert credits(field) == [("Hailstones in a yard in the village.", raw, photographers)]


@pytest.mark.parametrize("field, raw", [
    ("Foto Bart Maat/ANP", "Bart Maat/ANP"),     # a name after the word: read as before
    ("Photo AFP", "AFP"),
    ("Photo d'archives AFP", "d'archives AFP"),  # a file word, no reader's: as before
])
def test_other_colonless_picture_words_read_as_before(field: str, raw: str) -> None:
    assert [c[1] for c in credits(field)] == [raw]


def test_a_reader_word_before_a_name_names_the_reader() -> None:
    credit = parse_credit("lecteur Laurent M.")
    assert (credit.photographers, credit.agencies) == (["Laurent M."], [])


@pytest.mark.parametrize("bracket, raw", [
    ("(foto di un lettore)", "un lettore"),
    ("(foto di una lettrice)", "una lettrice"),
    ("(foto Lettore)", "Lettore"),
])
def test_an_italian_reader_s_picture_in_brackets_closing_an_unstopped_caption(bracket: str, raw: str) -> None:
    page = ("Libeccio sulla costa\n\nIl vento ha soffiato per tutta la notte, racconta un lettore.\n\n"
            f"Un pino caduto sul viale del lungomare {bracket}\n\nIl porto resta chiuso fino a domani.\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw, p.credit.photographers, p.credit.agencies) for p in photos] == [
        ("Un pino caduto sul viale del lungomare", raw, [], [])]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("famille Martin", [], []),          # review 39: a lower-case word naming no one, then one surname: whose family
    ("staff AFP", [], ["AFP"]),           # one word, but a known agency: kept
    ("lecteur Laurent M.", ["Laurent M."], []),
])
def test_parse_credit_a_lower_case_placeholder_then_one_word(raw: str, photographers: list[str],
                                                             agencies: list[str]) -> None:
    read = parse_credit(raw)
    assert (read.photographers, read.agencies) == (photographers, agencies), raw
