"""A photographer and an agency parted by a spaced copyright sign, as Danish outlets print them: "(Foto: Jens Kragh
Munck © Ritzau Scanpix)" (markers.yaml's spaced_slash_marks). The sign is read as a slash only where that reading
names a person and then a known agency: "Il Castello Maniace di Siracusa © Ansa" is a caption and its credit."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .credit_parts import Kind
from .credit_reading import CreditReading


def copyright_joined(raw: str, reading: CreditReading, read: Callable[[str], CreditReading],
                     marks: tuple[str, ...]) -> CreditReading:
    """`reading` of `raw`, or, where a spaced mark parts a person's name from a known agency, that pair."""
    for mark in marks:
        spaced = f" {mark} "
        if raw.count(spaced) != 1:
            continue
        pair = read(raw.replace(spaced, " / "))
        if [p.kind for p in pair.parts] == [Kind.PERSON, Kind.AGENCY]:
            return replace(pair, raw=raw)
    return reading
