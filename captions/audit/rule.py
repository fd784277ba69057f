"""What an audit rule is: the Finding it returns, its Rule entry in RULES, and the decorator that registers it.

The rules themselves are in rules_pictures, rules_agencies and rules_credits;
`rules` gathers them (see its documentation).
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Protocol, Sequence, Union

from ..catalog.models import Article, Photo
from ..knowledge.registry import AgencyRegistry
from ..parse.notes import Note, StructuredCredit

@dataclass(frozen=True)
class Place:
    path: str
    line: int


@dataclass(frozen=True)
class Finding:
    """One thing wrong, at one place; knows nothing of how it is shown."""

    code: str
    name: str
    path: str
    line: int
    message: str
    photo: str | None = None        # the photo id, when the finding is about one photo
    related: Place | None = None    # the other place (CAP006)

    def order(self) -> tuple[str, int, str, str]:
        """The audit's order: by file, line, code and message."""
        return self.path, self.line, self.code, self.message


# The parser's notes a check is given (a page's .notes): a dump's broken credits, an HTML page's metadata credits.
Notes = Optional[Sequence[Union[Note, StructuredCredit]]]
Check = Callable[[Article, AgencyRegistry, Notes], Iterable[Finding]]


STABLE, PREVIEW, DEPRECATED = "stable", "preview", "deprecated"
LIFECYCLES = (STABLE, PREVIEW, DEPRECATED)


class RunCheck(Protocol):
    """A rule that looks across the pages of a run: fed each article in turn."""

    def add(self, article: Article) -> list[Finding]: ...


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    doc: str                 # what it finds, why it matters, an example
    default: bool            # on unless deselected; False: off unless selected
    check: Check | None      # the check of one article; None for a rule across pages
    across_pages: Callable[[], RunCheck] | None = None  # makes the run's check, for a rule across pages
    lifecycle: str = STABLE

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0].strip()


RULES: dict[str, Rule] = {}


def _rule(code: str, name: str, *, default: bool = True, per_page: bool = True, lifecycle: str = STABLE):
    def register(obj):
        if code in RULES:
            raise ValueError(f"rule {code} defined twice")
        if lifecycle not in LIFECYCLES:
            raise ValueError(f"rule {code}: lifecycle {lifecycle!r} is not one of {', '.join(LIFECYCLES)}")
        doc = inspect.cleandoc(obj.__doc__ or "")
        RULES[code] = Rule(code, name, doc, default, obj if per_page else None, None if per_page else obj, lifecycle)
        return obj

    return register


def _finding(code: str, article: Article, line: int, message: str, photo: Photo | None = None, related: Place | None = None) -> Finding:
    return Finding(code, RULES[code].name, article.source, line, message, photo.id if photo else None, related)


def _quote(text: str | None, width: int = 60) -> str:
    text = " ".join((text or "").split())
    return f'"{text}"' if len(text) <= width else f'"{text[: width - 1].rstrip()}…"'


def _what(photo: Photo) -> str:
    return f"caption {_quote(photo.caption)}" if photo.caption else "photo"


def _names(agencies: Iterable[str]) -> str:
    return ", ".join(sorted(agencies, key=str.casefold))


def rule_for(code_or_name: str) -> Rule | None:
    """The rule with this code (any case) or name."""
    key = code_or_name.strip()
    return RULES.get(key.upper()) or next((r for r in RULES.values() if r.name == key.lower()), None)
