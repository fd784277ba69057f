"""Words a credit prints around a name that name no one: "Photo", "(c)", "Archives", dates.

The part reader (credit_part_reader.py) strips them before it reads a part;
a dropped word that is a body's own ("National Archives", "Magnum Photos")
or the head of a name ("Archives de l'État") stays.
"""
from __future__ import annotations

import re

from ..knowledge.registry import AgencyRegistry
from ..text import fold, marker_alternation
from .credit_bodies import BodyNames
from .credit_word_shapes import trimmed

_TITLE = re.compile(r"The\s")  # a name opening with the article is a title: "The Big Picture", "The Times"


class DroppedWords:
    """Strips the words naming no one from the ends of a credit's part, with one registry's markers."""

    def __init__(self, registry: AgencyRegistry, bodies: BodyNames) -> None:
        self._registry = registry
        self._bodies = bodies
        m = self._markers = registry.markers
        # in their typographic forms too: "Image d’illustration" as "Image d'illustration"
        dropped = [*filter(None, [marker_alternation(m.dropped_words, any_case=True)]), *m.dropped_patterns]
        alternation = "|".join(f"(?:{w})" for w in dropped)
        self._drop_head = re.compile(rf"^(?:{alternation})(?:\s+|$)", re.IGNORECASE) if dropped else None
        self._drop_tail = re.compile(rf"(?:^|\s+)(?:{alternation})$", re.IGNORECASE) if dropped else None
        # a year or a rights notice closes a title as any name: "The Verge 2024", "The Times. All rights reserved"
        patterns = "|".join(f"(?:{p})" for p in m.dropped_patterns)
        self._drop_pattern_tail = re.compile(rf"(?:^|\s+)(?:{patterns})$", re.IGNORECASE) if patterns else None
        # dropped words that may close an agency's name: "Photos" ("Magnum Photos"), not "Handout", a credit alone
        self._agency_closers = (m.dropped & m.org_words) - m.standalone
        self._handed_out = m.standalone - m.file_marks
        self._picture_marks = frozenset(fold(w) for w in m.picture_marks)

    def _links_on(self, rest: str) -> bool:
        """Whether `rest` opens with a lower-case linking word ("de", "du", "of", "d'..."): what was before it
        is the head of a name ("Archives of Ontario"), not a word to drop."""
        first = rest.split(" ", 1)[0]
        if not first or not first[0].islower():
            return False
        return fold(first) in self._markers.particles or first == "of" or first[:2] in ("d'", "d’")

    def _closes_a_body(self, text: str, rest: str) -> bool:
        """Whether a dropped word closing `text` is a body's word closing its name ("National Archives",
        "Ridgeview University Archives"), not a word for a file photo after a known source ("AFP Archives").
        An organisation's word among the dropped ones that makes no credit alone closes a photo agency's name
        the same way ("Magnum Photos", "Name/Manx Photos"; "AP Photos" is AP's picture)."""
        word = fold(text[len(rest):].strip())
        rest = rest.strip()
        closing = word in self._markers.bodies or word in self._agency_closers
        return (bool(rest) and closing and all(w[:1].isupper() for w in rest.split())
                and fold(rest) not in self._markers.placeholder_set and self._registry.recognise(rest) is None
                and self._registry.credited_name(rest) is None)

    def _participle_after_noun(self, text: str, rest: str) -> bool:
        """Whether a handed-out word printed in lower case closes a phrase of one other word, not a picture's:
        "Content provided (by Name)", "Data supplied", a sponsor's or a table's line, not "Photo provided". Not a
        file marker, a credit alone too (round 53): "Reuters files", "Herald file photo" are the source's pictures."""
        word = text[len(rest):].strip()
        rest = rest.strip()
        return (word.islower() and fold(word) in self._handed_out and len(rest.split()) == 1
                and fold(rest) not in self._picture_marks)

    def strip(self, text: str) -> str:
        """`text` without the dropped words opening or closing it, one at a time, as long as what is left is
        not a known name: "File photo Jo Li" -> "Jo Li", "© Photo News" -> "Photo News"."""
        if self._drop_head is None or self._drop_tail is None:
            return text
        while True:
            new = self._drop_head.sub("", text)
            # "Photo d'archives TAP": the word after opens with a dropped word of its own ("d'archives"), no link
            if new != text and self._links_on(new) and not self._bodies.article_after_link(text, new) \
                    and not self._drop_head.match(new):
                new = text  # "Archives de l'État du Valais": the word opens a body's name
            if not _TITLE.match(new):  # "The Big Picture": a title's last word is the title's, not the picture's
                tailed = self._drop_tail.sub("", new)
                if not self._closes_a_body(new, tailed) and not self._participle_after_noun(new, tailed):
                    new = tailed
            elif self._drop_pattern_tail is not None:
                new = self._drop_pattern_tail.sub("", new)
            new = new.strip()
            if not new.lower().startswith("(c)"):  # "Photo (c) 2024 Name": the sign is dropped next, brackets and all
                new = trimmed(new)
            if new == text or self._registry.credited_name(new) is not None:
                return new  # a known name holding a dropped word stays whole: "© Photo News", "© AP Photo"
            text = new
