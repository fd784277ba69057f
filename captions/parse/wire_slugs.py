"""A wire gallery's slide slugs printed before its captions: no caption text.

AP's galleries, reprinted by many sites (local TV stations, regional papers),
print each slide's slug, its headline field in Title Case words (a year or an
abbreviation among them: "Election 2024 Harris", "NBA Finals"), sometimes
opened by the flag `APTOPIX`, right before the caption on the same line:
"APTOPIX Tropical Weather Florida This aerial photo shows ... (AP Photo/Name)",
"Tropical Weather Damaged homes are shown ... (AP Photo/Name)". A reader sees
the same words open every slide and takes them for a label, not the caption.

Only where the page shows it: two captions or more credited to an agency of
markers.yaml's wire_slug_agencies open with the same run of two Title Case
words or more, a capitalised word after it (the sentence's start), and every
such caption opens with one of these runs. The slug cut off a caption is the
longest run shared so ("Tropical Weather Florida" where two slides print it,
"Tropical Weather" before "Polk County authorities ..." printed once), and
only where different words follow it: a gallery whose every slide opens
"President Joe Biden waves", "... speaks" shares a name, not a slug. A
caption alone, or captions credited to no such agency, keep their words.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..text import fold
from .layout import Found

if TYPE_CHECKING:
    from .markers import PageMarkers

# a slug's words: Title Case, an abbreviation in capitals ("NBA Finals", "US Open Tennis") or, after its first word,
# a year ("Election 2024 Harris", "Paris Olympics 2024")
TITLE_WORD = re.compile(r"(?:[A-Z][a-z]+(?:['’-][A-Za-z]+)*|[A-Z]{2,5})$")
YEAR_WORD = re.compile(r"(?:19|20)\d\d$")
MIN_SLUG_WORDS = 2  # one capitalised word shared by captions is a sentence's opening word ("The", "Police")
MIN_SLUGGED_PAGE = 2  # captions printing a slug: one alone shows no habit
MIN_CAPTION_WORDS = 3  # what is left after the slug: a sentence, not a name


def without_wire_slugs(pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures, each wire caption's slug (and the flag opening it) cut off where the page shows the habit."""
    agencies = set(pm.markers.wire_slug_agencies)
    if not agencies:
        return found
    wired = [k for k, f in enumerate(found) if f.caption and f.credit and f.entrant is False
             and agencies & set(pm.credits.agencies_and_via(f.credit)[0])]
    flags = {k: _without_flag(found[k].caption or "", pm.markers.wire_slug_flags) for k in wired}
    bodies = {k: rest.split() for k, (_, rest) in flags.items()}
    distinct = {" ".join(words): words for words in bodies.values()}
    if len(distinct) < MIN_SLUGGED_PAGE:
        return found
    # the words after each run: a slug's differ from slide to slide, each slide's own sentence opening after it; the
    # same word after the run on every slide ("President Joe | Biden waves", "Biden speaks") makes it a name's start.
    # Two words after a run also show two captions print it: no count of them is needed besides.
    following: dict[tuple[str, ...], set[str]] = {}
    named: set[tuple[str, ...]] = set()  # runs a name follows on some slide, two words in Title Case
    for words in distinct.values():
        for run in _slug_runs(words):
            following.setdefault(run, set()).add(words[len(run)])
            if all(_name_word(word) for word in words[len(run):len(run) + 2]):
                named.add(run)
    # a run closing with a job title ("UK Prime Minister", "US President", "FBI Director", "US Attorney General":
    # markers.yaml's job_titles, one word or two) is the title before the names that follow it ("Keir Starmer",
    # "Rishi Sunak"), not a slug (review 137); unless it holds a year, as only a slug does ("Election 2025 Mayor"),
    # or no slide prints a name after it ("Virginia Governor | Supporters cheer ...", "| A poll worker ...": review 149)
    slugs = {run for run, after in following.items() if len(after) >= MIN_SLUGGED_PAGE
             and (not {fold(run[-1]), fold(" ".join(run[-2:]))} & pm.markers.titles_of or run not in named
                  or any(YEAR_WORD.match(word) for word in run))}
    cut: dict[int, str] = {}
    for k in wired:
        words = bodies[k]
        runs = [run for run in _slug_runs(words) if run in slugs]
        if not runs:
            return found  # a slide printing none: no habit of the page's
        flag = 1 if flags[k][0] else 0
        cut[k] = (found[k].caption or "").split(None, flag + len(max(runs, key=len)))[-1]
    return [replace(f, caption=cut[k]) if k in cut else f for k, f in enumerate(found)]


def _without_flag(caption: str, flags: tuple[str, ...]) -> tuple[str, str]:
    head, _, rest = caption.partition(" ")
    return (head, rest) if head in flags else ("", caption)


def _name_word(word: str) -> bool:
    """A given name's or a surname's word, capitalised, in any cased script: "Delia", "Inácio", "O'Neil"."""
    rest = word[1:].replace("'", "").replace("’", "").replace("-", "")
    return word[:1].isupper() and rest.isalpha() and not rest.isupper()


def _slug_runs(words: list[str]) -> list[tuple[str, ...]]:
    """The runs of Title Case words opening a caption that could be its slug: two words or more, a capitalised
    word after them, and a sentence of MIN_CAPTION_WORDS words left."""
    runs = []
    for n in range(1, len(words) - MIN_CAPTION_WORDS + 1):
        if not (TITLE_WORD.match(words[n - 1]) or (n > 1 and YEAR_WORD.match(words[n - 1]))):
            break
        if n >= MIN_SLUG_WORDS and words[n][:1].isupper():
            runs.append(tuple(words[:n]))
    return runs
