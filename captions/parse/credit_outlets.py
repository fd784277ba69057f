"""A person's name and a known outlet after it with no mark between them ("Jacques Nadeau Le Devoir"): the
credit reader asks this of a part no joiner split.
"""
from __future__ import annotations

from typing import Callable

from ..knowledge.registry import AgencyRegistry
from .credit_neighbours import agency_kind
from .credit_parts import Kind, Part

MAX_OUTLET_WORDS = 4  # an agency's words after a name with no mark between them: "La Presse canadienne"


def name_beside_outlet(registry: AgencyRegistry, part: Callable[[str, str], Part], chunk: str,
                       joiner: str) -> list[Part] | None:
    """A person's name and a known agency of several words after it with no mark between them, else None.

    "Jacques Nadeau Le Devoir", "Name La Presse canadienne": Le Devoir prints the photographer and the paper
    or wire on two lines of the credit, which a page's text joins with a space. Only an agency named in
    several words is read so: one word after a name may be the name's own ("Malcolm X"), but a known agency's
    initials in capitals are no name's ("Rich Pedroncelli AP", "Name AFP": McClatchy's papers print the
    photographer and the wire so, round 122)."""
    words = chunk.split()
    if registry.credited_name(chunk) is not None:
        return None
    last = words[-1] if len(words) >= 3 else ""
    # the name ends in a letter: "... Donald Trump. REUTERS/Name" closes a sentence before the wire
    smallest = 1 if len(last) >= 2 and last.isupper() and last.isalpha() and words[-2][-1:].isalpha() else 2
    for size in range(min(MAX_OUTLET_WORDS, len(words) - 2), smallest - 1, -1):
        head, outlet = " ".join(words[:-size]), " ".join(words[-size:])
        if not 2 <= len(words) - size <= 3 or not all(w[:1].isupper() for w in words[:-size]):
            continue
        if registry.credited_name(outlet) is None or registry.credited_name(head) is not None:
            continue
        # a platform's pictures are its users' under a licence: "Public Domain Wikimedia Commons" names no one
        if agency_kind(registry, outlet) == "platform":
            return None
        person = part(head, joiner)
        if person.kind is Kind.PERSON:
            return [person, part(outlet, "/")]
    return None
