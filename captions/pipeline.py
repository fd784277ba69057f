"""From the paths a user gives to articles, one at a time.

Page dumps are read and parsed; catalogue files are loaded. Problems are
handed to a callback and the run goes on with the rest.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from .catalog import ArticleIds
from .models import Article
from .page import parser_for
from .registry import AgencyRegistry
from .sources import DEFAULT_MAX_BYTES, Problem, expand, read_page
from .writers import format_for

ProblemHandler = Callable[[Problem], None]


def iter_articles(
    paths: Iterable[str],
    registry: AgencyRegistry,
    on_problem: ProblemHandler,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    catalogs: bool = False,
) -> Iterator[Article]:
    """Articles from page dumps (and, with `catalogs`, from catalogue files), in input order."""
    parser = parser_for(registry)
    ids = ArticleIds()
    for item in expand(paths):
        if isinstance(item, Problem):
            on_problem(item)
            continue
        if catalogs and item != "-" and format_for(item):
            from .loader import CatalogError, iter_catalog_articles

            try:
                yield from iter_catalog_articles(item)
            except CatalogError as err:
                on_problem(Problem(item, str(err)))
            continue
        page, problems = read_page(item, max_bytes=max_bytes)
        for problem in problems:
            on_problem(problem)
        if page is None:
            continue
        yield parser.parse(page.text, id=ids.claim(page.stem), source=page.source)
