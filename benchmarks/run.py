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
DEFAULT_STARTUP_CMD = "captions credits --quiet {page}"
BARE_READER = Path(__file__).resolve().parent / "bare_reader.py"
ONE_PAGE = "Fair day\n\nA stall at the fair. [Jo Li/AFP]\n"
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
    cpu_s: float = 0.0  # user + system CPU time of the whole tree (0 when not measured)


# Runs argv[2:], then writes "<ru_maxrss KiB> <wall seconds> <cpu seconds>" to the file argv[1].
LAUNCHER = (
    "import os,sys,time\n"
    "t=time.perf_counter();pid=os.posix_spawnp(sys.argv[2],sys.argv[2:],os.environ)\n"
    "_,st,ru=os.wait4(pid,0);t=time.perf_counter()-t\n"
    "open(sys.argv[1],'w').write(f'{ru.ru_maxrss} {t} {ru.ru_utime+ru.ru_stime}')\n"
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
            argv = [GNU_TIME, "-f", "%U %S %M", "-o", report.name, *argv]
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
        peak_kb, cpu = 0, 0.0
        if rss != "none":
            words = report.read().split()
            # GNU time may write "Command exited with non-zero status N" before the figures.
            if rss == "time" and len(words) >= 3 and words[-1].isdigit():
                peak_kb, cpu = int(words[-1]), float(words[-3]) + float(words[-2])
            elif rss == "python" and len(words) == 3:
                peak_kb, elapsed, cpu = int(words[0]), float(words[1]), float(words[2])
            else:
                raise BenchError(f"{label}: could not read the memory report of {rss!r} (got {words!r})")
    return Run(seconds=elapsed, peak_kb=peak_kb, cpu_s=cpu)


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
        "cpu_median_s": statistics.median(r.cpu_s for r in runs),
        "min_s": min(times),
        "max_s": max(times),
        "times_s": [round(t, 4) for t in times],
        "peak_mb": max(peaks) * 1024 / 1e6,
        "peak_kb_per_run": peaks,
    }


def time_corpus(corpus: Corpus, cmd: str, repeat: int, warmup: bool,
                check: bool, rss: str, also: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
    """Time the grep pipeline, the captions command and the `also` commands (name, template) on one corpus, interleaved."""
    commands = [("grep", fill(GREP_PIPELINE, corpus.path)), ("captions", fill(cmd, corpus.path)),
                *((name, fill(template, corpus.path)) for name, template in also)]
    if warmup:
        for name, command in commands:
            run_once(command, label=name, check=check and name != "grep", rss=rss)
    runs: dict[str, list[Run]] = {name: [] for name, _ in commands}
    for i in range(repeat):
        for name, command in commands:
            runs[name].append(run_once(command, label=name, check=check and name != "grep", rss=rss))
        print(f"  {corpus.label} run {i + 1}/{repeat}: "
              + ", ".join(f"{name} {r[-1].seconds:.3f} s" for name, r in runs.items()), file=sys.stderr, flush=True)
    grep = summarise(runs["grep"])
    cap = summarise(runs["captions"])
    others = {name: summarise(runs[name]) for name, _ in also}
    for other in others.values():
        other["ratio"] = other["median_s"] / grep["median_s"] if grep["median_s"] else None
    return {
        "also": others,
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
    """Median start-up wall and CPU time of the help command against `python -c pass`.

    Both run under the python launcher: it reads CPU time to the microsecond
    (GNU time's is in hundredths of a second, too coarse here).
    """
    words = shlex.split(help_cmd)
    if not words or shutil.which(words[0]) is None:
        print(f"skipping start-up timing: {words[0] if words else help_cmd!r} not on PATH",
              file=sys.stderr)
        return None
    python = python_of(help_cmd)
    baseline = [python, "-c", "pass"]
    run_once(words, label="help command")  # warm-up; also checks it works
    run_once(baseline, label="python -c pass")
    h: list[Run] = []
    b: list[Run] = []
    for _ in range(repeat):
        h.append(run_once(words, label="help command", rss="python"))
        b.append(run_once(baseline, label="python -c pass", rss="python"))
    hm, bm = statistics.median(r.seconds for r in h), statistics.median(r.seconds for r in b)
    return {
        "cmd": help_cmd,
        "baseline_cmd": shlex.join(baseline),
        "repeat": repeat,
        "help_median_s": hm,
        "baseline_median_s": bm,
        "difference_s": hm - bm,
        "help_cpu_median_s": statistics.median(r.cpu_s for r in h),
        "baseline_cpu_median_s": statistics.median(r.cpu_s for r in b),
        "help_times_s": [round(r.seconds, 4) for r in h],
        "baseline_times_s": [round(r.seconds, 4) for r in b],
    }


# Starts a LocalCluster, prints its address, then answers each line on stdin with the CPU seconds
# its processes (scheduler, nannies, workers) have used so far; ends at end of input.
CLUSTER = (
    "import sys, psutil\n"
    "from distributed import LocalCluster\n"
    "c = LocalCluster(n_workers=int(sys.argv[1]), threads_per_worker=1, processes=True, dashboard_address=None)\n"
    "print(c.scheduler_address, flush=True)\n"
    "me = psutil.Process()\n"
    "for _ in sys.stdin:\n"
    "    print(sum(sum(p.cpu_times()[:2]) for p in [me, *me.children(recursive=True)]), flush=True)\n"
    "c.close()\n"
)


def time_dask(corpus: Corpus, cmd: str, workers: int, repeat: int, rss: str) -> dict[str, Any] | None:
    """`cmd --jobs N` against `cmd --engine dask` on a running LocalCluster of N worker processes, interleaved.

    The cluster is started once, before the timed runs (as a user's cluster
    is up before a run), with the interpreter the captions command runs under.
    """
    python = python_of(cmd)
    cluster = subprocess.Popen([python, "-c", CLUSTER, str(workers)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True)
    try:
        address = cluster.stdout.readline().strip() if cluster.stdout else ""
        if not address:
            print("skipping the Dask engine: could not start a LocalCluster (pip install 'captions[dask]')", file=sys.stderr)
            return None
        jobs_cmd = fill(f"{cmd} --jobs {workers}", corpus.path)
        dask_cmd = fill(f"{cmd} --engine dask --scheduler {address}", corpus.path)
        run_once(dask_cmd, label="dask engine", rss=rss)
        local_runs, dask_runs = [], []

        def cluster_cpu() -> float:
            assert cluster.stdin is not None and cluster.stdout is not None
            cluster.stdin.write("cpu\n")
            cluster.stdin.flush()
            return float(cluster.stdout.readline())

        for i in range(repeat):
            local_runs.append(run_once(jobs_cmd, label="captions --jobs", rss=rss))
            before = cluster_cpu()
            dask_runs.append(run_once(dask_cmd, label="dask engine", rss=rss))
            dask_runs[-1].cpu_s += cluster_cpu() - before  # the client's CPU and the cluster's
            print(f"  dask run {i + 1}/{repeat}: --jobs {workers} {local_runs[-1].seconds:.3f} s, "
                  f"dask {dask_runs[-1].seconds:.3f} s", file=sys.stderr, flush=True)
    finally:
        if cluster.stdin:
            cluster.stdin.close()
        try:
            cluster.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(cluster.pid, signal.SIGKILL)
            cluster.wait()
    local, dask = summarise(local_runs), summarise(dask_runs)
    return {"corpus": corpus.label, "pages": corpus.pages, "workers": workers, "jobs": local, "dask": dask,
            "ratio": dask["median_s"] / local["median_s"] if local["median_s"] else None,
            "cpu_ratio": dask["cpu_median_s"] / local["cpu_median_s"] if local["cpu_median_s"] else None}


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


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

    also = {name: big["also"][name]["median_s"] / small["also"][name]["median_s"]
            for name in small.get("also", {}) if small["also"][name]["median_s"]}
    return {
        "from": small["label"], "to": big["label"],
        "pages_ratio": big["pages"] / small["pages"],
        "captions_time_ratio": ratio("captions"),
        "grep_time_ratio": ratio("grep"),
        "captions_cpu_ratio": (big["captions"]["cpu_median_s"] / small["captions"]["cpu_median_s"]
                               if small["captions"]["cpu_median_s"] else None),
        "also_time_ratio": also,
    }


def fmt(x: float | None, digits: int = 2) -> str:
    return "n/a" if x is None else f"{x:,.{digits}f}"


def markdown(result: dict[str, Any]) -> str:
    rows = result["corpora"]
    out: list[str] = []
    if rows:  # none with --startup-only
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
        out += ["\n".join(lines), ""]
    if any(r.get("also") for r in rows):
        out += ["| corpus | command | wall s | CPU s | x grep wall | peak MB |", "|---|---|---:|---:|---:|---:|"]
        for r in rows:
            for name, m in [("grep", r["grep"]), ("captions", r["captions"]), *r.get("also", {}).items()]:
                x = m["median_s"] / r["grep"]["median_s"] if r["grep"]["median_s"] else None
                out.append(f"| {r['label']} | {name} | {fmt(m['median_s'], 3)} | {fmt(m['cpu_median_s'], 3)} "
                           f"| {fmt(x)}x | {fmt(m['peak_mb'], 1)} |")
        out.append("")
    g = result.get("growth")
    if g:
        also = "".join(f", {name} x{fmt(v)}" for name, v in g.get("also_time_ratio", {}).items())
        out.append(
            f"Growth {g['from']} -> {g['to']} ({fmt(g['pages_ratio'], 1)}x the pages): "
            f"captions time x{fmt(g['captions_time_ratio'])} (CPU x{fmt(g.get('captions_cpu_ratio'))}), "
            f"grep time x{fmt(g['grep_time_ratio'])}{also} (linear would be x{fmt(g['pages_ratio'], 1)})."
        )
    for key in ("help", "startup"):
        h = result.get(key)
        if h:
            out.append(
                f"Start-up: `{h['cmd']}` {h['help_median_s'] * 1000:.0f} ms vs "
                f"`python -c pass` {h['baseline_median_s'] * 1000:.0f} ms: "
                f"+{h['difference_s'] * 1000:.0f} ms; CPU {h['help_cpu_median_s'] * 1000:.0f} ms vs "
                f"{h['baseline_cpu_median_s'] * 1000:.0f} ms: "
                f"+{(h['help_cpu_median_s'] - h['baseline_cpu_median_s']) * 1000:.0f} ms (median of {h['repeat']})."
            )
    d = result.get("dask")
    if d:
        out.append(
            f"Dask engine on a running {d['workers']}-worker LocalCluster, {d['corpus']} ({d['pages']:,} pages): "
            f"{fmt(d['dask']['median_s'], 3)} s against {fmt(d['jobs']['median_s'], 3)} s with --jobs {d['workers']}: "
            f"x{fmt(d['ratio'])} in wall time; CPU (client and cluster) {fmt(d['dask']['cpu_median_s'])} s "
            f"against {fmt(d['jobs']['cpu_median_s'])} s: x{fmt(d['cpu_ratio'])}."
        )
    s = result["settings"]
    out += [
        "",
        f"Median of {s['repeat']} runs each; grep is `{s['grep_cmd']}`, captions is `{s['cmd']}`. "
        "Peak MB: max RSS of the largest single process in each command's tree "
        f"(for the pipeline or a worker pool, not the sum), via {s['peak_memory']}; MB = 10^6 bytes." if rows else
        "Start-up only (--startup-only): no corpus timed.",
        f"Machine: {result['machine']['platform']}, {result['machine']['cpus']} CPUs, "
        f"Python {result['machine']['python']}, {result['machine']['date']}; "
        f"load average (1, 5, 15 min) {result['machine'].get('load_before', 'n/a')} before, "
        f"{result['machine'].get('load_after', 'n/a')} after.",
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
    ap.add_argument("--startup-cmd", default=DEFAULT_STARTUP_CMD,
                    help="a whole run on one page ({page}) timed against `python -c pass` too (default: %(default)r)")
    ap.add_argument("--also", action="append", metavar="NAME=CMD",
                    help="another command timed on each corpus beside captions and grep (repeatable; "
                         "default: captions with -j1 and the bare Python reader benchmarks/bare_reader.py)")
    ap.add_argument("--startup-only", action="store_true",
                    help="time only the start-up lines (--help-cmd, --startup-cmd): no corpus is built")
    ap.add_argument("--dask", type=int, default=0, metavar="N",
                    help="also time --engine dask on a running N-worker LocalCluster against --jobs N on the 1x corpus")
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
    also: list[tuple[str, str]] = []
    for given in args.also or [f"-j1={args.cmd} -j1", f"reader={shlex.quote(sys.executable)} {shlex.quote(str(BARE_READER))}"]:
        name, sep, template = given.partition("=")
        if not sep or not name or not template:
            die(f"--also {given!r}: give NAME=CMD")
        also.append((name, template))
    load_before = load_average()
    require_program(args.cmd, "--cmd",
                    "Install the project (`pip install -e .` in the repo root) or pass --cmd.")

    make_corpus: Path | None = None
    if args.startup_only:
        pass
    elif args.corpus:
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
        if args.startup_only:
            pass
        elif args.corpus:
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
            rows.append(time_corpus(c, args.cmd, args.repeat, not args.no_warmup, not args.ignore_exit, rss, also))
        dask_result = None
        if args.dask and corpora:
            print(f"timing the Dask engine on {corpora[0].label} ...", file=sys.stderr, flush=True)
            dask_result = time_dask(corpora[0], args.cmd, args.dask, args.repeat, rss)

        print("timing start-up ...", file=sys.stderr, flush=True)
        help_result = time_help(args.help_cmd, args.help_repeat)
        with tempfile.TemporaryDirectory(prefix="captions-bench-page-") as folder:
            page = Path(folder) / "page.txt"
            page.write_text(ONE_PAGE, encoding="utf-8")
            startup_result = time_help(args.startup_cmd.replace("{page}", shlex.quote(str(page))), args.help_repeat)

        result: dict[str, Any] = {
            "machine": {
                "platform": platform.platform(),
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "date": datetime.datetime.now().isoformat(timespec="seconds"),
                "locale": {k: os.environ[k] for k in ("LC_ALL", "LC_COLLATE", "LANG") if k in os.environ},
                "load_before": load_before,
                "load_after": load_average(),
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
            "startup": startup_result,
            "dask": dask_result,
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
