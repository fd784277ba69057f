"""A JSON Lines catalogue as a folder of part files, on a Dask cluster (`catalog --engine dask -o FOLDER/`).

Each part file is written by the worker that parsed its pages: only the
pages' ids and problems come back to the client, which settles the ids in
input order as `dask_engine.map_urls` does.
"""
from __future__ import annotations

import os
from collections import deque
from typing import Any, Callable, Iterable

from ..catalog.build import ArticleIds
from ..inputs.sources import Problem
from .dask_engine import (IN_FLIGHT, URL, EngineError, Job, PageResult, available, cluster_client,
                          expand_urls, parts_of, run_part)


def is_parts_folder(output: str) -> bool:
    """Whether `-o` names a folder of part files: ending in '/', or a folder that exists."""
    return output.endswith("/") or (not URL.match(output) and os.path.isdir(output))


def write_parts(inputs: Iterable[str], job: Job, on_problem: Callable[[Problem], None], *, folder: str,
                scheduler: str | None = None, jobs: int = 2, on_page: Callable[[], None] | None = None) -> int:
    """A JSON Lines catalogue as a folder of part files (part-00000.jsonl, ...), each written by the worker that read its pages.

    Only the pages' ids and problems come back to the client, which settles
    the ids in input order as `map_urls` does. The parts, concatenated in
    name order, are the file a single-machine run writes. Returns the number
    of articles written.
    """
    if not available():
        raise EngineError("--engine dask needs dask.distributed and fsspec: pip install 'captions[dask]'")
    import fsspec

    fs, _token, (root,) = fsspec.get_fs_token_paths(folder.rstrip("/") or "/")
    if fs.exists(root) and fs.ls(root):
        raise EngineError(f"{folder}: not empty; part files go into a new or empty folder")
    urls = expand_urls(inputs, on_problem)
    ids = ArticleIds()
    written = 0
    with cluster_client(scheduler, jobs) as client:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        shared = client.scatter(job, broadcast=True)
        parts = iter(enumerate(parts_of(urls)))
        pending: deque[tuple[int, list[str], Any]] = deque()
        writes: deque[Any] = deque()

        def submit() -> None:
            for n, part in parts:
                pending.append((n, part, client.submit(run_part, part, shared, pure=False)))
                return

        for _ in range(workers * IN_FLIGHT):
            submit()
        while pending:
            n, part, future = pending.popleft()
            places = client.submit(_places, future, pure=False).result()
            submit()
            chosen = {k: ids.claim(base) for k, (base, _id, _p) in enumerate(places) if base}
            forced = {k: claimed for k, claimed in chosen.items() if claimed != places[k][1]}
            target = fs.unstrip_protocol(f"{root}/part-{n:05d}.jsonl") if URL.match(folder) else f"{root}/part-{n:05d}.jsonl"
            writes.append(client.submit(_write_part, future, part, shared, forced, target, pure=False))
            del future
            for base, _id, problems in places:
                for problem in problems:
                    on_problem(problem)
                if base and on_page is not None:
                    on_page()
            while len(writes) > workers * IN_FLIGHT:
                written += writes.popleft().result()
        while writes:
            written += writes.popleft().result()
    return written


def _places(results: list[PageResult]) -> list[tuple[str, str, list[Problem]]]:
    """What the client needs of a part's results: each page's id base, the id it got, its problems."""
    return [(base, used, problems) for base, used, _result, problems in results]


def _write_part(results: list[PageResult], part: list[str], job: Job, forced: dict[int, str], target: str) -> int:
    """On a worker: the part's catalogue entries into its part file (none for a part with no article)."""
    import fsspec

    if forced:
        results = run_part(part, job, forced)
    lines = [result[0] for _base, _id, result, _problems in results if result is not None]
    if not lines:
        return 0
    fs, _token, (path,) = fsspec.get_fs_token_paths(target)
    fs.makedirs(fs._parent(path), exist_ok=True)
    partial = path + ".partial"
    fs.pipe(partial, "".join(lines).encode("utf-8"))
    fs.mv(partial, path)  # a part is there whole or not at all
    return len(lines)
