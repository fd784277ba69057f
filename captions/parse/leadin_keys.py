"""Which lead-in keys a line holds: the first four letters of the lead-ins, lower-cased (PageMarkers.leadin_keys).

A speed-up only: `LeadinKeyFinder.keys_in` gives what a test of every key with `in`
gives, in the keys' order. Those tests (137 a line in ASCII, up to 425 in other
scripts, ~100 a line even when grouped by first character) cost ~9.5 µs a line
(76,000 instructions); the finder 5.1 (45,000).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

Trie = dict[str, "Trie"]  # a character to what follows it; "" to {} where a key ends


def _trie_alternation(keys: Iterable[str]) -> str:
    """The keys as a regex alternation nested by shared openings ("a(?:eri|ll(?:\\ |e))|b(?:eel|ild)"): the engine
    tries each alternative of an alternation in turn, so at a place it tries each first letter once, then only the
    keys under the letter it found, where a flat alternation tries every key. No key may open another (at a
    place only the longest would be found)."""
    trie: Trie = {}
    for key in keys:
        node = trie
        for c in key:
            node = node.setdefault(c, {})
        node[""] = {}

    def alternation(node: Trie) -> str:
        branches = [re.escape(c) + alternation(below) for c, below in sorted(node.items()) if c]
        if "" in node:
            branches.append("")
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return alternation(trie)


@dataclass(frozen=True)
class LeadinKeyFinder:
    """The keys a (lower-cased) line holds, found in three ways:

    - the ASCII keys by regexes of the keys as a trie (`_trie_alternation`): a search for the first, whose loop
      passes over the places opening none (a space, an "e") without trying the pattern there; then, from that
      first one on, a look-ahead at each place, so that overlapping keys are all found ("photo" holds "phot" and
      "hoto": a search consumes the "phot"), after a test of the place's character against the keys' first letters;
    - those holding other characters ("créd", "写真/", "фото") by their first non-ASCII character: only the groups of
      the characters the line holds are tested, and a line in ASCII holds none;
    - an ASCII key opening another, which the trie would miss where both stand ("ph:" if "ph:x" were a key), by a
      test of each (the bundled markers have none).
    """

    first_ascii_key: re.Pattern[str]               # search: the first ASCII key in a line
    ascii_keys: re.Pattern[str]                    # findall: the ASCII keys opening at each place of a line
    keys_by_character: dict[str, tuple[str, ...]]  # the other keys by their first non-ASCII character
    characters: re.Pattern[str]                    # findall: those characters in a line
    tested_keys: tuple[str, ...]                   # the ASCII keys opening another

    @classmethod
    def of(cls, keys: Iterable[str]) -> LeadinKeyFinder:
        keys = sorted(set(keys))
        ascii_keys = [key for key in keys if key.isascii()]
        tested = tuple(key for key in ascii_keys if any(o != key and o.startswith(key) for o in ascii_keys))
        in_trie = [key for key in ascii_keys if key not in tested]
        by_character: dict[str, list[str]] = {}
        for key in keys:
            if not key.isascii():
                by_character.setdefault(next(c for c in key if not c.isascii()), []).append(key)
        trie = _trie_alternation(in_trie) if in_trie else "(?!)"
        first_letters = "".join(map(re.escape, sorted({key[0] for key in in_trie})))
        return cls(
            first_ascii_key=re.compile(trie),
            ascii_keys=re.compile(rf"(?=[{first_letters}])(?=({trie}))" if in_trie else "(?!)"),
            keys_by_character={c: tuple(group) for c, group in by_character.items()},
            characters=re.compile(f"[{''.join(map(re.escape, sorted(by_character)))}]" if by_character else "(?!)"),
            tested_keys=tested,
        )

    def keys_in(self, low: str) -> list[str]:
        """The keys `low` holds, sorted (the order of PageMarkers.leadin_keys), each once."""
        first = self.first_ascii_key.search(low)
        found: list[str] = self.ascii_keys.findall(low, first.start()) if first else []
        if not low.isascii():
            found += [key for c in set(self.characters.findall(low)) for key in self.keys_by_character[c] if key in low]
        if self.tested_keys:
            found += [key for key in self.tested_keys if key in low]
        return sorted(set(found))
