#!/usr/bin/env python3
"""Metamorphic robustness to people's names: does the reader give the same answer when only the photographers'
names on a page change?

    python benchmarks/metamorphic_names.py [DIR ...] [--show N] [--only FAMILY,FAMILY]

For each labelled page (a .txt dump or an .html page with its .truth.yaml; default /work/shared/corpus,
/work/pool/all and /work/shared/html) the truth's photographers are looked up in the page's text and each one
found is replaced, everywhere and in the case the page prints it (`JO LI`, `Jo Li`, `jo li`), by a name of the
family: the page's first photographer by the family's first name, the second by its second ... (photographers
past the family's list are left as they are). The page is read as `captions catalog` reads it, the new names
are mapped back to the old ones in every field of the answer (in the case they come out in), and the answer is
compared with the original page's (metamorphic.differences). The case families change no name but its case:
`capitals` prints a mixed-case name in capitals, `mixed-case` a name printed in capitals as First Last.
Latin families apply to names in Latin letters; the `script-*` families to names in Chinese/Japanese, Hangul,
Cyrillic or Arabic letters, each replaced by a name of the same script and as many letters and words. All
names here are invented. A measuring script: it always exits 0.
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
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from metamorphic import differences, print_report, read

from captions.inputs.sources import decode, read_page
from captions.parse.html.page import read_html_page

DEFAULT_DIRS = ("/work/shared/corpus", "/work/pool/all", "/work/shared/html")

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'\u2019-]*")
_HAN = re.compile(r"[\u3400-\u9fff\u3040-\u30ff]+")
_HANGUL = re.compile(r"[\uac00-\ud7af]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+(?: [\u0400-\u04ff]+)*")
_ARABIC = re.compile(r"[\u0600-\u06ff]+(?: [\u0600-\u06ff]+)*")


class Family(NamedTuple):
    name: str
    names: tuple[str, ...]          # the new names, in the order the page's photographers take them
    script: re.Pattern[str] = _LATIN


FAMILIES = (
    Family("one-word", ("Sutarno", "Wulandari", "Prasetyo", "Hendrawan")),
    Family("initials-dotted", ("J. R. Okafor", "T. K. Mensah", "A. Lindqvist", "M. S. Oyelaran")),
    Family("initials-bare", ("JR Okafor", "TK Mensah", "AB Lindqvist", "MS Oyelaran")),
    Family("particle-van-der", ("Pieter van der Berg", "Anouk van den Heuvel", "Joost van der Meer")),
    Family("particle-de-la", ("Lucía de la Cruz", "Tomás de la Vega", "Inés de los Ríos")),
    Family("particle-bin", ("Ahmad bin Abdullah", "Faizal bin Harun", "Nurul binti Osman")),
    Family("particle-al", ("Omar Al-Masri", "Layla al-Haddad", "Samir Al Tamimi")),
    Family("particle-ben", ("Karim ben Youssef", "Nadia Ben Salah", "Hedi ben Amor")),
    Family("particle-da", ("João da Silva", "Beatriz dos Santos", "Rui da Costa Lemos")),
    Family("particle-mc-o", ("Liam McAllister", "Siobhan O'Rourke", "Aidan MacNeill", "Ciara O'Donnell")),
    Family("three-four-parts", ("María José Fernández Ruiz", "Juan Pablo Ortega", "Ana Lucía Mejía Cárdenas")),
    Family("hyphenated", ("Anna-Lena Kühn-Weber", "Jean-Luc Moreau-Petit", "Kwame Asante-Boateng")),
    # given names and surnames that are also English words
    Family("also-words", ("Will Grant", "Rose Hope", "Faith Bay", "Grace Park", "Sky Lane", "May Day")),
    # given names that are also places: common given names in English-speaking countries
    Family("also-places", ("Paris Green", "Sydney Lowe", "Jordan Mercer", "Chelsea Ward")),
    # surnames that are also words of outlets' names: Reuter, Post and Press are surnames people carry
    Family("also-outlets", ("Sam Reuter", "Nina Post", "Leo Press")),
    Family("capitals", ()),
    Family("mixed-case", ()),
    Family("script-han", ("孟晓", "韩德明", "欧阳秀兰", "蔡"), _HAN),
    Family("script-hangul", ("민수", "김민수", "남궁민수", "조"), _HANGUL),
    Family("script-cyrillic", ("Иван Петров", "Ольга Смирнова", "Пётр Алексеевич Ковалёв"), _CYRILLIC),
    Family("script-arabic", ("سالم", "أحمد سالم", "ليلى حسن العمري"), _ARABIC),
)


# --- names: which a page prints, and their replacements ---

def _in_case(new: str, printed: str) -> str:
    """The new name in the case the old one is printed in."""
    if sum(c.isupper() for c in printed) > sum(c.islower() for c in printed):
        return new.upper()  # "JO LI", and "UARLEN VALéRIO" as a page printed it
    if printed.islower():
        return new.lower()
    return new


def _pattern(name: str) -> str:
    """The name as a whole word: none of its letters go on before it, nor after it in lower case (a page that
    glues a caption to its credit, "Jo LiThe crowd ...", still prints the name)."""
    if not _LATIN.fullmatch(name):
        return re.escape(name)
    return rf"(?<![^\W_]){re.escape(name)}(?!(?-i:[a-z\u00df-\u00ff])|[\d_])"


def _script_alike(old: str, pool: tuple[str, ...], taken: set[str]) -> str | None:
    """A name of the pool with as many words and letters in each as the old one (Han and Hangul: letters)."""
    shape = [len(w) for w in old.split()]
    for new in pool:
        if new not in taken and [len(w) for w in new.split()] == shape:
            return new
    return None


def renaming(text: str, people: list[str], family: Family) -> dict[str, str]:
    """{old: new} for each photographer of the truth printed on the page that the family has a name for."""
    once: dict[str, str] = {}
    for person in people:
        once.setdefault(person.casefold(), person)  # "Jo Li" and "JO LI" of two pictures are one person
    found = [p for p in once.values() if family.script.fullmatch(p) and re.search(_pattern(p), text, re.IGNORECASE)]
    out: dict[str, str] = {}
    if family.name == "capitals":
        return {p: p.upper() for p in found if not p.isupper() and re.search(_pattern(p), text)}
    if family.name == "mixed-case":
        return {p: p.title() for p in found if re.search(_pattern(p.upper()), text) and p.upper() != p.title()}
    for i, old in enumerate(found):
        new = (_script_alike(old, family.names, set(out.values())) if family.script is not _LATIN
               else family.names[i] if i < len(family.names) else None)
        if new:
            out[old] = new
    return out


def replace_all(text: str, mapping: dict[str, str], case_of_page: bool) -> tuple[str, dict[str, str]]:
    """The text with every printing of each old name replaced by its new one, longest first, in one pass (the
    printed case kept unless `case_of_page` is off: the case families print the new name as it is), and what each
    new printing replaced ("J. R. OKAFOR" -> "UARLEN VALéRIO"), to read it back."""
    if not mapping:
        return text, {}
    olds = sorted(mapping, key=len, reverse=True)
    lowered = {o.casefold(): o for o in olds}
    rx = re.compile("|".join(_pattern(o) for o in olds), re.IGNORECASE)
    printed: dict[str, str] = {}

    def sub(m: re.Match[str]) -> str:
        new = mapping[lowered[m.group().casefold()]]
        new = _in_case(new, m.group()) if case_of_page else new
        printed.setdefault(new, m.group())
        return new
    return rx.sub(sub, text), printed


def back(mapping: dict[str, str], printed: dict[str, str]) -> Callable[[str], str]:
    """The normalisation of an answer's field: a new name read as the old one, as the page printed it where the
    answer keeps the printing, else in the case the answer gives it. For the case families, every case of the
    name reads as its truth's spelling."""
    if all(new.casefold() == old.casefold() for old, new in mapping.items()):
        rx = re.compile("|".join(_pattern(o) for o in sorted(mapping, key=len, reverse=True)), re.IGNORECASE)
        canon = {o.casefold(): o for o in mapping}
        return lambda s: rx.sub(lambda m: canon[m.group().casefold()], s)
    reverse = {new: old for old, new in mapping.items()}
    rx = re.compile("|".join(_pattern(n) for n in sorted(reverse, key=len, reverse=True)), re.IGNORECASE)
    canon = {n.casefold(): n for n in reverse}
    return lambda s: rx.sub(lambda m: printed.get(m.group()) or _in_case(reverse[canon[m.group().casefold()]],
                                                                            m.group()), s)


# --- pages ---

class Page(NamedTuple):
    path: str
    text: str
    people: list[str]
    answer: dict


def read_html(data: bytes, source: str) -> dict | None:
    """An HTML page read as `captions catalog` reads a file, as metamorphic.read's plain values."""
    page, _ = read_page("-", stream=io.BytesIO(data))
    if page is None:
        return None
    article = read_html_page(page.text, id="page", source=source).article
    return {"title": article.title, "photos": [
        {"description": p.description, "caption": p.caption, "credit": c.raw if c else None,
         "photographers": tuple(c.photographers) if c else (), "agencies": tuple(c.agencies) if c else (),
         "via": tuple(c.via) if c else ()} for p in article.photos for c in [p.credit]]}


def reader(path: str) -> Callable[[bytes, str], dict | None]:
    return read_html if path.endswith(".html") else read


def labelled_pages(dirs: list[str]) -> list[Page]:
    out = []
    for d in dirs:
        for n in sorted(os.listdir(d)):
            stem, ext = os.path.splitext(n)
            truth = os.path.join(d, stem + ".truth.yaml")
            if ext not in (".txt", ".html") or not os.path.exists(truth):
                continue
            path = os.path.join(d, n)
            with open(truth, encoding="utf-8") as f:
                doc = yaml.safe_load(f) or {}
            people = [p for photo in doc.get("photos") or [] if isinstance(photo, dict)
                      for p in photo.get("photographers") or [] if isinstance(p, str) and p.strip()]
            with open(path, "rb") as f:
                data = f.read()
            text = decode(data, path)[0] if ext == ".txt" else data.decode("utf-8", "replace")
            answer = reader(path)(data, path) if text is not None else None
            if people and text is not None and answer is not None:
                out.append(Page(path, text, people, answer))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", default=[d for d in DEFAULT_DIRS if os.path.isdir(d)])
    ap.add_argument("--show", type=int, default=3, help="differences shown per family")
    ap.add_argument("--only", default="", help="comma-separated family names")
    args = ap.parse_args(argv)
    chosen = [f for f in FAMILIES if not args.only or f.name in args.only.split(",")]
    pages = labelled_pages(args.dirs)
    print(f"{len(pages)} pages with photographers, {sum(len(p.answer['photos']) for p in pages)} pictures "
          f"from {', '.join(args.dirs)}\n")
    rows: list[tuple[str, int, int, int]] = []
    shown: dict[str, list[str]] = {}
    for family in chosen:
        touched = changed_pages = changed_pictures = 0
        notes: list[str] = []
        for page in pages:
            mapping = renaming(page.text, page.people, family)
            moved, printed = replace_all(page.text, mapping, family.name not in ("capitals", "mixed-case"))
            if moved == page.text:
                continue
            touched += 1
            after = reader(page.path)(moved.encode("utf-8"), page.path)
            label = f"{os.path.basename(page.path)} [{', '.join(f'{o} -> {n}' for o, n in mapping.items())}]"
            if after is None:
                changed_pages += 1
                changed_pictures += len(page.answer["photos"])
                notes.append(f"{label}: not read")
                continue
            pictures, found = differences(page.answer, after, back(mapping, printed))
            if found:
                changed_pages += 1
                changed_pictures += pictures
                notes += [f"{label} {field}: {old!r} -> {new!r}" for field, old, new in found[:2]]
        rows.append((family.name, touched, changed_pages, changed_pictures))
        shown[family.name] = notes
    print_report(rows, shown, args.show, width=18)
    return 0


if __name__ == "__main__":
    sys.exit(main())
