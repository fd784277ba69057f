#!/usr/bin/env python3
"""Metamorphic locality: does a picture's reading stay the same when a neighbouring picture is removed, moved, or
the page is cut after it, or prose comes between two pictures?

    python benchmarks/metamorphic_locality.py [DIR ...] [--show N] [--only NAME,NAME] [--skipped]

Each labelled page dump of the folders (default /work/shared/corpus and /work/pool/all) whose truth holds three
pictures or more is read as `captions catalog` reads it. Each picture the reader finds is then located on the page:
its block is the lines from its catalogue `line` to the nearest line holding each of its description, caption and
credit (within 8 lines of it), blank lines included. The page is skipped (and said so with --skipped) where it
cannot be told honestly which lines are a picture's: a field found on no line near it, a block holding a text line
that is none of its own (story, another picture's text), two blocks sharing or crossing lines, fewer than three
pictures read. Then, each alone:

- delete-first, delete-middle, delete-last: picture k's block removed (and the blank line that closed it); where
  every slide prints one to three lines over its picture's own (a title, a counter: the same number of text lines
  between each two blocks and above the first), they are the block's too;
- swap-neighbours: the middle two neighbouring blocks swapped (the lines between them stay where they are);
- cut-after-2: the page up to the end of the second picture's block, then the page's last 10 lines (less any of
  a block cut across);
- prose-between: two sentences of invented prose (no credit words, in the page's language) after the block of
  the same picture as swap-neighbours' first.

The pictures expected after are the page's others (for cut-after-2: the first two and those in the last 10 lines),
matched with the new reading by caption, else description, else credit (metamorphic_layout.changed_pictures); a
picture lost, read with another field, or new is a changed picture. A measuring script: it always exits 0.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from typing import NamedTuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from metamorphic import DEFAULT_DIRS, print_report  # noqa: E402
from metamorphic_layout import _WORDS, _fields, _holds, changed_pictures, labelled, language  # noqa: E402

from captions.inputs.sources import decode  # noqa: E402
from captions.parse.page import parse_dump  # noqa: E402

NEAR = 8    # lines from a picture's catalogue line its fields may be printed on
TAIL = 10   # lines of the page's end kept by cut-after-2
MAX_SLIDE_LINES = 3   # lines a slide may print over its picture's own text: a title, a counter, a share link


def _has(line: str, value: str) -> bool:
    """The line prints the value: a long one's opening or close (metamorphic_layout._holds), a short one (a credit
    like `AP` closing a long caption) as a whole word."""
    if len(value) >= 12:
        return _holds(line, value)
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", " ".join(line.split())) is not None


def read(text: str, source: str) -> list[dict]:
    """The reader's pictures as plain values, with the (0-based) line each is catalogued on."""
    article = parse_dump(text, id="page", source=source).article
    out = []
    for p in article.photos:
        c = p.credit
        out.append({"line": p.line - 1, "description": p.description, "caption": p.caption,
                    "credit": c.raw if c else None, "photographers": tuple(c.photographers) if c else (),
                    "agencies": tuple(c.agencies) if c else (), "via": tuple(c.via) if c else ()})
    return out


class Page(NamedTuple):
    lines: list[str]
    photos: list[dict]
    blocks: list[tuple[int, int]]   # per picture, its first and last line (inclusive), in page order
    lang: str


def locate(lines: list[str], photos: list[dict]) -> tuple[list[tuple[int, int]] | None, str]:
    """Each picture's block, or None and why the page cannot be cut into them honestly."""
    if len(photos) < 3:
        return None, f"{len(photos)} pictures read"
    blocks, own = [], []
    for k, photo in enumerate(photos):
        at = photo["line"]
        held = {at} if 0 <= at < len(lines) and lines[at].strip() else set()
        for value in _fields(photo):
            near = [i for i in range(max(0, at - NEAR), min(len(lines), at + NEAR + 1)) if _has(lines[i], value)]
            if not near:
                return None, f"#{k + 1} {value[:40]!r} on no line near {at + 1}"
            held.add(min(near, key=lambda i: abs(i - at)))
        if not held:
            return None, f"#{k + 1} holds no line"
        a, b = min(held), max(held)
        values = _fields(photo)
        # a field wrapped onto the next line ("Name /", then "AFP"): each piece is part of the picture's block
        while b + 1 < len(lines) and (piece := " ".join(lines[b + 1].split())) and any(piece in v for v in values):
            b += 1
            held.add(b)
        stray = [i for i in range(a, b + 1) if lines[i].strip() and i not in held]
        if stray:
            return None, f"#{k + 1} block holds line {stray[0] + 1}, none of its own"
        blocks.append((a, b))
        own.append(held)
    taken = set().union(*own)
    for k, (a, b) in enumerate(blocks):   # its text printed again under it ("toggle caption <credit>")
        j = next((i for i in range(b + 1, len(lines)) if lines[i].strip()), None)
        flat = " ".join(lines[j].split()) if j is not None else ""
        if (j is not None and j not in taken and (k + 1 == len(blocks) or j < blocks[k + 1][0])
                and any(v in flat for v in _fields(photos[k]))):
            blocks[k] = (a, j)
            own[k].add(j)
    for k in range(len(blocks) - 1):
        if blocks[k][1] >= blocks[k + 1][0]:
            return None, f"#{k + 1} and #{k + 2} share or cross lines"
    for k in range(len(own) - 1):
        shared = own[k] & set().union(*own[k + 1:])
        if shared:
            return None, f"#{k + 1} line {min(shared) + 1} holds another picture's text"
    return _with_slide_lines(lines, blocks), ""


def _with_slide_lines(lines: list[str], blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each block grown upwards by the lines every slide prints over its own (a title, a counter): where the same
    number of text lines, one to three, stands between each two blocks and above the first."""
    def text_lines(a: int, b: int) -> list[int]:
        return [i for i in range(a, b) if lines[i].strip()]
    gaps = [text_lines(b + 1, a) for (_, b), (a, _) in zip(blocks, blocks[1:])]
    size = len(gaps[0])
    above = text_lines(0, blocks[0][0])[-size:] if size else []
    if not 1 <= size <= MAX_SLIDE_LINES or any(len(g) != size for g in gaps) or len(above) != size:
        return blocks
    return [(g[0], b) for g, (_, b) in zip([above, *gaps], blocks)]


# --- transformations: (page) -> (new text, indexes of the pictures expected after), or None ---

def _cut(lines: list[str], a: int, b: int) -> list[str]:
    """Lines a..b removed, and the blank line under them where one is above them too (the page's spacing kept)."""
    if a > 0 and not lines[a - 1].strip() and b + 1 < len(lines) and not lines[b + 1].strip():
        b += 1
    return lines[:a] + lines[b + 1:]


def delete(which: str) -> Callable[[Page], tuple[str, list[int]] | None]:
    def apply(page: Page) -> tuple[str, list[int]] | None:
        n = len(page.blocks)
        k = {"first": 0, "middle": n // 2, "last": n - 1}[which]
        a, b = page.blocks[k]
        return "\n".join(_cut(page.lines, a, b)), [j for j in range(n) if j != k]
    return apply


def _pair(page: Page) -> int:
    return (len(page.blocks) - 2) // 2


def swap(page: Page) -> tuple[str, list[int]] | None:
    k = _pair(page)
    (a1, b1), (a2, b2) = page.blocks[k], page.blocks[k + 1]
    L = page.lines
    return "\n".join(L[:a1] + L[a2:b2 + 1] + L[b1 + 1:a2] + L[a1:b1 + 1] + L[b2 + 1:]), list(range(len(page.blocks)))


def cut_after_second(page: Page) -> tuple[str, list[int]] | None:
    end = page.blocks[1][1] + 1
    start = len(page.lines) - TAIL
    for a, b in page.blocks:
        if a < start <= b:
            start = b + 1
    if start <= end:
        return None
    tail = [k for k, (a, _) in enumerate(page.blocks) if a >= start]
    return "\n".join(page.lines[:end] + page.lines[start:]), [0, 1, *tail]


def prose_between(page: Page) -> tuple[str, list[int]] | None:
    k = _pair(page)
    at = page.blocks[k][1] + 1
    L = page.lines
    spaced = any(not line.strip() for line in L[page.blocks[0][0]:page.blocks[-1][1]])
    new = ["", str(_WORDS[page.lang]["prose"])] + ([""] if spaced and (at >= len(L) or L[at].strip()) else [])
    if not spaced:
        new = new[1:]
    return "\n".join(L[:at] + new + L[at:]), list(range(len(page.blocks)))


class Transformation(NamedTuple):
    name: str
    apply: Callable[[Page], tuple[str, list[int]] | None]


TRANSFORMATIONS = (
    Transformation("delete-first", delete("first")),
    Transformation("delete-middle", delete("middle")),
    Transformation("delete-last", delete("last")),
    Transformation("swap-neighbours", swap),
    Transformation("cut-after-2", cut_after_second),
    Transformation("prose-between", prose_between),
)


def pages_of(dirs: list[str]) -> tuple[list[tuple[str, Page]], list[str]]:
    out, skipped = [], []
    for path, truth in labelled(dirs):
        if len(truth) < 3:
            continue
        with open(path, "rb") as handle:
            text, _ = decode(handle.read(), path)
        if text is None:
            skipped.append(f"{os.path.basename(path)}: not decoded")
            continue
        photos = read(text, path)
        lines = text.split("\n")
        blocks, why = locate(lines, photos)
        if blocks is None:
            skipped.append(f"{os.path.basename(path)}: {why}")
            continue
        out.append((path, Page(lines, photos, blocks, language(text))))
    return out, skipped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", default=list(DEFAULT_DIRS))
    ap.add_argument("--show", type=int, default=3, help="differences shown per transformation")
    ap.add_argument("--only", default="", help="comma-separated transformation names")
    ap.add_argument("--skipped", action="store_true", help="list the pages skipped and why")
    args = ap.parse_args(argv)
    chosen = [t for t in TRANSFORMATIONS if not args.only or t.name in args.only.split(",")]
    located, skipped = pages_of(args.dirs)
    total = sum(len(p.photos) for _, p in located)
    print(f"{len(located)} pages located, {total} pictures, from {', '.join(args.dirs)}; "
          f"{len(skipped)} pages with 3+ truth pictures skipped (--skipped lists them)\n")
    if args.skipped:
        for note in skipped:
            print("  skipped " + note)
        print()
    rows, shown = [], {}
    prose_pictures, prose_notes = 0, []
    for t in chosen:
        touched = changed_pages = changed = 0
        notes: list[str] = []
        for path, page in located:
            result = t.apply(page)
            if result is None:
                continue
            text, kept = result
            touched += 1
            after = read(text, path)
            if t.name == "prose-between":   # the prose read as a picture of its own: counted apart, no neighbour's
                prose = str(_WORDS[page.lang]["prose"])[:30]
                alone = [p for p in after if prose in (p["caption"] or "") + (p["description"] or "")
                         and not p["credit"]]
                after = [p for p in after if p not in alone]
                if alone:
                    prose_pictures += 1
                    prose_notes.append(f"{os.path.basename(path)}: the prose read as a picture of its own")
            n, found = changed_pictures([page.photos[k] for k in kept], after)
            if found:
                changed_pages, changed = changed_pages + 1, changed + n
                notes += [f"{os.path.basename(path)} {note}" for note in found[:3]]
        rows.append((t.name, touched, changed_pages, changed))
        shown[t.name] = notes
    print_report(rows, shown, args.show, width=18)
    if prose_notes:
        print(f"\n== prose-between: on {prose_pictures} pages the inserted prose is read as an uncredited picture "
              f"(not counted above: no other picture's reading), first {args.show}:")
        for note in prose_notes[:args.show]:
            print("  " + note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
