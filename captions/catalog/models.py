"""The catalogue's data model: these classes are the file format of shared/SPEC.md."""
from __future__ import annotations

import datetime as _dt
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict

CATALOG_VERSION: Final = 1


class _Model(BaseModel):
    # defer_build: validators and serializers are built when first used, not when this module is
    # imported; the audit only reads models the parser builds (model_construct), and never needs them.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Credit(_Model):
    """A picture's credit as printed (`raw`) and read into people and organisations."""

    raw: str
    photographers: list[str]
    agencies: list[str]
    via: list[str]


class Photo(_Model):
    """One picture on a page: its alt text, caption and credit, any of which may be missing."""

    id: str
    line: int
    description: str | None
    caption: str | None
    credit: Credit | None
    # Where the credit was read: "printed" (the page's visible text) or
    # "structured" (its ImageObject metadata); null for page dumps and old catalogues.
    credit_source: Literal["printed", "structured"] | None = None


class Article(_Model):
    """One page dump and the pictures found on it."""

    id: str
    source: str
    date: _dt.date | None
    section: str | None
    title: str | None
    photos: list[Photo]


class Catalog(_Model):
    """Every article of a run, and the index of photos by agency."""

    catalog_version: Literal[1] = CATALOG_VERSION
    articles: list[Article]
    agencies: dict[str, list[str]]
