#!/usr/bin/env python3
"""Metamorphic robustness of the credit parser: does `parse_credit` give the same people and agencies when a
credit is spelled as another outlet could print it?

    python benchmarks/metamorphic_credits.py [--show N] [--only NAME,NAME]

Every distinct `credit` of the labelled truths (shared/corpus, shared/html, pool/all, examples) is parsed as it is
and after each transformation, each alone, where that transformation applies to it. A transformation also says
what the answer should then be (the original's, or it with the new name or the added via agency); both answers go
through one normalisation (NFC, typographic apostrophe as straight; case folded where the change is one of case
of a name or of an agency kept as printed) and are compared as (photographers, agencies, via). Credits whose
original reading is empty are left out. A measuring script: it always exits 0.
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from typing import NamedTuple

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from captions.knowledge.registry import bundled_registry
from captions.parse.credit import parse_credit

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCES = ("/work/shared/corpus", "/work/shared/html", "/work/pool/all", os.path.join(ROOT, "examples"))
REGISTRY = bundled_registry()


class Answer(NamedTuple):
    photographers: tuple[str, ...]
    agencies: tuple[str, ...]
    via: tuple[str, ...]


class Case(NamedTuple):
    kind: str          # the row of the table it counts in
    text: str          # the transformed credit
    expected: Answer   # what it should read as
    fold_case: bool    # compare with case folded (a name in capitals is kept as printed)


Transform = Callable[[str, Answer], Iterator[Case]]


def answer(raw: str) -> Answer:
    c = parse_credit(raw)
    return Answer(tuple(c.photographers), tuple(c.agencies), tuple(c.via))


def norm(a: Answer, fold_case: bool) -> Answer:
    def n(s: str) -> str:
        s = unicodedata.normalize("NFC", s).replace("\u2019", "'")
        return s.casefold() if fold_case else s
    return Answer(*(tuple(n(x) for x in field) for field in a))


def credits() -> list[str]:
    seen: dict[str, None] = {}
    for folder in SOURCES:
        for path in sorted(glob.glob(os.path.join(folder, "*.truth.yaml"))):
            with open(path, encoding="utf-8") as f:
                doc = yaml.safe_load(f) or {}
            for photo in doc.get("photos") or []:
                raw = photo.get("credit") if isinstance(photo, dict) else None
                if isinstance(raw, str) and raw.strip():
                    seen.setdefault(raw.strip(), None)
    return list(seen)


# --- where a credit prints its agencies and names ---

def _latin_spellings(name: str) -> list[str]:
    agency = REGISTRY.lookup(name)
    forms = [name, *(agency.aliases if agency else ())]
    return [f for f in forms if re.fullmatch(r"[A-Za-z][A-Za-z .&'-]*", f)]


def agency_spans(raw: str, a: Answer) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of each agency of the answer printed by its name or a Latin alias, whole words."""
    spans = []
    for name in dict.fromkeys(a.agencies):
        for form in sorted(_latin_spellings(name), key=len, reverse=True):
            m = re.search(rf"(?<![\w.-]){re.escape(form)}(?![\w-])", raw, re.IGNORECASE)
            if m:
                spans.append((m.start(), m.end(), name))
                break
    return spans


_SEPS = r"\s*(?:/|\||,|\s[-–—])\s*"
_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}"


def name_then_agency(raw: str, a: Answer) -> tuple[str, str] | None:
    """(name, agency as printed) where the credit is exactly one photographer and one known agency."""
    if len(a.photographers) != 1 or len(a.agencies) != 1 or a.via:
        return None
    spans = agency_spans(raw, a)
    m = re.fullmatch(rf"({_NAME}){_SEPS}(.+?)", raw)
    if not m or not spans or m.group(1) != a.photographers[0] or spans[0][:2] != (m.start(2), m.end(2)):
        return None
    return m.group(1), m.group(2)


# --- transformations: (credit, its answer) -> cases ---

_SLASH = re.compile(r"(?<=[^\W\d_])( ?)([/|])( ?)(?=[^\W\d_])")


def slash_spaces(raw: str, a: Answer) -> Iterator[Case]:
    if not _SLASH.search(raw):
        return
    for kind, before, after in (("slash-tight", "", ""), ("slash-spaced", " ", " "), ("slash-space-after", "", " ")):
        text = _SLASH.sub(lambda m, b=before, a=after: f"{b}{m.group(2)}{a}", raw)
        if text != raw:
            yield Case(kind, text, a, False)


def joiner_swap(raw: str, a: Answer) -> Iterator[Case]:
    pair = name_then_agency(raw, a)
    if pair:
        name, agency = pair
        for kind, sep, close in (("joiner-comma", ", ", ""), ("joiner-hyphen", " - ", ""), ("joiner-en-dash", " – ", ""),
                                 ("joiner-bar", " | ", ""), ("joiner-slash", "/", ""), ("joiner-brackets", " (", ")")):
            text = f"{name}{sep}{agency}{close}"
            if text != raw:
                yield Case(kind, text, a, False)


def agency_case(raw: str, a: Answer) -> Iterator[Case]:
    for start, end, name in agency_spans(raw, a):
        agency = REGISTRY.lookup(name)
        kept = agency is None or not agency.aliases  # outside the spec's table: named as printed
        for form in dict.fromkeys((name, name.upper(), *(s for s in _latin_spellings(name) if s != name))):
            if form != raw[start:end]:
                yield Case("agency-spelling", raw[:start] + form + raw[end:], a, kept)
        if end == len(raw):
            yield Case("agency-full-stop", raw + ".", a, False)


def credit_words(raw: str, a: Answer) -> Iterator[Case]:
    latin = re.search(r"[A-Za-z]", raw) is not None
    for word in ("Photo: ", "Foto: ", "Picture: ", "Image: ", "Credit: ", "Photograph by ", "© ", "(c) "):
        # an English lead-in before a credit in another script only is no spelling an outlet prints
        if (latin or not word[0].isalpha()) and not raw.lower().startswith(word.strip().lower()[:4]):
            yield Case("word-before " + word.strip(), word + raw, a, False)
    if a.agencies and not raw.lower().endswith("photo"):
        yield Case("word-after /File Photo", raw + " / File Photo", a, False)
    if a.agencies and not a.via and re.search(r"(?i)\bAFP\b", raw) and "Getty Images" not in a.agencies \
            and re.search(r"(?i)AFP\W*$", raw):
        yield Case("word-after via Getty", raw + " via Getty Images", Answer(a.photographers, (*a.agencies, "Getty Images"),
                                                     ("Getty Images",)), False)


def _named(raw: str, a: Answer) -> Iterator[tuple[str, int, str, str]]:
    """(name, its start, first words, surname) for each photographer printed once as First [Middle] Last."""
    for name in a.photographers:
        if raw.count(name) == 1 and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", name):
            first, _, last = name.rpartition(" ")
            yield name, raw.index(name), first, last


def _renamed(kind: str, raw: str, a: Answer, name: str, at: int, new: str, fold_case: bool = False) -> Case:
    people = tuple(new if p == name else p for p in a.photographers)
    return Case(kind, raw[:at] + new + raw[at + len(name):], a._replace(photographers=people), fold_case)


_ACCENT = {"a": "á", "e": "é", "o": "ö", "u": "ü"}


def _accented(word: str) -> str:
    """The word with its first of a, e, o, u accented ("Mwangi" -> "Mwángi")."""
    m = re.search(r"[aeou]", word)
    return word if not m else word[:m.start()] + _ACCENT[m.group()] + word[m.end():]


def name_forms(raw: str, a: Answer) -> Iterator[Case]:
    for name, at, first, last in _named(raw, a):
        if " " not in first:
            yield _renamed("name-middle-initial", raw, a, name, at, f"{first} K. {last}")
        yield _renamed("name-hyphenated", raw, a, name, at, f"{first} {last}-Okafor")
        yield _renamed("name-apostrophe", raw, a, name, at, f"{first} O'{last}")
        yield _renamed("name-apostrophe-curly", raw, a, name, at, f"{first} O\u2019{last}")
        accented = f"{first} {_accented(last)}"
        if accented != name:
            yield _renamed("name-accent-nfc", raw, a, name, at, accented)
            yield _renamed("name-accent-nfd", raw, a, name, at, unicodedata.normalize("NFD", accented))
        yield _renamed("name-capitals", raw, a, name, at, name.upper(), True)


def agency_tails(raw: str, a: Answer) -> Iterator[Case]:
    spans = agency_spans(raw, a)
    if spans and max(end for _, end, _ in spans) == len(raw):
        yield Case("tail-year", raw + " 2024", a, False)
        yield Case("tail-©-year", "© " + raw + " 2024", a, False)
        yield Case("tail-all-rights", raw + ". All rights reserved", a, False)
        yield Case("tail-all-rights-lower", raw + ", all rights reserved.", a, False)


TRANSFORMS: dict[str, Transform] = {
    "slash-spaces": slash_spaces, "joiner-swap": joiner_swap, "agency-case": agency_case,
    "credit-words": credit_words, "name-forms": name_forms, "agency-tails": agency_tails,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=3, help="differences shown per row")
    ap.add_argument("--only", default="", help="comma-separated transformation names")
    args = ap.parse_args(argv)
    wanted = [n for n in TRANSFORMS if not args.only or n in args.only.split(",")]
    originals = [(raw, answer(raw)) for raw in credits()]
    originals = [(raw, a) for raw, a in originals if a.photographers or a.agencies]
    print(f"{len(originals)} distinct credits with a reading\n")
    print("| transformation | row | credits touched | credits changed |")
    print("| --- | --- | --- | --- |")
    shown: dict[str, list[str]] = {}
    for name in wanted:
        touched: dict[str, int] = {}
        changed: dict[str, int] = {}
        for raw, a in originals:
            for c in dict.fromkeys(TRANSFORMS[name](raw, a)):
                touched[c.kind] = touched.get(c.kind, 0) + 1
                got = answer(c.text)
                if norm(got, c.fold_case) == norm(c.expected, c.fold_case):
                    continue
                changed[c.kind] = changed.get(c.kind, 0) + 1
                rows = shown.setdefault(c.kind, [])
                if len(rows) < args.show:
                    rows.append(f"  {raw!r} -> {c.text!r}\n      want {tuple(c.expected)}\n      got  {tuple(got)}")
        for kind, count in touched.items():
            print(f"| {name} | {kind} | {count} | {changed.get(kind, 0)} |")
    for kind, rows in shown.items():
        if not rows:
            continue
        print(f"\n{kind}:")
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
