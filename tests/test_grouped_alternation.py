"""marker_alternation matches what the plain alternation of its phrases' patterns, longest first, does: grouping by
first letter (`any_case=True`) and sharing a typographic form ending phrases of one group ("(?:Foto|Bild)[:：፡]")
are speed-ups only."""
from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from captions.knowledge.registry import bundled_registry
from captions.parse.markers import credit_leadins, markers_for
from captions.text import _first_letter, marker_alternation, marker_pattern


def longest_first(phrases: list[str] | tuple[str, ...]) -> str:
    """The alternation's meaning, written plainly: each phrase's pattern, longest first."""
    return "|".join(marker_pattern(p) for p in sorted(dict.fromkeys(phrases), key=len, reverse=True))


PM = markers_for(bundled_registry())
LEADINS = credit_leadins(PM.markers)
REFERENCE = re.compile(f"({longest_first(LEADINS)})", re.IGNORECASE)
PLAIN = re.compile(f"({marker_alternation(LEADINS)})", re.IGNORECASE)
GROUPED = re.compile(f"({marker_alternation(LEADINS, any_case=True)})", re.IGNORECASE)
# letters the engine matches in any case with others ("İ", "ı", "ſ", the Kelvin sign, "µ", final sigma), the
# typographic forms and the lead-ins' own characters, so that texts often hold or open with one
TRICKY = "İıIiſSsßẞKkKµμΜΣσςǅǄǆ’‘ʼ′'\u00a0\u202f :：/-—("
TEXT = st.text(alphabet=st.sampled_from(sorted({c for x in LEADINS for c in x[:4]} | set(TRICKY))), max_size=30)


def _spans(pattern: re.Pattern[str], text: str) -> tuple[object, ...]:
    at_start = pattern.match(text)
    return (at_start and at_start.span(), [m.span() for m in pattern.finditer(text)])


@given(st.one_of(TEXT, st.text(max_size=30)))
def test_grouped_lead_ins_match_as_the_plain_alternation(text: str) -> None:
    assert _spans(GROUPED, text) == _spans(PLAIN, text) == _spans(REFERENCE, text), text


# phrases of a few letters ending in a typographic form or not, and phrases opening with others ("Foto:" and
# "Foto: AP"); texts of them, in the typographic forms too, and of their characters
LETTERS = "aAbKkß"
ENDINGS = ["", ":", "'", " ", " :"]
TYPOGRAPHIC = str.maketrans({"'": "’", " ": "\u00a0", ":": "："})


@given(st.data(), st.booleans())
def test_phrases_sharing_their_last_form_match_as_listed(data: st.DataObject, any_case: bool) -> None:
    stem = st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=3)
    phrase = st.builds(lambda s, e: s + e, stem, st.sampled_from(ENDINGS))
    phrases = data.draw(st.lists(phrase, min_size=1, max_size=10))
    phrases += [a + b for a, b in data.draw(st.lists(st.tuples(st.sampled_from(phrases), phrase), max_size=4))]
    pieces = st.one_of(st.sampled_from(phrases), st.sampled_from(phrases).map(lambda p: p.translate(TYPOGRAPHIC)),
                       st.sampled_from(LETTERS + ":' x"))
    text = "".join(data.draw(st.lists(pieces, max_size=4)))
    for flags in (re.IGNORECASE, 0) if not any_case else (re.IGNORECASE,):
        reference = re.compile(f"({longest_first(phrases)})", flags)
        shared = re.compile(f"({marker_alternation(phrases, any_case=any_case)})", flags)
        assert _spans(shared, text) == _spans(reference, text), (phrases, text)
        assert [m.span() for m in re.finditer(f"(?:{shared.pattern})$", text, flags)] == \
            [m.span() for m in re.finditer(f"(?:{reference.pattern})$", text, flags)], (phrases, text)


def test_a_colon_phrase_a_longer_one_opens_with_keeps_its_place() -> None:
    """"Foto:" could share its colon with "Fotoquelle:", which comes first, but "Foto: AP" is longer than it and
    opens with it: moved ahead of that, "Foto:" would match there."""
    phrases = ["Fotoquelle:", "Foto: AP", "Foto:", "Fotos:"]
    for any_case in (False, True):
        pattern = re.compile(f"({marker_alternation(phrases, any_case=any_case)})", re.IGNORECASE)
        assert [pattern.match(text).group(1) for text in ["Foto: AP x", "foto： x", "FOTOS: x"]] == \
            ["Foto: AP", "foto：", "FOTOS:"]


@pytest.mark.parametrize("text", ["Photograph: Jo Li", "PHOTO: Jo Li", "Foto： Ana", "Fotoğraf: Ali", "FOTOĞRAF: Ali",
                                  "İHA", "ıha", "Image d’illustration", "사진=연합뉴스", "写真：共同", "Фото: Иван",
                                  "ΦΩΤΟΓΡΑΦΊΑ: Νίκος", "ſtock"])
def test_grouped_lead_ins_on_real_and_tricky_lines(text: str) -> None:
    assert _spans(GROUPED, text) == _spans(PLAIN, text) == _spans(REFERENCE, text), text


@pytest.mark.parametrize("phrases", [["İHA:", "Ihlas:", "ıslak:", "iha:"], ["ſoto:", "Soto:", "ß:", "SS:"],
                                     ["Kelvin:", "Kilo:", "µ:", "Μ:"], ["’t:", "'s:", " x:", "\u00a0y:"]])
def test_phrases_opening_with_letters_matched_alike(phrases: list[str]) -> None:
    plain = re.compile(f"({marker_alternation(phrases)})", re.IGNORECASE)
    grouped = re.compile(f"({marker_alternation(phrases, any_case=True)})", re.IGNORECASE)
    reference = re.compile(f"({longest_first(phrases)})", re.IGNORECASE)
    for text in ["İHA: x", "IHA: x", "iha: x", "ıslak: x", "ISLAK: x", "SOTO: x", "ſoto: x", "ß: x", "ẞ: x", "ss: x",
                 "KELVIN: x", "kilo: x", "µ: x", "μ: x", "’T: x", "'s: x", "‘s: x", " x: y", "\u202fy: z"]:
        assert _spans(grouped, text) == _spans(plain, text) == _spans(reference, text), (phrases, text)


def test_no_letter_opens_two_groups() -> None:
    """Every letter the engine matches in any case with a letter has that letter's key (`_first_letter`): a
    pattern of a class per key, tried first to last and last to first, matches each letter with one class."""
    cased = [chr(cp) for cp in range(sys.maxunicode + 1) if chr(cp).lower() != chr(cp).upper()]
    by_key: dict[str, list[str]] = {}
    for c in cased:
        by_key.setdefault(_first_letter(c), []).append(c)
    classes = [f"(?P<k{i}>[{''.join(re.escape(c) for c in letters)}])" for i, letters in enumerate(by_key.values())]
    forwards = re.compile("|".join(classes), re.IGNORECASE)
    backwards = re.compile("|".join(reversed(classes)), re.IGNORECASE)
    assert [c for c in cased if forwards.fullmatch(c).lastgroup != backwards.fullmatch(c).lastgroup] == []


def test_a_phrase_a_longer_one_opens_with_across_an_information_separator_keeps_its_place() -> None:
    """A space's pattern, \\s, matches the ASCII separators U+001C to U+001F as well: "Photo :" matches where
    "Photo\\x1c: AP" does, so it may not share its colon with "Photographs:" ahead of it."""
    phrases = ["Photographs:", "Photo\x1c: AP", "Photo :"]
    for any_case in (False, True):
        for flags in (0, re.IGNORECASE):
            pattern = re.compile(f"({marker_alternation(phrases, any_case=any_case)})", flags)
            assert pattern.match("Photo\x1c: AP x").group(1) == "Photo\x1c: AP"


def test_the_empty_phrase_matches_last_when_grouped() -> None:
    """The empty phrase matches anywhere: grouped (`any_case`) it comes after every letter's group, not in the
    group of the phrases opening with a space or a typographic form, which may come ahead of one."""
    pattern = re.compile(f"({marker_alternation([': x', '', 'ab'], any_case=True)})", re.IGNORECASE)
    assert [pattern.match(text).group(1) for text in ["Ab", "： x", "c"]] == ["Ab", "： x", ""]
