"""A Lithuanian credit opening with the photographer's initial after a slash marker (round 79).

LRT, BNS and 15min close a caption with " / ", the photographer's initial and surname in the genitive, then the
source and "nuotr." (photo): "... dviračių taką / D. Rimkaus / LRT nuotr.". The initial's full stop ends no sentence,
so the credit starts at the marker before the name; a source no list knows ("LRT") counts there when "nuotr."
closes the credit. Every line here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions.parse.credit_in_line import split_caption_credit


@pytest.mark.parametrize("line, caption, credit", [
    ("Vilniaus pakrantėje vanduo apsėmė dviračių taką / D. Rimkaus / LRT nuotr.",
     "Vilniaus pakrantėje vanduo apsėmė dviračių taką", "D. Rimkaus / LRT nuotr."),
    ("Ledo lytys sankaupose prie Žirmūnų tilto / J. Stanevičiaus / BNS nuotr.",
     "Ledo lytys sankaupose prie Žirmūnų tilto", "J. Stanevičiaus / BNS nuotr."),
    ("Vilniaus pakrantėje vanduo apsėmė dviračių taką / Dariaus Rimkaus / LRT nuotr.",
     "Vilniaus pakrantėje vanduo apsėmė dviračių taką", "Dariaus Rimkaus / LRT nuotr."),
])
def test_an_initial_after_a_slash_marker_opens_the_credit(line: str, caption: str, credit: str) -> None:
    assert split_caption_credit(line) == (caption, credit), line


@pytest.mark.parametrize("line, expected", [
    # a body no list knows beside a name, with no "nuotr." closing it: no credit, as before
    ("Flood water covers the cycle path by the river / Jo Li / Harbour Studio",
     ("Flood water covers the cycle path by the river / Jo Li / Harbour Studio", None)),
    # a sentence's last word of one letter, with no slash marker before it, still ends the sentence
    ("The team tested vitamin D. Jo Li/AP", ("The team tested vitamin D.", "Jo Li/AP")),
    ("Flood water covers the cycle path near the old bridge. REUTERS/Jo Li",
     ("Flood water covers the cycle path near the old bridge.", "REUTERS/Jo Li")),
])
def test_other_lines_split_as_before(line: str, expected: tuple[str, str | None]) -> None:
    assert split_caption_credit(line) == expected, line
