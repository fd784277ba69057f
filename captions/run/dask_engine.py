"""The same jobs on a Dask cluster: workers read their own files, the client only merges.

`map_urls` is `parallel.map_pages` for a cluster: it takes paths or fsspec
URLs (s3://, gs://, https://, local globs), lists them on the client (names
only), and sends each worker a group of files to read and parse itself; a
worker returns the small per-page results (a rendered catalogue entry, credit
rows, findings), which come back in input order. The run's output is then
made by the same code as on one machine, so it is the same bytes.

Article ids are settled on the client, in input order, as on one machine: a
worker gives each page the id its name or record asks for, and the rare
file whose pages must take another (`page-2`, because another file already
had `page`) is parsed again with the ids the client chose.

`dask_parts.write_parts` writes a JSON Lines catalogue as a folder of part
files, each written by the worker that parsed its pages.

Needs the `captions[dask]` extra (dask.distributed and fsspec). Without a
scheduler address (`--scheduler` or DASK_SCHEDULER_ADDRESS) the run starts a
LocalCluster of `jobs` worker processes on this machine.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Generator, Iterable, Iterator

from ..catalog.build import ArticleIds
from ..inputs.kinds import PAGE_SUFFIXES, is_jsonl, is_warc
from ..inputs.sources import Problem
from ..inputs.walk import ReadOnce, expand
from ..knowledge.registry import AgencyRegistry
from .shares import CatalogPage, State, Task, Transform, init, one

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
FILES_PER_PART = 512       # small page files a worker takes at a time: ~0.1 s of work, as Dask wants tasks
IN_FLIGHT = 4              # parts queued per worker
CONNECT_TIMEOUT = "10s"
URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_GLOB = re.compile(r"[*?\[]")


class EngineError(Exception):
    """A run the cluster cannot do (no dask, no scheduler, no such input): one line for the user."""


def available() -> bool:
    """Whether dask.distributed and fsspec are installed (`pip install 'captions[dask]'`)."""
    try:
        import distributed  # noqa: F401
        import fsspec  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class Job:
    """What every part of a run does: sent to the workers once per part, small and picklable."""

    transform: Transform
    registry: AgencyRegistry
    max_bytes: int


# One page's place in the run: its id base (from its name or record), the id it was parsed under, the result.
PageResult = tuple[str, str, Any, list[Problem]]


def expand_urls(inputs: Iterable[str], on_problem: Callable[[Problem], None], *, exclude: Iterable[str] = ()) -> list[str]:
    """Every page file the inputs name, in the order a single-machine run reads them.

    Local paths are walked as on one machine; URLs and globs are listed with
    fsspec (a folder's page files in sorted order). Nothing is read here.
    """
    found: list[str] = []
    inputs, exclude = list(inputs), list(exclude)
    read = ReadOnce()  # one for the run: a page two arguments reach is read once, as on one machine
    read.survey([given for given in inputs if not URL.match(given) and not _GLOB.search(given)],
                {os.path.realpath(p) for p in exclude})
    for given in inputs:
        if given == "-":
            raise EngineError("standard input cannot be sent to a cluster; name files, folders or URLs")
        if not URL.match(given) and not _GLOB.search(given):
            for item in expand([given], exclude=exclude, read=read):
                (on_problem(item) if isinstance(item, Problem) else found.append(item))
            continue
        try:
            listed, fs = _listed(given)
        except (ImportError, ValueError, OSError) as err:  # no such protocol's package, a bad URL, no access
            raise EngineError(f"{given}: {_reason(err)}") from None
        if not listed:
            on_problem(Problem(given, "no such file, folder or matching page files"))
        found.extend(_as_given(p, given, fs) if URL.match(given) else p for p in listed)
    return found


def _listed(given: str) -> tuple[list[str], Any]:
    import fsspec

    fs, _token, paths = fsspec.get_fs_token_paths(given)
    listed: list[str] = []
    for path in paths:
        if fs.isdir(path):
            listed.extend(p for p in sorted(fs.find(path)) if p.lower().endswith(PAGE_SUFFIXES))
        elif fs.exists(path):
            listed.append(path)
    return listed, fs


def _as_given(path: str, given: str, fs: Any) -> str:
    """A listed file's URL as the user wrote its folder ('memory://archive/a.txt', not fsspec's 'memory:///archive/a.txt')."""
    root = fs._strip_protocol(given).rstrip("/")
    if not _GLOB.search(given) and path.startswith(root + "/"):
        return given.rstrip("/") + path[len(root):]
    return fs.unstrip_protocol(path)


def parts_of(urls: list[str]) -> list[list[str]]:
    """Files grouped into parts: small page files FILES_PER_PART at a time, JSON Lines and WARC files alone."""
    parts: list[list[str]] = []
    small: list[str] = []
    for url in urls:
        if is_jsonl(url) or is_warc(url):
            if small:
                parts.append(small)
                small = []
            parts.append([url])
            continue
        small.append(url)
        if len(small) == FILES_PER_PART:
            parts.append(small)
            small = []
    if small:
        parts.append(small)
    return parts


def run_part(urls: list[str], job: Job, forced: dict[int, str] | None = None) -> list[PageResult]:
    """On a worker: read and parse every page of these files; `forced` gives pages (by place) the ids the client chose."""
    from .items import iter_items

    state = _state_for(job)
    out: list[PageResult] = []
    for url in urls:
        with _local(url) as (path, problem):
            if problem is not None:
                out.append(("", "", None, [problem]))
                continue
            problems: list[Problem] = []
            for task in iter_items([path], problems.append, max_bytes=job.max_bytes, catalogs=True, unique_ids=False):
                if not isinstance(task, Task):  # an article of a catalogue file
                    result = job.transform(CatalogPage(task), job.registry)
                    out.append((task.id, task.id, result, [_renamed(p, path, url) for p in problems]))
                    problems = []
                    continue
                base = task.id
                if forced and len(out) in forced:
                    task = task._replace(id=forced[len(out)])
                if task.path is not None:
                    task = task._replace(source=url)
                elif task.source.startswith(path):
                    task = task._replace(source=url + task.source[len(path):])
                result, page_problems = one(task, state)
                out.append((base, task.id, result, [_renamed(p, path, url) for p in problems + page_problems]))
                problems = []
            if problems:  # a file whose problems came with no page (an unreadable JSON Lines file)
                out.append(("", "", None, [_renamed(p, path, url) for p in problems]))
    return out


_states: dict[int, tuple[Job, State]] = {}


def _state_for(job: Job) -> State:
    """The registry and transform of a run, set up once per worker: the job is scattered to the workers
    once, so every part gets the same object, and the parser's caches stay warm from part to part."""
    kept = _states.get(id(job))
    if kept is None or kept[0] is not job:
        if len(_states) >= 4:
            _states.clear()
        kept = _states[id(job)] = (job, init(job.registry, job.transform, job.max_bytes, State()))
    return kept[1]


@contextmanager
def _local(url: str) -> Iterator[tuple[str, Problem | None]]:
    """A local path to the file: a local file as it is, a remote one copied under its own name into a temporary folder."""
    if not URL.match(url) or url.startswith("file://"):
        yield url.removeprefix("file://"), None
        return
    import fsspec

    folder = tempfile.mkdtemp(prefix="captions-")
    path = os.path.join(folder, os.path.basename(url.rstrip("/")) or "page")
    try:
        try:
            with fsspec.open(url, "rb") as source, open(path, "wb") as target:
                shutil.copyfileobj(source, target, 1 << 20)
        except (OSError, ValueError) as err:
            yield path, Problem(url, f"cannot read: {err}")
            return
        yield path, None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _renamed(problem: Problem, path: str, url: str) -> Problem:
    if path == url or not problem.source.startswith(path):
        return problem
    return Problem(url + problem.source[len(path):], problem.message, problem.fatal)


def map_urls(inputs: Iterable[str], job: Job, on_problem: Callable[[Problem], None], *, scheduler: str | None = None,
             jobs: int = 2, unique_ids: bool = True, exclude: Iterable[str] = (),
             on_page: Callable[[], None] | None = None,
             fold: Callable[..., Any] | None = None) -> Generator[Any, None, None]:
    """transform(page, registry) for every page, in input order, computed on a Dask cluster.

    With `fold` (runs that need no ids), each worker folds its part's results
    into one, `fold(results, registry=...)` (a partial tally, say), and those
    come back instead: the client then takes in a result a part, not a page.
    """
    if fold is not None and unique_ids:
        raise ValueError("fold: only for runs that give no ids")
    urls = expand_urls(inputs, on_problem, exclude=exclude)
    ids = ArticleIds(unique=unique_ids)
    with cluster_client(scheduler, jobs) as client:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        shared = client.scatter(job, broadcast=True)  # once to each worker, not with every part
        parts = iter(parts_of(urls))
        pending: deque[tuple[list[str], Any]] = deque()
        run: Callable[..., Any] = run_part if fold is None else partial(run_folded, fold=fold)
        for part in parts:
            pending.append((part, client.submit(run, part, shared, pure=False)))
            if len(pending) >= workers * IN_FLIGHT:
                break
        while pending:
            part, future = pending.popleft()
            results = future.result()
            for more in parts:
                pending.append((more, client.submit(run, more, shared, pure=False)))
                break
            if fold is not None:
                results, folded = results
            chosen = {n: ids.claim(base) for n, (base, _id, result, _p) in enumerate(results) if base}
            forced = {n: claimed for n, claimed in chosen.items() if claimed != results[n][1]}
            if forced:
                results = client.submit(run_part, part, shared, forced, pure=False).result()
            for _base, _id, result, problems in results:
                for problem in problems:
                    on_problem(problem)
                if not _base:
                    continue
                if on_page is not None:
                    on_page()
                if result is not None:
                    yield result
            if fold is not None:
                yield folded


def run_folded(urls: list[str], job: Job, fold: Callable[..., Any]) -> tuple[list[PageResult], Any]:
    """On a worker: run_part, its results folded into one; the pages' places and problems come back beside it."""
    results = run_part(urls, job)
    folded = fold([result for _base, _id, result, _problems in results if result is not None], registry=job.registry)
    return [(base, used, None, problems) for base, used, _result, problems in results], folded


@contextmanager
def cluster_client(scheduler: str | None, jobs: int) -> Iterator[Any]:
    """A client of the scheduler at `scheduler` (or DASK_SCHEDULER_ADDRESS), else of a new LocalCluster of `jobs` workers."""
    if not available():
        raise EngineError("--engine dask needs dask.distributed and fsspec: pip install 'captions[dask]'")
    import logging

    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)
    address = scheduler or os.environ.get(SCHEDULER_ENV) or None
    cluster = None
    try:
        if address is None:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR, preload=[__name__])  # dask_setup below
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"cannot reach the Dask scheduler at {address}: {_reason(err)}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dask_setup(worker: object) -> None:
    """Run by each worker of a local cluster as it starts (a Dask preload): Ctrl-C is the client's.

    A terminal sends Ctrl-C to every process of the run; the workers must
    not die of it, each with its traceback: the client ends them when it stops.
    """
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _reason(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__
