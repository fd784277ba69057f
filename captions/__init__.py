"""captions: find every news picture's alt text, caption and credit.

    from captions import parse_page, parse_credit, build_catalog

    article = parse_page(text, id="putin-pyongyang", source="pages/putin.txt")
    credit = parse_credit("Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo")
    catalog = build_catalog([article])

    from captions import jobs

    jobs.catalog(["pages/"], output="catalog.db")            # whole runs, as the commands do them
    tally = jobs.count(["pages/"], by=["kind", "role"])

Names are imported on first use, so that `captions --help` stays fast.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

_EXPORTS = {
    "parse_page": "parse.page",
    "parse_dump": "parse.page",
    "split_caption_credit": "parse.credit_in_line",
    "read_html": "parse.html.page",
    "parse_credit": "parse.credit",
    "read_credit": "parse.credit",
    "build_catalog": "catalog.build",
    "count_credits": "report.counts",
    "load_registry": "knowledge.registry",
    "AgencyRegistry": "knowledge.registry",
    "Agency": "knowledge.registry",
    "RegistryError": "knowledge.errors",
    "load_catalog": "catalog.loader",
    "CatalogError": "catalog.loader",
    "catalog_text": "catalog.writers",
    "write_sqlite": "catalog.sqlite",
    "photo_records": "catalog.photo_rows",
    "PhotoFilter": "report.filters",
    "diff_files": "catalog.diff",
    "Catalog": "catalog.models",
    "Article": "catalog.models",
    "Photo": "catalog.models",
    "Credit": "catalog.models",
    "JobError": "jobs",
    "OptionError": "jobs",
    "ProblemLog": "jobs",
}

# Whole runs (jobs.catalog, jobs.count, jobs.audit, jobs.show, jobs.diff) live in a module of their
# own: captions.catalog and captions.audit are the packages of the catalogue and the audit.
_MODULES = ("jobs",)

__all__ = ["__version__", *_MODULES, *_EXPORTS]

if TYPE_CHECKING:
    from .catalog.build import build_catalog
    from .report.counts import count_credits
    from .catalog.diff import diff_files
    from .report.filters import PhotoFilter
    from .parse.html.page import read_html
    from .knowledge.errors import RegistryError
    from .knowledge.registry import Agency, AgencyRegistry, load_registry
    from .catalog.loader import CatalogError, load_catalog
    from .catalog.models import Article, Catalog, Credit, Photo
    from .parse.credit import parse_credit, read_credit
    from .parse.credit_in_line import split_caption_credit
    from .parse.page import parse_dump, parse_page
    from .catalog.photo_rows import photo_records
    from .catalog.sqlite import write_sqlite
    from .catalog.writers import catalog_text
    from . import jobs
    from .jobs import JobError, OptionError, ProblemLog


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None and name not in _MODULES:
        raise AttributeError(f"module 'captions' has no attribute {name!r}")
    from importlib import import_module

    value = import_module(f".{name}", __name__) if module is None else getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
