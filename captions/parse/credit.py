"""Reading a credit: split it into parts at its joiners and ask who each part is.

`parse_credit` never raises: what it cannot place it keeps as an agency under
its printed name. `read_credit` gives the parts themselves, which the page
parser uses to judge whether a piece of text is a credit at all. Where a credit
splits is credit_joiners.py's; who one part names is credit_part_reader.py's,
and credit_neighbours.py's where the parts beside it tell; a name and an outlet
with no mark between them ("Jacques Nadeau Le Devoir"), credit_outlets.py's;
what the parts make, and whether they make a credit where they were found,
credit_reading.py's.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.registry import AgencyRegistry, bundled_registry
from ..text import composed, fold, squash
from .credit_bodies import join_bodies
from .credit_copyright import copyright_joined
from .credit_joiners import Joiners
from .credit_neighbours import (agency_kind, as_kind, one_name_before_newsroom, read_after_joiners, read_two_parts,
                                stock_contributor)
from .credit_outlets import name_beside_outlet
from .credit_part_reader import MAX_PART, PartReader
from .credit_parts import Kind, Part, remember
from .credit_reading import MAX_CREDIT, Context, CreditReading
from .framed import unclosed
from .name_forms import joined_to_names
from .uncased_credits import UncasedCredits

if TYPE_CHECKING:
    from ..catalog.models import Credit


# Korean credits print a place or role, "=", then who: "제주=연합뉴스" (Jeju = Yonhap), "사진=연합뉴스"
# (photo = ...), "독자 제공=연합뉴스" (supplied by a reader = ...). Before "=": up to three words with
# no Latin letter or digit (not "id=12").
_PLACE_EQUALS = re.compile(r"^[^\W\dA-Za-z_]+(?:\s[^\W\dA-Za-z_]+){0,2}\s?=\s?(?=\S)")
# "(서울=연합뉴스) Name 기자": a Korean wire's dateline in brackets, then the photographer (wire_datelines.py)
_BRACKETED_PLACE_EQUALS = re.compile(r"^\(([^\W\dA-Za-z_]+=[^\s()=]+)\)\s+(?=\S)")
CACHE_SIZE = 20_000  # credits read and judged, kept per reader: credits repeat across pages


# A reporter's e-mail address closing a credit whose names words frame: "Name 기자 name@example.kr", "(name@...)";
# markers.py's framed_end closes with it too
MAIL = r"\s+[(<]?[\w.+-]+@[\w.-]*[)>]?"
_ADDRESS = re.compile(rf"{MAIL}\s*$")
MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# not after "-", "." or a letter ("Young-joon", "Kremlin.ru"), nor before a dot and a letter: a web domain's
# words ("chinadaily.com.cn") are a name, not prose
_LOWER_WORD = re.compile(r"(?:^|[\s(\[/,;:|&])([a-z][a-z]+)\b(?!\.[a-z])")


# the kinds of agency whose name in lower case after a photographer alone is their wire ("Name/ansa", "Name/afp"); a
# paper's or a broadcaster's acronym so printed ("Name/wsj", "Name/ht", "Name/bbc") is a desk's initials (review 137)
_WIRE_KINDS = frozenset({"wire", "photo agency", "state media", "pool", "stock"})
_INITIALS = 2  # letters of a lower-case tag read as a wire only by its name or an alias, never a variant


class CreditReader:
    """Reads credits with one registry; built once per registry and reused."""

    def __init__(self, registry: AgencyRegistry) -> None:
        self.registry = registry
        m = registry.markers
        self.markers = m
        self._reproduced = tuple(sorted(m.reproduced_words, key=len, reverse=True))
        self._closing_words = tuple(sorted(m.closing_picture_words, key=len, reverse=True))
        self._postposed = tuple(m.postposed_leadins)  # "Jono Petraičio nuotr.": a photo's word after the names
        self._signs = (*m.spaced_slash_marks, "(c)")  # copyright signs, and the one typed where no "©" is at hand
        self._part_reader = PartReader(registry)
        self._part = self._part_reader.read
        self._joiners = Joiners(registry, self._part)
        self._join = self._joiners.pattern
        self._mark_joiners = self._joiners.mark_joiners
        self._joiner_names = self._joiners.joiner_names
        self._cache: dict[str, CreditReading] = {}
        self._verdicts: dict[Context, dict[str, bool]] = {context: {} for context in Context}
        self._models: dict[str, Credit] = {}
        self._agencies: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._standalone = m.standalone
        self._body_prefixes = tuple(m.body_name_prefixes)
        self._place_openers = frozenset(m.uncased_place_openers)
        self._prose_words = frozenset(m.uncased_prose_words)
        # the words of the colon lead-ins, folded: "photo" of "Photo:", "foto", "picture"
        self.colon_leadin_words = frozenset(fold(w[:-1].strip()) for w in m.credit_leadins if w.endswith(":"))
        self._titles = m.placeholder_set
        self._uncased = UncasedCredits(registry, m, self._part, self._join, MAX_CREDIT)
        tags = "|".join(f"(?:{t})" for t in m.editor_tags)
        self._editor_tag = re.compile(rf"(?:{tags})\s*$") if tags else None  # "/nz/10": a desk's, names no one
        # Lower-case words a credit outside a lead-in may hold: joiners, particles,
        # dropped words, placeholders' words that are not prose ("Photographer unknown")
        # and lower-case agency names ("dpa"). Any other one is prose.
        spelled = {w for key in registry.spellings() for w in key.split()}
        placeholder_words = {w for d in m.placeholder_set for w in d.split()} - m.prose
        # "for" in other languages ("pour", "für") splits a credit but, printed in lower case, is prose: it
        # never makes a line a credit ("Mehr Geld für Schulen"); in capitals it is Le Monde's "NAME POUR « LE MONDE »"
        prose_for = "|".join(re.escape(w) for w in m.prose_for_words)
        self._prose_for = re.compile(rf"(?<!\w)(?:{prose_for})(?!\w)") if prose_for else None
        self._prose_for_words = frozenset(m.prose_for_words)
        # a joining phrase of two words, "special to": its words are no prose where it joins a name to a paper
        phrases = [re.escape(w) for w in m.for_words if " " in w.strip()]
        self._for_phrases = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(phrases)})(?!\w)") if phrases else None
        self._credit_words = frozenset(
            {fold(w) for w in (*m.via_words, *m.by_words, *m.for_words, *m.and_words)}
            | set(m.particles) | {w for d in m.dropped for w in d.split()} | spelled | placeholder_words
        )

    def takes_desk_tag(self, untagged: CreditReading, tag: str) -> bool:
        """Whether a wire's desk tag can close the credit read as `untagged`: the tag follows a photographer's
        name ("EFE/fs" alone stays unread); one in capitals, "ANTARA FOTO/Name/NZ", only after the wire that
        prints it and its photographer, since "Name/ABC" is a person and their outlet. A known agency's name in
        lower case after a photographer alone is their agency, as Italian papers print every wire ("Name/ansa",
        "Name/afp"): a desk tag follows its wire's name and the photographer's. Only a wire's, a photo agency's: a paper's
        acronym in lower case ("Name/wsj") stays an editor's initials, as after a wire; so do two letters the
        registry knows only as a variant kept as printed in capitals ("Name/pa", "/cp": PA, CP), where an alias
        names the wire ("Name/ap", "/aa": AP, Anadolu)."""
        if not untagged.names()[0]:
            return False
        named = [p for p in untagged.parts if p.kind is not Kind.DROPPED]  # past a lead-in: "Foto: ANTARA FOTO/..."
        opened_by_agency = bool(named) and named[0].kind is Kind.AGENCY
        name = tag.strip().strip("/.").split("/")[0].strip()
        wire = self.registry.lookup(name)
        if wire is not None and len(name) <= _INITIALS and name.islower() and name not in wire.spellings() \
                and self.registry.credited_name(name) == name:
            wire = None  # "pa" would be named as printed, a spelling PA Media never prints: an editor's initials
        if not opened_by_agency and wire is not None and wire.kind in _WIRE_KINDS:
            return False
        return tag == tag.lower() or opened_by_agency

    def _opens_name(self, rest: str) -> bool:
        """Whether the words after a "for" word in capitals are a person's name no registry knows: "PER OLAV NILSEN"
        is a name (Per), "PER ANSA" and "POUR LE MONDE" name what the picture was taken for."""
        rest = rest.strip()
        return self.registry.credited_name(rest) is None and self._part(rest, "").kind is Kind.PERSON

    def could_be_credit(self, text: str) -> bool:
        """A quick, exact pre-check for every context but MARKED: prose words mean no credit."""
        if len(text) > MAX_CREDIT:
            return False
        tag = self._editor_tag.search(text) if self._editor_tag is not None else None
        if tag is not None and tag.start() > 0:
            text = text[:tag.start()]  # "ANTARA FOTO/Name/nym": a desk editor's initials are no prose word
        if "@" in text:
            text = MAIL_ADDRESS.sub(" ", text)  # "Name name@sacbee.com": an address holds no prose word
        return not self.has_prose(text)

    def has_prose(self, text: str) -> bool:
        """Whether `text` holds a lower-case word no credit holds ("the", "during")."""
        words = self._credit_words
        if self._for_phrases is not None:
            text = self._for_phrases.sub("for", text)  # "Name / Special to the Journal Sentinel" (round 82)
        for m in _LOWER_WORD.finditer(text):  # most lines hold prose early: stop at the first
            if m[1] not in words:
                return True
        return self._prose_for is not None and self._prose_for.search(text) is not None

    def for_joined(self, text: str) -> bool:
        """Whether `text`, in brackets closing a caption's sentence or alone on its line, is a credit whose only
        prose is a lower-case "for" word joining a photographer's name to a paper the registry knows: Libération's
        "(Name/Hans Lucas pour Libération)", "(Name para El País)". The brackets mark it as a lead-in does; elsewhere
        such a word is prose ("Mehr Geld für Schulen")."""
        if self._prose_for is None or len(text) > MAX_CREDIT:
            return False
        found = list(self._prose_for.finditer(text))
        if not found or any(not text[:m.start()].strip() or not text[m.end():].lstrip()[:1].isupper() for m in found):
            return False
        if self.has_prose(self._prose_for.sub("/", text)):
            return False
        # review 125: a photographer's name before the word, a paper the registry knows after it; capitalised
        # words round it are prose too ("(Ein Sieg für Merz)", "(Vote pour Libération)", "(Fondos para Andalucía)")
        reading = self.read(text)
        return (reading.is_credit(Context.ENCLOSED) and bool(reading.parts) and reading.parts[0].kind is Kind.PERSON
                and all(p.kind is Kind.AGENCY for p in reading.parts if p.joiner == "for"))

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
        if "@" in last[-1] and MAIL_ADDRESS.fullmatch(last[-1].strip("()<>")):
            return False  # "Name name@sacbee.com": an address closing a credit is no prose
        for word in _LOWER_WORD.findall(last[-1]):
            if word not in words:
                return True
        return last[-1] in self._prose_for_words

    def credit(self, raw: str) -> Credit:
        """The Credit model of a credit as printed; one shared object per text (models are frozen)."""
        model = self._models.get(raw)
        if model is None:
            model = self.read(raw).to_credit()
            remember(self._models, raw, model, CACHE_SIZE)
        return model

    def agencies_and_via(self, raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """A credit's agencies and those it came via, as `credit(raw)` has them, without building its model."""
        found = self._agencies.get(raw)
        if found is None:
            _, agencies, via = self.read(raw).names()
            found = (tuple(agencies), tuple(via))
            remember(self._agencies, raw, found, CACHE_SIZE)
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
            remember(verdicts, text, verdict, CACHE_SIZE)
        return verdict

    def names_agency(self, raw: str) -> bool:
        """Whether a credit names an agency of the registry ("Image: AFP", "Name/AFP via Getty")."""
        return Kind.AGENCY in self.read(raw).kinds

    def names_person(self, raw: str) -> bool:
        """Whether a credit names a photographer ("AP Photo/Name", "Photo: Name"), as parse_credit reads it."""
        return bool(self.read(squash(raw)).names()[0])

    def read(self, raw: str) -> CreditReading:
        if len(raw) > MAX_PART:  # no part of a credit is this long, let alone a credit: read it whole, not kept
            return self._read(raw)
        reading = self._cache.get(raw)
        if reading is None:
            reading = copyright_joined(raw, self._read(raw), self._read, self.markers.spaced_slash_marks, self.registry)
            remember(self._cache, raw, reading, CACHE_SIZE)
        return reading

    def _read(self, raw: str) -> CreditReading:
        text = raw.strip()
        tag = self._editor_tag.search(text) if self._editor_tag is not None else None
        if tag is not None and tag.start() > 0 and not self.registry.names_desk_tag(tag[0].split("/")[1].strip()):
            # "ANTARA FOTO/Name/nz/10": the desk's tag stays in the credit as printed and names no one
            untagged = self.read(text[:tag.start()])
            if self.takes_desk_tag(untagged, tag[0]):
                dropped = Part(tag[0].strip(), Kind.DROPPED, "", "/")
                return replace(untagged, raw=text, parts=(*untagged.parts, dropped))
        address = _ADDRESS.search(text) if "@" in text else None
        if address is not None and address.start() > 0:
            unaddressed = self.read(text[:address.start()])
            if unaddressed.framed and unaddressed.names()[0]:
                # "Name 기자 name@example.kr": the address stays in the credit as printed and names no one
                dropped = Part(address[0].strip(), Kind.DROPPED, "", "-")
                return replace(unaddressed, raw=text, parts=(*unaddressed.parts, dropped))
            if len(unaddressed.parts) == 1 and unaddressed.parts[0].kind is Kind.PERSON \
                    and unaddressed.parts[0].text.strip() == unaddressed.parts[0].name:
                # round 122: "Name name@sacbee.com", McClatchy's staff credit: the photographer's own address
                # after the name stays in the credit as printed and names no one
                dropped = Part(address[0].strip(), Kind.DROPPED, "", "-")
                return replace(unaddressed, raw=text, parts=(*unaddressed.parts, dropped))
        if text.startswith("(") and (dateline := _BRACKETED_PLACE_EQUALS.match(text)) is not None:
            return replace(self.read(f"{dateline[1]} {text[dateline.end():]}"), raw=text)  # read as "서울=연합뉴스 Name 기자"
        signed = next((s for s in self._signs if text[:len(s)].lower() == s and text[len(s):].strip()), None)
        if signed is not None:  # "© 新华社记者 Name", "ⓒ 뉴스1": the sign names no one; the credit is what follows (m177)
            after = self.read(text[len(signed):].lstrip())
            return replace(after, raw=text, parts=(Part(text[:len(signed)], Kind.DROPPED, "", ""), *after.parts))
        named = text
        if "=" in text and (place := _PLACE_EQUALS.match(text)) \
                and self.registry.credited_name(text[:place.end()].rstrip("= ")) is None:  # "ロイター=共同": a wire
            named = text[place.end():]  # "제주=연합뉴스": a place or role names no one; the credit follows "="
            supplier = self._part(text[:place.end()].rstrip("= "), "")
            if supplier.kind is Kind.PERSON and supplier.supplied and named:
                # "독자 김동욱씨 제공=연합뉴스": supplied by reader Mr Kim, then the wire; the reader took the picture
                after = self.read(named)
                rejoined = (replace(p, joiner=p.joiner or "/") for p in after.parts)
                return replace(after, raw=text, parts=(supplier, *rejoined))
        reproduced = next((w for w in self._reproduced if named.startswith(w) and len(named) > len(w)), None)
        if reproduced is not None:  # "翻攝自人民日報": reproduced from the source after it, kept in the raw
            copied = self.read(named[len(reproduced):])
            return replace(copied, raw=text, parts=(Part(reproduced, Kind.DROPPED, "", ""), *copied.parts))
        # a known name holding a frame's word is that name: "代表撮影" (a pool photo), not a person "代表" photographing
        framed = self._uncased.framed(named) if self.registry.credited_name(named) is None else None
        if framed is not None:
            return CreditReading(raw=unclosed(text, self._closing_words, glued=True), parts=framed, dangling=False,
                                 standalone=self._standalone, titles=self._titles, framed=True)
        if (led := self._uncased.role_led(named)) is not None:  # "新华社记者王毓国", "记者 张三": no closing "摄"
            return CreditReading(raw=text, parts=led, dangling=False, standalone=self._standalone,
                                 titles=self._titles, role_led=True)
        unglued = self._joiners.unglue(named)
        pieces = self._joiners.bullet_in_a_span(self._joiners.split(unglued), unglued)
        # split() with two groups yields: text, sym, word, text, sym, word, text ...
        parts: list[Part] = []
        dangling = False
        joiner = ""
        for i in range(0, len(pieces), 3):
            chunk = (pieces[i] or "").strip()
            if i > 0:
                sym, word = pieces[i - 2], pieces[i - 1]
                joiner = self._mark_joiners.get(sym, sym) if sym else (self._joiner_names.get(fold(word), "-") if word else "-")
                if i == 3 and word and word.istitle() and word.lower() in self._prose_for_words \
                        and len(parts) == 1 and parts[0].kind is Kind.DROPPED:
                    # "© Per Lunde / NTB": after a sign naming no one, "Per" opens a name, as it does a credit (m177)
                    chunk, joiner = f"{parts.pop().text} {word} {chunk}", ""
            if not chunk:
                if i > 0 and i + 3 >= len(pieces):
                    dangling = True  # "KCNA via": the credit was cut off after its joiner
                continue
            head, _, rest = chunk.partition(" ")
            if i > 0 and (two := chunk.split(None, 2))[2:] and fold(f"{two[0]} {two[1]}") in self._joiner_names:
                head, rest = f"{two[0]} {two[1]}", two[2]  # "Name / Special to The Globe and Mail": a two-word joiner
            if rest and i > 0 and fold(head) in self._joiner_names and not (head.lower() in self._prose_for_words and (
                    head.istitle() or (head.isupper() and self._opens_name(rest)))):
                # "KCNA/via REUTERS": a joiner word after a slash; "Per Olsen / VG", "NTB / PER OLAV NILSEN" open
                # with a name ("NAME / POUR LE MONDE" names the paper it was taken for)
                joiner, chunk = self._joiner_names[fold(head)], rest.strip()
            if i == 0 and rest and self._joiner_names.get(fold(head)) == "via" and len(pieces) == 1 \
                    and self.registry.credited_name(chunk) is None:
                # "VIA B.C. FERRIES", "via Facebook": a credit opening with "via" names who handed the picture
                # on and no maker; what follows is that source, an agency it came via, whatever its shape
                source = self._part(rest.strip(), "via")  # a name shaped as a person's there is a body's
                parts.append(as_kind(source, Kind.ORG) if source.kind is Kind.PERSON else source)
                continue
            distributed = self._uncased.distributed(chunk)
            filed = None
            if distributed is None and " " in chunk:
                paired, last = chunk.rsplit(None, 1)
                if fold(last) in self.markers.dropped:
                    # "AP=연합뉴스 자료사진": the pair, then the word saying the picture is from the archive (round 108)
                    filed, distributed = last, self._uncased.distributed(paired)
            placed = None if distributed else self._uncased.placed(chunk)
            if distributed:  # "AP연합뉴스": AP's picture and Yonhap's; no "via" is printed, so none is read (SPEC)
                parts += [self._part(distributed[0], joiner), self._part(distributed[1], "/")]
                if filed is not None:
                    parts.append(Part(filed, Kind.DROPPED, "", " "))
            elif placed and agency_kind(self.registry, placed[1]) == "pool":
                # "평양사진공동취재단": the pool in Pyongyang is a pool of its own, named as printed, as
                # "Kremlin Pool" is (SPEC)
                parts.append(Part(chunk, Kind.ORG, chunk, joiner))
            elif placed:  # a place before any other agency is a dateline's, and names no one
                parts += [Part(placed[0], Kind.DROPPED, "", joiner), self._part(placed[1], joiner)]
            else:
                parts += (self._joiners.names_joined(chunk, joiner)
                          or name_beside_outlet(self.registry, self._part, chunk, joiner) or [self._part(chunk, joiner)])
        parts = joined_to_names(parts, self._part_reader.forms, self._part, unglued)  # "Acme, Inc.", "John Smith, Jr."
        for n in range(len(parts) - 1):
            if parts[n + 1].joiner == ":":
                part = parts[n]
                # a lead-in opening the credit ("Image: AFP", "Quelle: dpa") or its second half ("Name | Zdroj: ČTK") names no one
                opens = n == 0 or part.joiner in ("|", "/", ",", ";")
                kind = Kind.DROPPED if opens and part.kind in (Kind.PROSE, Kind.WEAK_ORG, Kind.AGENCY) \
                    and fold(part.text) in self.colon_leadin_words else part.kind
                parts[n] = Part(part.text, kind, part.name, part.joiner, labels=True)
        # first: "Department of Health and Aged Care/Jane Doe" ends in no name
        join_bodies(named, parts, self.markers, self._part_reader)
        read_after_joiners(parts, self.markers, self._standalone)
        self._uncased.drop_words_beside_agencies(parts)
        read_two_parts(parts, self.registry)
        one_name_before_newsroom(parts, self.registry)
        stock_contributor(parts, self.registry)
        raw = unclosed(text, self._closing_words, glued=False) if parts and parts[-1].kind is Kind.DROPPED else text
        if any(part.text not in raw for part in parts):
            raw = text  # the word closes a part's own text ("PHOTO 图", one dropped part): the credit keeps it
        postposed = text.endswith(self._postposed) and any(c.isalpha() for c in text.rsplit(None, 1)[0])
        return CreditReading(raw=raw, parts=tuple(parts), dangling=dangling, standalone=self._standalone,
                             titles=self._titles, postposed=postposed and " " in text,
                             body_prefixes=self._body_prefixes, place_openers=self._place_openers,
                             prose_words=self._prose_words, cased_prose=self.markers.prose)


@lru_cache(maxsize=8)
def reader_for(registry: AgencyRegistry) -> CreditReader:
    return CreditReader(registry)


def read_credit(raw: str, registry: AgencyRegistry | None = None) -> CreditReading:
    """The parts of a credit and what each one is. Decomposed accents are read composed, as the registry and the
    markers spell them ("Jose\u0301" as "José"): a page reader composes its text at its input edge, a caller may not."""
    return reader_for(registry or bundled_registry()).read(composed(raw))


def parse_credit(raw: str, registry: AgencyRegistry | None = None) -> Credit:
    """Read a credit as printed into photographers, agencies and via.

    >>> parse_credit("KCNA via KNS and AFP").via
    ['KNS', 'AFP']
    """
    return read_credit(squash(raw), registry).to_credit()
