"""Credit conventions read on html48 (round 71): a credit in two halves, the courtesy word alone, bodies' names.

Czech and Slovak sites print who took a picture and where it came from, each after its lead-in: "Foto: Name |
Zdroj: ČTK". Latin American papers close a caption with the courtesy word alone before who handed the picture over:
"Cortesía Defensa Civil", "Gentileza Municipalidad de X". A body's name in its own element under the caption runs
longer than a person's ("Consorcio Provincial de Bomberos de Valencia"). Civil protection directorates by region
("DPC Nord") and the Sorani Kurdish civil defence ("بەرگریی شارستانیی هەولێر") hand out pictures as bodies. A reader
of the paper, "Lector de HERALDO", names no one.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page
from tests.html_story import pictures


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Radim Novák | Zdroj: Český rozhlas", ["Radim Novák"], ["Český rozhlas"]),
    ("Jana Malá / Zdroj: ČTK", ["Jana Malá"], ["ČTK"]),
    ("Jo Li | Source: Reuters", ["Jo Li"], ["Reuters"]),
    ("Ana Pérez, Fuente: EFE", ["Ana Pérez"], ["EFE"]),
    ("Tomáš Vrba | Zdroj: Anadolu via Reuters Connect", ["Tomáš Vrba"], ["Anadolu", "Reuters Connect"]),
])
def test_parse_credit_second_leadin_names_no_one(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, photographers, agencies), raw


@pytest.mark.parametrize("line, caption, credit", [
    ("Hasiči čerpají vodu v Krnově | Foto: Petra Malá | Zdroj: ČTK", "Hasiči čerpají vodu v Krnově",
     "Petra Malá | Zdroj: ČTK"),
    ("Volunteers fill sandbags. Photo: Karel Novák / Source: Reuters", "Volunteers fill sandbags.",
     "Karel Novák / Source: Reuters"),
    ("Povodně v roce 1997. Foto: Jana Malá, Zdroj: ČTK", "Povodně v roce 1997.", "Jana Malá, Zdroj: ČTK"),
])
def test_photographer_then_source_closing_a_caption(line: str, caption: str, credit: str) -> None:
    photos = parse_page(f" date 2026-11-30 News\nHeadline\n\n{line}\n\nThe story goes on here.\n").photos
    assert [(p.caption, p.credit.raw) for p in photos] == [(caption, credit)], line


@pytest.mark.parametrize("line, caption, credit, agencies", [
    ("Voluntarios reparten agua en Moca. Cortesía Defensa Civil", "Voluntarios reparten agua en Moca.",
     "Cortesía Defensa Civil", ["Defensa Civil"]),
    ("Una calle anegada en Salcedo. Gentileza Municipalidad de Salcedo", "Una calle anegada en Salcedo.",
     "Gentileza Municipalidad de Salcedo", ["Municipalidad de Salcedo"]),
])
def test_courtesy_word_alone_closing_a_caption(line: str, caption: str, credit: str, agencies: list[str]) -> None:
    photos = parse_page(f" date 2026-11-30 News\nHeadline\n\n{line}\n\nThe story goes on here.\n").photos
    assert [(p.caption, p.credit.raw, p.credit.agencies) for p in photos] == [(caption, credit, agencies)], line


@pytest.mark.parametrize("line", [
    "El presidente recibió en visita de cortesía a los alcaldes.",
    "Los vecinos agradecieron la ayuda. Cortesía y respeto, pidió el alcalde a todos los presentes.",
])
def test_courtesy_in_prose_is_no_credit(line: str) -> None:
    assert parse_page(f" date 2026-11-30 News\nHeadline\n\n{line}\n\nThe story goes on here.\n").photos == []


def test_a_body_named_in_its_own_element_under_the_caption() -> None:
    figure = ('<figure><img src="https://img.example.org/1.jpg" alt=""><figcaption>Rescate de un conductor en el '
              'Grau. | <span class="author">Consorcio Provincial de Bomberos de Valencia</span></figcaption></figure>')
    assert pictures(figure) == [("Rescate de un conductor en el Grau.", "Consorcio Provincial de Bomberos de Valencia")]


def test_a_credit_element_holding_the_courtesy_word_alone() -> None:
    figure = ('<figure><img src="https://img.example.org/1.jpg" alt="Playa"><figcaption>'
              '<span class="foto__autor">Cortesía</span></figcaption></figure>')
    assert pictures(figure) == [(None, "Cortesía")]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("DPC Nord / Facebook", [], ["DPC Nord", "Facebook"]),
    ("بەرگریی شارستانیی هەولێر", [], ["بەرگریی شارستانیی هەولێر"]),
    ("ڕووداو", [], ["ڕووداو"]),
])
def test_handout_bodies_and_outlets(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


@pytest.mark.parametrize("raw", ["Lector de HERALDO", "Lectora de NORTE", "Leitor do Jornal da Costa",
                                 "Lecteur de La Montagne"])
def test_parse_credit_a_reader_of_the_paper_names_no_one(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, [], []), raw


def test_parse_credit_a_name_holding_the_word_stays_a_person() -> None:
    assert parse_credit("Juan Lector de la Fuente").photographers == ["Juan Lector de la Fuente"]
