#!/usr/bin/env python3
"""Copy a corpus of page dumps so that no caption or paragraph repeats across pages.

Usage (from the repo root)::

    python3 benchmarks/unique_lines.py SRC_DIR OUT_DIR
    python3 benchmarks/run.py --corpus OUT_DIR --repeat 3

make-corpus copies a few dozen real pages round-robin, so the same lines
come back on every page, and the parser's caches of credits and verdicts
hit far more often than on a real archive. This copy inserts a token
unique to the page and line after the first word of every line longer than
60 characters; the ends of lines, where credits are, stay as they were.
(Lines a page prints twice in a row now differ, so such repeats count as
pictures of their own and a few counts grow.) Timing `captions credits` on
the copy shows the cost without the caches' help.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def unique_copy(text: str, page: int) -> str:
    out = []
    for i, line in enumerate(text.split("\n")):
        if len(line) > 60 and " " in line[:30]:
            k = line.index(" ")
            line = f"{line[:k]} w{page}x{i}{line[k:]}"
        out.append(line)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", type=Path, help="a folder of .txt page dumps")
    ap.add_argument("out", type=Path, help="a new folder for the copy")
    args = ap.parse_args(argv)
    if not args.src.is_dir():
        print(f"unique_lines.py: error: {args.src}: not a folder", file=sys.stderr)
        return 2
    if args.out.exists():
        print(f"unique_lines.py: error: {args.out}: already exists; give a new folder", file=sys.stderr)
        return 2
    pages = 0
    for root, dirs, files in os.walk(args.src):
        dirs.sort()
        for name in sorted(f for f in files if f.endswith(".txt")):
            source = Path(root, name)
            target = args.out / source.relative_to(args.src)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = source.read_text(encoding="utf-8", errors="replace")
            target.write_text(unique_copy(text, pages), encoding="utf-8")
            pages += 1
    print(f"{pages} pages in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
