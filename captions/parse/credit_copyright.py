"""A credit's spaced copyright sign read as a slash between two names, where that reading is plainly the credit's.

Danish outlets print it between the photographer and the agency: "(Foto: Jens Kragh Munck © Ritzau Scanpix)". Korean
wires print it between their name in Hangul and in Latin letters, "뉴스1 © News1", "뉴시스 © NEWSIS": one agency named
twice, listed once. Elsewhere the sign keeps its reading (markers.yaml's spaced_slash_marks): "Il Castello Maniace di
Siracusa © Ansa" is a caption and its credit."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from .credit_parts import Kind
from .credit_reading import CreditReading

if TYPE_CHECKING:
    from ..knowledge.registry import AgencyRegistry


def copyright_joined(raw: str, reading: CreditReading, read: Callable[[str], CreditReading],
                     marks: tuple[str, ...], registry: AgencyRegistry) -> CreditReading:
    """`reading` of `raw`, or, where a spaced mark parts a person's name from a known agency, or a known agency
    from itself in another script, that pair."""
    for mark in marks:
        spaced = f" {mark} "
        if raw.count(spaced) != 1:
            continue
        pair = read(raw.replace(spaced, " / "))
        kinds = [p.kind for p in pair.parts]
        # a lead-in or file mark around the pair names no one: "Photo: Name © AFP" is the same pair
        if [k for k in kinds if k is not Kind.DROPPED] == [Kind.PERSON, Kind.AGENCY]:
            return replace(pair, raw=raw)
        if kinds == [Kind.AGENCY, Kind.AGENCY] and Kind.AGENCY not in reading.kinds:
            first, second = (registry.recognise(p.name) for p in pair.parts)
            if first is not None and first == second:
                again = pair.parts[1]  # the same agency again: kept in the raw credit, no second name
                return replace(pair, raw=raw, parts=(pair.parts[0], replace(again, kind=Kind.DROPPED, name="")))
    return reading
