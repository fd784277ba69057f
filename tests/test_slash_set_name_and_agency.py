"""A photographer and an agency each set off by a slash after an unstopped caption (round 74).

Lithuanian sites (LRT, 15min, Delfi.lt) print "<caption> / Name / BNS nuotr.": no full stop closes the caption, and
the name and the agency each stand after a spaced slash. An agency alone after a capitalised name ("... Jo Li /
AFP") is left unread, as before: the name may be the caption's own. A second slash before the name sets it apart:
the name is the photographer, the agency its source. Every line here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions.parse.credit import bundled_registry
from captions.parse.credit_in_line import split_caption_credit
from captions.parse.markers import markers_for
from captions.parse.unstopped import unstopped_tail


@pytest.mark.parametrize("line, split", [
    ("Vanduo apsėmė pėsčiųjų takus prie upės / Rūta Vaitkutė / BNS nuotr.",
     ("Vanduo apsėmė pėsčiųjų takus prie upės", "Rūta Vaitkutė / BNS nuotr.")),
    ("Fans wait outside the stadium in Liverpool / Jo Li / AFP",
     ("Fans wait outside the stadium in Liverpool", "Jo Li / AFP")),
    # review 39: a caption that sets its own list with slashes keeps it; only the last slash's agency is the credit
    ("Supporters wave flags during the final between Real Madrid / Juventus / AP",
     ("Supporters wave flags during the final between Real Madrid / Juventus", "AP")),
    ("The new line connects the airport with the city centre / Berlin / Brandenburg / dpa",
     ("The new line connects the airport with the city centre / Berlin / Brandenburg", "dpa")),
])
def test_a_name_and_an_agency_each_after_a_slash(line: str, split: tuple[str, str]) -> None:
    assert split_caption_credit(line) == split


@pytest.mark.parametrize("line", [
    "Fans wait outside the stadium with Jo Li / AFP",   # one slash: the name may be the caption's
    "Ntb Scanpix / Jo Li / Agency",                      # no lower-case word: one credit, read as before
])
def test_one_slash_or_no_caption_reads_as_before(line: str) -> None:
    assert unstopped_tail(line, 0, markers_for(bundled_registry())) is None

