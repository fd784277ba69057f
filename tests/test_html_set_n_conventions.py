"""Conventions of the press seen on blind set N (issue #11, round 19): Norwegian "Illustrasjon:" opening a map's
credit, Greek "Αρχείο" (archive) naming no one, and Uruguay's "Intendencia" (a departmental government) beside a
photographer's name.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

from captions import parse_credit
from captions.parse.html.page import read_html
from tests.html_story import HEAD, TAIL


def credits(credit: str) -> list[tuple[str | None, list[str], list[str]]]:
    body = (f'<figure><img src="https://cdn.example/1.jpg" alt=""><figcaption><span class="caption-text">'
            f'Området med farevarsel.</span> <span class="image-credit">{credit}</span></figcaption></figure>')
    article = read_html(HEAD + body + TAIL)
    return [(p.credit.raw, p.credit.photographers, p.credit.agencies) if p.credit else (None, [], [])
            for p in article.photos]


def test_illustrasjon_opens_a_credit_like_foto() -> None:
    assert credits("Illustrasjon: Meteorologisk institutt") == [
        ("Meteorologisk institutt", [], ["Meteorologisk institutt"])]


def test_a_greek_archive_credit_names_no_one() -> None:
    assert credits("(Αρχείο)") == [("Αρχείο", [], [])]


def test_a_greek_archive_beside_an_agency_leaves_the_agency() -> None:
    credit = parse_credit("Αρχείο/ΑΠΕ")
    assert (credit.photographers, credit.agencies) == ([], ["ΑΠΕ"])


def test_an_intendencia_beside_a_photographer_is_a_body_not_a_second_photographer() -> None:
    credit = parse_credit("Martín Olivera, Intendencia de Canelones")
    assert (credit.photographers, credit.agencies) == (["Martín Olivera"], ["Intendencia de Canelones"])


def test_an_intendencia_alone_is_a_body() -> None:
    credit = parse_credit("Foto: Intendencia de Maldonado")
    assert (credit.photographers, credit.agencies) == ([], ["Intendencia de Maldonado"])
