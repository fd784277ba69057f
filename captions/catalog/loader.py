"""Reading catalogue files back: YAML, JSON or JSON Lines, validated against the model.

Catalogue files may come from anywhere, so reading one is defensive:

- YAML goes through the safe loader only (no Python objects are ever built),
  and a catalogue never holds anchors or aliases, so an alias is refused where
  it is composed, before anything is expanded: a "billion laughs" file costs
  nothing. Nesting deeper than any catalogue is refused too (deep nesting
  crashes libyaml's composer and is quadratic in its scanner).
- A file larger than `max_bytes` is refused before it is read.
- Every refusal is a `CatalogError` whose message is one line: the place
  (line number and/or field path such as `articles[3].photos[0].line`) and
  the problem. `str(err)` leaves out the file name, which callers print in
  front (`captions: error: cat.yaml: line 9, articles[0].id: ...`);
  `err.path` holds it and `err.describe()` gives the whole line.
"""
from __future__ import annotations

import json
import re
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from ..inputs import json_problem, size_words
from ..inputs.kinds import is_jsonl
from .models import CATALOG_VERSION, Article, Catalog
from .validation_errors import line_in, problem_text

if TYPE_CHECKING:
    from ..inputs.sources import Problem

MAX_CATALOG_BYTES = 512 * 1024 * 1024  # a whole YAML or JSON catalogue; JSON Lines is read line by line
MAX_DEPTH = 32                         # nesting; a catalogue needs 7
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class CatalogError(ValueError):
    """A catalogue file that cannot be used; the message says where and what, on one line."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(_one_line(message))
        self.path = str(path) if path is not None else None

    def describe(self) -> str:
        """The file, the place and the problem."""
        return f"{self.path}: {self}" if self.path else str(self)


def _one_line(text: str) -> str:
    return _CONTROL.sub(lambda m: " " if m.group() in "\n\r\t" else repr(m.group())[1:-1], text).strip()


def load_catalog(path: str | Path, *, max_bytes: int = MAX_CATALOG_BYTES, yaml_loader: type | None = None) -> Catalog:
    """A whole catalogue file, validated; raises CatalogError.

    `yaml_loader` is the PyYAML safe loader to build on (default: the C one
    when PyYAML has it); aliases and deep nesting are refused on either.
    """
    path = Path(path)
    if is_jsonl(str(path)):
        from .build import build_catalog

        return build_catalog(iter_catalog_articles(path))
    text = _read(path, max_bytes)
    is_json = _is_json(path, text)
    data = _parse_json(text, path) if is_json else _parse_yaml(text, path, catalog_loader(yaml_loader))
    return _validate(data, path, None if is_json else text)


def iter_catalog_articles(path: str | Path, *, max_bytes: int = MAX_CATALOG_BYTES) -> Iterator[Article]:
    """The articles of a catalogue file; JSON Lines files are read line by line."""
    if not is_jsonl(str(path)):
        from .json_articles import json_articles
        from .yaml_articles import yaml_articles

        path = Path(path)
        text = _read(path, max_bytes)
        is_json = _is_json(path, text)
        articles = json_articles(text, path) if is_json else yaml_articles(text, path)
        if articles is None:   # a catalogue of another shape: read whole
            data = _parse_json(text, path) if is_json else _parse_yaml(text, path)
            articles = iter(_validate(data, path, None if is_json else text).articles)
        yield from articles
        return
    from ..inputs.jsonl import iter_jsonl

    yield from jsonl_articles(str(path), iter_jsonl(str(path)))


def jsonl_articles(path: str, records: Iterable["tuple[int, dict] | Problem"],
                   on_problem: "Callable[[Problem], None] | None" = None) -> Iterator[Article]:
    """The articles of a JSON Lines catalogue, from its records (`inputs.jsonl.iter_jsonl`).

    A line that is no article is handed to `on_problem` and skipped, the run
    goes on; without `on_problem`, it ends the reading with a CatalogError.
    """
    from pydantic import ValidationError

    from ..inputs.sources import Problem

    for record in records:
        if isinstance(record, Problem):
            if on_problem is not None:
                on_problem(record)
            elif record.fatal:
                where = record.source.removeprefix(path).removeprefix(":")
                raise CatalogError(f"{'line ' + where + ': ' if where else ''}{record.message.removesuffix('; line skipped')}", path)
            continue
        no, data = record
        try:
            yield Article.model_validate(data)
        except ValidationError as err:
            if on_problem is None:
                raise CatalogError(f"line {no}, {problem_text(err.errors()[0])}", path) from None
            on_problem(Problem(f"{path}:{no}", problem_text(err.errors()[0])))


# -- reading -------------------------------------------------------------------


def _is_json(path: Path, text: str) -> bool:
    """Whether a catalogue is read as JSON: named .json, unless it opens as captions' YAML does (`catalog -o
    catalog.json --format yaml` writes YAML under that name)."""
    return path.suffix.lower() == ".json" and not text.startswith("catalog_version:")


def _read(path: Path, max_bytes: int) -> str:
    try:
        with open(path, "rb") as handle:
            data = _read_at_most(handle, max_bytes + 1)
    except OSError as err:
        from ..inputs import os_problem

        raise CatalogError(os_problem(err), path) from None
    if len(data) > max_bytes:
        raise CatalogError(f"larger than {size_words(max_bytes)}, not read", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CatalogError(f"not UTF-8 text (byte {err.start})", path) from None


def _read_at_most(handle: Any, limit: int) -> bytes:
    """Up to `limit` bytes, read in chunks: read(limit) would allocate all of `limit` at once."""
    chunks, total = [], 0
    while total < limit:
        chunk = handle.read(min(1 << 20, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _parse_json(text: str, path: Path) -> Any:
    with json_problems(path):
        return json.loads(text)


@contextmanager
def json_problems(path: Path) -> Iterator[None]:
    """The JSON decoder's errors, each a CatalogError of one line saying where (a CatalogError passes as it is)."""
    try:
        yield
    except CatalogError:
        raise
    except json.JSONDecodeError as err:
        raise CatalogError(f"line {err.lineno}, column {err.colno}: not valid JSON: {json_problem(err)}", path) from None
    except RecursionError:
        raise CatalogError("not a catalogue: nested too deeply", path) from None
    except ValueError as err:  # e.g. an integer of more than 4300 digits
        raise CatalogError(f"not valid JSON: {str(err).split(':')[0]}", path) from None


def _parse_yaml(text: str, path: Path, loader: type | None = None) -> Any:
    loader_class = loader or catalog_loader()
    reader = None
    with yaml_problems(text, path):
        try:
            reader = loader_class(text)  # the Python reader checks the characters here
            node = reader.get_single_node()
            return None if node is None else reader.construct_document(node)
        finally:
            if reader is not None:
                reader.dispose()


@contextmanager
def yaml_problems(text: str, path: Path) -> Iterator[None]:
    """PyYAML's errors reading `text`, each a CatalogError of one line saying where."""
    import yaml

    try:
        yield
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = " ".join(x for x in (err.context, err.problem) if x) or "not valid YAML"
        if getattr(err, "well_formed", False):  # good YAML holding a value no catalogue can: the value is the problem
            raise CatalogError(f"{where}{problem}", path) from None
        raise CatalogError(f"{where}not valid YAML: {problem}", path) from None
    except yaml.reader.ReaderError as err:
        line = text.count("\n", 0, err.position) + 1 if isinstance(err.position, int) else None
        where = f"line {line}: " if line else ""
        char = f"U+{err.character:04X}" if isinstance(err.character, int) else repr(err.character)
        raise CatalogError(f"{where}not valid YAML: character {char} is not allowed", path) from None
    except yaml.YAMLError as err:
        raise CatalogError(f"not valid YAML: {err}", path) from None
    except RecursionError:
        raise CatalogError("not a catalogue: nested too deeply", path) from None


def _yaml_loader_on(base: type) -> type:
    """A safe loader that refuses aliases and deep nesting as it composes the document.

    The composer is PyYAML's own, in Python, also on top of the C parser: the C
    composer expands nothing either, but it cannot be stopped early and it
    overflows the C stack on deeply nested input.
    """
    from yaml.composer import Composer, ComposerError
    from yaml.constructor import ConstructorError
    from yaml.events import AliasEvent, MappingStartEvent, SequenceStartEvent
    from yaml.nodes import Node

    class CatalogLoader(base):
        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self.anchors: dict[str, Node] = {}
            self._depth = 0

        get_single_node = Composer.get_single_node
        compose_document = Composer.compose_document
        compose_scalar_node = Composer.compose_scalar_node
        compose_sequence_node = Composer.compose_sequence_node
        compose_mapping_node = Composer.compose_mapping_node

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(AliasEvent):
                event = self.get_event()
                raise ComposerError(None, None, f"alias *{event.anchor} is not allowed in a catalogue", event.start_mark)
            if self.check_event(MappingStartEvent, SequenceStartEvent):
                if self._depth >= MAX_DEPTH:
                    event = self.peek_event()
                    raise ComposerError(None, None, f"nested more than {MAX_DEPTH} deep", event.start_mark)
                self._depth += 1
                try:
                    return Composer.compose_node(self, parent, index)
                finally:
                    self._depth -= 1
            return Composer.compose_node(self, parent, index)

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep)
            except (ValueError, OverflowError) as err:  # "2024-02-30", an integer of 5000 digits
                reason = str(err).split(":")[0]
                problem = ConstructorError(None, None, f"cannot read {node.value!r:.40}: {reason}", node.start_mark)
                problem.well_formed = True  # type: ignore[attr-defined]
                raise problem from None

    CatalogLoader.__name__ = CatalogLoader.__qualname__ = f"Catalog{base.__name__}"
    return CatalogLoader


_LOADERS: dict[type, type] = {}


def catalog_loader(base: type | None = None) -> type:
    """The catalogue loader on the C safe loader when there is one, else on the Python one."""
    import yaml

    if base is None:
        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    if base not in _LOADERS:
        _LOADERS[base] = _yaml_loader_on(base)
    return _LOADERS[base]


# -- validating -------------------------------------------------------------------------


def _validate(data: Any, path: Path, yaml_text: str | None) -> Catalog:
    from pydantic import ValidationError

    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {type(data).__name__}"
        raise CatalogError(f"not a catalogue: the document is {kind}, not a mapping with catalog_version, "
                           f"articles and agencies", path)
    if "catalog_version" not in data:
        raise CatalogError("catalog_version: missing; not a catalogue written by captions?", path)
    check_version(data["catalog_version"], path)
    try:
        return Catalog.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        line = _line_of(yaml_text, first["loc"]) if yaml_text is not None else None
        where = f"line {line}, " if line else ""
        raise CatalogError(where + problem_text(first), path) from None
    except RecursionError:
        raise CatalogError("not a catalogue: nested too deeply", path) from None


@cache
def agency_index_type() -> Any:
    """The type of a catalogue's agency index (Catalog.agencies), to check it alone."""
    from pydantic import TypeAdapter

    return TypeAdapter(dict[str, list[str]])


def check_version(version: Any, path: Path) -> None:
    """Refuses a catalogue of a version this captions does not read."""
    if version != CATALOG_VERSION or isinstance(version, bool):
        raise CatalogError(f"catalog_version: {version!r:.40} is not supported (this captions reads version "
                           f"{CATALOG_VERSION})", path)


def _line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """The line of the YAML node a field path points at (or the nearest one above it)."""
    import yaml

    try:
        node = catalog_loader()(text).get_single_node()
    except (yaml.YAMLError, RecursionError):
        return None
    return None if node is None else line_in(node, loc)
