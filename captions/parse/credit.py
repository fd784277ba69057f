"""Reading a credit: split it into parts and say who each part is.

`parse_credit` never raises: what it cannot place it keeps as an agency under
its printed name. `read_credit` gives the parts themselves, which the page
parser uses to judge whether a piece of text is a credit at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.registry import AgencyRegistry, Markers, bundled_registry
from ..text import fold, squash
from .credit_parts import Kind, Part
from .uncased_credits import UncasedCredits

if TYPE_CHECKING:
    from ..catalog.models import Credit


MAX_CREDIT = 200  # characters: no credit is longer
# Words in a credit, by how sure the surroundings make us that it is one:
MAX_MARKED_WORDS = 16   # after a lead-in ("Photograph: ..."): long agency and office names fit
MAX_CREDIT_WORDS = 12   # unmarked, at a caption's end or on a line of its own: two names and two agencies
MAX_LONE_NAME_WORDS = 6  # a line that is one known agency's name alone ("Korean Central News Agency")
# Joiners only credits use between names: a part joined by one is in a credit's structure ("Jo Li/AFP").
STRUCTURED_JOINERS = frozenset({"/", "via", "for", "by", ":"})
# Korean credits print a place or role, "=", then who: "제주=연합뉴스" (Jeju = Yonhap), "사진=연합뉴스"
# (photo = ...), "독자 제공=연합뉴스" (supplied by a reader = ...). Before "=": up to three words with
# no Latin letter or digit (not "id=12").
_PLACE_EQUALS = re.compile(r"^[^\W\dA-Za-z_]+(?:\s[^\W\dA-Za-z_]+){0,2}\s?=\s?(?=\S)")
CACHE_SIZE = 20_000  # credits read and judged, kept per reader: credits repeat across pages


class Context(Enum):
    """How much the surroundings already say that a text is a credit."""

    MARKED = "marked"        # after a lead-in word such as "Photograph:"
    ENCLOSED = "enclosed"    # in brackets or parentheses closing a caption
    TAIL = "tail"            # after a caption's last sentence, with nothing between
    OWN_LINE = "own line"    # a line of its own


@dataclass(frozen=True)
class CreditReading:
    raw: str
    parts: tuple[Part, ...]
    dangling: bool  # ends in a joiner ("KCNA via") or has an empty part
    standalone: frozenset[str] = frozenset()  # dropped words that make a credit on their own
    framed: bool = False  # names marked by the words around them ("新华社记者 许畅 摄"): a credit wherever it stands

    @property
    def kinds(self) -> set[Kind]:
        return {p.kind for p in self.parts}

    def named(self) -> list[Part]:
        return [p for p in self.parts if p.kind not in (Kind.DROPPED,)]

    def names(self) -> tuple[list[str], list[str], list[str]]:
        """Who the credit names: its photographers, its agencies, and those of the agencies it came via."""
        photographers: list[str] = []
        agencies: list[str] = []
        via: list[str] = []
        after_via = False
        for part in self.parts:
            if part.joiner == "via":
                after_via = True
            if part.kind is Kind.PERSON and not part.labels:
                if part.name not in photographers:
                    photographers.append(part.name)
            elif part.kind is not Kind.DROPPED:
                if part.name not in agencies:
                    agencies.append(part.name)
                if after_via and part.name not in via:
                    via.append(part.name)
        return photographers, agencies, via

    def to_credit(self) -> Credit:
        # The models, and pydantic with them, are imported when first built: counting credits builds none.
        from ..catalog.models import Credit

        photographers, agencies, via = self.names()
        return Credit.model_construct(raw=self.raw, photographers=photographers, agencies=agencies, via=via)

    def is_credit(self, context: Context) -> bool:
        """Whether this text, found in `context`, reads as a credit."""
        parts = self.parts
        kinds = self.kinds
        if not parts or len(self.raw) > MAX_CREDIT:
            return False
        if self.framed:
            return True
        if context is Context.MARKED:
            if _SENTENCE_BREAK.search(self.raw):
                return False  # "Caption text. Pic: Reuters": a sentence, not a credit
            return len(self.raw.split()) <= MAX_MARKED_WORDS and bool(kinds - {Kind.PROSE})
        if Kind.PROSE in kinds:
            return False
        if any(p.joiner == "(" and p.kind not in (Kind.AGENCY, Kind.DROPPED) for p in parts):
            return False  # "Name (Reuters)", "AP Photo (File)" are credits; "The Province (Vancouver)" need not be
        known = Kind.AGENCY in kinds
        org = Kind.ORG in kinds
        person = Kind.PERSON in kinds
        weak = Kind.WEAK_ORG in kinds
        structured = any(p.joiner in STRUCTURED_JOINERS for p in parts)
        if context is Context.ENCLOSED:
            if known or org or person or any(p.labels for p in parts):
                return True
            if kinds == {Kind.DROPPED}:  # "[Handout]" says where it came from; "(File)" does not
                return any(fold(p.text) in self.standalone for p in parts)
            return weak and structured
        words = len(self.raw.split())
        if any(p.labels and p.kind not in (Kind.AGENCY, Kind.ORG) for p in parts):
            return False  # "Feature Presentation: Name/Site" is a label, not an agency
        if context is Context.TAIL:
            return words <= MAX_CREDIT_WORDS and (known or (org and person and structured))
        # OWN_LINE: a lone name must be a known agency ("AP"); others need company
        if len(self.named()) == 1:
            return known and words <= MAX_LONE_NAME_WORDS
        return words <= MAX_CREDIT_WORDS and (known or org or (weak and structured and person))


def _joiner_pattern(markers: Markers) -> re.Pattern[str]:
    words = [*markers.via_words, *markers.by_words, *markers.for_words, *markers.and_words]
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(
        # "(" only before a closing parenthetical and not after a sentence's full stop:
        # "Marco Bello (Reuters)" is a name and an agency, "Havana, Cuba. (Reuters)" is not
        rf"\s*([/|,;:]|(?<!\.)(?<!\.\s)\((?![cC]\))(?=[^()]*\)\s*$))\s*|\s+[-–]\s+|\s*—\s*|\s+({alternation})(?=\s|$)\s*",
        re.IGNORECASE,
    )


_SENTENCE_BREAK = re.compile(r"(?<![A-Z.])[.!?]\s+[A-Z]")  # not after an initial: "Smiley N. Pool", "U.S. Navy"
_LOWER_WORD = re.compile(r"(?:^|[\s(\[/,;:|&])([a-z][a-z]+)\b")  # not after "-", "." or a letter: "Young-joon", "Kremlin.ru"

MAX_PART = 1000  # characters: a longer part of a credit is prose, never a name
_TRIM = " .\"'“”‘’()[]-–—\u200b\u2060\ufeff"  # around a name: quotes, brackets, dashes, zero-width spaces HTML leaves
_TITLE = re.compile(r"The\s")  # a name opening with the article is a title: "The Big Picture", "The Times"

_INITIAL = re.compile(r"(?:[A-Z]\.?){1,3}")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*", re.UNICODE)
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}")
_ACRONYM = re.compile(r"[A-Z0-9&]{2,8}")


class CreditReader:
    """Reads credits with one registry; built once per registry and reused."""

    def __init__(self, registry: AgencyRegistry) -> None:
        self.registry = registry
        m = registry.markers
        self.markers = m
        self._join = _joiner_pattern(m)
        self._joiner_names = {fold(w): name for name, ws in (
            ("via", m.via_words), ("by", m.by_words), ("for", m.for_words), ("and", m.and_words)) for w in ws}
        dropped = [*(re.escape(w) for w in sorted(m.dropped_words, key=len, reverse=True)), *m.dropped_patterns]
        alternation = "|".join(f"(?:{w})" for w in dropped)
        self._drop_head = re.compile(rf"^(?:{alternation})(?:\s+|$)", re.IGNORECASE) if dropped else None
        self._drop_tail = re.compile(rf"(?:^|\s+)(?:{alternation})$", re.IGNORECASE) if dropped else None
        dates = "|".join(f"(?:{p})" for p in m.dropped_patterns)
        self._dated = re.compile(rf"(?:^|\s)(?:{dates})(?:\s|$)", re.IGNORECASE) if dates else None
        self._cache: dict[str, CreditReading] = {}
        self._verdicts: dict[Context, dict[str, bool]] = {context: {} for context in Context}
        self._models: dict[str, Credit] = {}
        self._agencies: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._standalone = frozenset(fold(w) for w in m.standalone_credits)
        self._uncased = UncasedCredits(registry, m, self._part, self._join, MAX_CREDIT)
        tags = "|".join(f"(?:{t})" for t in m.editor_tags)
        self._editor_tag = re.compile(rf"(?:{tags})\s*$") if tags else None  # "/nz/10": a desk's, names no one
        # Lower-case words a credit outside a lead-in may hold: joiners, particles,
        # dropped words, placeholders' words that are not prose ("Photographer unknown")
        # and lower-case agency names ("dpa"). Any other one is prose.
        spelled = {w for key in registry.spellings() for w in key.split()}
        placeholder_words = {w for d in m.placeholder_set for w in d.split()} - m.prose
        self._credit_words = frozenset(
            {fold(w) for w in (*m.via_words, *m.by_words, *m.for_words, *m.and_words)}
            | set(m.particles) | {w for d in m.dropped for w in d.split()} | spelled | placeholder_words
        )

    def could_be_credit(self, text: str) -> bool:
        """A quick, exact pre-check for every context but MARKED: prose words mean no credit."""
        return len(text) <= MAX_CREDIT and not self.has_prose(text)

    def has_prose(self, text: str) -> bool:
        """Whether `text` holds a lower-case word no credit holds ("the", "during")."""
        words = self._credit_words
        for m in _LOWER_WORD.finditer(text):  # most lines hold prose early: stop at the first
            if m[1] not in words:
                return True
        return False

    def ends_in_prose(self, text: str) -> bool:
        """Whether the last word of `text` is prose, so that no credit can close it.

        Every credit the page parser tries outside brackets and lead-ins
        (a tail, a dash, a slash, a line of its own) runs to the end of the
        line, so it holds the line's last word, and could_be_credit refuses it.
        """
        last = text.rsplit(None, 1)
        if not last:
            return False
        words = self._credit_words
        for word in _LOWER_WORD.findall(last[-1]):
            if word not in words:
                return True
        return False

    def credit(self, raw: str) -> Credit:
        """The Credit model of a credit as printed; one shared object per text (models are frozen)."""
        model = self._models.get(raw)
        if model is None:
            model = self.read(raw).to_credit()
            _remember(self._models, raw, model)
        return model

    def agencies_and_via(self, raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """A credit's agencies and those it came via, as `credit(raw)` has them, without building its model."""
        found = self._agencies.get(raw)
        if found is None:
            _, agencies, via = self.read(raw).names()
            found = (tuple(agencies), tuple(via))
            _remember(self._agencies, raw, found)
        return found

    def is_credit(self, text: str, context: Context) -> bool:
        """Whether `text`, found in `context`, reads as a credit."""
        verdicts = self._verdicts[context]
        verdict = verdicts.get(text)
        if verdict is None:
            if context is not Context.MARKED and not self.could_be_credit(text):
                verdict = False
            else:
                verdict = self.read(text).is_credit(context)
            _remember(verdicts, text, verdict)
        return verdict

    def names_agency(self, raw: str) -> bool:
        """Whether a credit names an agency of the registry ("Image: AFP", "Name/AFP via Getty")."""
        return Kind.AGENCY in self.read(raw).kinds

    def read(self, raw: str) -> CreditReading:
        if len(raw) > 1000:  # no credit is this long; read it whole, but do not keep it
            return self._read(raw)
        reading = self._cache.get(raw)
        if reading is None:
            reading = self._read(raw)
            _remember(self._cache, raw, reading)
        return reading

    def _read(self, raw: str) -> CreditReading:
        text = raw.strip()
        tag = self._editor_tag.search(text) if self._editor_tag is not None else None
        if tag is not None and tag.start() > 0 and self.registry.credited_name(tag[0].split("/")[1]) is None:
            # "ANTARA FOTO/Name/nz/10": the desk's tag stays in the credit as printed and names no one
            untagged = self.read(text[:tag.start()])
            if untagged.names()[0]:
                dropped = Part(tag[0].strip(), Kind.DROPPED, "", "/")
                return replace(untagged, raw=text, parts=(*untagged.parts, dropped))
        named = text
        if "=" in text and (place := _PLACE_EQUALS.match(text)):
            named = text[place.end():]  # "제주=연합뉴스": a place or role names no one; the credit follows "="
        framed = self._uncased.framed(named)
        if framed is not None:
            return CreditReading(raw=text, parts=framed, dangling=False, standalone=self._standalone, framed=True)
        pieces = self._join.split(named)
        # split() with two groups yields: text, sym, word, text, sym, word, text ...
        parts: list[Part] = []
        dangling = False
        joiner = ""
        for i in range(0, len(pieces), 3):
            chunk = (pieces[i] or "").strip()
            if i > 0:
                sym, word = pieces[i - 2], pieces[i - 1]
                joiner = sym if sym else (self._joiner_names.get(fold(word), "-") if word else "-")
            if not chunk:
                if i > 0 and i + 3 >= len(pieces):
                    dangling = True  # "KCNA via": the credit was cut off after its joiner
                continue
            head, _, rest = chunk.partition(" ")
            if rest and fold(head) in self._joiner_names:  # "KCNA/via REUTERS": a joiner word after a slash
                joiner, chunk = self._joiner_names[fold(head)], rest.strip()
            distributed = self._uncased.distributed(chunk)
            placed = None if distributed else self._uncased.placed(chunk)
            if distributed:  # "AP연합뉴스": AP's picture, via Yonhap
                parts += [self._part(distributed[0], joiner), self._part(distributed[1], "via")]
            elif placed and self._names_a_pool(placed[1]):
                # "평양사진공동취재단": the pool in Pyongyang is a pool of its own, named as printed, as
                # "Kremlin Pool" is (SPEC)
                parts.append(Part(chunk, Kind.ORG, chunk, joiner))
            elif placed:  # a place before any other agency is a dateline's, and names no one
                parts += [Part(placed[0], Kind.DROPPED, "", joiner), self._part(placed[1], joiner)]
            else:
                parts.append(self._part(chunk, joiner))
        for n in range(len(parts) - 1):
            if parts[n + 1].joiner == ":":
                part = parts[n]
                parts[n] = Part(part.text, part.kind, part.name, part.joiner, labels=True)
        for n in range(len(parts) - 1, 0, -1):
            if parts[n].joiner == "/" and parts[n].kind is Kind.PERSON and parts[n - 1].kind is Kind.PERSON:
                # "Name/Outlet": what follows a photographer's name after a slash is where the picture
                # comes from, even when it is shaped like a name ("Julie Oliver/Berita Benar",
                # "NAME/O TEMPO/ESTADÃO CONTEÚDO")
                part = parts[n]
                parts[n] = Part(part.text, Kind.ORG, part.name, part.joiner)
        self._uncased.drop_words_beside_agencies(parts)
        if len(parts) == 2 and parts[1].joiner == "/" and parts[0].kind is Kind.AGENCY and parts[1].kind is Kind.WEAK_ORG:
            # "AGENCY/Photographer": one word after a known agency is a photographer known by
            # one name ("REUTERS/Beawiharta"), not a second organisation
            second = parts[1]
            parts[1] = Part(second.text, Kind.PERSON, second.name, second.joiner)
        return CreditReading(raw=text, parts=tuple(parts), dangling=dangling, standalone=self._standalone)

    def _names_a_pool(self, name: str) -> bool:
        agency = self.registry.recognise(name)
        return agency is not None and agency.kind == "pool"

    def _strip_dropped(self, text: str) -> str:
        if self._drop_head is None or self._drop_tail is None:
            return text
        while True:
            new = self._drop_head.sub("", text)
            if not _TITLE.match(new):  # "The Big Picture": a title's last word is the title's, not the picture's
                new = self._drop_tail.sub("", new)
            new = new.strip()
            if not new.lower().startswith("(c)"):  # "Photo (c) 2024 Name": the sign is dropped next, brackets and all
                new = new.strip(_TRIM)
            if new == text:
                return text
            text = new

    def _part(self, chunk: str, joiner: str) -> Part:
        part = self._read_part(chunk, joiner)
        if part.kind in (Kind.ORG, Kind.WEAK_ORG) and self._dated is not None and self._dated.search(chunk):
            # "(c) 2020 Example Publishing Group" is a page's copyright line; a dated credit
            # names a known agency ("(c) AFP 2023") or a person ("(c) 2022 Hanna Berg")
            return Part(chunk, Kind.PROSE, part.name, joiner)
        return part

    def _read_part(self, chunk: str, joiner: str) -> Part:
        m = self.markers
        known = self.registry.credited_name(chunk)
        if known is not None:
            return Part(chunk, Kind.AGENCY, known, joiner)
        if len(chunk) > MAX_PART:  # no name is this long; keeps parse_credit linear ("Photo " * 10**5)
            return Part(chunk, Kind.PROSE, chunk, joiner)
        if not any(c.isalpha() for c in chunk):
            return Part(chunk, Kind.DROPPED, "", joiner)  # "dpa:240618-99-446559/11": a number names no one
        bare = chunk.strip(_TRIM)
        if fold(bare) in m.placeholder_set:  # before dropping words: "Photo Editor" names no one
            return Part(chunk, Kind.DROPPED, "", joiner)
        name = self._strip_dropped(chunk.strip())  # "(c) AP": the dropped "(c)" goes before its brackets would
        if not name:
            return Part(chunk, Kind.DROPPED, "", joiner)  # "Handout", or "-" where a name was left blank
        if name != chunk:
            known = self.registry.credited_name(name)
            if known is not None:
                return Part(chunk, Kind.AGENCY, known, joiner)
        key = fold(name)
        if key in m.placeholder_set:
            return Part(chunk, Kind.DROPPED, "", joiner)
        if self.registry.recognise(name) is not None:
            return Part(chunk, Kind.AGENCY, name, joiner)  # known, but printed another way: keep the print
        words = name.split()
        shape = self._shape(words)
        if shape is Kind.PROSE:
            return Part(chunk, Kind.PROSE, name, joiner)
        if joiner == "by" and shape is Kind.PERSON:
            return Part(chunk, Kind.PERSON, name, joiner)
        if any(_DOMAIN.fullmatch(w) for w in words) or (len(words) == 1 and _ACRONYM.fullmatch(name) and sum(c.isupper() for c in name) >= 2):
            return Part(chunk, Kind.ORG, name, joiner)
        if any(fold(w) in m.org_words for w in words) or (len(words) > 1 and words[0] in ("The", "THE")):
            return Part(chunk, Kind.ORG, name, joiner)
        if joiner in ("via", "for"):
            return Part(chunk, Kind.ORG, name, joiner)
        if len(words) == 1:
            return Part(chunk, Kind.WEAK_ORG, name, joiner)
        return Part(chunk, shape, name, joiner)

    def _shape(self, words: list[str]) -> Kind:
        """PERSON when the words could be a name, PROSE when they could not be any name."""
        m = self.markers
        if not words or len(words) > 6:
            return Kind.PROSE
        if fold(words[0]) in m.prose and not words[0].isupper():
            return Kind.PROSE
        if len(words) > 1 and _SENTENCE_BREAK.search(" ".join(words)):
            return Kind.PROSE  # "Donald Trump. REUTERS": a sentence's end, not a name ("Greg M. Cooper" is)
        capitals = 0
        for word in words:
            if fold(word) in m.particles:
                continue
            if word == "&":
                continue
            if not _NAME_WORD.fullmatch(word) and not _INITIAL.fullmatch(word):
                return Kind.PROSE
            if not word[0].isupper():
                return Kind.PROSE
            capitals += 1
        if capitals == 0:
            return Kind.PROSE
        return Kind.PERSON if 2 <= len(words) <= 5 else Kind.WEAK_ORG


def _remember(cache: dict, key: str, value: object) -> None:
    """Keep a value; a full cache starts afresh, so memory stays bounded and the cache follows the archive."""
    if len(cache) >= CACHE_SIZE:
        cache.clear()
    cache[key] = value


@lru_cache(maxsize=8)
def reader_for(registry: AgencyRegistry) -> CreditReader:
    return CreditReader(registry)


def read_credit(raw: str, registry: AgencyRegistry | None = None) -> CreditReading:
    """The parts of a credit and what each one is."""
    return reader_for(registry or bundled_registry()).read(raw)


def parse_credit(raw: str, registry: AgencyRegistry | None = None) -> Credit:
    """Read a credit as printed into photographers, agencies and via.

    >>> parse_credit("KCNA via KNS and AFP").via
    ['KNS', 'AFP']
    """
    return read_credit(squash(raw), registry).to_credit()
