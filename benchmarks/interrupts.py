#!/usr/bin/env python3
"""Ctrl-C a long `captions credits` run at different moments; check each stop is clean and quick.

Usage (from the repo root)::

    python3 benchmarks/interrupts.py                       # 30,000 pages, 12 interrupts
    python3 benchmarks/interrupts.py --corpus DIR --signals 6
    python3 benchmarks/interrupts.py --signal TERM --cmd "captions catalog {dir} -o {out}"

It builds a corpus with ../shared/bench/make-corpus (unless --corpus is
given), times one whole run, then starts the command --signals times and
sends the signal to its process group, as a terminal does on Ctrl-C, at
moments spread evenly from a quarter second in to 85% of the whole run's
time. For each stop it prints the moment, how
long the process took to exit after the signal, the exit code, what it wrote
to standard error, the processes of its group still alive afterwards and
any temporary files left in the output folder. It exits 1 unless every stop
was clean: exit 128 + signal, one line on standard error, nothing left,
gone within --limit seconds. Standard library only.
"""
from __future__ import annotations

import argparse
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The first signal lands a quarter second in, once Python has started: before
# it runs captions' first line, a signal kills it (or, for Ctrl-C, prints
# Python's own KeyboardInterrupt) whatever captions does.
FIRST = 0.25


def group_alive(pgid: int) -> list[int]:
    """Processes of a process group still running (zombies are already dead)."""
    alive = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(entry))
    return alive


def one_stop(argv: list[str], out_dir: Path, signum: int, moment: float, limit: float) -> dict:
    run = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(moment)
    finished_first = run.poll() is not None
    sent = time.monotonic()
    if not finished_first:
        os.killpg(run.pid, signum)
    try:
        run.wait(timeout=limit)
        took = time.monotonic() - sent
    except subprocess.TimeoutExpired:
        took = float("inf")
    left = group_alive(run.pid)
    if run.poll() is None or left:
        for pid in [run.pid, *left]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        run.wait()
    assert run.stderr is not None
    err = run.stderr.read().decode(errors="replace")
    tmp = sorted(p.name for p in out_dir.iterdir() if p.name.endswith(".tmp"))
    for name in tmp:
        (out_dir / name).unlink()
    return {"moment": moment, "finished_first": finished_first, "took": took, "code": run.returncode,
            "stderr": err, "left": left, "tmp": tmp}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, help="an existing folder of page dumps (default: build --pages pages)")
    ap.add_argument("--pages", type=int, default=30_000)
    ap.add_argument("--signals", type=int, default=12, help="how many runs to interrupt (default 12)")
    ap.add_argument("--signal", default="INT", help="INT (default), TERM or HUP")
    ap.add_argument("--cmd", default="captions credits {dir}",
                    help="the command; {dir} is the corpus, {out} a file in a scratch folder checked for .tmp litter")
    ap.add_argument("--limit", type=float, default=10.0, help="seconds a stop may take before it counts as hung")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = ap.parse_args()
    signum = getattr(signal, "SIG" + args.signal.upper().removeprefix("SIG"))

    work = Path(tempfile.mkdtemp(prefix="captions-interrupts-"))
    try:
        corpus = args.corpus
        if corpus is None:
            corpus = work / "corpus"
            subprocess.run([sys.executable, str(args.shared / "bench" / "make-corpus"), str(corpus),
                            "--pages", str(args.pages)], check=True, stdout=subprocess.DEVNULL)
        out_dir = work / "out"
        out_dir.mkdir()
        argv = [part.format(dir=corpus, out=out_dir / "catalog.yaml") for part in shlex.split(args.cmd)]

        start = time.monotonic()
        whole = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        length = time.monotonic() - start
        print(f"$ {shlex.join(argv)}")
        print(f"whole run: {length:.2f} s, exit {whole.returncode}; SIG{args.signal.upper().removeprefix('SIG')}"
              f" to the process group at {args.signals} moments:\n")
        expected = f"captions: interrupted{'' if signum == signal.SIGINT else ' by ' + signal.Signals(signum).name}\n"

        print(f"{'moment s':>9} {'stop s':>7} {'exit':>5}  {'left':>4}  {'tmp':>3}  stderr")
        clean = 0
        for n in range(args.signals):
            moment = FIRST + (length * 0.85 - FIRST) * n / max(args.signals - 1, 1)
            stop = one_stop(argv, out_dir, signum, moment, args.limit)
            ok = (not stop["finished_first"] and stop["code"] == 128 + signum and stop["stderr"] == expected
                  and not stop["left"] and not stop["tmp"] and stop["took"] <= args.limit)
            clean += ok
            note = "" if ok else ("  <- finished before the signal" if stop["finished_first"] else "  <- NOT CLEAN")
            print(f"{moment:9.2f} {stop['took']:7.3f} {stop['code']:>5}  {len(stop['left']):>4}  {len(stop['tmp']):>3}"
                  f"  {stop['stderr']!r}{note}")
        print(f"\n{clean} of {args.signals} stops clean (exit {128 + signum}, the one line {expected.strip()!r},"
              f" no process or temporary file left, within {args.limit:g} s)")
        return 0 if clean == args.signals else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
