#!/usr/bin/env python3
"""Metamorphic robustness of bylines: does a page read the same whichever form its outlet prints its byline in?

    python benchmarks/metamorphic_bylines.py [DIR ...] [--show N] [--only FORM,FORM]

Each labelled page dump of the folders (default /work/shared/corpus and /work/pool/all) is read as `captions catalog`
reads it. (a) Where the page's head prints a byline (a line under the headline, holding no picture's text, in one of
the forms below or in `By/Von/Por ... Name` with anything after), that line is replaced by each form of the page's
language and each English form, and the pages are compared with the page as it is. (b) Where it prints none,
`By Jane Roe` is put under the headline (metamorphic_layout.byline_added) and that reading is the base; each other
form is put there instead and compared with it. Pictures are matched by their text (metamorphic_layout's
changed_pictures); the title is compared too. The byline's form is the outlet's habit, no evidence about its
pictures: every difference is a finding. A measuring script: it always exits 0.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from typing import NamedTuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import metamorphic_layout as M  # noqa: E402
from metamorphic import print_report  # noqa: E402


class Form(NamedTuple):
    name: str
    langs: tuple[str, ...]   # the languages whose pages print it ("en" forms are tried on every page)
    line: str


# Invented names and outlets; one form a line, as the heads of real outlets print them.
FORMS = (
    Form("by", ("en",), "By Jane Roe"),
    Form("by-upper", ("en",), "By JANE ROE"),
    Form("by-lower-colon", ("en",), "by: Jane Roe"),
    Form("name-comma-site", ("en",), "Jane Roe, Example News"),
    Form("name-pipe-site", ("en",), "Jane Roe | Example News"),
    Form("by-comma-site", ("en",), "By Jane Roe, Example News"),
    Form("by-dated", ("en",), "By Jane Roe, March 12, 2025"),
    Form("by-dated-dot", ("en",), "By Jane Roe · 12 March 2025, 10:40"),
    Form("by-two", ("en",), "By Jane Roe and John Vale"),
    Form("words-colon", ("en",), "Words: Jane Roe"),
    Form("text-colon", ("en", "de"), "Text: Jane Roe"),
    Form("von", ("de",), "Von Jane Roe"),
    Form("von-dated", ("de",), "Von Jane Roe, 12.03.2025, 10:40 Uhr"),
    Form("von-two", ("de",), "Von Jane Roe und John Vale"),
    Form("por", ("es", "pt"), "Por Jane Roe"),
    Form("por-two-y", ("es",), "Por Jane Roe y John Vale"),
    Form("two-y", ("es",), "Jane Roe y John Vale"),
    Form("texto-colon", ("es", "pt"), "Texto: Jane Roe"),
    Form("por-two-e", ("pt",), "Por Jane Roe e John Vale"),
    Form("par", ("fr",), "Par Jane Roe"),
    Form("par-two", ("fr",), "Par Jane Roe et John Vale"),
    Form("reportage-colon", ("fr", "de"), "Reportage: Jane Roe"),
    Form("di", ("it",), "Di Jane Roe"),
    Form("di-two", ("it",), "Di Jane Roe e John Vale"),
    Form("ru-name", ("ru",), "Иван Петров"),
    Form("ru-avtor", ("ru",), "Автор: Иван Петров"),
    Form("ko-title", ("ko",), "김민수 기자"),
    Form("ko-title-mail", ("ko",), "김민수 기자 minsu@example.kr"),
    Form("ja-title", ("ja",), "山本花子記者"),
    Form("zh-role", ("zh",), "记者 王伟"),
)
BASE = "By Jane Roe"

# A byline a page prints already: a byline word and a capitalised name, a name and a site joined by a bar, a
# Korean name with its title, a Chinese role word and a name, a label with a colon and a name.
_EXISTING = re.compile(
    r"(?:(?:By|BY|Von|VON|Por|POR|Par|PAR|Di|Door|Av|Af|Ni|Автор:?|Text:|Texto:|Texte:|Words:|Reportage:)\s+"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*(?:\s+[\w.'’-]+){0,5}(?:\s*[,|·•–-]\s*.{0,40})?"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+\|\s+[A-Z][\w&'’. -]{1,40}"
    r"|(?:(?!사진)\S+=)?[\uac00-\ud7af]{2,4}\s?기자(?:\s+\S+@\S+)?"
    r"|(?:本报)?记者\s*[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,5}記者)")
HEAD_LINES = 12   # how far under the headline a byline is looked for, a standfirst over it at most


def existing_byline(page: M.Page) -> int | None:
    """The index of the line printing the page's byline, or None."""
    paragraphs = 0
    for i in range(page.head + 1, min(len(page.lines), page.head + 1 + HEAD_LINES)):
        line = page.lines[i].strip()
        if line and i not in page.protected and len(line.split()) <= 10 and _EXISTING.fullmatch(line):
            return i
        paragraphs += len(line) > 20 and line[-1:] in ".!?。"
        if paragraphs > 1:   # the story has begun: a byline under it closes the page, it does not head it
            return None
    return None


def forms_for(lang: str) -> list[Form]:
    return [f for f in FORMS if lang in f.langs or "en" in f.langs]


def replaced(page: M.Page, at: int, line: str) -> str:
    indent = re.match(r"[ \t]*", page.lines[at]).group()  # type: ignore[union-attr]
    return "\n".join(page.lines[:at] + [indent + line] + page.lines[at + 1:])


def added(page: M.Page, line: str) -> str | None:
    return M._insert_after(page, page.head, [line])


def compare(before: dict, after: dict | None, was: str, now: str) -> tuple[int, list[str]]:
    """Pictures changed and the differences; a title that is the byline itself, in either form, is the same."""
    if after is None:
        return len(before["photos"]), ["not read"]
    n, notes = M.changed_pictures(before["photos"], after["photos"])
    if after["title"] != before["title"] and (before["title"], after["title"]) != (was, now):
        notes.append(f"title: {before['title']!r} -> {after['title']!r}")
    return n, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", default=list(M.DEFAULT_DIRS))
    ap.add_argument("--show", type=int, default=4, help="differences shown per form")
    ap.add_argument("--only", default="", help="comma-separated form names")
    args = ap.parse_args(argv)
    chosen = [f for f in FORMS if not args.only or f.name in args.only.split(",")]
    # per form: touched, pages changed, pictures changed, notes; (a) and (b) apart
    stats: dict[str, list] = {f"{part}:{f.name}": [0, 0, 0, []] for part in "ab" for f in chosen}
    printed = unprinted = pictures = 0
    found_lines: list[str] = []
    for path, truth in M.labelled(args.dirs):
        with open(path, "rb") as handle:
            data = handle.read()
        text, _ = M.decode(data, path)
        answer = M.read(data, path) if text is not None else None
        if answer is None or text is None:
            continue
        pictures += len(answer["photos"])
        page = M.page_of(text, truth, answer["photos"])
        at = existing_byline(page)
        if at is not None:
            printed += 1
            found_lines.append(f"{os.path.basename(path)} [{page.lang}]: {page.lines[at].strip()!r}")
            base, part, was = answer, "a", page.lines[at].strip()
            make = lambda line: replaced(page, at, line)  # noqa: E731
        else:
            with_by = added(page, BASE)
            if with_by is None:
                continue
            unprinted += 1
            base, part, was = M.read(with_by.encode("utf-8"), path), "b", BASE
            if base is None:
                continue
            make = lambda line: added(page, line)  # noqa: E731
        for form in forms_for(page.lang):
            key = f"{part}:{form.name}"
            if key not in stats or (part == "b" and form.line == BASE):
                continue
            moved = make(form.line)
            if moved is None or (part == "a" and moved == "\n".join(page.lines)):
                continue
            row = stats[key]
            row[0] += 1
            n, notes = compare(base, M.read(moved.encode("utf-8"), path), was, form.line)
            if notes:
                row[1] += 1
                row[2] += n
                row[3] += [f"{os.path.basename(path)} {note}" for note in notes[:3]]
    print(f"{printed + unprinted} labelled pages, {pictures} pictures from {', '.join(args.dirs)}")
    print(f"(a) {printed} pages print a byline in their head, replaced by each form; "
          f"(b) {unprinted} print none: each form added under the headline, against `{BASE}` added\n")
    rows = [(key, s[0], s[1], s[2]) for key, s in stats.items() if s[0]]
    print_report(rows, {key: s[3] for key, s in stats.items() if s[0]}, args.show, width=22)
    if args.show:
        print(f"\n== the bylines of (a), first {args.show * 5}:")
        for line in found_lines[:args.show * 5]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
