#!/usr/bin/env python3
"""Time the parsers on hostile inputs at growing sizes, and print how the time grows.

Usage (from the repo root, with the test dependencies installed)::

    python3 benchmarks/growth.py              # every shape, sizes n/2 to 4n, best of 3
    python3 benchmarks/growth.py --runs 5 --only brackets --only slides

The shapes are those of tests/test_hostile.py (PAGE_SHAPES, CREDIT_SHAPES),
imported from there so the two cannot drift. The tests only check that four
times the input costs at most about eight times the CPU time, which catches a
quadratic parse; this script shows the actual times, in wall-clock and CPU
milliseconds, and the growth from one size to the next (about 2.0 per doubling
when linear, 4.0 when quadratic). It asserts nothing.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent


def best_times(parse: Callable[[str], object], text: str, runs: int) -> tuple[float, float]:
    """The least wall-clock and the least CPU seconds of `runs` parses, with the collector off."""
    wall = cpu = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started_wall, started_cpu = time.perf_counter(), time.process_time()
            parse(text)
            wall = min(wall, time.perf_counter() - started_wall)
            cpu = min(cpu, time.process_time() - started_cpu)
    finally:
        gc.enable()
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="parses per size; the least time is kept (default 3)")
    parser.add_argument("--only", action="append", default=[], metavar="SHAPE", help="time only this shape (repeatable)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT / "tests"))
    from test_hostile import CREDIT_SHAPES, PAGE_SHAPES  # noqa: E402  (the tests folder is not a package)

    from captions import parse_credit, parse_page

    cases = [("page", parse_page, p) for p in PAGE_SHAPES] + [("credit", parse_credit, p) for p in CREDIT_SHAPES]
    unknown = set(args.only) - {p.id for _, _, p in cases}
    if unknown:
        parser.error(f"unknown shape {', '.join(sorted(unknown))}")
    factors = (0.5, 1, 2, 4)
    print("| parser | shape | " + " | ".join(f"{f:g}n ms (cpu)" for f in factors) + " | growth per doubling |")
    print("|---|---|" + "---:|" * len(factors) + "---|")
    for kind, parse, param in cases:
        if args.only and param.id not in args.only:
            continue
        make, n = param.values
        times = [best_times(parse, make(int(n * f)), args.runs) for f in factors]
        cells = " | ".join(f"{wall * 1000:.1f} ({cpu * 1000:.1f})" for wall, cpu in times)
        growth = " ".join(f"{b[1] / a[1]:.1f}" if a[1] > 0 else "-" for a, b in zip(times, times[1:]))
        print(f"| {kind} | {param.id} | {cells} | {growth} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
