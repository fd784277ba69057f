#!/usr/bin/env python3
"""Score the parser on ../shared and fail if a figure drops below its floor.

The floors in .ci/floors.json are a ratchet: they start at what the parser
reaches and rise with it (`--raise` writes the current figures as the new
floors when they are better); they are never lowered to make a change pass.

Each corpus's floors record the pages they were set on (how many, and a
fingerprint of their names and truth files). When the corpus grows or its
truth changes, the ratchet stops and says so: the floors must then be re-based
on purpose (`--rebase CORPUS`, in a commit that says why), never silently.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
FLOORS = HERE / "floors.json"
CEILINGS = {"agency_count_error"}  # lower is better
CMD = f"{sys.executable} -m captions catalog {{pages}} -o {{out}}"


def pages_of(corpus: str) -> dict[str, object]:
    """What a corpus's floors were set on: its page count and a fingerprint of names and truths."""
    digest = hashlib.sha256()
    truths = sorted((SHARED / corpus).glob("*.truth.yaml"))
    for truth in truths:
        digest.update(truth.name.encode() + b"\0" + truth.read_bytes() + b"\0")
    return {"pages": len(truths), "fingerprint": digest.hexdigest()[:16]}


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


def main(argv: list[str]) -> int:
    floors = json.loads(FLOORS.read_text())
    rebase = set(argv[argv.index("--rebase") + 1:]) if "--rebase" in argv else set()
    failed = False
    for corpus, entry in floors.items():
        limits: dict[str, float] = entry["floors"]
        figures, summary = score(corpus)
        current = {k: round(figures[k], 3) for k in limits}
        print(f"../shared/{corpus}: {summary}")
        now = pages_of(corpus)
        if corpus in rebase:
            entry["set_on"], entry["floors"] = now, current
            print(f"ratchet: {corpus} floors re-based on {now['pages']} pages ({now['fingerprint']})")
            continue
        if entry["set_on"] != now:
            failed = True
            print(f"ratchet: ../shared/{corpus} changed since its floors were set "
                  f"({entry['set_on']['pages']} pages, {entry['set_on']['fingerprint']}; now {now['pages']}, "
                  f"{now['fingerprint']}): re-base with `python .ci/ratchet.py --rebase {corpus}` in a commit that says so",
                  file=sys.stderr)
            continue
        for name, floor in limits.items():
            value = current[name]
            worse = value > floor if name in CEILINGS else value < floor
            if worse:
                failed = True
                print(f"ratchet: {corpus} {name} = {value:.3f}, floor {floor:.3f}", file=sys.stderr)
        if "--raise" in argv and not failed:
            better = {n: (min if n in CEILINGS else max)(limits[n], current[n]) for n in limits}
            entry["floors"] = better
    if rebase or ("--raise" in argv and not failed):
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n")
        print("ratchet: floors written")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
