"""A credit in capitals closing a caption with the word for a picture: "... on Friday. PNA PHOTO"; and a
credit naming no one closing it, "... this week. Picture supplied", "... in 2023. File photo" (handed_out).

The Philippine press (and South Asian and African papers after it) sign a picture
so, with no lead-in and no separator: the source's name in capitals, then `PHOTO`
(`INQUIRER PHOTO`, `CONTRIBUTED PHOTO`). Only a run of words all in capitals
right after a sentence's end counts, and only when it reads as a body's or names
no one: a person's name in capitals before `PHOTO` is left in the caption (right or
empty), as a headline's last words in capitals may be.
"""
from __future__ import annotations

import re

from .leadin_sources import SENTENCE_END
from ..credit import reader_for
from ...knowledge.markers import fold
from ...knowledge.registry import AgencyRegistry

MAX_INITIALS = 4  # letters of a body's initials standing alone before the picture word: "PNA", "DPWH"
MAX_SOURCE_WORDS = 5  # words of the source's name before the picture word: "ILOILO CITY PIO PHOTO"
_TAIL = re.compile(r"(?<=[.!?”\"’)])\s+((?:[A-Z0-9][A-Z0-9&'’.-]*\s+){1,%d}[A-Z]+)\s*$" % MAX_SOURCE_WORDS)


def credit_in_capitals(text: str, picture_words: frozenset[str], registry: AgencyRegistry) -> tuple[str, str] | None:
    """(caption, credit) where the text closes with a source in capitals and a picture word; None otherwise.

    `picture_words` are html.yaml's words for a picture, folded; the last word must be one, in capitals, and be
    a word credits drop (markers.yaml's dropped_words: "PHOTO", "FOTO").
    """
    match = _TAIL.search(text)
    if match is None:
        return None
    credit = match.group(1)
    last = fold(credit.split()[-1])
    if last not in picture_words or last not in registry.markers.dropped:
        return None
    if not credit[:1].isalpha() or not _reads_as_source(credit.split()[:-1], registry):
        return None  # "Entry no. 3. WINNING PHOTO", "... THE BIG PHOTO", "... DRONE PHOTO": no source named
    reading = reader_for(registry).credit(credit)
    if reading.photographers or not (reading.agencies or _names_no_one(credit, registry)):
        return None  # a person's name, or words naming neither a body nor a handout ("FILE PHOTO")
    return text[:match.start()].rstrip(), credit


def _reads_as_source(words: list[str], registry: AgencyRegistry) -> bool:
    """Whether the capitals before the picture word can name where it came from: a known name, a handout word, a
    body's initials ("PNA", "DPWH") or a name of two words or more not opened by an article ("ILOILO CITY PIO").
    One unknown longer word says what kind of picture it is as often ("DRONE PHOTO", "SAMPLE PHOTO"): left."""
    name = " ".join(words)
    if registry.credited_name(name) is not None or registry.recognise(name) is not None:
        return True
    if fold(words[0]) in registry.markers.articles:
        return False
    return len(words) > 1 or len(name) <= MAX_INITIALS or fold(name) in registry.markers.standalone


def _names_no_one(credit: str, registry: AgencyRegistry) -> bool:
    """"CONTRIBUTED PHOTO": a word saying the picture was handed over (markers.yaml's standalone credits) before it."""
    return fold(credit.rsplit(None, 1)[0]) in registry.markers.standalone


def handed_out(text: str, registry: AgencyRegistry) -> tuple[str, str] | None:
    """"... off Bar Beach this week. Picture supplied": a lead-in's word with no colon and a credit word naming no
    one (markers.yaml's standalone_credits: "supplied", "cedida") closing the caption's last sentence (Australian
    regional papers' "Picture supplied", Spanish papers' "Foto cedida"). The word alone is the credit."""
    head, word, credit = (text.rsplit(" ", 2) + ["", ""])[:3] if text.count(" ") >= 2 else ("", "", "")
    standalone = registry.markers.standalone
    if (head[-1:] in SENTENCE_END and fold(word) in reader_for(registry).colon_leadin_words
            and fold(credit.rstrip(".")) in standalone):
        return head, credit.rstrip(".")
    if head[-1:] in SENTENCE_END and fold(f"{word} {credit}".rstrip(".")) in registry.markers.file_marks:
        return head, f"{word} {credit}".rstrip(".")  # The New Times' "... in 2023. File photo": a credit naming no one
    alone = text.rstrip(".")
    if (folded := fold(alone)) in standalone or folded in registry.markers.placeholder_set:
        # a caption element holding "Courtesy" alone, or a source words name no one by ("Social media", the Pashto
        # "ټولنیزې رسنۍ", round 86): the credit, naming no one; no caption is so short and says nothing of a scene
        return "", alone
    return None
