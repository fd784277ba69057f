"""A credit after a caption that ends with no full stop, set off by a space or a slash marker.

Many outlets print captions with no closing full stop; a dump that joins the
caption field and the credit field with a space (or the page's ` / `) leaves
no sentence end to show where the credit starts. Two marks show it still:

- case: the caption is in sentence case, the credit in capitals
  (`... atua no local NAME SURNAME/O JORNAL/AGÊNCIA`): the credit is the run
  of words in capitals closing the line, after a word holding lower-case
  letters, and it has a joiner (`/`, `|`) inside;
- a slash marker: `<caption> / EFE - Jo Li`, `<caption> / EUROPA PRESS`: the
  text after the last ` / ` or ` | ` reads as a credit naming a known agency
  or a person. An agency alone after a capitalised name (`... Jo Li / AFP`)
  may be that name's agency, the name the photographer: left unread, unless
  a marker sets the name apart too (`<caption> / Jo Li / AFP`): then both are
  the credit.

A title-case credit after a space (`... de chuva Jo Li / Agência Sul`) shows
neither: where it starts is read from the page (repeated_tail.py).
"""
from __future__ import annotations

import re

from ..text import cased, fold
from .caption_shape import MIN_CAPTION_WORDS
from .credit_edges import trim_credit
from .credit_parts import Kind
from .credit_reading import Context, CreditReading
from .markers import PageMarkers

_MARKER = re.compile(r"(?<=[^\W_])\s+[/|]\s+(?=\S)")  # " / " after a letter or digit: no full stop before it
_JOINERS = ("/", "|")


def unstopped_tail(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """(caption, credit) when a credit closes an unstopped caption, else None."""
    if "/" not in text and "|" not in text:
        return None  # both forms need a joiner or a marker: most lines are passed over at once
    return _capitals_tail(text, earliest, pm) or _marker_tail(text, earliest, pm)


def _in_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return word in _JOINERS or word in ("-", "–")
    upper = sum(c.isupper() for c in letters)
    return upper > len(letters) - upper  # "VALéRIO": a capital word a dump mis-cased a letter of


def _capitals_tail(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    words = text[earliest:].split(" ")
    k = len(words)
    while k > 0 and _in_capitals(words[k - 1]):
        k -= 1
    if k == 0 or k == len(words) or not any(c.isalpha() for c in words[k]):
        return None  # "... Liverpool / EFE - Jo Li": a marker, read by _marker_tail
    if not _in_capitals(re.split(r"[/|]", words[k], maxsplit=1)[0]):
        return None  # "... com vida Jo Moreno/FUTURA PRESS/...": the capitals start inside a name in title case
    last = words[k - 1]
    if not last or not last[-1].isalpha() or not any(c.islower() for c in last):
        return None  # the caption's last word ends in a letter, lower case: "local", "vida"
    markers = pm.markers
    if fold(last) in markers.prose or fold(last) in markers.particles:
        return None  # "A service of: LHEA at NASA / GSFC": the sentence goes on into the capitals
    caption = text[: len(text) - len(" ".join(words[k:]))].rstrip()
    credit = trim_credit(" ".join(words[k:]), pm)
    if (not credit or not any(j in credit for j in _JOINERS) or len(caption.split()) < MIN_CAPTION_WORDS
            or not pm.credits.is_credit(credit, Context.TAIL)):
        return None
    return caption, credit


def _marker_tail(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    markers = list(_MARKER.finditer(text, earliest))
    if not markers:
        return None
    if len(markers) >= 2 and not _slash_list_before(text, markers) \
            and (earlier := _after_marker(text, markers[-2], pm)) is not None \
            and _name_then_source(pm.credits.read(earlier[1])):
        # "<caption> / Eriko Ovčarenko / BNS nuotr." (LRT, 15min, Delfi.lt): the name set apart by its own marker
        # is the photographer, the agency after it its source; read from the marker before the name
        return earlier
    return _after_marker(text, markers[-1], pm)


def _name_then_source(reading: CreditReading) -> bool:
    """Whether a credit names a person and a known agency, or a person and a body closed by the word for a photo
    ("D. Umbraso / LRT nuotr.": LRT, a broadcaster no list knows, as the Lithuanian press credits its own, round 79)."""
    kinds = reading.kinds
    return {Kind.PERSON, Kind.AGENCY} <= kinds or (reading.postposed and {Kind.PERSON, Kind.ORG} <= kinds)


def _slash_list_before(text: str, markers: list[re.Match[str]]) -> bool:
    """Whether the name before the last marker may close a list the caption sets with slashes, not be a credit's:
    "... between Real Madrid / Juventus / AP", "... the city centre / Berlin / Brandenburg / dpa" (review 39). The
    caption then ends in two capitalised words, a name's shape (as "... Jo Li / AFP" below), or the text between the
    two markers before is no sentence."""
    last = text[: markers[-2].start()].split()[-2:]
    if len(last) == 2 and all(w[:1].isupper() for w in last):
        return True
    if len(markers) < 3:
        return False
    between = text[markers[-3].end(): markers[-2].start()].split()
    return len(between) < MIN_CAPTION_WORDS or not any(w[:1].islower() for w in between)


def _after_marker(text: str, marker: re.Match[str], pm: PageMarkers) -> tuple[str, str] | None:
    caption, credit = text[: marker.start()], trim_credit(text[marker.end():], pm)
    words = caption.split()
    if not credit or len(words) < MIN_CAPTION_WORDS or not (any(w[:1].islower() for w in words) or not cased(caption)):
        return None  # a caption holds a lower-case word: "Ntb Scanpix / Jo Li / Agency" is one credit
    kinds = pm.credits.read(credit).kinds
    if kinds == {Kind.DROPPED} and pm.credits.is_credit(credit, Context.ENCLOSED):
        return caption, credit  # "<caption> | من المصدر" (from the source): a handout's word set apart, as "[Handout]"
    if not pm.credits.is_credit(credit, Context.TAIL):
        return None
    if Kind.PERSON in kinds:
        return caption, credit
    if Kind.AGENCY not in kinds or Kind.PROSE in kinds:
        return None
    if _closes_with_name(words, pm.markers.particles):
        return None  # "... Jo Li / AFP": the agency may be the name's, the name the photographer
    return caption, credit


def _closes_with_name(words: list[str], particles: frozenset[str]) -> bool:
    """Whether a caption's last two words are capitalised, a name's shape, its particles between them skipped:
    "... Jo Li", "... Ana de la Cruz", "... Pieter van der Berg", "... Omar al-Masri"."""
    capitals = 0
    for word in reversed(words):
        if word[:1].isupper() or (capitals == 0 and _glued_particle(word, particles)):
            capitals += 1
            if capitals == 2:
                return True
        elif not (capitals and fold(word) in particles):
            return False
    return False


def _glued_particle(word: str, particles: frozenset[str]) -> bool:
    """A surname opening with a particle and a hyphen: "al-Masri", "el-Sayed"."""
    head, hyphen, rest = word.partition("-")
    return bool(hyphen) and fold(head) in particles and rest[:1].isupper()
