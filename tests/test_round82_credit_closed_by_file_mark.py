"""A credit after its lead-in closed by a file mark in brackets, "Foto: Name (Archivbild)" (round 82).

German regional papers print a file picture's credit so: the mark names no one and stays in the raw credit, the
credit runs from the lead-in. Brackets closing a caption with no lead-in before them are read as before. Every line
here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions.knowledge.registry import bundled_registry
from captions.parse.credit_in_line import split_line
from captions.parse.markers import markers_for


@pytest.mark.parametrize("line, caption, credit", [
    ("Der Main im Frühjahr 2013. Foto: Markus Engel (Archivbild)", "Der Main im Frühjahr 2013.",
     "Markus Engel (Archivbild)"),
    ("The river in the spring of 2013. Photo: Jane Doe (File)", "The river in the spring of 2013.", "Jane Doe (File)"),
    ("Der alte Kranen im Winter. Foto: Anna Berg/dpa (Archiv)", "Der alte Kranen im Winter.", "Anna Berg/dpa (Archiv)"),
    ("Die Brücke im Frühjahr 2013 (Archivbild)", "Die Brücke im Frühjahr 2013", "Archivbild"),
])
def test_the_file_mark_closes_the_credit_after_the_leadin(line: str, caption: str, credit: str) -> None:
    split = split_line(line, markers_for(bundled_registry()))
    assert (split.before.rstrip(), split.credit) == (caption, credit), line
