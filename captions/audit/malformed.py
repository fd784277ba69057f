"""Credits that could not be read whole, judged from the credit as printed.

`credit_problem` judges one credit as printed (all a catalogue keeps of it):
an unclosed bracket, an empty credit, a lead-in word with nothing after it, a
joiner with nothing after it. Broken credits the page parser could not take
as credits at all are recorded by the parse itself (captions/parse/notes.py).
"""
from __future__ import annotations

from functools import lru_cache

from ..knowledge.registry import AgencyRegistry
from ..parse.credit import read_credit
from ..parse.markers import markers_for
from ..parse.notes import OPENERS
from ..text import fold


def _unbalanced(raw: str) -> str | None:
    for opener, closer in OPENERS.items():
        if raw.count(opener) > raw.count(closer):
            return opener
        if raw.count(closer) > raw.count(opener):
            return closer
    return None


@lru_cache(maxsize=8)
def _leadins(registry: AgencyRegistry) -> frozenset[str]:
    # "Cortesía", "Gentileza": a courtesy word opens a credit, and alone is a credit naming no one
    return frozenset(fold(x) for x in markers_for(registry).leadins) - registry.markers.standalone


def credit_problem(raw: str, registry: AgencyRegistry) -> str | None:
    """What keeps this credit, as printed, from being read whole; None when nothing does.

    >>> credit_problem("KCNA via", registry)
    'ends in "via" with nothing after it'
    """
    text = raw.strip()
    if not text:
        return "empty credit"
    if fold(text) in _leadins(registry):
        return f'lead-in "{text}" with nothing after it'
    bracket = _unbalanced(text)
    if bracket is not None:
        return f'unclosed bracket "{bracket}"' if bracket in OPENERS else f'unmatched bracket "{bracket}"'
    if read_credit(text, registry).dangling:
        last = text.split()[-1]
        return f'ends in "{last}" with nothing after it'
    return None
