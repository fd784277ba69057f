#!/usr/bin/env python3
"""Metamorphic robustness: does the reader give the same answer when only a credit's agency changes?

    python benchmarks/metamorphic_agencies.py [DIR ...] [--show N] [--only NAME,NAME]

Each labelled page (a dump .txt or an .html with a .truth.yaml; default /work/shared/corpus, /work/pool/all and
/work/shared/html) is read as `captions catalog` reads it (metamorphic.read; HTML as metamorphic_html.read), then once for each agency of its truth and each replacement of
the family, that agency alone changed: every printed form of it (its truth name and its registry spellings in
Latin letters, whole words) replaced everywhere in the page by the replacement, case kept as printed ("REUTERS"
-> "EFE", "Reuters" -> "Kessel Daily", "REUTERS" -> "KESSEL DAILY"). The expected answer is the original one with
the same replacement made in every field, an agency named as the credit reader names the replacement (its
canonical name if known, else as printed; compared case-folded). A replacement already on the page is skipped.

Families (each replacement its own row):
- wire: another registry wire of the same print shape (Reuters <-> EFE, AFP <-> ANSA, AP <-> dpa; else a
  capitals acronym for a capitals acronym, a word for a word), for the truth's agencies the registry knows;
- state: a state agency of the registry in its printed form (Xinhua, WAM, Yonhap, Bernama, ANTARA), same agencies;
- desk: an unknown desk of the outlet (Kessel Daily, Kessel Daily Photo Desk, KDN, Kessel.news), for the truth's
  agencies that are no wire (SPEC: an unknown agency keeps its printed name);
- person-like: an unknown agency that looks like a person's name (Marlow Bright), same agencies: ambiguous by
  nature, reported only.
A measuring script: it always exits 0.
"""
from __future__ import annotations

import argparse
import io
import os
import re
import sys
from collections.abc import Callable
from typing import NamedTuple

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from benchmarks.metamorphic import PHOTO_FIELDS, print_report, read as read_dump  # noqa: E402
from captions.inputs.sources import decode, read_page  # noqa: E402
from captions.knowledge.registry import bundled_registry  # noqa: E402
from captions.parse.html.page import read_html_page  # noqa: E402

DEFAULT_DIRS = ("/work/shared/corpus", "/work/pool/all", "/work/shared/html")
REGISTRY = bundled_registry()
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9 .&'-]*")

WIRE_PAIRS = {"Reuters": "EFE", "EFE": "Reuters", "AFP": "ANSA", "ANSA": "AFP", "AP": "dpa", "dpa": "AP"}
WIRE_ACRONYMS = ("EFE", "ANSA", "AAP", "AFP")
WIRE_WORDS = ("Reuters", "Bloomberg", "Kyodo")


class Family(NamedTuple):
    name: str
    row: str                                   # the row it counts in
    pick: Callable[[str, str], str | None]     # (truth agency, its form as printed) -> replacement, or None: not asked
    known_only: bool                           # only for agencies the registry knows; else only for no wire


def _is_wire(agency: str) -> bool:
    known = REGISTRY.lookup(agency)
    return known is not None and known.kind == "wire"


def _wire(agency: str, printed: str) -> str | None:
    if agency in WIRE_PAIRS:
        return WIRE_PAIRS[agency]
    pool = WIRE_ACRONYMS if re.fullmatch(r"[A-Z]{2,6}", printed) else WIRE_WORDS if re.fullmatch(
        r"[A-Z][a-z]+", printed) else ()
    return next((w for w in pool if REGISTRY.lookup(w) is not REGISTRY.lookup(agency)), None)


def _fixed(name: str) -> Callable[[str, str], str | None]:
    return lambda agency, printed: name


FAMILIES = (
    Family("wire", "wire same shape", _wire, True),
    *(Family("state", f"state {n}", _fixed(n), True) for n in ("Xinhua", "WAM", "Yonhap", "Bernama", "ANTARA")),
    *(Family("desk", f"desk {n}", _fixed(n), False) for n in ("Kessel Daily", "Kessel Daily Photo Desk", "KDN",
                                                              "Kessel.news")),
    Family("person-like", "person-like Marlow Bright", _fixed("Marlow Bright"), False),
)


# --- the printed forms of an agency and their replacement ---

def forms(agency: str) -> list[str]:
    """The agency's spellings in Latin letters, longest first: the truth's name and the registry's."""
    if not _LATIN.fullmatch(agency):
        return []
    known = REGISTRY.lookup(agency)
    found = [agency, *(known.spellings() if known else ())]
    return sorted({f for f in found if _LATIN.fullmatch(f)}, key=len, reverse=True)


def pattern(agency: str) -> re.Pattern[str]:
    """Whole-word forms, not in a web address; one of two letters (AP, PA) only as spelled or in capitals."""
    parts = []
    for f in forms(agency):
        word = re.escape(f)
        if len(f) <= 2:
            parts.append(f"{word}|{re.escape(f.upper())}")
        else:
            parts.append(f"(?i:{word})")
    return re.compile(rf"(?<![\w@-])(?<!www\.)(?:{'|'.join(parts)})(?![\w@-]|\.\w)")


def cased(printed: str, replacement: str, spellings: list[str]) -> str:
    """The replacement in the case the page prints the agency: as spelled, in capitals or in lower case."""
    if printed in spellings and not (printed.isupper() and (" " in printed or len(printed) > 4)):
        return replacement  # "AP" -> "dpa"; but "O TEMPO" -> "KESSEL DAILY"
    if printed.isupper():
        return replacement.upper()
    if printed.islower() and not replacement.isupper():  # "pool" -> "kessel daily"; an acronym stays in capitals
        return replacement.lower()
    return replacement


def substitution(agency: str, replacement: str) -> Callable[[str], str]:
    regex, spellings = pattern(agency), forms(agency)
    return lambda text: regex.sub(lambda m: cased(m.group(), replacement, spellings), text)


def named(printed: str) -> str:
    """The agency name the credit reader gives a printed agency: canonical if known, else as printed."""
    return REGISTRY.credited_name(printed) or printed


# --- reading and comparing ---

def read(data: bytes, source: str) -> dict | None:
    """The answer for a page's bytes as metamorphic.read gives it, an HTML page's too."""
    if not source.endswith(".html"):
        return read_dump(data, source)
    page, _ = read_page("-", stream=io.BytesIO(data))
    if page is None:
        return None
    article = read_html_page(page.text, id="page", source=source).article
    return {"title": article.title, "photos": [
        {"description": p.description, "caption": p.caption, "credit": c.raw if c else None,
         "photographers": tuple(c.photographers) if c else (), "agencies": tuple(c.agencies) if c else (),
         "via": tuple(c.via) if c else ()} for p in article.photos for c in [p.credit]]}


def expected(answer: dict, swap: Callable[[str], str]) -> dict:
    photos = []
    for p in answer["photos"]:
        q = {k: swap(v) if isinstance(v, str) else v for k, v in p.items()}
        q["photographers"] = tuple(swap(v) for v in p["photographers"])
        q["agencies"] = tuple(dict.fromkeys(named(swap(v)) for v in p["agencies"]))
        q["via"] = tuple(dict.fromkeys(named(swap(v)) for v in p["via"]))
        photos.append(q)
    return {"title": swap(answer["title"]) if answer["title"] else answer["title"], "photos": photos}


def compare(want: dict, got: dict) -> tuple[set[int], list[tuple[str, object, object]]]:
    """The pictures whose reading differs, and each difference (field, wanted, got); agencies case-folded."""
    found: list[tuple[str, object, object]] = []
    changed: set[int] = set()
    if want["title"] != got["title"]:
        found.append(("title", want["title"], got["title"]))
    a, b = want["photos"], got["photos"]
    if len(a) != len(b):
        found.append(("pictures", len(a), len(b)))
        changed.update(range(min(len(a), len(b)), max(len(a), len(b))))
    for i, (pa, pb) in enumerate(zip(a, b)):
        for name in PHOTO_FIELDS:
            va, vb = pa[name], pb[name]
            if name in ("agencies", "via"):
                va, vb = tuple(v.casefold() for v in va), tuple(v.casefold() for v in vb)
            if va != vb:
                changed.add(i)
                found.append((f"#{i + 1} {name}", pa[name], pb[name]))
    return changed, found


def truth_agencies(path: str) -> list[str]:
    """The agencies of the page's truth, but one printed inside a photographer's name ("Smiley N. Pool")."""
    truth = os.path.splitext(path)[0] + ".truth.yaml"
    if not os.path.exists(truth):
        return []
    with open(truth, encoding="utf-8") as f:
        doc = yaml.safe_load(f) or {}
    photos = [p for p in doc.get("photos") or [] if isinstance(p, dict)]
    people = [n for p in photos for n in p.get("photographers") or []]
    names = dict.fromkeys(n for p in photos for n in p.get("agencies") or [])
    return [n for n in names if not forms(n) or not any(pattern(n).search(person) for person in people)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", default=list(DEFAULT_DIRS))
    ap.add_argument("--show", type=int, default=3, help="differences shown per row")
    ap.add_argument("--only", default="", help="comma-separated family names (wire, state, desk, person-like)")
    args = ap.parse_args(argv)
    chosen = [f for f in FAMILIES if not args.only or f.name in args.only.split(",")]
    pages = []
    for d in args.dirs:
        for n in sorted(os.listdir(d)):
            path = os.path.join(d, n)
            agencies = truth_agencies(path) if n.endswith((".txt", ".html")) else []
            if not agencies:
                continue
            with open(path, "rb") as handle:
                data = handle.read()
            text, _ = decode(data, path)
            answer = read(data, path) if text is not None else None
            if answer is not None and text is not None:
                pages.append((path, text, answer, agencies))
    print(f"{len(pages)} labelled pages crediting an agency, from {', '.join(args.dirs)}\n")
    rows: list[tuple[str, int, int, int]] = []
    shown: dict[str, list[str]] = {}
    for family in chosen:
        touched = changed_pages = changed_pictures = 0
        notes: list[str] = []
        for path, text, answer, agencies in pages:
            page_touched, page_changed = False, set[int]()
            for agency in agencies:
                if (REGISTRY.lookup(agency) is None) if family.known_only else _is_wire(agency):
                    continue
                m = pattern(agency).search(text) if forms(agency) else None
                if not m:
                    continue
                replacement = family.pick(agency, m.group())
                if replacement is None or re.search(rf"(?i)(?<!\w){re.escape(replacement)}(?!\w)", text) or \
                        named(replacement).casefold() in {named(a).casefold() for a in agencies}:
                    continue
                swap = substitution(agency, replacement)
                moved = swap(text)
                if moved == text:
                    continue
                page_touched = True
                after = read(moved.encode("utf-8"), path)
                if after is None:
                    page_changed.update(range(len(answer["photos"])))
                    notes.append(f"{os.path.basename(path)} [{agency} -> {replacement}]: not read")
                    continue
                pictures, found = compare(expected(answer, swap), after)
                page_changed |= pictures
                for field, old, new in found[:2]:
                    notes.append(f"{os.path.basename(path)} [{agency} -> {replacement}] {field}: {old!r} -> {new!r}")
            touched += page_touched
            changed_pages += bool(page_changed)
            changed_pictures += len(page_changed)
        rows.append((family.row, touched, changed_pages, changed_pictures))
        shown[family.row] = notes
    print_report(rows, shown, args.show, width=32)
    return 0


if __name__ == "__main__":
    sys.exit(main())
