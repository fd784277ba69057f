"""The audit rules: what `captions audit` finds wrong with photo credits.

Each rule is defined here once, with a permanent code, a name describing the
pattern it flags, and its documentation (what it finds, why it matters, an
example), which `captions rules CODE` prints. A code never changes meaning once
released: a rule that is withdrawn keeps its code unused.

Rules are pure functions of one article (plus the registry and, for page
dumps, the parser's notes on what it could not read whole); they return
`Finding`s and print nothing. A rule that looks across pages is a class whose
instances see each article of the run in turn (`add(article)`), as
CreditConflicts does.

Each rule has a lifecycle, as ruff's rules do: `stable` rules run by default
(unless defined off) and are chosen by any code prefix; `preview` rules are
new and may change, and run only when a --select prefix names them;
`deprecated` rules run only when --select names their full code, and will
be withdrawn.
"""
from __future__ import annotations

from .rule import DEPRECATED, LIFECYCLES, PREVIEW, RULES, STABLE, Finding, Place, Rule, RunCheck, rule_for

# Each family registers its rules as it is imported, in the order of their codes.
from . import rules_pictures, rules_agencies, rules_credits  # noqa: E402,F401  isort: skip
from .rules_agencies import CreditConflicts, closest_agency  # noqa: E402

__all__ = ["DEPRECATED", "LIFECYCLES", "PREVIEW", "RULES", "STABLE", "CreditConflicts", "Finding", "Place",
           "Rule", "RunCheck", "closest_agency", "rule_for"]
