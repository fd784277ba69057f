"""The lead-in keys found by LeadinKeyFinder, and by first character with `opens`, are what a test of every key
finds (speed-ups only)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from captions.knowledge.registry import bundled_registry
from captions.parse.leadin_keys import LeadinKeyFinder
from captions.parse.markers import markers_for, opens

PM = markers_for(bundled_registry())
# the keys' own characters, so that texts often hold or open with one
KEY_TEXT = st.text(alphabet=st.sampled_from(sorted({c for key in PM.leadin_keys for c in key} | set("xyz .:"))),
                   max_size=40)


@given(st.one_of(KEY_TEXT, st.text(max_size=40)))
def test_found_keys_are_the_keys_the_text_holds_in_their_order(text: str) -> None:
    assert PM.leadin_key_finder.keys_in(text) == [key for key in PM.leadin_keys if key in text]


def test_overlapping_keys_are_all_found() -> None:
    assert PM.leadin_key_finder.keys_in("photo: jo li") == ["hoto", "phot"]  # "photo" holds both


# a key opening another ("ph:", "ph:x"), characters a regex class escapes, keys in other scripts, one character
ODD_KEYS = ("ph:", "ph:x", "phot", "hoto", "-a]b", "^x\\y", "créd", "写真/", "©")
ODD = LeadinKeyFinder.of(ODD_KEYS)


@given(st.text(alphabet=st.sampled_from(sorted({c for key in ODD_KEYS for c in key} | set("xyz .:"))), max_size=40))
def test_odd_keys_are_found_as_a_test_of_each_finds(text: str) -> None:
    assert ODD.keys_in(text) == sorted(key for key in ODD_KEYS if key in text)


@given(st.one_of(KEY_TEXT, st.text(max_size=40)))
def test_opens_is_startswith_of_every_start(text: str) -> None:
    assert opens(text, PM.leadin_keys_by_first) == text.startswith(PM.leadin_keys)
    assert opens(text, PM.credit_first_starts) == text.startswith((*PM.leadin_keys, "(", "["))


def test_a_line_opening_with_a_lead_in_key() -> None:
    assert opens("foto: jo li/dpa", PM.leadin_keys_by_first)
    assert not opens("a man walks past", PM.leadin_keys_by_first)
