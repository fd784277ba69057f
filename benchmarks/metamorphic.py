#!/usr/bin/env python3
"""Metamorphic robustness: does the reader give the same answer when only a page's spelling of white space,
line ends, dashes, quotes, case of lead-ins or Unicode form changes?

    python benchmarks/metamorphic.py [DIR ...] [--show N] [--only NAME,NAME]

Each page dump (.txt) of the folders (default /work/shared/corpus and /work/pool/all) is read as `captions
catalog` reads it (inputs.sources.decode on its bytes, then parse.page.parse_dump), once as it is and once after
each transformation, its text encoded back to UTF-8 bytes first (so a BOM goes through the decoder as a real one
would). Both answers go through the transformation's own normalisation (its inverse on the output text: NBSP ->
space, NFD -> NFC, typographic apostrophe -> straight ...), applied to both sides, then are compared field by
field: per picture (by place) its description, caption, credit text, photographers, agencies and via, and the
page's title and number of pictures. The line a picture is found on is not compared (doubling blank lines moves
it). A measuring script: it always exits 0.
"""
from __future__ import annotations

import argparse
import html
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from captions.inputs.sources import decode
from captions.parse.page import parse_dump

DEFAULT_DIRS = ("/work/shared/corpus", "/work/pool/all")
PHOTO_FIELDS = ("description", "caption", "credit", "photographers", "agencies", "via")


def _lines(f: Callable[[str], str]) -> Callable[[str], str]:
    """A transformation of each line (line ends kept as LF) but the dump's header (" date ..."): the crawler
    writes that line, not the outlet."""
    return lambda text: "\n".join(line if i == 0 and line.startswith(" date ") else f(line)
                                   for i, line in enumerate(text.split("\n")))


def _same(text: str) -> str:
    return text


# --- transformations (text -> text) and their normalisations (output field -> canonical form) ---

_SEPARATOR_SPACES = re.compile(r" (?=[|/])|(?<=[|/:©]) ")
_BEFORE_COLON = re.compile(r"(?<=\w) ?:(?= )")
_LONG_WORD = re.compile(r"\b([a-z]{6})([a-z]{6,})\b")    # a long lower-case word of prose: no name, no marker
_DASH_SEPARATOR = re.compile(r"(?<=\S) [-–—] (?=\S)")
_PIPES = "|｜¦"
_NAME_APOSTROPHE = re.compile(r"(?<=[A-Za-z])'(?=[A-Za-z])")
_LEADINS = re.compile(r"\b(Photos?|Fotos?|Photograph|Picture|Image|Credits?|Crédit|Source|Bild|Foto)(?=\s?:)")


def _nbsp_separators(text: str) -> str:
    return _SEPARATOR_SPACES.sub("\u00a0", text)


def _nnbsp_colon(text: str) -> str:
    return _BEFORE_COLON.sub("\u202f:", text)


def _in_long_words(mark: str) -> Callable[[str], str]:
    return _lines(lambda line: _LONG_WORD.sub(lambda m: m.group(1) + mark + m.group(2), line, count=1))


def _dashes(dash: str) -> Callable[[str], str]:
    return lambda text: _DASH_SEPARATOR.sub(f" {dash} ", text)


def _pipes(pipe: str) -> Callable[[str], str]:
    """A bar between words (`NAME | EFE`, `Photo | Name`) printed as another: not a table's edge, which is ASCII."""
    return lambda text: re.sub(rf"(?<=\S)[ \t]+[{_PIPES}][ \t]+(?=\S)", f" {pipe} ", text)


def _squeeze_blank_runs(text: str) -> str:
    return re.sub(r"\n(?:[ \t]*\n)+", "\n\n", text)


def _strip_nfkc_safe(text: str) -> str:
    """NFKC on each line of Latin, Greek or Cyrillic text only: the full-width forms CJK type prints are its own."""
    return "\n".join(line if re.search(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]", line)
                     else unicodedata.normalize("NFKC", line) for line in text.split("\n"))


def _no_spaces(chars: str) -> Callable[[str], str]:
    table = str.maketrans({c: " " for c in chars})
    return lambda s: re.sub(r" +", " ", s.translate(table))


def _no_chars(chars: str) -> Callable[[str], str]:
    return lambda s: s.translate(str.maketrans({c: None for c in chars}))


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")   # Chinese and Japanese: Korean type prints ASCII brackets
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HALF_BRACKETS = str.maketrans("（）［］：", "()[]:")
_FULL_BRACKETS = str.maketrans("()[]", "（）［］")


def _cjk_lines(f: Callable[[str], str]) -> Callable[[str], str]:
    """A change to the lines in Chinese or Japanese only (no Hangul): their pages print full-width forms or ASCII."""
    return _lines(lambda line: f(line) if _CJK.search(line) and not _HANGUL.search(line) else line)


class Transformation(NamedTuple):
    name: str
    apply: Callable[[str], str]
    norm: Callable[[str], str] = _same


TRANSFORMATIONS = (
    Transformation("crlf", lambda t: t.replace("\n", "\r\n")),
    Transformation("cr", lambda t: t.replace("\n", "\r")),
    Transformation("trailing-spaces", _lines(lambda line: line + "  ")),
    Transformation("trailing-tab", _lines(lambda line: line + "\t")),
    Transformation("indent-2", _lines(lambda line: "  " + line if line.strip() else line)),
    Transformation("indent-tab", _lines(lambda line: "\t" + line if line.strip() else line)),
    Transformation("blank-doubled", lambda t: re.sub(r"\n[ \t]*\n", "\n\n\n", t)),
    Transformation("blank-squeezed", _squeeze_blank_runs),
    Transformation("no-final-newline", lambda t: t.rstrip("\n")),
    Transformation("double-space-sentences", lambda t: re.sub(r"(?<=[.!?:]) (?=\S)", "  ", t), _no_spaces("")),
    Transformation("nbsp-separators", _nbsp_separators, _no_spaces("\u00a0")),
    Transformation("nnbsp-before-colon", _nnbsp_colon, lambda s: re.sub(r"\s?\u202f:|\s:", ":", s)),
    Transformation("bom", lambda t: "\ufeff" + t, _no_chars("\ufeff")),
    Transformation("zwsp-in-word", _in_long_words("\u200b"), _no_chars("\u200b")),
    Transformation("shy-in-word", _in_long_words("\u00ad"), _no_chars("\u00ad")),
    Transformation("nfd", lambda t: unicodedata.normalize("NFD", t), lambda s: unicodedata.normalize("NFC", s)),
    Transformation("nfc", lambda t: unicodedata.normalize("NFC", t), lambda s: unicodedata.normalize("NFC", s)),
    Transformation("nfkc-non-cjk", _strip_nfkc_safe, _strip_nfkc_safe),
    *(Transformation(f"dash-{name}", _dashes(dash), _dashes("-")) for name, dash in
      (("hyphen", "-"), ("en", "–"), ("em", "—"))),
    *(Transformation(f"pipe-{name}", _pipes(pipe), _pipes("|")) for name, pipe in
      (("fullwidth", "｜"), ("broken", "¦"))),
    Transformation("apostrophe-typographic", lambda t: _NAME_APOSTROPHE.sub("’", t), lambda s: s.replace("’", "'")),
    Transformation("apostrophe-straight", lambda t: re.sub(r"(?<=\w)’(?=\w)", "'", t), lambda s: s.replace("’", "'")),
    Transformation("quotes-typographic", lambda t: re.sub(r'"([^"\n]{1,80})"', "“\\1”", t),
                   lambda s: re.sub("[“”]", '"', s)),
    Transformation("copyright-(c)", lambda t: t.replace("© ", "(c) "), lambda s: s.replace("(c) ", "© ")),
    Transformation("ellipsis-dots", lambda t: t.replace("…", "..."), lambda s: s.replace("…", "...")),
    Transformation("cjk-brackets-ascii", _cjk_lines(lambda line: line.translate(_HALF_BRACKETS)),
                   lambda s: s.translate(_HALF_BRACKETS)),
    Transformation("cjk-brackets-fullwidth", _cjk_lines(lambda line: line.translate(_FULL_BRACKETS)),
                   lambda s: s.translate(_HALF_BRACKETS)),
    Transformation("cjk-slash-fullwidth", _cjk_lines(lambda line: line.replace("/", "／")),
                   lambda s: s.replace("／", "/")),
    Transformation("html-entities", lambda t: t.replace("&", "&amp;").replace("’", "&#8217;").replace("é", "&eacute;")
                   .replace("©", "&copy;"), html.unescape),
    Transformation("tab-after-colon", lambda t: re.sub(r"(?<=\w:) (?=\S)", "\t", t), _no_spaces("\t")),
    Transformation("leadin-upper", lambda t: _LEADINS.sub(lambda m: m.group().upper(), t),
                   lambda s: _LEADINS.sub(lambda m: m.group().upper(), s)),
    Transformation("leadin-lower", lambda t: _LEADINS.sub(lambda m: m.group().lower(), t),
                   lambda s: re.sub(_LEADINS.pattern, lambda m: m.group().upper(), s, flags=re.IGNORECASE)),
)


# --- reading and comparing ---

def read(data: bytes, source: str) -> dict | None:
    """The answer for a page's bytes, as plain values; None where it is not read."""
    text, _ = decode(data, source)
    if text is None:
        return None
    article = parse_dump(text, id="page", source=source).article
    photos = []
    for p in article.photos:
        credit = p.credit
        photos.append({"description": p.description, "caption": p.caption, "credit": credit.raw if credit else None,
                       "photographers": tuple(credit.photographers) if credit else (),
                       "agencies": tuple(credit.agencies) if credit else (), "via": tuple(credit.via) if credit else ()})
    return {"title": article.title, "photos": photos}


def _normal(value: object, norm: Callable[[str], str]) -> object:
    if isinstance(value, str):
        return norm(value).strip()
    if isinstance(value, tuple):
        return tuple(norm(v).strip() for v in value)
    return value


def differences(before: dict, after: dict, norm: Callable[[str], str]) -> tuple[int, list[tuple[str, object, object]]]:
    """How many pictures differ, and each difference as (field, before, after)."""
    found: list[tuple[str, object, object]] = []
    if _normal(before["title"], norm) != _normal(after["title"], norm):
        found.append(("title", before["title"], after["title"]))
    a, b = before["photos"], after["photos"]
    pictures = abs(len(a) - len(b))
    if len(a) != len(b):
        found.append(("pictures", len(a), len(b)))
    for i, (pa, pb) in enumerate(zip(a, b)):
        changed = False
        for name in PHOTO_FIELDS:
            va, vb = _normal(pa[name], norm), _normal(pb[name], norm)
            if va != vb:
                changed = True
                found.append((f"#{i + 1} {name}", pa[name], pb[name]))
        pictures += changed
    return pictures, found


def pages(dirs: list[str]) -> list[str]:
    return [os.path.join(d, n) for d in dirs for n in sorted(os.listdir(d)) if n.endswith(".txt")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", default=list(DEFAULT_DIRS))
    ap.add_argument("--show", type=int, default=3, help="differences shown per transformation")
    ap.add_argument("--only", default="", help="comma-separated transformation names")
    args = ap.parse_args(argv)
    chosen = [t for t in TRANSFORMATIONS if not args.only or t.name in args.only.split(",")]
    paths = pages(args.dirs)
    originals: dict[str, tuple[str, dict]] = {}
    for path in paths:
        with open(path, "rb") as handle:
            data = handle.read()
        text, _ = decode(data, path)
        answer = read(data, path) if text is not None else None
        if answer is not None and text is not None:
            originals[path] = (text, answer)
    total_pictures = sum(len(a["photos"]) for _, a in originals.values())
    print(f"{len(originals)} pages, {total_pictures} pictures from {', '.join(args.dirs)}\n")
    rows = []
    shown: dict[str, list[str]] = {}
    for t in chosen:
        touched = changed_pages = changed_pictures = 0
        notes: list[str] = []
        for path, (text, answer) in originals.items():
            moved = t.apply(text)
            if moved == text:
                continue
            touched += 1
            after = read(moved.encode("utf-8"), path)
            if after is None:
                changed_pages += 1
                changed_pictures += len(answer["photos"])
                notes.append(f"{os.path.basename(path)}: not read")
                continue
            pictures, found = differences(answer, after, t.norm)
            if found:
                changed_pages += 1
                changed_pictures += pictures
                for field, old, new in found[:2]:
                    notes.append(f"{os.path.basename(path)} {field}: {old!r} -> {new!r}")
        rows.append((t.name, touched, changed_pages, changed_pictures))
        shown[t.name] = notes
    print_report(rows, shown, args.show)
    return 0


def print_report(rows: list[tuple[str, int, int, int]], shown: dict[str, list[str]], show: int, width: int = 24) -> None:
    """The table of transformations (pages touched, pages and pictures changed) and the first differences of each."""
    print(f"{'transformation':<{width}} {'touched':>7} {'pages':>6} {'pictures':>9}   (touched: pages the change alters)")
    for name, touched, p, n in rows:
        print(f"{name:<{width}} {touched:>7} {p:>6} {n:>9}")
    for name, notes in shown.items():
        if notes:
            print(f"\n== {name} ({len(notes)} differences listed, first {show}):")
            for note in notes[:show]:
                print("  " + note[:400])


if __name__ == "__main__":
    sys.exit(main())
