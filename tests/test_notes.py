"""The parser's notes: credits a page prints broken, which it could not read whole."""
from __future__ import annotations

import pytest

from captions import parse_dump
from captions.parse.notes import Note

HEAD = "Storm batters the coast\n\n"


@pytest.mark.parametrize("page, notes", [
    (HEAD + "Boats wait out the storm in the bay. [Jane Doe/Reuters\n",
     [Note(3, "[Jane Doe/Reuters", 'unclosed bracket "["')]),
    (HEAD + "Boats wait out the storm in the bay. []\n", [Note(3, "[]", "empty credit")]),
    (HEAD + "Boats wait out the storm in the bay. Photograph:\n",
     [Note(3, "Photograph:", 'lead-in "Photograph:" with nothing after it')]),
    (HEAD + "Boats wait out the storm in the bay. Photograph:\nJane Doe/Reuters\n", []),  # the credit is below
    (HEAD + "Boats wait out the storm in the bay. [Jane Doe/Reuters]\n", []),
    (HEAD + "We went out for a photo by\nthe harbour wall.\n", []),  # a lead-in word in prose
    (HEAD + "![]() |\nBoats wait out the storm in the bay. [Jane Doe/Reuters]\n", []),  # furniture holds no credit
])
def test_parse_notes_credits_it_could_not_read_whole(page: str, notes: list[Note]) -> None:
    assert list(parse_dump(page).notes) == notes, page
