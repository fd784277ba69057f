"""A German body's name holding a suspended compound (round 70).

German prints the shared ending of two compounds once, a hyphen in its place: "Wasserstraßen- und
Schifffahrtsamt Rhein" (the waterways and shipping office), "Garten- und Tiefbauamt" (the parks and civil
engineering office). The "und" joins the halves of one body's name, so the name is read as its last compound
is, a body where that is one; halves of words that are no body stay prose.
"""
from __future__ import annotations

import pytest

from captions import parse_page


@pytest.mark.parametrize("credit", [
    "Wasserstraßen- und Schifffahrtsamt Rhein",
    "Polizei- und Ordnungsamt Köln",
    "Garten- und Tiefbauamt",
])
def test_a_body_named_with_a_suspended_compound_credits_alone(credit: str) -> None:
    page = f"""Pegel fällt weiter

Der Rhein führt so wenig Wasser wie seit Jahren nicht. Die Schiffe fahren halb beladen.

Foto: {credit}

Lesen Sie auch: Wo jetzt Wasserentnahme verboten ist
"""
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw, p.credit.photographers, p.credit.agencies) for p in photos] == [
        (None, credit, [], [credit])], credit


@pytest.mark.parametrize("line", ["Foto: Licht- und Schattenspiele am Rhein", "Schutt- und Abfallberge"])
def test_suspended_compounds_naming_no_body_make_no_credit(line: str) -> None:
    page = f"Pegel fällt weiter\n\nDer Rhein führt wenig Wasser. Die Schiffe fahren halb beladen.\n\n{line}\n\nLesen Sie auch: Wasser\n"
    assert [p.credit for p in parse_page(page).photos if p.credit] == [], line
