"""Reading catalogue files back: YAML, JSON or JSON Lines, validated against the model."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from .models import Article, Catalog


class CatalogError(ValueError):
    """A catalogue file that cannot be used; the message says where and what."""


def _where(err: Any) -> str:
    first = err.errors()[0]
    loc = ".".join(str(x) for x in first["loc"])
    return f"{loc}: {first['msg']}" if loc else first["msg"]


def load_catalog(path: str | Path) -> Catalog:
    """A whole catalogue file, validated."""
    from pydantic import ValidationError

    path = Path(path)
    if str(path).endswith((".jsonl", ".ndjson")):
        from .catalog import build_catalog

        return build_catalog(iter_catalog_articles(path))
    data = _parse(path)
    try:
        return Catalog.model_validate(data)
    except ValidationError as err:
        raise CatalogError(_where(err)) from None


def iter_catalog_articles(path: str | Path) -> Iterator[Article]:
    """The articles of a catalogue file; JSON Lines files are read line by line."""
    from pydantic import ValidationError

    path = Path(path)
    if str(path).endswith((".jsonl", ".ndjson")):
        try:
            with open(path, encoding="utf-8") as handle:
                for no, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        yield Article.model_validate_json(line)
                    except ValidationError as err:
                        raise CatalogError(f"line {no}: {_where(err)}") from None
        except (OSError, UnicodeDecodeError) as err:
            raise CatalogError(f"cannot read: {err}") from None
        return
    yield from load_catalog(path).articles


def _parse(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CatalogError("not UTF-8 text") from None
    except OSError as err:
        raise CatalogError(f"cannot read: {err.strerror}") from None
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise CatalogError(f"line {err.lineno}: not valid JSON: {err.msg}") from None
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise CatalogError(f"{where}not valid YAML: {getattr(err, 'problem', None) or err}") from None
