"""captions: find every news picture's alt text, caption and credit.

    from captions import parse_page, parse_credit, build_catalog

    article = parse_page(text, id="putin-pyongyang", source="pages/putin.txt")
    credit = parse_credit("Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo")
    catalog = build_catalog([article])

Names are imported on first use, so that `captions --help` stays fast.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

_EXPORTS = {
    "parse_page": "parse.page",
    "parse_dump": "parse.page",
    "split_caption_credit": "parse.credit_in_line",
    "read_html": "html_page",
    "parse_credit": "parse.credit",
    "read_credit": "parse.credit",
    "build_catalog": "catalog",
    "count_credits": "counts",
    "load_registry": "knowledge.registry",
    "AgencyRegistry": "knowledge.registry",
    "Agency": "knowledge.registry",
    "RegistryError": "knowledge.registry",
    "load_catalog": "loader",
    "CatalogError": "loader",
    "catalog_text": "writers",
    "write_sqlite": "sqlite_export",
    "photo_records": "photo_rows",
    "PhotoFilter": "filters",
    "diff_files": "diff",
    "Catalog": "models",
    "Article": "models",
    "Photo": "models",
    "Credit": "models",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:
    from .catalog import build_catalog
    from .counts import count_credits
    from .diff import diff_files
    from .filters import PhotoFilter
    from .html_page import read_html
    from .knowledge.registry import Agency, AgencyRegistry, RegistryError, load_registry
    from .loader import CatalogError, load_catalog
    from .models import Article, Catalog, Credit, Photo
    from .parse.credit import parse_credit, read_credit
    from .parse.credit_in_line import split_caption_credit
    from .parse.page import parse_dump, parse_page
    from .photo_rows import photo_records
    from .sqlite_export import write_sqlite
    from .writers import catalog_text


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'captions' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
