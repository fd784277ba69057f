"""What every job shares: its options (Run), how it tells problems (ProblemLog), its errors, and its pages mapped.

`captions.jobs` builds each whole job on these; they are re-exported there.
"""
from __future__ import annotations

import os
import unicodedata
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional, Sequence

from ..inputs import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from ..inputs.sources import Problem
    from ..knowledge.registry import AgencyRegistry

OnProblem = Callable[["Problem"], None]
OnPage = Callable[[], None]


class JobError(Exception):
    """A job that could not be done: an output it must not or cannot write, say."""


class OptionError(JobError):
    """An argument the job cannot use: an unknown format, rule or grouping."""


class ProblemLog:
    """A problem handler that tells each problem to `say` and remembers whether any was fatal."""

    def __init__(self, say: Optional[Callable[[str], None]] = None) -> None:
        self.failed = False
        self.say = say or (lambda line: warnings.warn(line, stacklevel=4))

    def __call__(self, problem: "Problem") -> None:
        label = "error" if problem.fatal else "warning"
        self.say(one_line(f"captions: {label}: {problem}"))
        self.failed = self.failed or problem.fatal


def one_line(message: str) -> str:
    """`message` as one line: the line breaks, control characters and undecodable bytes a file's name or an
    archive's URI may hold are escaped as Python writes them (`a\\nb.txt`), so that every error or warning is one
    line; other scripts' letters and spaces stay as they are."""
    if message.isprintable():
        return message
    return "".join(repr(c)[1:-1] if unicodedata.category(c) in _BREAKING else c for c in message)


_BREAKING = frozenset({"Cc", "Zl", "Zp", "Cs"})  # controls, line and paragraph separators, surrogates (bad bytes)


class Watched:
    """A problem handler in front of another that remembers whether any problem was fatal (an input not read)."""

    def __init__(self, inner: OnProblem) -> None:
        self.inner = inner
        self.failed = False

    def __call__(self, problem: "Problem") -> None:
        self.failed = self.failed or problem.fatal
        self.inner(problem)


@dataclass
class Run:
    """How a job reads its pages: the agencies, workers, size limit, and who hears of problems and progress."""

    registry: "AgencyRegistry"
    agencies: Optional[str] = None      # the user's agencies file, loaded again by each worker
    jobs: Optional[int] = None
    max_bytes: int = DEFAULT_MAX_BYTES
    on_problem: OnProblem = field(default_factory=ProblemLog)
    progress: Optional[OnPage] = None
    engine: str = "local"               # or "dask": a Dask cluster, at `scheduler` or a local one
    scheduler: Optional[str] = None


ENGINES = ("local", "dask")


def path_list(paths: "Sequence[str] | str | os.PathLike[str]") -> list[str]:
    """The paths of a job: one path given as a string is one path, not a list of its letters."""
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    return [os.fspath(p) for p in paths]


def run_for(registry: "AgencyRegistry | None", agencies: Optional[str], jobs: Optional[int], max_bytes: int,
            on_problem: Optional[OnProblem], progress: Optional[OnPage], *, engine: str = "local",
            scheduler: Optional[str] = None) -> Run:
    """The Run of a job's arguments: the registry loaded from `agencies` when none is given."""
    if engine not in ENGINES:
        raise OptionError(f"unknown --engine {engine!r}; use local or dask")
    if scheduler is not None and engine != "dask":  # a run meant for a cluster must not quietly run here
        raise OptionError(f"--scheduler {scheduler} needs --engine dask")
    if registry is None:
        from ..knowledge.errors import RegistryError
        from ..knowledge.registry import load_registry

        try:
            registry = load_registry(agencies)
        except RegistryError as err:
            raise OptionError(str(err)) from None
    return Run(registry, agencies, jobs, max_bytes, on_problem or ProblemLog(), progress, engine, scheduler)


@contextmanager
def mapped(paths: Sequence[str], transform: Callable[..., Any], run: Run, *, catalogs: bool,
           output: Optional[str] = None, unique_ids: bool = True,
           fold: Optional[Callable[..., Any]] = None) -> Iterator[Iterator[Any]]:
    """transform(page, registry) for each page of the run, in order, over worker processes or a Dask cluster.

    A context, so that the worker processes end with the block however it
    ends (an interrupt in the middle of writing, say), not when the iterator
    is garbage. With `fold` (runs that give no ids) a cluster's workers each
    fold their part's results into one, `fold(results, registry=...)`, and
    those come back instead; on one machine worker processes fold each chunk
    of pages, so the results are a mix of page results and folded chunks.
    """
    from .parallel import default_jobs

    exclude = (output,) if output else ()
    failures: tuple[type[Exception], ...] = ()
    if run.engine == "dask":
        from .dask_engine import EngineError, Job, map_urls

        failures = (EngineError,)
        results = map_urls(paths, Job(transform, run.registry, run.max_bytes), run.on_problem, scheduler=run.scheduler,
                           jobs=run.jobs or default_jobs(), unique_ids=unique_ids, exclude=exclude,
                           on_page=run.progress, fold=fold)
    else:
        from ..catalog.build import ArticleIds
        from .items import iter_items
        from .parallel import map_pages

        jobs = run.jobs or default_jobs()
        # Over workers, the workers read every file and tell the catalogues among folder pages; ids, when
        # the run gives any, are settled in input order as results come (see iter_items).
        split = jobs > 1
        items = iter_items(paths, run.on_problem, max_bytes=run.max_bytes, catalogs=catalogs, exclude=exclude,
                           unique_ids=unique_ids, sniff=unique_ids and not split, split=split)
        results = map_pages(items, transform, run.on_problem, registry=run.registry, registry_file=run.agencies,
                            jobs=jobs, max_bytes=run.max_bytes, on_page=run.progress, fold=fold,
                            ids=ArticleIds() if unique_ids and split else None)
    try:
        yield results
    except failures as err:  # no dask, no scheduler, standard input: what the run was asked, not its inputs
        raise OptionError(str(err)) from None
    finally:
        results.close()
