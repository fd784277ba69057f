"""A YAML catalogue's articles read one at a time: memory for one article, not the whole file's nodes and objects.

Loading a YAML catalogue whole costs some 35 times its size (a 40 MB catalogue
of 20,000 pages: 1.4 GB), the nodes, the objects and the models of every
article held at once. A catalogue as `captions catalog` writes it opens with
`catalog_version`, then its `articles`: each is composed, built and validated
in turn, with the same checks (no alias, nesting, the loader's value errors)
and the same one-line errors, placed at the article's own line. The agency
index after them is checked as a whole reading checks it, an agency's list
at a time, and dropped (credits, audit and diff read the articles only). A
file of another shape is read whole, as before.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from .loader import CatalogError, agency_index_type, catalog_loader, check_version, yaml_problems
from .validation_errors import first_problem, line_in
from .models import Article


def yaml_articles(text: str, path: Path) -> Iterator[Article] | None:
    """The articles of a YAML catalogue that opens with its version and its articles, read one at a time; None for
    a catalogue of another shape (read it whole). Raises CatalogError: here for its opening, then as it is read."""
    from yaml.events import DocumentStartEvent, MappingStartEvent, ScalarEvent, SequenceStartEvent

    opening = 1
    with yaml_problems(text, path):
        reader = catalog_loader()(text)   # the Python reader checks the characters here
        reader.get_event()  # the stream's start
        if reader.check_event(DocumentStartEvent):
            reader.get_event()
        shape = reader.check_event(MappingStartEvent)
        if shape:
            opening = reader.get_event().start_mark.line + 1   # where a whole reading places a field missing
            for key in ("catalog_version", "articles"):
                shape = reader.check_event(ScalarEvent) and reader.peek_event().value == key
                if not shape:
                    break
                reader.get_event()
                if key == "catalog_version":
                    check_version(reader.construct_document(reader.compose_node(None, None)), path)
                elif shape := reader.check_event(SequenceStartEvent):
                    reader.get_event()
    if not shape:
        reader.dispose()
        return None
    return _articles(reader, text, path, opening)


def _articles(reader: Any, text: str, path: Path, opening: int) -> Iterator[Article]:
    """The articles, then the rest of the catalogue checked; `opening` is the line its mapping opens on."""
    from pydantic import ValidationError
    from yaml.composer import ComposerError
    from yaml.events import DocumentEndEvent, MappingEndEvent, SequenceEndEvent, StreamEndEvent

    try:
        with yaml_problems(text, path):
            index = 0
            while not reader.check_event(SequenceEndEvent):
                reader.anchors = {}
                node = reader.compose_node(None, None)
                data = reader.construct_document(node)
                try:
                    yield Article.model_validate(data)
                except ValidationError as err:
                    problem, inside = first_problem(err, "articles", index)
                    raise CatalogError(f"line {line_in(node, inside)}, {problem}", path) from None
                index += 1
            reader.get_event()
            seen = {"catalog_version", "articles"}
            while not reader.check_event(MappingEndEvent):   # the agency index, and any field after it
                key = reader.get_event()
                name = getattr(key, "value", "?")
                if name in seen or name != "agencies":
                    problem = "given twice" if name in seen else "unknown field"
                    raise CatalogError(f"line {key.start_mark.line + 1}, {name}: {problem}", path)
                seen.add(name)
                _check_index(reader, path)
            if "agencies" not in seen:
                raise CatalogError(f"line {opening}, agencies: missing", path)
            reader.get_event()
            if reader.check_event(DocumentEndEvent):
                reader.get_event()
            if not reader.check_event(StreamEndEvent):
                event: Any = reader.get_event()
                raise ComposerError("expected a single document in the stream", None, "but found another document",
                                    event.start_mark)
    finally:
        reader.dispose()


def _check_index(reader: Any, path: Path) -> None:
    """The agency index, checked as a whole reading checks it (a mapping of names to lists of photo ids), an agency's
    list at a time; raises CatalogError at the place a whole reading names."""
    from yaml.events import MappingEndEvent, MappingStartEvent
    from yaml.nodes import MappingNode

    if not reader.check_event(MappingStartEvent):
        node = reader.compose_node(None, None)
        _check_agencies(reader.construct_document(node), node, path)   # no mapping: refused
        return
    start = reader.get_event()
    while not reader.check_event(MappingEndEvent):
        key = reader.compose_node(None, None)
        node = MappingNode("tag:yaml.org,2002:map", [(key, reader.compose_node(None, None))], start.start_mark)
        _check_agencies(reader.construct_document(node), node, path)
    reader.get_event()


def _check_agencies(data: Any, node: Any, path: Path) -> None:
    from pydantic import ValidationError

    try:
        agency_index_type().validate_python(data)
    except ValidationError as err:
        problem, inside = first_problem(err, "agencies")
        raise CatalogError(f"line {line_in(node, inside)}, {problem}", path) from None
