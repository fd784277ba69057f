"""A validation error of a catalogue as one line: where it is (a field path such as `articles[3].photos[0].line`,
and in YAML the line of its node) and what is wrong."""
from __future__ import annotations

import json
from typing import Any, TypedDict


class ErrorDetails(TypedDict):
    """The part of one of pydantic's errors (pydantic_core.ErrorDetails) that problem_text reads."""

    type: str
    loc: tuple[int | str, ...]
    msg: str


def problem_text(error: ErrorDetails) -> str:
    """One pydantic error as 'place: problem': 'articles[3].photos[0].line: missing'."""
    place = field_path(error["loc"])
    message = error["msg"]
    if error["type"] == "missing":
        message = "missing"
    elif error["type"] == "extra_forbidden":
        message = "unknown field"
    return f"{place}: {message}" if place else message


def first_problem(err: Any, *under: int | str) -> tuple[str, tuple[int | str, ...]]:
    """A pydantic ValidationError's first error as 'place: problem', placed under `under` (a value checked alone,
    such as `articles[3]`); and its place inside that value."""
    first = err.errors()[0]
    return problem_text(ErrorDetails(type=first["type"], loc=(*under, *first["loc"]), msg=first["msg"])), first["loc"]


def field_path(loc: tuple[Any, ...]) -> str:
    """`articles[3].photos[0].line` for pydantic's ('articles', 3, 'photos', 0, 'line')."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and part.isidentifier():
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out


def line_in(node: Any, loc: tuple[Any, ...]) -> int:
    """The line of the node under a YAML node that a field path points at (or the nearest one above it)."""
    import yaml

    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == str(part)), None)
            if match is None:
                break
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        else:
            break
        line = node.start_mark.line + 1
    return line
