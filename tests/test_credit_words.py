"""Words that name no one never become names, whatever a credit joins them with (a property of parse_credit)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from captions import load_registry, parse_credit

REGISTRY = load_registry()  # the bundled registry
MARKERS = REGISTRY.markers
# Placeholders, job titles and dropped words, unless an agency is called so ("Bild" is the tabloid BILD).
NO_ONE = sorted({w for w in (*MARKERS.placeholders, *MARKERS.dropped_words) if w not in REGISTRY})
SPELLINGS = sorted({spelling for agency in REGISTRY for spelling in agency.spellings()})
CANONICAL = frozenset(REGISTRY.names())

part = st.one_of(st.sampled_from(NO_ONE), st.sampled_from(SPELLINGS), st.sampled_from(["Jane Roe", "Kim Jong-su"]))


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(part, min_size=1, max_size=5), st.sampled_from(["/", " / ", ", ", " | ", " via ", " and "]))
def test_words_that_name_no_one_never_become_names(parts: list[str], joiner: str) -> None:
    raw = joiner.join(parts)
    credit = parse_credit(raw)
    no_one = {w.casefold() for w in NO_ONE}
    for name in (*credit.photographers, *credit.agencies):
        assert name.casefold() not in no_one, f"{raw!r} -> {credit!r}"
    for name in credit.agencies:
        assert name in CANONICAL or name in raw, f"agency {name!r} invented: {raw!r} -> {credit!r}"
    for name in credit.photographers:
        assert name in raw, f"photographer {name!r} invented: {raw!r} -> {credit!r}"
