"""A credit after a lead-in saying a person took the picture, in a script with no capitals.

Arabic papers print "... - تصوير: محمد إبراهيم" (photography: Name), Japanese
papers "...（撮影・佐藤健一）" (photographed by Name). A name's shape says nothing
in such a script, so a source the registry does not know is named as printed,
as an agency; after one of these lead-ins (markers.yaml's photographer_leadins)
a name of one to four such words is the photographer's. A known agency stays
one ("تصوير: رويترز", "撮影・共同"), and so does a body ("撮影・防衛省", "تصوير: الدفاع المدني").
"""
from __future__ import annotations

from typing import Sequence

from ..knowledge.markers import Markers
from ..text import fold
from .credit_parts import Kind
from .credit_reading import CreditReading
from .framed import uncased_name

MAX_NAME_WORDS = 4  # "عبد الله محمد الخطيب": longer is a body's name or a phrase
MAX_NAME_LETTERS = 12  # letters of one word of such a name


def unknown_uncased_name(reading: CreditReading, markers: Markers) -> str | None:
    """The one name a credit holds when it is an unknown name of one to four words in a script with no
    capitals, no body's; else None. Only such a name can be a photographer by a lead-in alone."""
    parts = reading.named()
    if len(parts) != 1 or parts[0].kind is not Kind.PROSE or parts[0].name != parts[0].text:
        return None  # "צילום: באדיבות המשפחה": courtesy of the family, whoever took it
    name = parts[0].name
    words = name.split()
    if not uncased_person_name(name):
        return None
    if name.endswith(tuple(markers.organisation_endings)) or words[0].startswith(tuple(markers.body_name_prefixes)):
        return None
    if any(fold(w) in markers.bodies for w in words):
        return None
    return name


def uncased_person_name(text: str) -> bool:
    """Whether a text could be a person's name in a script with no capitals: one to four words of such letters
    ("محمد سالم", "佐藤健一"; uncased_name allows a "·" inside a word)."""
    words = text.split()
    return 1 <= len(words) <= MAX_NAME_WORDS and all(uncased_name(w, MAX_NAME_LETTERS) for w in words)


def after_photographer_leadin(before: str, markers: Markers) -> bool:
    """Whether `before`, the text printed before a credit, ends with a lead-in saying a person took the
    picture (markers.yaml's photographer_leadins)."""
    return _ends_with_any(before.rstrip(), markers.photographer_leadins)


def _ends_with_any(text: str, leadins: Sequence[str]) -> bool:
    """Whether `text` ends with one of `leadins`, standing as a word of its own (a space, bracket or dash
    before it, or nothing)."""
    for leadin in leadins:
        if text.endswith(leadin):
            start = len(text) - len(leadin)
            if start == 0 or not text[start - 1].isalpha():
                return True
    return False
