"""Review 43 of round 81's credit rules: probes of text the rules should not touch. Every credit here is written
for these tests."""
from __future__ import annotations

import pytest

from captions import parse_credit


@pytest.mark.parametrize("raw, agencies", [
    ("Cortesía de la Nación", ["La Nación"]),  # a paper whose name holds its article keeps it: not "Nación"
    ("Courtesy of le Monde", ["Le Monde"]),
    ("Courtesy of la Stampa", ["La Stampa"]),
    ("Gracieuseté de la Ville de Sainte-Marthe", ["Ville de Sainte-Marthe"]),  # a body's name still loses it
    ("Courtesy of the New York Times", ["The New York Times"]),  # as before
])
def test_an_article_after_a_courtesy_phrase_stays_in_a_known_papers_name(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, [], agencies)
