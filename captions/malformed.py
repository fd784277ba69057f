"""Credits that could not be read whole: an unclosed bracket, an empty credit,
a lead-in word with nothing after it, a joiner with nothing after it.

Two pure functions: `credit_problem` judges one credit as printed (all a
catalogue keeps of it), `scan_page` looks through a page dump for the broken
credits the page parser could not take as credits at all (`Photograph:` ending
a line, `[]` closing a caption, `[Jane Doe/Unknown Org` with no `]`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .parse.credit import Context, read_credit
from .parse.page import MAX_CREDIT
from .knowledge.registry import AgencyRegistry
from .text import fold, strip_tags

_SENTENCE_END = ".!?\"”’)]/|"
_EMPTY_BRACKETS = re.compile(r"(?:^|(?<=[.!?\"”’)\]]))\s*(\[\s*\]|\(\s*\))\s*$")
_LAST_TOKEN = re.compile(r"(\S+)\s*$")
_OPENERS = {"[": "]", "(": ")"}


@dataclass(frozen=True)
class Malformed:
    line: int | None   # 1-based line of the page where it was found; None when judged from the credit alone
    credit: str        # the credit text as printed (may be empty)
    problem: str       # what is wrong, as a phrase: 'unclosed bracket "["'


def _unbalanced(raw: str) -> str | None:
    for opener, closer in _OPENERS.items():
        if raw.count(opener) > raw.count(closer):
            return opener
        if raw.count(closer) > raw.count(opener):
            return closer
    return None


@lru_cache(maxsize=8)
def _leadins(registry: AgencyRegistry) -> tuple[tuple[str, ...], frozenset[str]]:
    """The credit lead-ins that are not also page controls ("toggle caption"), longest first, and their folded forms."""
    m = registry.markers
    controls = {fold(x) for x in (*m.controls, *m.repeat_markers)}
    leadins = tuple(sorted((x for x in m.credit_leadins if fold(x) not in controls), key=len, reverse=True))
    return leadins, frozenset(fold(x) for x in leadins)


def credit_problem(raw: str, registry: AgencyRegistry) -> str | None:
    """What keeps this credit, as printed, from being read whole; None when nothing does.

    >>> credit_problem("KCNA via", registry)
    'ends in "via" with nothing after it'
    """
    text = raw.strip()
    if not text:
        return "empty credit"
    if fold(text) in _leadins(registry)[1]:
        return f'lead-in "{text}" with nothing after it'
    bracket = _unbalanced(text)
    if bracket is not None:
        return f'unclosed bracket "{bracket}"' if bracket in _OPENERS else f'unmatched bracket "{bracket}"'
    if read_credit(text, registry).dangling:
        last = _LAST_TOKEN.search(text)
        return f'ends in "{last.group(1) if last else text}" with nothing after it'
    return None


def scan_page(text: str, registry: AgencyRegistry) -> list[Malformed]:
    """Broken credits at the ends of a page dump's lines, in line order."""
    leadins, _ = _leadins(registry)
    lines = text.split("\n")
    found: list[Malformed] = []
    for i, raw in enumerate(lines):
        line = strip_tags(raw).rstrip()
        if not line.strip():
            continue
        tail = line[-(MAX_CREDIT + 40):]
        problem = (
            _empty_brackets(tail)
            or _dangling_leadin(tail, leadins, lines, i, registry)
            or _unclosed_bracket(tail, registry)
        )
        if problem is not None:
            found.append(Malformed(i + 1, *problem))
    return found


def _empty_brackets(tail: str) -> tuple[str, str] | None:
    m = _EMPTY_BRACKETS.search(tail)
    if m is None or not tail[: m.start()].strip():
        return None  # "[]" alone on a line is no credit left empty
    return m.group(1), "empty credit"


def _dangling_leadin(
    tail: str, leadins: tuple[str, ...], lines: list[str], i: int, registry: AgencyRegistry
) -> tuple[str, str] | None:
    lowered = tail.casefold()
    for leadin in leadins:
        if not lowered.endswith(leadin.casefold()):
            continue
        before = tail[: len(tail) - len(leadin)].rstrip()
        if before and before[-1] not in _SENTENCE_END:
            return None  # "a photo by" in prose, "(c)" closing a list
        if _next_is_credit(lines, i, registry):
            return None  # the credit stands on the next line
        printed = tail[len(tail) - len(leadin):]
        return printed, f'lead-in "{printed}" with nothing after it'
    return None


def _next_is_credit(lines: list[str], i: int, registry: AgencyRegistry) -> bool:
    for raw in lines[i + 1 :]:
        line = strip_tags(raw).strip()
        if line:
            return len(line) <= MAX_CREDIT and read_credit(line, registry).is_credit(Context.MARKED)
    return False


def _unclosed_bracket(tail: str, registry: AgencyRegistry) -> tuple[str, str] | None:
    for opener, closer in _OPENERS.items():
        start = tail.rfind(opener)
        if start < 0 or closer in tail[start:]:
            continue
        if start > 0 and not tail[start - 1].isspace():
            continue
        inner = tail[start + 1 :].strip().rstrip(".").strip()
        if inner and read_credit(inner, registry).is_credit(Context.ENCLOSED):
            return tail[start:].strip(), f'unclosed bracket "{opener}"'
    return None
