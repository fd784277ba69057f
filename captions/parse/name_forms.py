"""Words printed with a name that say what kind of name it is: a firm's legal form ("Acme S.A.", "AB Volvo"), a
person's post-nominal letters ("Jo Li, Ph.D."), a generation's mark ("John Smith, Jr."), a given name's initial that
is also a dropped word ("Ph. Dupont").

Their words are markers.yaml's `legal_forms` (`legal_forms_before_names`: those a country prints before a firm's
name), `post_nominals` and `name_generations`, matched as printed (letter
case counting: "AB" is a Swedish firm's, "ab" a Welsh name's), a closing full stop optional. Pure: words in,
answers out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from ..knowledge.markers import Markers
from ..text import fold
from .credit_parts import Kind, Part

_PUNCTUATION = ".,;:"
_GIVEN_INITIAL = re.compile(r"[A-Z][a-z]?\.")  # a given name's initial: "J.", "Ph." (Philippe), "Ch." (Christian)


def _key(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Words as a form is matched: without the full stop or comma closing the last ("Ltda." as "Ltda")."""
    return (*words[:-1], words[-1].rstrip(_PUNCTUATION)) if words else ()


def _forms(entries: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(_key(e.split()) for e in entries if e.split())


@dataclass(frozen=True)
class NameForms:
    legal: frozenset[tuple[str, ...]]
    opening: frozenset[tuple[str, ...]]  # the forms printed before a firm's name: "AB", "PT", "ООО"
    post: frozenset[tuple[str, ...]]
    generations: frozenset[tuple[str, ...]]
    longest: int

    @classmethod
    def of(cls, markers: Markers) -> "NameForms":
        legal, post, generation = (_forms(markers.legal_forms), _forms(markers.post_nominals),
                                   _forms(markers.name_generations))
        opening = _forms(markers.legal_forms_before_names)
        return cls(legal, opening, post, generation,
                   max((len(f) for f in (*legal, *opening, *post, *generation)), default=0))

    def firm(self, words: list[str]) -> bool:
        """Whether a legal form closes a name of two words or more, or one printed before names opens it: "Acme
        S.A.", "Beispiel GmbH & Co. KG", "AB Volvo", "PT Contoh Indonesia"; a form alone names nothing, and "AG
        Smith" is a person's initials (review 31)."""
        for n in range(1, min(self.longest, len(words) - 1) + 1):
            if _key(words[-n:]) in self.legal or _key(words[:n]) in self.opening:
                return True
        return False

    def legal_form(self, text: str) -> bool:
        """Whether `text` is a legal form alone: "Inc.", "Ltd." after a comma ("Acme, Inc.")."""
        return _key(text.split()) in self.legal

    def post_nominals(self, text: str) -> bool:
        """Whether `text` is a person's post-nominal letters alone, one set or more: "Ph.D.", "MD", "OBE FRPS"."""
        words = text.split()
        return bool(words) and (_key(words) in self.post or all(_key([w]) in self.post for w in words))

    def generation(self, text: str) -> bool:
        """Whether `text` is a generation's mark alone: "Jr.", "III"."""
        return _key(text.split()) in self.generations

    def without_post_nominals(self, words: list[str]) -> list[str]:
        """A name's words without the post-nominal letters closing it: "Jane Doe MD OBE" -> "Jane Doe"."""
        end = len(words)
        while end > 0 and _key([words[end - 1]]) in self.post:
            end -= 1
        return words[:end]


def joined_to_names(parts: list[Part], forms: NameForms, read: Callable[[str, str], Part],
                    printed: str) -> list[Part]:
    """The parts with a legal form or a generation's mark printed after a comma joined to the name before it:
    "Acme, Inc." and "Acme Co., Ltd." are one firm, "John Smith, Jr." one person, never a second source. Only
    where the comma closes the name as printed ("Acme , Inc." is no firm's name the credit prints)."""
    joined: list[Part] = []
    printed = " ".join(printed.split())
    for part in parts:
        before = joined[-1] if joined else None
        if before is not None and part.joiner == "," \
                and f"{before.text.strip()}, {part.text.strip()}" not in printed:
            joined.append(part)
            continue
        slashed = f"{before.text.split()[-1]}/{part.text.strip()}" if before and before.text.split() else ""
        if before is not None and part.joiner == "/" and " " in before.text.strip() and forms.legal_form(slashed):
            firm = read(f"{before.text}/{part.text.strip()}", before.joiner)  # "Maersk A/S": the slash is the form's
            joined[-1] = replace(firm, kind=Kind.ORG) if firm.kind is not Kind.AGENCY else firm
        elif before is None or part.joiner != "," or not before.name:
            joined.append(part)
        elif forms.legal_form(part.text) and before.kind is Kind.AGENCY:
            joined.append(Part(part.text, Kind.DROPPED, "", part.joiner))  # "Reuters, Inc.": the known agency's form
        elif forms.legal_form(part.text):
            text = f"{before.text}, {part.text.strip()}"
            firm = read(text, before.joiner)
            joined[-1] = replace(firm, kind=Kind.ORG) if firm.kind is not Kind.AGENCY else firm
        elif forms.generation(part.text) and before.kind is Kind.PERSON:
            joined[-1] = replace(before, text=f"{before.text}, {part.text.strip()}",
                                 name=f"{before.name}, {part.text.strip()}")
        else:
            joined.append(part)
    return joined


def initial_before_surname(chunk: str, name: str, dropped: frozenset[str]) -> bool:
    """Whether a dropped word (folded in `dropped`) shaped as a given name's initial opens `chunk` before one surname,
    `name`, what is left: "Ph. Dupont", where the French press abbreviates Philippe so (review 31); its "Ph." for
    "photo" stands before a full name or a body's ("Ph. Pascal Mulumba", "Ph. MONUSCO")."""
    text = chunk.strip()
    head = text[:-len(name)].strip() if name and text.endswith(name) else ""
    return (_GIVEN_INITIAL.fullmatch(head) is not None and fold(head) in dropped
            and len(name.split()) == 1 and name[:1].isupper() and not name.isupper() and name.isalpha())
