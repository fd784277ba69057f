"""One body's name a credit prints with an "and" in it: "Israel Nature and Parks Authority", "Colorado Parks and
Wildlife", "Ministry of Tourism and Antiquities" are one organisation, not a person and a body (credit.py)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import fold
from .credit_parts import Kind, Part

if TYPE_CHECKING:
    from ..knowledge.markers import Markers
    from .credit_part_reader import PartReader

_INITIAL_WORD = re.compile(r"[A-Z]\.?")  # "Jane M. Doe" is a person's name, not a body's field


def join_bodies(text: str, parts: list[Part], markers: Markers, part_reader: PartReader) -> None:
    """"Israel Nature and Parks Authority": an "and" between a name-shaped part and a part whose LAST word is
    an organisation word (or a body's word, markers.yaml's body_words) joins one body's name, not a person and a
    body, in `parts`. Two people ("Jo Li and Ann Berg") have no such word; "Jo Li and The Times" opens its body
    with the article and stays two."""
    org_words, bodies = markers.org_words, markers.bodies
    for n in range(len(parts) - 1, 0, -1):
        first, second = parts[n - 1], parts[n]
        words = second.name.split()
        last = fold(words[-1]) if words else ""
        # "Ministry of Tourism and Antiquities", "Department of Environment and Natural Resources": the body's
        # field goes on after the "and", in one word or two shaped like a name; a known agency ("... and AFP")
        # does not. A person named after a body by "and" is rarer in a credit than a body's second field.
        field_shaped = second.kind is Kind.WEAK_ORG or second.kind is Kind.PERSON and len(words) == 2 \
            and not any(_INITIAL_WORD.fullmatch(w) for w in words)
        # a job title's field goes on after "and" too ("Director of Sales and Marketing"); ", and" lists people
        if second.joiner == "and" and field_shaped and first.kind is Kind.DROPPED and first.joiner == "," \
                and part_reader.job_title(first.text) and f"{first.text.strip()} and " in text:
            parts[n] = Part(second.text, Kind.DROPPED, "", second.joiner)
            continue
        field_goes_on = field_shaped and part_reader.names_a_body_of(first.name.split())
        # a body's word closes the name too, even alone after the "and": "Colorado Parks and Wildlife";
        # a body's name may hold one before it: "Selangor Fire and Rescue Department"
        if second.joiner != "and" or not field_goes_on and (
                second.kind not in (Kind.ORG, Kind.WEAK_ORG) or words[:1] in (["The"], ["THE"])
                or not (last in org_words and len(words) >= 2 or last in bodies)
                or first.kind not in (Kind.PERSON, Kind.WEAK_ORG, Kind.ORG)):
            continue
        start = text.find(first.name)
        end = text.find(second.name, start + len(first.name)) if start >= 0 else -1
        if end < 0:
            continue
        name = text[start:end + len(second.name)]
        parts[n - 1:n + 1] = [Part(name, Kind.ORG, name, first.joiner, labels=second.labels)]


def courtesy_place(chunk: str, name: str, m: Markers) -> bool:
    """Whether `chunk` hands the picture over from a place by its name ("Courtesy of Pinellas County",
    markers.yaml's courtesy_words and courtesy_place_words): a place hands out no picture, its government does."""
    words = name.split()
    return (len(words) >= 2 and name[:1].isupper() and words[-1].capitalize() in m.courtesy_place_words
            and chunk.lower().startswith(tuple(w.lower() + " " for w in m.courtesy_words)))
