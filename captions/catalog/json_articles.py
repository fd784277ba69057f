"""A JSON catalogue's articles read one at a time: memory for its text and one article, not every article's objects.

Loading a JSON catalogue whole costs some 8 times its size (a 60 MB catalogue
of 20,000 pages: 490 MB). A catalogue as `captions catalog` writes it opens
with `catalog_version`, then its `articles`: each article is decoded from the
text where it stands and validated in turn, and refused in the words a whole
reading uses. The agency index after them is decoded, checked and dropped
(credits, audit and diff read the articles only). A file of another shape is read whole.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from .loader import CatalogError, agency_index_type, check_version, json_problems
from .validation_errors import first_problem
from .models import Article

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")   # JSON's whitespace


def json_articles(text: str, path: Path) -> Iterator[Article] | None:
    """The articles of a JSON catalogue that opens with its version and its articles, read one at a time; None for
    a catalogue of another shape (read it whole). Raises CatalogError: here for its opening, then as it is read."""
    with json_problems(path):
        pos = _skip(text, 0)
        if not text.startswith("{", pos):
            return None
        pos = _skip(text, pos + 1)
        for key in ("catalog_version", "articles"):
            if not text.startswith('"', pos) or (found := _DECODER.raw_decode(text, pos))[0] != key:
                return None
            pos = _after(text, found[1], ":", "Expecting ':' delimiter")
            if key == "catalog_version":
                version, pos = _DECODER.raw_decode(text, pos)
                check_version(version, path)
                pos = _after(text, pos, ",", "Expecting ',' delimiter")
            elif not text.startswith("[", pos):
                return None
    return _articles(text, pos + 1, path)


def _articles(text: str, pos: int, path: Path) -> Iterator[Article]:
    from pydantic import ValidationError

    with json_problems(path):
        pos = _skip(text, pos)
        index, more = 0, not text.startswith("]", pos)
        pos = pos if more else pos + 1
        while more:
            data, pos = _DECODER.raw_decode(text, pos)
            try:
                yield Article.model_validate(data)
            except ValidationError as err:
                raise CatalogError(first_problem(err, "articles", index)[0], path) from None
            index += 1
            pos = _skip(text, pos)
            if not text.startswith((",", "]"), pos):
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
            more, pos = text.startswith(",", pos), _skip(text, pos + 1)
        seen = {"catalog_version", "articles"}
        pos = _skip(text, pos)
        while text.startswith(",", pos):   # the agency index, and any field after it
            pos = _skip(text, pos + 1)
            if not text.startswith('"', pos):
                raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, pos)
            key, pos = _DECODER.raw_decode(text, pos)
            if key in seen or key != "agencies":
                raise CatalogError(f"{key}: {'given twice' if key in seen else 'unknown field'}", path)
            seen.add(key)
            agencies, pos = _DECODER.raw_decode(text, _after(text, pos, ":", "Expecting ':' delimiter"))
            _check_index(agencies, path)
            pos = _skip(text, pos)
        if not text.startswith("}", pos):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
        if "agencies" not in seen:
            raise CatalogError("agencies: missing", path)
        if (end := _skip(text, pos + 1)) != len(text):
            raise json.JSONDecodeError("Extra data", text, end)


def _check_index(index: object, path: Path) -> None:
    """The agency index, checked as a whole reading checks it."""
    from pydantic import ValidationError

    try:
        agency_index_type().validate_python(index)
    except ValidationError as err:
        raise CatalogError(first_problem(err, "agencies")[0], path) from None


def _skip(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]  # matches, if only nothing


def _after(text: str, pos: int, char: str, problem: str) -> int:
    """Where the next value begins after `char`, which must come next but for whitespace."""
    pos = _skip(text, pos)
    if not text.startswith(char, pos):
        raise json.JSONDecodeError(problem, text, pos)
    return _skip(text, pos + 1)
