"""The lead-ins on a line are found by a look-up of each length their key's lead-ins have ("foto" opens 180 lead-ins
of 20 lengths), not by trying each lead-in: the same lead-ins, the longest at each place, and none past the end."""
from __future__ import annotations

from captions.knowledge.registry import bundled_registry
from captions.parse.credit_after_leadin import _leadins_in
from captions.parse.markers import markers_for
from captions.text import marker_form

PM = markers_for(bundled_registry())


def leadins(text: str) -> list[str]:
    low = marker_form(text)
    return [text[a:b] for a, b in _leadins_in(text, 0, [k for k in PM.leadin_keys if k in low], PM)]


def test_the_longest_lead_in_at_each_place_last_first() -> None:
    assert leadins("A boy runs. Foto: Jo Li") == ["Foto:"]
    assert leadins("A boy runs. Image credit: Jo Li") == ["Image credit:"]
    assert leadins("Photo courtesy of Jo Li | Foto: AP") == ["Foto:", "Photo courtesy of"]
    assert leadins("Foto Foto: Fotografía: Jo") == ["Fotografía:", "Foto:"]


def test_a_lead_in_running_into_a_word_or_cut_by_the_line_end() -> None:
    assert leadins("A boy. Credited to Jo") == []
    assert leadins("the credit") == ["credit"]  # not "credit:", longer than what is left of the line
