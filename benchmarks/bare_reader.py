#!/usr/bin/env python3
"""The floor for a Python tool: read every page of a folder and count its bracketed line-end credits.

    python3 benchmarks/bare_reader.py DIR

What `grep -rhoE '\\[[^]]+\\][[:space:]]*$' DIR | sort | uniq -c` does, in one
Python process: walk the folder in sorted order, read and decode each file,
find the credits with one regular expression, count them. `run.py` times it
beside `captions credits` so the cost of Python itself is apart from ours.
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter

CREDIT = re.compile(r"\[[^]]+\][ \t]*$", re.MULTILINE)


def main(root: str) -> None:
    counts: Counter[str] = Counter()
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            with open(os.path.join(folder, name), "rb") as handle:
                counts.update(CREDIT.findall(handle.read().decode("utf-8", "replace")))
    for credit, n in sorted(counts.items()):
        print(f"{n:7d} {credit}")


if __name__ == "__main__":
    main(sys.argv[1])
