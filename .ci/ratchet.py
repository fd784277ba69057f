#!/usr/bin/env python3
"""Score the parser on ../shared and fail if a figure drops below its floor.

The floors in .ci/floors.json are a ratchet: they start at what the parser
reaches and rise with it (`--raise` writes the current figures as the new
floors when they are better); they are never lowered to make a change pass.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
FLOORS = HERE / "floors.json"
CEILINGS = {"agency_count_error"}  # lower is better
CMD = f"{sys.executable} -m captions catalog {{pages}} -o {{out}}"


def score(corpus: str) -> tuple[dict[str, float], str]:
    proc = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score"), str(SHARED / corpus), "--json", "--cmd", CMD],
        capture_output=True, text=True,
    )
    if proc.returncode != 0:
        sys.exit(f"ratchet: the scorer failed on {corpus}:\n{proc.stdout}{proc.stderr}")
    text = proc.stdout
    summary = text.strip().splitlines()[-1]
    return json.loads(text[: text.rindex("}") + 1]), summary


def main() -> int:
    floors = json.loads(FLOORS.read_text())
    failed = False
    current: dict[str, dict[str, float]] = {}
    for corpus, limits in floors.items():
        figures, summary = score(corpus)
        current[corpus] = {k: round(figures[k], 3) for k in limits}
        print(f"../shared/{corpus}: {summary}")
        for name, floor in limits.items():
            value = round(figures[name], 3)
            worse = value > floor if name in CEILINGS else value < floor
            if worse:
                failed = True
                print(f"ratchet: {corpus} {name} = {value:.3f}, floor {floor:.3f}", file=sys.stderr)
    if "--raise" in sys.argv[1:] and not failed:
        for corpus, limits in floors.items():
            for name in limits:
                better = min if name in CEILINGS else max
                limits[name] = better(limits[name], current[corpus][name])
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n")
        print("ratchet: floors raised to the current figures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
