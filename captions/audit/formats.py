"""Showing audit findings: one small formatter per output format, and the summary.

A formatter turns findings into text and prints nothing itself: `begin()`
gives what comes before the first finding, `format(finding)` the text of one,
`end()` what closes the output. All but SARIF give each finding as it comes.
"""
from __future__ import annotations

import json
from typing import IO, Any, Callable, Iterable, Protocol
from urllib.parse import quote

from .._version import __version__
from .rules import RULES, Finding, Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


class Formatter(Protocol):
    """What every formatter of FORMATTERS does."""

    def begin(self) -> str: ...

    def format(self, finding: Finding) -> str: ...

    def end(self) -> str: ...


def shown_message(finding: Finding) -> str:
    """The message with the photo it is about, `no credit for photo [page/4]`: two photos of one caption are two lines.

    Only the formats show the photo; the message itself (a baseline's key)
    stays as it was, so that baselines written before still match.
    """
    return f"{finding.message} [{finding.photo}]" if finding.photo else finding.message


class TextFormat:
    """`path:line: CAP001 missing-credit: message [photo id]`, one a line, as linters print."""

    def begin(self) -> str:
        return ""

    def format(self, finding: Finding) -> str:
        return f"{finding.path}:{finding.line}: {finding.code} {finding.name}: {shown_message(finding)}\n"

    def end(self) -> str:
        return ""


def finding_dict(finding: Finding) -> dict[str, Any]:
    """Every field of a finding, as JSON types."""
    related = finding.related
    return {
        "code": finding.code,
        "name": finding.name,
        "path": finding.path,
        "line": finding.line,
        "message": finding.message,
        "photo": finding.photo,
        "related": {"path": related.path, "line": related.line} if related else None,
    }


class JsonFormat:
    """A JSON array, one object per finding on a line of its own."""

    def __init__(self) -> None:
        self._first = True

    def begin(self) -> str:
        return "["

    def format(self, finding: Finding) -> str:
        comma = "" if self._first else ","
        self._first = False
        return f"{comma}\n  {json.dumps(finding_dict(finding), ensure_ascii=False)}"

    def end(self) -> str:
        return "]\n" if self._first else "\n]\n"


class JsonLinesFormat:
    """One JSON object per finding, a line each: for programs, and the format of a baseline file."""

    def begin(self) -> str:
        return ""

    def format(self, finding: Finding) -> str:
        return json.dumps(finding_dict(finding), ensure_ascii=False) + "\n"

    def end(self) -> str:
        return ""


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormat:
    """GitHub Actions workflow commands: each finding an annotation on its file and line."""

    def begin(self) -> str:
        return ""

    def format(self, finding: Finding) -> str:
        props = ",".join((
            f"file={_escape_property(finding.path)}",
            f"line={finding.line}",
            f"title={_escape_property(f'{finding.code} {finding.name}')}",
        ))
        return f"::warning {props}::{_escape_data(shown_message(finding))}\n"

    def end(self) -> str:
        return ""


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"))


def _location(path: str, line: int) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(path)}, "region": {"startLine": max(line, 1)}}}


def sarif_rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc},
        "help": {"text": rule.doc},
        "defaultConfiguration": {"level": "warning", "enabled": rule.default},
    }


class SarifFormat:
    """One SARIF 2.1.0 log: every rule in the tool's driver, every finding a result."""

    def __init__(self) -> None:
        self._results: list[dict[str, Any]] = []
        self._index = {code: i for i, code in enumerate(RULES)}

    def begin(self) -> str:
        return ""

    def format(self, finding: Finding) -> str:
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": self._index[finding.code],
            "level": "warning",
            "message": {"text": shown_message(finding)},
            "locations": [_location(finding.path, finding.line)],
        }
        if finding.photo is not None:
            result["properties"] = {"photo": finding.photo}
        if finding.related is not None:
            related = _location(finding.related.path, finding.related.line)
            related["id"] = 1
            related["message"] = {"text": "the other place"}
            result["relatedLocations"] = [related]
        self._results.append(result)
        return ""

    def end(self) -> str:
        log = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "captions",
                    "version": __version__,
                    "rules": [sarif_rule(rule) for rule in RULES.values()],
                }},
                "results": self._results,
            }],
        }
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


FORMATTERS: dict[str, Callable[[], Formatter]] = {
    "text": TextFormat, "json": JsonFormat, "jsonl": JsonLinesFormat, "github": GithubFormat, "sarif": SarifFormat}


def write_findings(findings: Iterable[Finding], stream: IO[str], fmt: str) -> dict[str, int]:
    """Write the findings to the stream in a format of FORMATTERS; the number of findings per rule code."""
    formatter = FORMATTERS[fmt]()
    counts: dict[str, int] = {}
    stream.write(formatter.begin())
    for finding in findings:
        counts[finding.code] = counts.get(finding.code, 0) + 1
        stream.write(formatter.format(finding))
    stream.write(formatter.end())
    return counts


def render_summary(counts: dict[str, int]) -> str:
    """Findings per rule, a table for standard error."""
    from ..report.tables import render_table

    rows = [(code, RULES[code].name, n) for code, n in sorted(counts.items())]
    rows.append(("", "total", sum(counts.values())))
    return render_table(("code", "rule", "findings"), rows, "simple")


def render_rules(rules: list[Rule]) -> str:
    """The table `captions rules` prints."""
    from ..report.tables import render_table

    rows = [(r.code, r.name, _default(r), r.summary) for r in rules]
    return render_table(("code", "name", "default", "finds"), rows, "simple")


def render_rule(rule: Rule) -> str:
    """One rule's documentation, for `captions rules CODE`."""
    default = "on by default" if rule.default and rule.lifecycle == "stable" else f"off unless selected: --select {rule.code}"
    lifecycle = "" if rule.lifecycle == "stable" else f", {rule.lifecycle}"
    return f"{rule.code} {rule.name} ({default}{lifecycle})\n\n{rule.doc}\n"


def _default(rule: Rule) -> str:
    on = "on" if rule.default and rule.lifecycle == "stable" else "off"
    return on if rule.lifecycle == "stable" else f"{on} ({rule.lifecycle})"
