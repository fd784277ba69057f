#!/usr/bin/env python3
"""Benchmark `captions credits` against a grep | sort | uniq -c baseline.

Usage (from the repo root)::

    python3 benchmarks/run.py                       # 30,000 pages (~100 MB) and 3x that
    python3 benchmarks/run.py --pages 300 --repeat 2 --json bench.json
    python3 benchmarks/run.py --corpus /data/dumps  # time an existing folder, build nothing
    python3 benchmarks/run.py --cmd "captions credits --format json {dir}"

In one run, on one machine, it:

1. builds a corpus of --pages pages with shared/bench/make-corpus, and one of
   pages * --scale pages (unless --corpus is given, which builds nothing);
2. times `--cmd` (default `captions credits {dir}`) and the pipeline
   `grep -rhoE '\\[[^]]+\\][[:space:]]*$' DIR | sort | uniq -c`, --repeat times
   each, interleaved, stdout to /dev/null, after one untimed warm-up run each;
3. reports median wall time, the captions/grep ratio, pages per second and the
   peak memory (max RSS) of each run, and how time grows from 1x to scale x;
4. times `captions --help` against a bare `python -c pass` (median of 10);
5. prints a Markdown table and, with --json FILE, writes the same figures.

Peak memory is the max RSS of each single run, from `/usr/bin/time -f %M` if
present, else from a tiny python launcher reading os.wait4(). The kernel gives
the largest RSS of any single process in the command's tree, so for pipelines
and worker pools it is the largest process, not the sum. MB means 10**6 bytes.

Corpora are built in a fresh temporary folder (under --work, or the system
temp dir) that is removed at the end, also on error or Ctrl-C; --keep keeps
completed corpora (a half-built one is always removed).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, Sequence

GREP_PIPELINE = "grep -rhoE '\\[[^]]+\\][[:space:]]*$' {dir} | sort | uniq -c"
DEFAULT_CMD = "captions credits {dir}"
DEFAULT_HELP_CMD = "captions --help"
BYTES_PER_PAGE_GUESS = 4_000  # only used for the free-space check before the first build


class BenchError(Exception):
    """A problem the user can fix; printed as one line, exit status 2."""


class Interrupted(Exception):
    """Raised from the SIGTERM handler so that cleanup runs."""


def die(message: str) -> NoReturn:
    print(f"run.py: error: {message}", file=sys.stderr)
    raise SystemExit(2)


# --------------------------------------------------------------------------- running

@dataclass
class Run:
    """One timed execution of a command."""

    seconds: float
    peak_kb: int  # ru_maxrss of the command's process tree, in KiB (Linux)


# Runs argv[2:], then writes "<ru_maxrss KiB> <wall seconds>" to the file argv[1].
LAUNCHER = (
    "import os,sys,time\n"
    "t=time.perf_counter();pid=os.posix_spawnp(sys.argv[2],sys.argv[2:],os.environ)\n"
    "_,st,ru=os.wait4(pid,0);t=time.perf_counter()-t\n"
    "open(sys.argv[1],'w').write(f'{ru.ru_maxrss} {t}')\n"
    "sys.exit(os.waitstatus_to_exitcode(st))\n"
)
GNU_TIME = "/usr/bin/time"


def pick_rss_method(choice: str) -> str:
    """`time` (GNU /usr/bin/time -f %M) if usable, else the small python launcher."""
    if choice != "auto":
        if choice == "time" and not os.access(GNU_TIME, os.X_OK):
            die(f"--rss-method time: {GNU_TIME} not found")
        return choice
    if os.access(GNU_TIME, os.X_OK):
        probe = subprocess.run([GNU_TIME, "-f", "%M", "true"], capture_output=True, text=True)
        if probe.returncode == 0 and probe.stderr.strip().splitlines()[-1:][0].isdigit():
            return "time"
    return "python"


RSS_NOTES = {
    "time": "GNU /usr/bin/time -f %M",
    "python": "a python launcher's os.wait4 ru_maxrss (floor ~9 MB: a child starts from its parent's peak)",
}


def run_once(command: str | Sequence[str], *, label: str, check: bool = True,
             rss: str = "none") -> Run:
    """Run `command` (a shell string, or an argv list), stdout to /dev/null.

    With rss "time" or "python" the command runs under /usr/bin/time -f %M or
    a small python launcher, which report the max RSS of the tree. (Reading
    os.wait4 here directly would be wrong: a child's ru_maxrss starts at its
    parent's peak, and this Python process is bigger than grep.) The wall
    time is taken here (time's own exec adds ~1 ms, the same for every
    command) or, for the launcher, inside it, so its start-up is not counted.
    The child gets its own process group so that, on Ctrl-C or any error, the
    whole tree (sh, grep, sort, uniq, worker pools) is killed, not just sh.
    """
    shell = isinstance(command, str)
    argv: list[str] = ["/bin/sh", "-c", command] if shell else list(command)
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        if rss == "time":
            argv = [GNU_TIME, "-f", "%M", "-o", report.name, *argv]
        elif rss == "python":
            argv = [sys.executable, "-S", "-c", LAUNCHER, report.name, *argv]
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
            start_new_session=True,
        )
        try:
            proc.wait()
        except BaseException:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
            raise
        elapsed = time.perf_counter() - start
        # The group may outlive its leader (a background worker); don't leave it running.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if check and proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-10:]
            shown = command if shell else shlex.join(command)
            raise BenchError(
                f"{label} exited with status {proc.returncode}: {shown}\n  "
                + ("\n  ".join(tail) if tail else "(no output on stderr)")
                + "\n  (use --ignore-exit if a non-zero status is expected)"
            )
        peak_kb = 0
        if rss != "none":
            words = report.read().split()
            # GNU time may write "Command exited with non-zero status N" before the figure.
            if rss == "time" and words and words[-1].isdigit():
                peak_kb = int(words[-1])
            elif rss == "python" and len(words) == 2:
                peak_kb, elapsed = int(words[0]), float(words[1])
            else:
                raise BenchError(f"{label}: could not read the memory report of {rss!r} (got {words!r})")
    return Run(seconds=elapsed, peak_kb=peak_kb)


def require_program(command: str, what: str, hint: str) -> None:
    """Exit with a clear message if the first word of `command` is not runnable."""
    try:
        words = shlex.split(command)
    except ValueError as exc:
        die(f"cannot parse {what} {command!r}: {exc}")
    if not words:
        die(f"{what} is empty")
    if shutil.which(words[0]) is None:
        die(f"{what}: {words[0]!r} not found on PATH. {hint}")


# --------------------------------------------------------------------------- corpora

@dataclass
class Corpus:
    label: str
    path: Path
    pages: int = 0
    bytes: int = 0


def measure_tree(path: Path) -> tuple[int, int]:
    """Return (number of regular files, total bytes) under `path`."""
    files = total = 0
    for root, _, names in os.walk(path):
        for name in names:
            p = os.path.join(root, name)
            if os.path.isfile(p) and not os.path.islink(p):
                files += 1
                total += os.path.getsize(p)
    return files, total


@dataclass
class Workspace:
    """The temporary folder corpora are built in, and what is complete in it."""

    root: Path
    keep: bool
    complete: list[Path] = field(default_factory=list)
    building: Path | None = None

    def cleanup(self) -> None:
        if not self.root.exists():
            return
        if self.keep and self.complete:
            if self.building is not None:
                shutil.rmtree(self.building, ignore_errors=True)
            print(f"kept corpora: {', '.join(str(p) for p in self.complete)}", file=sys.stderr)
        else:
            shutil.rmtree(self.root, ignore_errors=True)


def build_corpus(make_corpus: Path, ws: Workspace, label: str, pages: int,
                 estimate: int) -> Corpus:
    """Build `pages` pages with make-corpus in the workspace; return its size."""
    free = shutil.disk_usage(ws.root).free
    if estimate * 1.1 > free:
        raise BenchError(
            f"not enough disk space in {ws.root} for {pages} pages "
            f"(~{estimate / 1e6:.0f} MB needed, {free / 1e6:.0f} MB free): try --work DIR or fewer --pages"
        )
    out = ws.root / f"corpus-{pages}"
    ws.building = out
    print(f"building {label} corpus: {pages} pages in {out} ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(make_corpus), str(out), "--pages", str(pages)],
        stdin=subprocess.DEVNULL, capture_output=True, text=True,
    )
    if done.returncode != 0:
        raise BenchError(f"make-corpus failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    ws.building = None
    ws.complete.append(out)
    n, size = measure_tree(out)
    print(f"  {done.stdout.strip()} ({time.perf_counter() - start:.1f} s)", file=sys.stderr)
    return Corpus(label=label, path=out, pages=n, bytes=size)


# --------------------------------------------------------------------------- timing

def fill(template: str, directory: Path) -> str:
    """Put the quoted corpus path into a command template (appended if no {dir})."""
    quoted = shlex.quote(str(directory))
    if "{dir}" in template:
        return template.replace("{dir}", quoted)
    return f"{template} {quoted}"


def summarise(runs: list[Run]) -> dict[str, Any]:
    times = [r.seconds for r in runs]
    peaks = [r.peak_kb for r in runs]
    return {
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "times_s": [round(t, 4) for t in times],
        "peak_mb": max(peaks) * 1024 / 1e6,
        "peak_kb_per_run": peaks,
    }


def time_corpus(corpus: Corpus, cmd: str, repeat: int, warmup: bool,
                check: bool, rss: str) -> dict[str, Any]:
    """Time the grep pipeline and the captions command on one corpus, interleaved."""
    grep_cmd = fill(GREP_PIPELINE, corpus.path)
    cap_cmd = fill(cmd, corpus.path)
    if warmup:
        run_once(grep_cmd, label="grep pipeline", check=False, rss=rss)
        run_once(cap_cmd, label="captions command", check=check, rss=rss)
    grep_runs: list[Run] = []
    cap_runs: list[Run] = []
    for i in range(repeat):
        grep_runs.append(run_once(grep_cmd, label="grep pipeline", check=False, rss=rss))
        cap_runs.append(run_once(cap_cmd, label="captions command", check=check, rss=rss))
        print(f"  {corpus.label} run {i + 1}/{repeat}: grep {grep_runs[-1].seconds:.3f} s, "
              f"captions {cap_runs[-1].seconds:.3f} s", file=sys.stderr, flush=True)
    grep = summarise(grep_runs)
    cap = summarise(cap_runs)
    return {
        "label": corpus.label,
        "path": str(corpus.path),
        "pages": corpus.pages,
        "bytes": corpus.bytes,
        "mb": corpus.bytes / 1e6,
        "grep": grep,
        "captions": cap,
        "ratio": cap["median_s"] / grep["median_s"] if grep["median_s"] else None,
        "pages_per_s": corpus.pages / cap["median_s"] if cap["median_s"] else None,
    }


def python_of(command: str) -> str:
    """The interpreter a console script runs under (from its #! line), else ours."""
    words = shlex.split(command)
    exe = shutil.which(words[0]) if words else None
    if exe:
        try:
            with open(exe, "rb") as fh:
                first = fh.readline(200).decode("utf-8", "replace").strip()
        except OSError:
            first = ""
        if first.startswith("#!") and "python" in first:
            interp = shlex.split(first[2:])
            if interp and interp[0].endswith("/env") and len(interp) > 1:
                interp = interp[1:]
            found = shutil.which(interp[0]) if interp else None
            if found:
                return found
    return sys.executable


def time_help(help_cmd: str, repeat: int) -> dict[str, Any] | None:
    """Median start-up time of the help command against `python -c pass`."""
    words = shlex.split(help_cmd)
    if not words or shutil.which(words[0]) is None:
        print(f"skipping start-up timing: {words[0] if words else help_cmd!r} not on PATH",
              file=sys.stderr)
        return None
    python = python_of(help_cmd)
    baseline = [python, "-c", "pass"]
    run_once(words, label="help command")  # warm-up; also checks it works
    run_once(baseline, label="python -c pass")
    h: list[float] = []
    b: list[float] = []
    for _ in range(repeat):
        h.append(run_once(words, label="help command").seconds)
        b.append(run_once(baseline, label="python -c pass").seconds)
    hm, bm = statistics.median(h), statistics.median(b)
    return {
        "cmd": help_cmd,
        "baseline_cmd": shlex.join(baseline),
        "repeat": repeat,
        "help_median_s": hm,
        "baseline_median_s": bm,
        "difference_s": hm - bm,
        "help_times_s": [round(t, 4) for t in h],
        "baseline_times_s": [round(t, 4) for t in b],
    }


# --------------------------------------------------------------------------- report

def growth(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Time ratio between the largest and the smallest corpus, for each command."""
    if len(rows) < 2:
        return None
    small, big = min(rows, key=lambda r: r["pages"]), max(rows, key=lambda r: r["pages"])
    if small["pages"] == 0 or small is big:
        return None

    def ratio(key: str) -> float | None:
        s = small[key]["median_s"]
        return big[key]["median_s"] / s if s else None

    return {
        "from": small["label"], "to": big["label"],
        "pages_ratio": big["pages"] / small["pages"],
        "captions_time_ratio": ratio("captions"),
        "grep_time_ratio": ratio("grep"),
    }


def fmt(x: float | None, digits: int = 2) -> str:
    return "n/a" if x is None else f"{x:,.{digits}f}"


def markdown(result: dict[str, Any]) -> str:
    rows = result["corpora"]
    lines = [
        "| corpus | pages | MB | grep s | captions s | ratio | pages/s | grep peak MB | captions peak MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['label']} | {r['pages']:,} | {fmt(r['mb'], 1)} | {fmt(r['grep']['median_s'], 3)} "
            f"| {fmt(r['captions']['median_s'], 3)} | {fmt(r['ratio'])}x | {fmt(r['pages_per_s'], 0)} "
            f"| {fmt(r['grep']['peak_mb'], 1)} | {fmt(r['captions']['peak_mb'], 1)} |"
        )
    out = ["\n".join(lines), ""]
    g = result.get("growth")
    if g:
        out.append(
            f"Growth {g['from']} -> {g['to']} ({fmt(g['pages_ratio'], 1)}x the pages): "
            f"captions time x{fmt(g['captions_time_ratio'])}, grep time x{fmt(g['grep_time_ratio'])} "
            f"(linear would be x{fmt(g['pages_ratio'], 1)})."
        )
    h = result.get("help")
    if h:
        out.append(
            f"Start-up: `{h['cmd']}` {h['help_median_s'] * 1000:.0f} ms vs "
            f"`python -c pass` {h['baseline_median_s'] * 1000:.0f} ms: "
            f"+{h['difference_s'] * 1000:.0f} ms (median of {h['repeat']})."
        )
    s = result["settings"]
    out += [
        "",
        f"Median of {s['repeat']} runs each; grep is `{s['grep_cmd']}`, captions is `{s['cmd']}`. "
        "Peak MB: max RSS of the largest single process in each command's tree "
        f"(for the pipeline or a worker pool, not the sum), via {s['peak_memory']}; MB = 10^6 bytes.",
        f"Machine: {result['machine']['platform']}, {result['machine']['cpus']} CPUs, "
        f"Python {result['machine']['python']}, {result['machine']['date']}.",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------- main

def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="Time `captions credits` against grep | sort | uniq -c on generated corpora.",
        epilog="example: python3 benchmarks/run.py --pages 300 --repeat 2 --json bench.json",
    )
    ap.add_argument("--corpus", type=Path, action="append", metavar="DIR",
                    help="time this existing folder instead of building corpora (repeatable)")
    ap.add_argument("--shared", type=Path, metavar="PATH",
                    help="the shared folder holding bench/make-corpus (default: ../shared next to the repo)")
    ap.add_argument("--pages", type=int, default=30_000, metavar="N", help="pages in the base corpus (default 30000)")
    ap.add_argument("--scale", type=float, default=3, metavar="S",
                    help="also build and time N*S pages to show growth; 0 or 1 to skip (default 3)")
    ap.add_argument("--repeat", type=int, default=5, metavar="K", help="timed runs of each command (default 5)")
    ap.add_argument("--work", type=Path, metavar="DIR", help="where to build corpora (default: system temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the built corpora")
    ap.add_argument("--cmd", default=DEFAULT_CMD,
                    help="command to time; {dir} is replaced by the quoted corpus path (default: %(default)r)")
    ap.add_argument("--help-cmd", default=DEFAULT_HELP_CMD,
                    help="start-up command timed against `python -c pass` (default: %(default)r)")
    ap.add_argument("--help-repeat", type=int, default=10, metavar="K", help="start-up runs (default 10)")
    ap.add_argument("--no-warmup", action="store_true", help="skip the untimed first run of each command")
    ap.add_argument("--ignore-exit", action="store_true", help="don't fail when the timed command exits non-zero")
    ap.add_argument("--rss-method", choices=("auto", "time", "python"), default="auto",
                    help="how peak memory is read: GNU /usr/bin/time or a python launcher (default: auto)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args(argv)
    if args.pages < 1:
        ap.error("--pages must be at least 1")
    if args.repeat < 1 or args.help_repeat < 1:
        ap.error("--repeat and --help-repeat must be at least 1")
    if args.scale < 0:
        ap.error("--scale must not be negative")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)

    for tool in ("sh", "grep", "sort", "uniq"):
        if shutil.which(tool) is None:
            die(f"{tool!r} not found on PATH; the baseline pipeline needs grep, sort and uniq")
    if not hasattr(os, "wait4") or not os.path.exists("/bin/sh"):
        die("this benchmark needs a Unix with /bin/sh and os.wait4 (Linux, macOS)")
    rss = pick_rss_method(args.rss_method)
    require_program(args.cmd, "--cmd",
                    "Install the project (`pip install -e .` in the repo root) or pass --cmd.")

    make_corpus: Path | None = None
    if args.corpus:
        for d in args.corpus:
            if not d.is_dir():
                die(f"--corpus {d}: not a folder")
    else:
        shared = args.shared or Path(__file__).resolve().parents[1].parent / "shared"
        make_corpus = shared / "bench" / "make-corpus"
        if not make_corpus.is_file():
            die(f"{make_corpus} not found: pass --shared PATH (the folder holding bench/make-corpus) or --corpus DIR")
    if args.json and not args.json.parent.exists():
        die(f"--json {args.json}: folder {args.json.parent} does not exist")
    if args.work is not None:
        if not args.work.is_dir():
            die(f"--work {args.work}: not a folder (create it first)")

    def on_term(signum: int, _frame: Any) -> None:
        raise Interrupted(f"signal {signum}")

    signal.signal(signal.SIGTERM, on_term)

    ws: Workspace | None = None
    try:
        corpora: list[Corpus] = []
        if args.corpus:
            for d in args.corpus:
                n, size = measure_tree(d)
                if n == 0:
                    raise BenchError(f"--corpus {d}: no files in it")
                corpora.append(Corpus(label=d.name or str(d), path=d.resolve(), pages=n, bytes=size))
        else:
            assert make_corpus is not None
            ws = Workspace(Path(tempfile.mkdtemp(prefix="captions-bench-", dir=args.work)), keep=args.keep)
            sizes = [args.pages]
            if args.scale > 1:
                sizes.append(round(args.pages * args.scale))
            estimate = args.pages * BYTES_PER_PAGE_GUESS
            for i, n in enumerate(sizes):
                label = "1x" if i == 0 else f"{args.scale:g}x"
                c = build_corpus(make_corpus, ws, label, n, estimate * n // args.pages)
                estimate = c.bytes // max(c.pages, 1) * args.pages
                corpora.append(c)

        rows: list[dict[str, Any]] = []
        for c in corpora:
            print(f"timing {c.label}: {c.pages:,} pages, {c.bytes / 1e6:.1f} MB", file=sys.stderr, flush=True)
            rows.append(time_corpus(c, args.cmd, args.repeat, not args.no_warmup, not args.ignore_exit, rss))

        print("timing start-up ...", file=sys.stderr, flush=True)
        help_result = time_help(args.help_cmd, args.help_repeat)

        result: dict[str, Any] = {
            "machine": {
                "platform": platform.platform(),
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "date": datetime.datetime.now().isoformat(timespec="seconds"),
                "locale": {k: os.environ[k] for k in ("LC_ALL", "LC_COLLATE", "LANG") if k in os.environ},
            },
            "settings": {
                "cmd": args.cmd,
                "grep_cmd": GREP_PIPELINE,
                "repeat": args.repeat,
                "warmup": not args.no_warmup,
                "peak_memory": RSS_NOTES[rss],
            },
            "corpora": rows,
            "growth": growth(rows),
            "help": help_result,
        }
        print()
        print(markdown(result))
        if args.json:
            args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
            print(f"\nwrote {args.json}", file=sys.stderr)
        return 0
    except BenchError as exc:
        print(f"run.py: error: {exc}", file=sys.stderr)
        return 2
    except (KeyboardInterrupt, Interrupted):
        print("\nrun.py: interrupted; cleaning up", file=sys.stderr)
        return 130
    finally:
        if ws is not None:
            ws.cleanup()


if __name__ == "__main__":
    sys.exit(main())
