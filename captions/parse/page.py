"""Reading a page dump: lines in, pictures (alt text, caption, credit) out.

The parse goes in passes over the lines, each one a pure function of the last:
clean each line of markup and page controls; split off the credit each line
carries; pair credits printed on lines of their own with their captions; keep
captions the page marks as captions; then give each picture the alt text the
dump prints above it, where the page carries alt text at all.
"""
from __future__ import annotations

import datetime as _dt
import heapq
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from .credit import MAX_CREDIT, Context, CreditReader, Kind, reader_for
from ..models import Article, Credit, Photo
from ..knowledge.registry import AgencyRegistry, bundled_registry
from ..text import fold, strip_tags

MAX_FURNITURE = 160  # characters: longer lines are text, whatever they start with
HEADER = re.compile(r" date (\S+)[ \t]*(.*)$")
_SENTENCE_END = re.compile(r"[.!?\"”’)\]]\s+(?=\S)")  # the credit starts at m.end(), the text before ends at m.start() + 1
_LEADIN_AFTER = frozenset(" \t.,;:!?\"”’)]")
_SLASH_MARKER = re.compile(r"(?<=[.!?\"”’)])\s+[/|]\s+")  # "... Friday. / Yonhap", "... Tuesday. | KYODO"
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


class Line:
    """One line of a page and what the passes found in it.

    Slots, every one set at once: the passes read these attributes again and
    again, and Python reads a slot about three times as fast as a class-level
    default that an instance has not overridden.
    """

    __slots__ = ("no", "text", "kind", "separator", "labelled", "repeats_credit", "repeats",
                 "before", "credit", "before_is_alt", "used")

    def __init__(self, no: int, text: str, kind: str = "text") -> None:
        self.no: int = no                     # 1-based line number in the source
        self.text: str = text                 # the line without markup, controls or table edges
        self.kind: str = kind                 # blank | header | headline | furniture | bullet | text | repeat
        self.separator: bool = False          # a slide separator ("-", "3 / 9")
        self.labelled: bool = False           # carried a caption label ("IMAGE:")
        self.repeats_credit: bool = False     # "toggle caption <credit>"
        self.repeats: int = 1                 # identical lines printed in a row (a gallery's repeats)
        self.before: str = ""                 # the text before the credit on this line
        self.credit: str | None = None        # the credit this line carries, as printed
        self.before_is_alt: bool = False      # the text before the credit is alt text ("<alt> Image copyright X")
        self.used: bool = False               # taken by a picture


@dataclass(slots=True)
class Found:
    line: int                    # index into the line list of the caption (or credit)
    caption: str | None
    credit: str | None
    top: int                     # index of the picture's first line
    lines: list[int]             # indexes of the picture's lines
    description: str | None = None


_LINE_OF = attrgetter("line")


@dataclass(slots=True)
class _Reading:
    """A page's lines and the pictures found in them, before alt text and models."""

    date: _dt.date | None
    section: str | None
    title: str | None
    headline: int
    lines: list[Line]
    found: list[Found]


class PageParser:
    """Parses page dumps with one registry; build once, call `parse` per page."""

    def __init__(self, registry: AgencyRegistry) -> None:
        self.registry = registry
        self.markers = m = registry.markers
        self.credits: CreditReader = reader_for(registry)
        leadins = sorted(m.credit_leadins, key=len, reverse=True)
        alt_leadins = sorted(m.description_leadins, key=len, reverse=True)
        self._leadin = re.compile(
            r"(?:/\s*)?(" + "|".join(re.escape(x) for x in leadins) + r")\s*", re.IGNORECASE
        ) if leadins else None
        self._dashes = tuple(f" {d} " for d in m.dash_leadins)
        self._bullets = frozenset(m.bullets)
        self._small_words = frozenset(m.heading_small_words)
        # The first letters of every lead-in: a line holding none of them has none.
        self._leadin_keys = tuple(sorted({x.lower()[:4] for x in (*leadins, *alt_leadins)}))
        self._leadins_lower = tuple(sorted({x.lower() for x in leadins}, key=len, reverse=True))
        self._leadins_by_key: dict[str, tuple[str, ...]] = {}
        for x in self._leadins_lower:
            self._leadins_by_key[x[:4]] = (*self._leadins_by_key.get(x[:4], ()), x)
        self._alt_leadins_lower = tuple(x.lower() for x in alt_leadins)
        self._alt_leadin = re.compile(
            r"(?:(?<=\s)|^)(" + "|".join(re.escape(x) for x in alt_leadins) + r")\s*", re.IGNORECASE
        ) if alt_leadins else None
        self._label = re.compile(
            r"^(" + "|".join(re.escape(x) for x in sorted(m.caption_labels, key=len, reverse=True)) + r")\s*"
        ) if m.caption_labels else None
        controls = sorted(m.controls, key=len, reverse=True)
        self._label_starts = tuple(m.caption_labels)
        self._control_ends = tuple({c.lower()[-4:] for c in controls})
        self._control_starts = tuple({c.lower()[:4] for c in controls})
        # Cheap exact gates: a line ending (starting) with one of these holds no control there.
        self._no_control_last = _ascii_not_lowered_to({c[-1:] for c in self._control_ends})
        self._no_control_first = _ascii_not_lowered_to({c[:1] for c in self._control_starts})
        alternation = "|".join(re.escape(x) for x in controls)
        self._control_tail = re.compile(rf"\s*(?:{alternation})\s*$", re.IGNORECASE) if controls else None
        self._control_head = re.compile(rf"^\s*(?:{alternation})\s*", re.IGNORECASE) if controls else None
        self._longest_control = max(map(len, controls), default=0)
        self._repeat = re.compile(
            r"^\s*(?:" + "|".join(re.escape(x) for x in m.repeat_markers) + r")\s+", re.IGNORECASE
        ) if m.repeat_markers else None
        self._no_repeat_first = _ascii_not_matching_first_of(m.repeat_markers)
        self._is_furniture = m.furniture_re.match
        self._is_separator = m.separator_re.match

    # -- the page ---------------------------------------------------------

    def parse(self, text: str, *, id: str = "page", source: str = "-") -> Article:
        """Read one page dump into an Article with its photos."""
        reading = self._read(text)
        self._describe(reading.lines, reading.found, reading.headline)
        # Built from the parser's own checked values: no validation needed.
        photos = [
            Photo.model_construct(
                id=f"{id}/{n}",
                line=reading.lines[f.line].no,
                description=f.description,
                caption=f.caption,
                credit=self._credit(f.credit),
            )
            for n, f in enumerate(reading.found, 1)
        ]
        return Article.model_construct(id=id, source=source, date=reading.date, section=reading.section,
                                       title=reading.title, photos=photos)

    def credits_of(self, text: str) -> list[str | None]:
        """The credit of each picture on a page, as printed (None where it has none).

        The pictures `parse` finds, in the same order, without their alt text
        or models: all that counting credits needs.
        """
        return [f.credit for f in self._read(text).found]

    def _read(self, text: str) -> _Reading:
        raw_lines = text.split("\n")
        date, section, first = None, None, 0
        if raw_lines and (header := HEADER.match(raw_lines[0].rstrip("\r"))):
            date = parse_date(header.group(1))
            section = header.group(2).strip() or None
            first = 1
        clean = self._clean
        lines = [clean(no, raw.rstrip("\r")) for no, raw in enumerate(raw_lines, 1)]
        if first:
            lines[0].kind = "header"
        for line in lines[first:]:
            if line.kind == "text":
                self._split_credit(line)
        self._collapse_repeats(lines)
        title, headline = None, -1
        for i in range(first, len(lines)):
            line = lines[i]
            if line.kind == "blank":
                continue
            if not (line.credit is not None and line.before):  # a first line with a credit is a caption
                title, headline = line.text, i
                line.kind, line.credit, line.before = "headline", None, line.text
            break
        return _Reading(date, section, title, headline, lines, self._pictures(lines, headline))

    def _credit(self, raw: str | None) -> Credit | None:
        if raw is None:
            return None
        return self.credits.credit(raw)

    # -- pass 1: clean each line -----------------------------------------

    def _clean(self, no: int, raw: str) -> Line:
        text = strip_tags(raw)
        stripped = text.strip()
        if not stripped:
            return Line(no, "", "blank" if not raw.strip() else "furniture")
        # Most lines' first and last characters rule out repeat markers and
        # controls, sparing the regex and the lower-casing.
        first, last = stripped[0], stripped[-1]
        repeats_credit = (first not in self._no_repeat_first and self._repeat is not None
                          and self._repeat.match(text) is not None)
        if ("|" in stripped
                or last not in self._no_control_last and stripped[-40:].lower().endswith(self._control_ends)
                or first not in self._no_control_first and stripped[:40].lower().startswith(self._control_starts)):
            stripped = self._tidy(text).strip()
        text = stripped
        line = Line(no, text)
        if repeats_credit:
            line.repeats_credit = True
        if not text:
            line.kind = "furniture"
        elif len(text) <= MAX_FURNITURE and self._is_furniture(text):
            line.kind = "furniture"
            line.separator = bool(self._is_separator(text))
        elif (lead := raw.lstrip() if raw[:1].isspace() else raw)[:1] in self._bullets and lead[1:2].isspace():
            line.kind = "bullet"  # "• Reuters", not "+44 20 ..."
        return line

    def _tidy(self, text: str) -> str:
        """The line without table edges and page controls ("hide caption", "...more")."""
        for _ in range(3):
            before = text
            if "|" in text:
                text = _without_table_edges(text)
            if self._control_tail is not None:
                stripped = text.strip()
                if stripped[-40:].lower().endswith(self._control_ends):
                    text = self._without_control_tail(text)
                if stripped[:40].lower().startswith(self._control_starts):
                    text = self._control_head.sub("", text)  # type: ignore[union-attr]
            if text == before:
                break
        return text

    def _without_control_tail(self, text: str) -> str:
        """`self._control_tail.sub("", text)`, searching only where a control can start.

        A control matches as many characters as it has and only white space
        follows it, so it starts at most `_longest_control` characters before
        the end of the stripped line. The white space before it goes with it,
        wherever the search started.
        """
        start = max(0, len(text.rstrip()) - self._longest_control)
        found = self._control_tail.search(text, start)  # type: ignore[union-attr]
        return text if found is None else text[:found.start()].rstrip()

    @staticmethod
    def _collapse_repeats(lines: list[Line]) -> None:
        """A gallery printing a caption several times in a row prints one picture.

        A credit printed alone is a picture each time, so those lines stay.
        """
        previous: Line | None = None
        for line in lines:
            if line.kind != "text":
                previous = None
            elif previous is not None and line.text == previous.text and line.before:
                previous.repeats += 1
                line.kind = "repeat"
            else:
                previous = line

    # -- pass 2: the credit each line carries -----------------------------

    def _split_credit(self, line: Line) -> None:
        text = line.text
        if self._label is not None and text.startswith(self._label_starts) and (label := self._label.match(text)):
            rest = text[label.end():]
            if rest and not self._is_own_credit(rest):
                line.labelled = True
                text = rest
        earliest = _tail_start(text)
        low = text[earliest:].lower()
        keys = [key for key in self._leadin_keys if key in low]
        has_leadin = bool(keys)
        prose_end = self.credits.ends_in_prose(text)
        if not line.labelled and len(text) <= MAX_CREDIT:
            unmarked = self._strip_leadin(text) if has_leadin else text
            if unmarked != text and self.credits.is_credit(credit := _trim_credit(unmarked), Context.MARKED):
                line.before, line.credit = "", credit
                return
            if not prose_end and self._is_own_credit(text):
                line.before, line.credit = "", _trim_credit(text)
                return
        if self._alt_leadin is not None and has_leadin and _may_hold(text, low, self._alt_leadins_lower):
            for m in reversed(list(self._alt_leadin.finditer(text, earliest))):
                credit = _trim_credit(text[m.end():])
                if credit and self.credits.is_credit(credit, Context.MARKED):
                    line.before, line.credit, line.before_is_alt = text[: m.start()].strip(), credit, True
                    return
        last = text[-1:]
        result = (
            (last == "]" and self._bracketed(text, earliest))
            or (last == ")" and self._parenthesised(text, earliest))
            or (has_leadin and self._lead_in(text, earliest, keys))
            or (not prose_end and (
                self._dash_lead_in(text, earliest)
                or (("/" in text or "|" in text) and self._slash_marker(text, earliest))
                or self._tail(text, earliest)
            ))
        )
        if result:
            line.before, line.credit = result[0].rstrip(), result[1]
        else:
            line.before = text

    def _is_own_credit(self, text: str) -> bool:
        if len(text) > MAX_CREDIT or text.count(" ") > 16 or not self.credits.could_be_credit(text):
            return False
        return self.credits.is_credit(_trim_credit(text), Context.OWN_LINE)

    def _bracketed(self, text: str, earliest: int) -> tuple[str, str] | None:
        start = text.rfind("[", earliest)
        if start < 0 or "]" in text[start:-1]:
            return None
        inner = _trim_credit(self._strip_leadin(text[start + 1 : -1]))
        if inner and self.credits.is_credit(inner, Context.ENCLOSED):
            return text[:start], inner
        return None

    def _parenthesised(self, text: str, earliest: int) -> tuple[str, str] | None:
        start = text.rfind("(", earliest)
        if start < 0 or ")" in text[start:-1]:  # nested: walk back to the matching "("
            start = self._matching_open(text, earliest)
        if start < 0:
            return None
        return self._enclosed_credit(text, start)

    @staticmethod
    def _matching_open(text: str, earliest: int) -> int:
        """Where the parenthesis closing `text` opens (at `earliest` or later), or -1."""
        depth, start = 0, -1
        for i in range(len(text) - 1, earliest - 1, -1):
            c = text[i]
            if c == ")":
                depth += 1
            elif c == "(":
                depth -= 1
                if depth == 0:
                    start = i
                    break
        return start

    def _enclosed_credit(self, text: str, start: int) -> tuple[str, str] | None:
        before = text[:start]
        raw_inner = text[start + 1 : -1]
        unmarked = self._strip_leadin(raw_inner)
        inner = _trim_credit(unmarked)
        if not inner or not self.credits.is_credit(inner, Context.ENCLOSED):
            return None
        reading = self.credits.read(inner)
        after_sentence = not before.strip() or before.rstrip()[-1] in ".!?\"”’)]"
        marked = unmarked != raw_inner or any(p.joiner in ("/", ":", "|", "via", "for", "by") for p in reading.parts)
        if not after_sentence and not marked:
            kinds = reading.kinds
            if _abbreviates(inner, before) or not kinds & {Kind.AGENCY, Kind.ORG}:
                return None
            if _is_acronym_only(reading) and Kind.AGENCY not in kinds:
                return None  # "(IPO)", "(BJP)": an unknown acronym in prose; "(AFP)" is a credit
        return before, inner

    def _strip_leadin(self, text: str) -> str:
        if self._leadin is None:
            return text
        stripped = text.strip()
        m = self._leadin.match(stripped)
        if m is None or (m.group(1)[-1].isalpha() and stripped[m.end(1):m.end(1) + 1].isalpha()):
            return text  # none, or the start of a longer word: "Creditors gather ..."
        return stripped[m.end():]

    def _leadins_in(self, text: str, start: int, keys: list[str]) -> list[tuple[int, int]]:
        """(start, end) of every lead-in from `start` on, last first; the longest at each place.

        `keys` are the lead-in keys (first letters) found from `start` on: a
        lead-in whose key is not there is not there either.
        """
        low = text.lower()
        if len(low) != len(text):  # lower-casing moved the offsets: let the regex find them
            return [(m.start(1), m.end()) for m in reversed(list(self._leadin.finditer(text, start)))] if self._leadin else []
        if len(keys) == 1:
            leadins = self._leadins_by_key.get(keys[0], ())  # already longest first: sorting would keep it as is
        else:
            leadins = sorted((x for k in keys for x in self._leadins_by_key.get(k, ())), key=len, reverse=True)
        found: dict[int, int] = {}
        for key in leadins:
            i = low.find(key, start)
            while i >= 0:
                found.setdefault(i, i + len(key))
                i = low.find(key, i + 1)
        out = []
        for i, end in sorted(found.items(), reverse=True):
            if text[end - 1].isalpha() and end < len(text) and text[end].isalpha():
                continue  # "Credited", "Photographers": a longer word, not a lead-in
            while end < len(text) and text[end] in " \t":
                end += 1
            out.append((i, end))
        return out

    def _lead_in(self, text: str, earliest: int, keys: list[str]) -> tuple[str, str] | None:
        for start, end in self._leadins_in(text, earliest, keys):
            before = text[:start].rstrip()
            if start > 0 and not before:
                continue
            if start > 0 and not (text[start - 1] in _LEADIN_AFTER or text[start - 1].islower()):
                continue  # inside a word: "PhotoJournal"
            if before and text[start:end].rstrip()[-1].isalpha() and before[-1] not in ".!?\"”’)]/|-–—":
                continue  # "... Times photo by X": a word lead-in inside a credit, not one after a caption
            credit = _trim_credit(text[end:])
            if credit and self.credits.is_credit(credit, Context.MARKED):
                if before.endswith(("/", "-", "–", "—")):  # "... 2024. / Photo: Reuters", "... - Copyright AP"
                    before = before[:-1].rstrip()
                return before, credit
        return None

    def _dash_lead_in(self, text: str, earliest: int) -> tuple[str, str] | None:
        """'... in Kyiv. — Reuters.': a dash, then what reads as a credit by itself."""
        at, width = -1, 0
        for dash in self._dashes:
            i = text.rfind(dash, earliest)
            if i > at:
                at, width = i, len(dash)
        if at < 0:
            return None
        credit = _trim_credit(text[at + width:])
        if credit and self.credits.is_credit(credit, Context.TAIL):
            return text[:at], credit
        return None

    def _slash_marker(self, text: str, earliest: int) -> tuple[str, str] | None:
        for m in _SLASH_MARKER.finditer(text, earliest):
            credit = _trim_credit(text[m.end():])
            if credit and self.credits.is_credit(credit, Context.ENCLOSED):
                return text[: m.start()], credit
        return None

    def _tail(self, text: str, earliest: int) -> tuple[str, str] | None:
        ends = list(_SENTENCE_END.finditer(text, earliest))
        # The candidates are nested suffixes: once one holds a prose word, so
        # do all the longer ones, and none of them is a credit. So only the
        # suffixes up to the first with prose are tried, longest first.
        first = len(ends)
        while first > 0 and not self.credits.has_prose(text[ends[first - 1].end():]):
            first -= 1
        for m in ends[first:]:
            credit = _trim_credit(text[m.end():])
            if credit and len(credit) < len(text) and self.credits.is_credit(credit, Context.TAIL):
                return text[: m.start() + 1], credit
        return None

    # -- pass 3: pictures ---------------------------------------------------

    def _pictures(self, lines: list[Line], headline: int) -> list[Found]:
        found: list[Found] = []
        own: list[int] = []          # credits printed on a line of their own
        uncredited: list[int] = []   # lines a label or a repeat marks as captions, unless a credit takes them
        separators: list[int] = []
        for i, line in enumerate(lines):
            if line.kind != "text":
                if line.separator:
                    separators.append(i)
            elif line.credit is None:
                if line.labelled or line.repeats > 1:
                    uncredited.append(i)
            elif line.before and not line.before_is_alt:
                line.used = True
                found.append(Found(i, line.before, line.credit, i, [i]))
            else:
                own.append(i)
        in_line_order = len(found)  # the pictures so far come in line order; those added below may not
        if own:
            self._pair_own_credits(lines, own, found, headline)
        for i in uncredited:
            line = lines[i]
            if not line.used and self._caption_like(line, i, headline):
                line.used = True
                found.append(Found(i, line.before, None, i, [i]))
        if len(separators) > 1:
            self._slides(lines, separators, found, headline)
        if len(found) > in_line_order:
            found.sort(key=_LINE_OF)
        return _dedupe(found)

    def _pair_own_credits(self, lines: list[Line], own: list[int], found: list[Found], headline: int) -> None:
        """Give each credit printed on a line of its own the caption it belongs to, if any."""
        ups, downs = 0, 0
        options: list[tuple[int, int | None, int | None]] = []
        for i in own:
            line = lines[i]
            up = self._neighbour(lines, i, -1, headline, blanks=False)
            down = self._neighbour(lines, i, +1, headline, blanks=not line.before_is_alt)
            if line.before_is_alt or (down is not None and lines[down].labelled):
                up = None
            if down is not None and line.before_is_alt and not lines[down].labelled:
                down = None
            ups += up is not None and down is None
            downs += down is not None and up is None
            options.append((i, up, down))
        prefer_down = downs > ups
        above = _CreditsAbove(found)  # reads the pictures added below as they come
        for i, up, down in options:
            line = lines[i]
            if line.repeats_credit and above.before(i) == fold(line.credit or ""):
                line.used = True
                continue
            choice = None
            for candidate in ((down, up) if prefer_down else (up, down)):
                if candidate is not None and not lines[candidate].used:
                    choice = candidate
                    break
            line.used = True
            description = line.before if line.before_is_alt and line.before else None
            if choice is None:
                found.append(Found(i, None, line.credit, i, [i], description))
            else:
                lines[choice].used = True
                found.append(Found(choice, lines[choice].before, line.credit, min(i, choice), [i, choice],
                                   description))

    def _neighbour(self, lines: list[Line], i: int, step: int, headline: int, *, blanks: bool) -> int | None:
        """The caption line next to line i in direction `step`, if the next text line is one."""
        j = i + step
        while 0 <= j < len(lines) and (lines[j].kind == "repeat" or (lines[j].kind == "blank" and blanks)):
            j += step
        if not (0 <= j < len(lines)):
            return None
        line = lines[j]
        if line.kind != "text" or line.used or line.credit is not None:
            return None
        return j if self._caption_like(line, j, headline) else None

    def _caption_like(self, line: Line, i: int, headline: int) -> bool:
        """Prose a caption could be: words in a sentence, not a heading, not the headline."""
        text = line.before
        if i == headline or line.kind != "text" or not text:
            return False
        if line.labelled:
            return True
        words = text.split()
        if len(words) < 3 or not _LOWER_WORD.search(text):
            return False
        return not _title_case(words, self._small_words)

    def _slides(self, lines: list[Line], seps: list[int], found: list[Found], headline: int) -> None:
        """In a gallery of slides, a line where the other slides print their caption is a caption.

        The credited slides show the layout: the caption is the k-th text line
        after the separator. A slide whose k-th line is an uncredited caption-like
        line (its credit cut off by the dump) is a picture too.
        """
        bounds = list(zip(seps, seps[1:] + [len(lines)]))
        at_line = {f.line: f for f in found}
        offsets: set[int] = set()
        empty_slides: list[list[int]] = []
        for start, end in bounds:
            texts = [j for j in range(start + 1, end) if lines[j].kind == "text"]
            captions = [k for k, j in enumerate(texts) if j in at_line and at_line[j].caption]
            if captions:
                offsets.add(captions[0])
            elif texts and not any(lines[j].used for j in texts):
                empty_slides.append(texts)
        if len(offsets) != 1:
            return
        k = offsets.pop()
        for texts in empty_slides:
            if len(texts) > k:
                j = texts[k]
                if self._caption_like(lines[j], j, headline):
                    lines[j].used = True
                    found.append(Found(j, lines[j].before, None, j, [j]))

    # -- pass 4: alt text ----------------------------------------------------

    def _describe(self, lines: list[Line], found: list[Found], headline: int) -> None:
        """The alt text printed right above each caption, where the page carries alt text.

        A line above a caption is alt text only when most captioned pictures of
        the page have one: otherwise it is a standfirst or a body paragraph.
        The first text under the headline (past any byline or date) is the
        standfirst's place: a line there is alt text only when other pictures
        of the page show that the dump carries alt text.
        """
        captioned = [f for f in found if f.caption]
        used = {j for f in found for j in f.lines}
        candidates: dict[int, tuple[int, str]] = {}
        for n, f in enumerate(found):
            if f.description or not f.caption or any(lines[j].before_is_alt for j in f.lines):
                continue
            alt = self._alt_above(lines, f, headline, used)
            if alt is not None:
                candidates[n] = alt
        first_text = next((j for j in range(headline + 1, len(lines)) if lines[j].kind == "text"), -1)
        if all(j == first_text for j, _ in candidates.values()):
            candidates = {}
        if captioned and len(candidates) * 2 > len(captioned):
            for n, (_, alt) in candidates.items():
                found[n].description = alt

    def _alt_above(self, lines: list[Line], f: Found, headline: int, used: set[int]) -> tuple[int, str] | None:
        j = f.top - 1
        while j >= 0 and lines[j].kind == "repeat":
            j -= 1
        if j < 0 or j in used or j == headline:
            return None
        line = lines[j]
        if line.kind != "text" or line.credit is not None or line.labelled or line.repeats > 1:
            return None  # blank lines too: a paragraph a blank line above a caption is body text
        text = line.before
        if not text or fold(text) == fold(f.caption or "") or _title_case(text.split(), self._small_words):
            return None
        if j - 1 >= 0 and j - 1 == headline:
            return None  # the line right under the headline is its standfirst
        return j, text


# Characters re.IGNORECASE matches to an ASCII letter where str.lower() does not
_ODD_CASE = ("İ", "ı", "ſ")


def _may_hold(text: str, low: str, markers: tuple[str, ...]) -> bool:
    """Whether a case-insensitive search for `markers` could find one in `text` (`low` lower-cased)."""
    if any(m in low for m in markers):
        return True
    return not text.isascii() and any(c in text for c in _ODD_CASE)


def _without_table_edges(text: str) -> str:
    r"""The line without a "|" at either end and the white space around it.

    On a line (no newline) this does what the table-edge pattern
    `^\s*\|\s*|\s*\|\s*$` did with `re.sub`, without trying the pattern
    at every position of the line.
    """
    lead = text.lstrip()
    if lead.startswith("|"):
        text = lead[1:].lstrip()
    body = text.rstrip()
    if body.endswith("|"):
        text = body[:-1].rstrip()
    return text


def _ascii_not_lowered_to(chars: set[str]) -> frozenset[str]:
    """The ASCII characters that `str.lower` maps to none of `chars`.

    An ASCII character lower-cases to one character whatever stands around it,
    so a line ending (or starting) with one of these lower-cases to a string
    ending (or starting) with none of `chars`. Empty if "" is in `chars`.
    """
    if "" in chars:
        return frozenset()
    return frozenset(c for c in map(chr, range(128)) if c.lower() not in chars)


def _ascii_not_matching_first_of(markers: tuple[str, ...]) -> frozenset[str]:
    """The ASCII characters no marker starts with, case-insensitively as `re` matches.

    Empty if a marker could match after the line's leading space (one empty or
    starting with white space): the gate is then never taken.
    """
    if not markers or any(not m or m[0].isspace() for m in markers):
        return frozenset()
    first = re.compile("|".join(re.escape(m[0]) for m in markers), re.IGNORECASE)
    return frozenset(c for c in map(chr, range(128)) if not first.fullmatch(c))


def _tail_start(text: str) -> int:
    """Where a credit closing this line could begin at the earliest."""
    return max(0, len(text) - MAX_CREDIT - 40)


class _CreditsAbove:
    """The folded credit of the picture printed closest above a line, asked for lines in rising order.

    A heap of the pictures by their last line: each is popped once, so a page of
    many "toggle caption" lines is read in n log n, not n squared. It follows
    `found` as pictures are added to it, and reads it only when asked: most
    pages never ask.
    """

    def __init__(self, found: list[Found]) -> None:
        self._found = found
        self._heap: list[tuple[int, int, str | None]] = []
        self._read = 0  # pictures of `found` in the heap
        self._nearest: str | None = None

    def before(self, i: int) -> str | None:
        for n in range(self._read, len(self._found)):
            f = self._found[n]
            heapq.heappush(self._heap, (max(f.lines), n, f.credit))
        self._read = len(self._found)
        while self._heap and self._heap[0][0] < i:
            self._nearest = heapq.heappop(self._heap)[2]
        return fold(self._nearest) if self._nearest else None


def _dedupe(found: list[Found]) -> list[Found]:
    """The same caption with the same credit is one picture, however often it is printed."""
    captions_printed = [f.caption for f in found]
    if len(set(captions_printed)) == len(captions_printed):
        return found  # no caption printed twice: nothing to drop
    seen: dict[tuple[str, str], Found] = {}
    captions: set[str] = set()
    out = []
    for f in found:
        if f.caption is None:
            out.append(f)
            continue
        key = (f.caption, f.credit or "")
        if key in seen or (f.credit is None and f.caption in captions):
            continue
        seen[key] = f
        captions.add(f.caption)
        out.append(f)
    return out


def _trim_credit(text: str) -> str:
    """A credit without the full stop, dashes or spaces around it."""
    text = text.strip().strip("—–").strip()
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]|\bJr|\bSr|\bInc|\bLtd|\bCo)\.$", text):
        text = text[:-1].rstrip()
    return text


def _title_case(words: list[str], small_words: frozenset[str]) -> bool:
    """A heading: nearly every word that is not a short function word is capitalised."""
    if not words or words[-1].endswith("."):
        return False
    content = lower = 0
    allowed = len(words) // 10
    for word in words:
        if word[:1].islower():
            if word.rstrip(".,:;!?") in small_words:
                continue
            lower += 1
            if lower > allowed:
                return False
        content += 1
    return content > 0


def _abbreviates(acronym: str, before: str) -> bool:
    """Whether `acronym` is the initials of the words right before it: 'Anadolu Agency (AA)'."""
    letters = [c for c in acronym if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return False
    words = re.findall(r"[^\W\d_][\w'’]*", before[-200:])[-len(letters) - 2 :]
    initials = "".join(w[0] for w in words).upper()
    return "".join(letters) in initials


def _is_acronym_only(reading) -> bool:
    return len(reading.parts) == 1 and reading.parts[0].text.isupper() and len(reading.parts[0].text) <= 8


def parse_date(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None


@lru_cache(maxsize=8)
def parser_for(registry: AgencyRegistry) -> PageParser:
    return PageParser(registry)


def parse_page(text: str, *, id: str = "page", source: str = "-", registry: AgencyRegistry | None = None) -> Article:
    """Find every picture on a page dump: its alt text, caption and credit.

    >>> [p.credit.raw for p in parse_page("Title\\nA boy runs. [Jo Li/AFP]").photos]
    ['Jo Li/AFP']
    """
    return parser_for(registry or bundled_registry()).parse(text, id=id, source=source)
