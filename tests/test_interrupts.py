"""Ctrl-C, SIGTERM and SIGHUP end a run at once: one line, exit 128 + signal, nothing left behind."""
from __future__ import annotations

import functools
import importlib.util
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from captions.run.parallel import SMALL_RUN, Task, map_pages
from captions.run.items import with_notes
from captions.knowledge.registry import bundled_registry

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; signals to process groups")

PAGE = (
    " date 2024-06-{day:02d} World\nMarket day {n}\n\n"
    "Stalls open at dawn in the square. [Jo Li/AFP]\n"
    "A trader weighs figs. (AP Photo/Kim Lee)\n"
    "Crowds at noon. Photo: Ana Ruiz/Reuters\n"
    "The square at dusk. [KCNA via KNS and AFP]\n"
)
PAGES = 6000  # a few seconds of work on two cores: every signal lands while the run is busy


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("interrupts") / "pages"
    for n in range(PAGES):
        folder = root / f"part-{n // 1000}"
        if n % 1000 == 0:
            folder.mkdir(parents=True)
        (folder / f"page-{n:05d}.txt").write_text(PAGE.format(day=n % 28 + 1, n=n), encoding="utf-8")
    return root


@functools.lru_cache(maxsize=1)
def _load_benchmark():  # benchmarks/interrupts.py: its check of a process group serves here too
    spec = importlib.util.spec_from_file_location("interrupts_benchmark", ROOT / "benchmarks" / "interrupts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _session(pid: int) -> set[int]:
    """The processes still alive in the group of a run started in its own session (zombies are gone in all but name)."""
    return set(_load_benchmark().group_alive(pid))


def _start(*args: str, stdout: int = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    """A run in its own session and process group, as a terminal starts a job."""
    return subprocess.Popen([sys.executable, "-m", "captions", *args, "--jobs", "2"],
                            stdout=stdout, stderr=subprocess.PIPE, start_new_session=True)


def _wait_for(condition, run: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 30
    while not condition():
        assert run.poll() is None, f"the run ended before {what}"
        assert time.monotonic() < deadline, f"no {what} after 30 s"
        time.sleep(0.01)


def _workers_running(run: subprocess.Popen[bytes]) -> bool:
    return len(_session(run.pid)) > 1


def _stop(run: subprocess.Popen[bytes], signum: int, *, group: bool = True) -> tuple[int, str]:
    (os.killpg if group else os.kill)(run.pid, signum)
    try:
        run.wait(timeout=10)  # generous: a clean stop takes a few hundredths of a second
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
        pytest.fail(f"still running 10 s after {signal.Signals(signum).name}")
    assert run.stderr is not None
    return run.returncode, run.stderr.read().decode()


def _catches_stop_signals(run: subprocess.Popen[bytes]) -> bool:
    """Whether the run has installed its stop-signal handler: the kernel lists SIGTERM among the signals it catches
    (/proc's SigCgt mask). Python catches SIGINT from its first moments, SIGTERM only once `captions` asks to."""
    try:
        status = Path(f"/proc/{run.pid}/status").read_text(encoding="ascii")
    except OSError:
        return False
    mask = next((int(line.split()[1], 16) for line in status.splitlines() if line.startswith("SigCgt:")), 0)
    return bool(mask >> (signal.SIGTERM - 1) & 1)


@pytest.mark.parametrize("delay", [0.1, 0.3])
def test_ctrl_c_at_start_ends_the_run_with_one_line(archive: Path, delay: float) -> None:
    # "at start": `delay` seconds after the entry point's first statement, while the command line is imported, the
    # knowledge read and the pages listed. Counted from the handler's installation, not from the process's start:
    # on a loaded machine the interpreter alone (its site packages) can take longer than 0.1 s to get there.
    run = _start("credits", str(archive))
    _wait_for(lambda: _catches_stop_signals(run), run, "stop-signal handler")
    time.sleep(delay)
    assert _stop(run, signal.SIGINT) == (130, "captions: interrupted\n")
    assert _session(run.pid) == set()


@pytest.mark.parametrize("command", [["credits"], ["audit"], ["catalog"]])
def test_ctrl_c_while_workers_parse_ends_them_all(archive: Path, command: list[str]) -> None:
    run = _start(*command, str(archive))
    _wait_for(lambda: _workers_running(run), run, "worker processes")
    time.sleep(0.3)
    assert _stop(run, signal.SIGINT) == (130, "captions: interrupted\n")
    assert _session(run.pid) == set()


def test_ctrl_c_ends_a_run_whose_reader_stopped_reading(archive: Path) -> None:
    run = _start("catalog", str(archive), stdout=subprocess.PIPE)  # a pager waiting for a key: the pipe fills
    _wait_for(lambda: _workers_running(run), run, "worker processes")
    time.sleep(0.5)
    assert _stop(run, signal.SIGINT) == (130, "captions: interrupted\n")
    assert _session(run.pid) == set()


def test_ctrl_c_to_the_main_process_alone_ends_the_workers_too(archive: Path) -> None:
    run = _start("credits", str(archive))
    _wait_for(lambda: _workers_running(run), run, "worker processes")
    assert _stop(run, signal.SIGINT, group=False) == (130, "captions: interrupted\n")
    assert _session(run.pid) == set()


@pytest.mark.parametrize(("signum", "code", "line"), [
    (signal.SIGTERM, 143, "captions: interrupted by SIGTERM\n"),
    (signal.SIGHUP, 129, "captions: interrupted by SIGHUP\n"),
])
@pytest.mark.parametrize("group", [True, False], ids=["group", "main-process"])
def test_termination_leaves_the_old_catalogue_and_no_temporary_file(
    archive: Path, tmp_path: Path, signum: int, code: int, line: str, group: bool,
) -> None:
    out = tmp_path / "catalog.yaml"
    out.write_text("catalog_version: 1\narticles: []\nagencies: {}\n", encoding="utf-8")
    run = _start("catalog", str(archive), "-o", str(out))
    _wait_for(lambda: any(p.name.endswith(".tmp") for p in tmp_path.iterdir()), run, "a temporary file")
    _wait_for(lambda: _workers_running(run), run, "worker processes")
    assert _stop(run, signum, group=group) == (code, line)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.yaml"]
    assert out.read_text(encoding="utf-8") == "catalog_version: 1\narticles: []\nagencies: {}\n"
    assert _session(run.pid) == set()


def test_closing_the_results_early_ends_the_workers() -> None:
    tasks = [Task(id=f"p{n}", source=f"p{n}", text=PAGE.format(day=1, n=n)) for n in range(SMALL_RUN * 4)]
    others = set(multiprocessing.active_children())  # an earlier test's pool may still be winding down
    results = map_pages(tasks, with_notes, print, registry=bundled_registry(), jobs=2, max_bytes=1 << 20)
    next(results)
    workers = set(multiprocessing.active_children()) - others
    assert len(workers) == 2
    results.close()
    assert [worker.pid for worker in workers if _exists(worker.pid)] == []


def _exists(pid: int) -> bool:
    """Whether a process is still there, running or unreaped.

    Not `Process.is_alive()`: when the pool's own thread reaps a worker while
    the run is reaping it too, one of the two `waitpid` calls fails and that
    Process object goes on reporting a worker that is long gone as alive.
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
