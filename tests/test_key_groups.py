"""The lead-in keys grouped by first character find what a test of every key finds (a speed-up only)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from captions.knowledge.registry import bundled_registry
from captions.parse.markers import markers_for, opens

PM = markers_for(bundled_registry())
# the keys' own characters, so that texts often hold or open with one
KEY_TEXT = st.text(alphabet=st.sampled_from(sorted({c for key in PM.leadin_keys for c in key} | set("xyz .:"))),
                   max_size=40)


@given(st.one_of(KEY_TEXT, st.text(max_size=40)))
def test_grouped_keys_are_the_keys_the_text_holds_in_their_order(text: str) -> None:
    grouped = [key for first, group in PM.leadin_key_groups if first in text for key in group if key in text]
    assert grouped == [key for key in PM.leadin_keys if key in text]


@given(st.one_of(KEY_TEXT, st.text(max_size=40)))
def test_opens_is_startswith_of_every_start(text: str) -> None:
    assert opens(text, PM.leadin_keys_by_first) == text.startswith(PM.leadin_keys)
    assert opens(text, PM.credit_first_starts) == text.startswith((*PM.leadin_keys, "(", "["))


def test_a_line_opening_with_a_lead_in_key() -> None:
    assert opens("foto: jo li/dpa", PM.leadin_keys_by_first)
    assert not opens("a man walks past", PM.leadin_keys_by_first)
