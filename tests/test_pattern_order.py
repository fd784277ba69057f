"""The patterns built from the knowledge are the same whatever the string hash seed (a set's order follows it):
an alternation in another order matches alike but is other code for the regex engine, so that two runs' costs
would not compare (perf 18)."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from captions.knowledge.registry import bundled_registry
from captions.parse.credit_joiners import joiner_pattern

_PATTERNS = """
import gc, re
from captions.knowledge.registry import bundled_registry
from captions.parse.credit_joiners import Joiners
from captions.parse.markers import markers_for
registry = bundled_registry()
kept = (markers_for(registry), Joiners(registry, lambda text, joiner: None))
print(sorted({(o.pattern, o.flags) for o in gc.get_objects() if isinstance(o, re.Pattern) and isinstance(o.pattern, str)}))
"""


def test_joiner_pattern_of_the_same_words_in_two_orders_is_the_same() -> None:
    m = bundled_registry().markers
    names = ("via_words", "by_words", "for_words", "prose_for_words", "and_words")
    reordered = dataclasses.replace(m, **{name: tuple(reversed(getattr(m, name))) for name in names})
    swapped = dataclasses.replace(m, via_words=m.and_words, and_words=m.via_words)
    assert joiner_pattern(reordered).pattern == joiner_pattern(m).pattern == joiner_pattern(swapped).pattern


def test_patterns_are_the_same_under_other_hash_seeds(tmp_path: Path) -> None:
    def patterns(seed: str) -> str:  # each with an empty knowledge cache, so each reads the YAML (compiling its patterns)
        env = {**os.environ, "PYTHONHASHSEED": seed, "XDG_CACHE_HOME": str(tmp_path / seed)}
        return subprocess.run([sys.executable, "-c", _PATTERNS], env=env, capture_output=True, text=True, check=True).stdout

    assert patterns("0") == patterns("1") == patterns("2")
