"""CPU time of the page parser alone, in one process: `parse_dump` and the credits counted from it.

    python benchmarks/parse_cpu.py DIR [DIR ...] [--repeat 5]
    python benchmarks/parse_cpu.py DIR --profile tottime      # cProfile, 40 lines
    PYTHONPATH=/tmp/old python benchmarks/parse_cpu.py DIR    # another checkout's parser

Reads every *.txt under the folders first, parses them once untimed, then
times `--repeat` passes with process_time() and prints the median (no start-up,
no file reading, no output). cProfile's per-call overhead inflates small
functions called on every character or line: measure a change with the
timing, use the profile (or a sampling profiler such as py-spy) to look.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

from captions.parse.page import parse_dump


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", metavar="SORT", help="profile one pass with cProfile, sorted by SORT")
    args = ap.parse_args()
    texts = [path.read_text(encoding="utf-8", errors="replace")
             for folder in args.folders for path in sorted(Path(folder).rglob("*.txt"))]
    if not texts:
        sys.exit("parse_cpu: no *.txt pages in " + ", ".join(args.folders))

    def one_pass() -> None:
        for text in texts:
            page = parse_dump(text)
            # what `captions credits` reads of a page (parsers before 2026-11 built the Credit models)
            page.agencies_and_via if hasattr(page, "agencies_and_via") else page.credits

    one_pass()  # warm: the knowledge is read and the regexes compiled once
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(one_pass)
        pstats.Stats(profile).sort_stats(args.profile).print_stats(40)
        return
    times = []
    for _ in range(args.repeat):
        start = time.process_time()
        one_pass()
        times.append(time.process_time() - start)
    median = statistics.median(times)
    print(f"{len(texts)} pages: median {median:.3f} s CPU of {args.repeat} passes, {1000 * median / len(texts):.3f} ms a page"
          f" (all: {', '.join(f'{t:.3f}' for t in times)})")


if __name__ == "__main__":
    main()
