"""Who one part of a credit names: a known agency, an organisation or a person by its shape, or no one.

The credit reader (credit.py) splits a credit at its joiners and asks a
`PartReader` about each piece, with the joiner before it. Whether words no
person's name has are a body's name by their shape is credit_bodies.py's;
which words around a name name no one ("Photo", "(c)") is dropped_words.py's.
"""
from __future__ import annotations

import re

from ..knowledge.registry import BODY_KINDS, AgencyRegistry
from ..text import caseless, fold
from .caption_shape import caseless_letters, unspaced_letters
from .credit_bodies import BodyNames
from .credit_dates import dated_only
from .credit_neighbours import agency_kind
from .dropped_words import DroppedWords
from .credit_parts import HANDLE, NAME_WORD, Kind, Part, remember
from .credit_reading import MAX_CREDIT, SENTENCE_BREAK
from .credit_word_shapes import (TRIM, body_initials, glued_initial, initials, south_indian_initial, syllabic_surname,
                                 trimmed)
from .framed import uncased_name
from .name_forms import NameForms, initial_before_surname
from .uncased_credits import MAX_SUPPLIER_WORDS, acronym_led, supplier_of

MAX_HONOURED_NAME = 4  # letters of a name before an honorific: "김동욱씨", "山田太郎さん"
MAX_PART = 1000  # characters: a longer part of a credit is prose, never a name
MAX_KEPT_PART = MAX_CREDIT  # characters of a part remembered (PartReader.read): no credit is longer
MAX_PARTS_KEPT = 20_000  # parts remembered, some 10 MB at most
_INITIAL = re.compile(r"(?:[A-Z]\.?){1,3}")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}")
_WEB_LABELS = re.compile(r"[^\W_][\w-]+(?:\.[^\W_][\w-]*)*")  # "sepa", "megapolitan.kompas"
_ACRONYM = re.compile(r"[A-Z0-9&]{2,8}")
_STAFFED_KINDS = frozenset({"wire", "photo agency", "state media", "stock", "pool"})  # their own staff, no readers


class PartReader:
    """Names the parts of credits with one registry."""

    def __init__(self, registry: AgencyRegistry) -> None:
        self.registry = registry
        self._parts: dict[tuple[str, str], Part] = {}
        m = registry.markers
        self.markers = m
        titles = "|".join(re.escape(w) for w in sorted(m.name_titles, key=len, reverse=True))
        # as printed, before a capitalised name (any script's capital: "Sgt. Łukasz Nowak", "сержант Иван Иванов");
        # "Seaman" alone, or a surname, is left alone
        self._name_title = re.compile(rf"^(?:{titles})\s+(?=[^\W\d_])") if titles else None
        dates = "|".join(f"(?:{p})" for p in m.dropped_patterns)
        self._dated = re.compile(rf"(?:^|\s)(?:{dates})(?:\s|$)", re.IGNORECASE) if dates else None
        notes = "|".join(f"(?:{p})" for p in m.usage_notes)
        self._usage_note = re.compile(notes) if notes else None  # "CHINA OUT": where it may run, not who
        # a dropped word of a script with no spaces, glued to the source it closes: "時事通信フォト" is Jiji's
        # picture as "Jiji Press Photo" is ("写真", "照片" too; the closing "图"/"摄" are read as frames)
        self._glued_picture_words = tuple(sorted(
            (w for w in m.dropped_words if unspaced_letters(w) == len(w) and w not in m.closing_picture_words),
            key=len, reverse=True))
        self._family_words = frozenset(fold(w) for w in m.family_words)
        # the small words of headings and prose ("via", "the", "of", "et"): alone in a credit, they name no one
        self._small_words = frozenset(fold(w) for w in (*m.heading_small_words, *m.prose_words, *m.body_link_words))
        self._glued_vantage_words = tuple(w for w in self._glued_picture_words if w.endswith(tuple(m.name_vantage_words)))
        self._dotted_abbreviations = frozenset(w.rstrip(".") for w in m.dotted_abbreviations)  # "U.S.": no initials
        self.forms = NameForms.of(m)  # legal forms, post-nominal letters, generations' marks
        self.bodies = BodyNames(m)  # bodies' names by their shape: "Statens vegvesen", "Office of the Governor"
        self.dropped = DroppedWords(registry, self.bodies)  # "Photo", "(c)", "Archives" around a name
        self._holders = tuple(w.lower() + " " for w in m.holder_words)
        self._dropped_set = frozenset(fold(w) for w in m.dropped_words)
        self._uncased_endings = (*m.organisation_endings, *m.supplier_endings)  # "運輸署圖片", "名護市提供"
        roles = "|".join(re.escape(w) for w in m.newsroom_role_words)
        # "Name, Sports Editor", "Name/Multimedia Journalist": one or two capitalised words, then the role
        self._newsroom_title = re.compile(rf"(?!The\s)(?:[A-Z][a-z]+\s){{1,2}}(?:{roles})") if roles else None

    def _placeholder_of(self, name: str) -> bool:
        """"Lector de HERALDO", "Lettore del Tirreno", "Familia de Juan Pérez": a word naming no one (a reader, the
        family, the staff) and "of" in the language of a body's name, then whose: no photographer is named, and
        the capitals after it make no name of the phrase (round 75)."""
        words = name.split()
        return (len(words) >= 3 and fold(words[0]) in self.markers.placeholder_set
                and words[1].lower() in self.markers.body_of_words)

    def _agency_of(self, whose: str) -> str | None:
        """A wire's or picture agency's name after a placeholder's "de" ("Fotógrafo de EFE"), else None: wires have
        no readers, and a paper's reader names no source ("Lector de El País") (review 39)."""
        agency = self.registry.recognise(whose)
        return (self.registry.credited_name(whose) or agency.name) if agency and agency.kind in _STAFFED_KINDS else None

    def read(self, chunk: str, joiner: str) -> Part:
        """What `chunk`, a part of a credit printed after `joiner` ("" for the first), names; remembered: a part
        (~80 µs a read) recurs in the credits of a page and of the candidates read on each line ("AP Photo",
        "Jo Li" in "(AP Photo/Jo Li)" closing every caption, each with its own words before it)."""
        key = (chunk, joiner)
        part = self._parts.get(key)
        if part is None:
            part = self._read_whole_part(chunk, joiner)
            if len(chunk) <= MAX_KEPT_PART:
                remember(self._parts, key, part, MAX_PARTS_KEPT)
        return part

    def _read_whole_part(self, chunk: str, joiner: str) -> Part:
        part = self._read_part(chunk, joiner)
        if part.kind in (Kind.ORG, Kind.WEAK_ORG) and joiner != "/" and self._dated is not None \
                and self._dated.search(chunk):
            # "(c) 2020 Example Publishing Group" is a page's copyright line; a dated credit
            # names a known agency ("(c) AFP 2023") or a person ("(c) 2022 Hanna Berg"). After a credit's slash
            # it is the credit's own ("AFP/Satellite image ©2023 Name"): no copyright line follows a slash.
            return Part(chunk, Kind.PROSE, part.name, joiner)
        return part

    def _read_part(self, chunk: str, joiner: str) -> Part:
        m = self.markers
        known = self.registry.credited_name(chunk)
        if known is not None:
            return self._agency(chunk, known, joiner)
        if (known := self._glued_picture_source(chunk)) is not None:
            return self._agency(chunk, known, joiner)
        if (body := self._glued_picture_body(chunk)) is not None:
            # "運輸署圖片": the Transport Department's picture, a handout; "京都新聞社ヘリから": from the paper's own
            # helicopter, the source's own words as "提供" (supplied) is
            vantage = chunk.strip(TRIM).endswith(self._glued_vantage_words)
            return Part(chunk, Kind.ORG, body, joiner, supplied=vantage)
        if self._usage_note is not None and (note := self._usage_note.search(chunk)):
            return self._noted(chunk, (chunk[:note.start()] + " " + chunk[note.end():]).strip(TRIM), joiner)
        if (supplied := self._supplied_by_name(chunk, joiner)) is not None:  # "JAXA提供", "（市提供）"
            return supplied
        if (supplier := supplier_of(chunk, m.supplied_words)) is not None:  # "독자 제공": supplied by a reader
            known = self.registry.credited_name(supplier)
            if known:
                return Part(chunk, Kind.AGENCY, known, joiner)
            if (supplier.endswith(self._uncased_endings) and supplier not in self._uncased_endings) or acronym_led(supplier):
                # "한국사진기자협회 제공": a body's name; "JR北海道提供": a company's
                return Part(chunk, Kind.ORG, supplier, joiner, supplied=True)
            if (person := self._honoured(supplier)) is not None:  # "독자 김동욱씨 제공": reader Mr Kim, a person
                return Part(chunk, Kind.PERSON, person, joiner, supplied=True)
            return Part(chunk, Kind.DROPPED, "", joiner, supplied=True)
        if len(chunk) > MAX_PART:  # no name is this long; keeps parse_credit linear ("Photo " * 10**5)
            return Part(chunk, Kind.PROSE, chunk, joiner)
        if not any(c.isalpha() for c in chunk):
            return Part(chunk, Kind.DROPPED, "", joiner)  # "dpa:240618-99-446559/11": a number names no one
        bare = trimmed(chunk)
        if bare.islower() and fold(bare) in self._small_words:
            return Part(chunk, Kind.DROPPED, "", joiner)  # "Photo: via", "Jo Li / and": a linking word left alone
        if dated_only(chunk, self.markers.calendar, joiner == "-"):
            return Part(chunk, Kind.DROPPED, "", joiner)  # "AFP - Monday", "Reuters - 12 March": when, not who
        if len(bare.rstrip(".")) == 1 and bare.lower() != bare.upper():  # its full stop kept as an initial's: "S."
            return Part(chunk, Kind.DROPPED, "", joiner)  # "WPA/S": a letter left where a page cut a name names no one
        if fold(bare) in m.placeholder_set or joiner == "," and (self.job_title(bare) or self.forms.post_nominals(bare)) \
                or joiner in (",", "/") and self._newsroom_title is not None and self._newsroom_title.fullmatch(bare):
            return Part(chunk, Kind.DROPPED, "", joiner)  # before dropping words: "Photo Editor", "Ph.D." name no one
        name = self.dropped.strip(chunk.strip())  # "(c) AP": the dropped "(c)" goes before its brackets would
        if self.bodies.reader_of_paper(name):
            return Part(chunk, Kind.DROPPED, "", joiner)  # "Lecteur Defimedia": the paper's reader, no one named
        if (rest := name.partition(" ")[2])[:1].isupper() and name[:1].islower() and fold(name.split()[0]) in m.placeholder_set:
            if len(rest.split()) < 2 and self.registry.recognise(rest) is None:
                return Part(chunk, Kind.DROPPED, "", joiner)  # "famille Martin": whose family, no one who took it (review 39)
            name = rest  # "lecteur Laurent M." (a reader): the one named after the word, as after "Photo lecteur"
        # after dropped words ("Courtesy of the ...") or "for" ("Name / Special to the Journal Sentinel", round 82)
        if (name != chunk.strip() or joiner == "for") and (article := self.bodies.lower_article(name)):
            return self._after_article(chunk, name[len(article):], joiner, article)
        if self._name_title is not None and (title := self._name_title.match(name)) and name[title.end()].isupper() \
                and len(name.split()) - len(title[0].split()) >= 2 and self._person_after_title(name[title.end():].split()):
            name = name[title.end():]  # "Sgt. Jane Doe": the rank goes, the name of two words or more stays
        if (kept := self.forms.without_post_nominals(name.split())) != name.split() and len(kept) >= 2 \
                and self._person_after_title(kept):
            name = " ".join(kept)  # "Jane Doe MD", "Sam Ray OBE": the letters stay in the raw credit, naming no one
        if not name:
            return Part(chunk, Kind.DROPPED, "", joiner)  # "Handout", or "-" where a name was left blank
        if name != chunk:
            known = self.registry.credited_name(name)
            if known is not None:
                return self._agency(chunk, known, joiner)
            if name[:1].isupper() and chunk.lower().startswith(self._holders):
                if (person := self._holding_person(name, joiner)) is not None:
                    return Part(chunk, Kind.PERSON, person, joiner)  # "Dok. Andi Saputra", as "Courtesy of" a person
                return Part(chunk, Kind.ORG, name, joiner)  # "Dok. KAI Commuter": the records' holder, the source
            if initial_before_surname(chunk, name, self._dropped_set):
                return Part(chunk, Kind.PERSON, chunk.strip(), joiner)  # "Ph. Dupont": Philippe Dupont, no "photo"
            if self.bodies.courtesy_place(chunk, name):
                return Part(chunk, Kind.ORG, name, joiner)  # "Courtesy of Pinellas County": the county's government
        key = fold(name)
        if key in m.placeholder_set or self._placeholder_of(name):
            if key not in m.placeholder_set and (known := self._agency_of(name.split(None, 2)[2])) is not None:
                return self._agency(chunk, known, joiner)  # "Fotógrafo de EFE": the wire's own, unnamed (review 39)
            return Part(chunk, Kind.DROPPED, "", joiner)
        if self.registry.recognise(name) is not None:
            return Part(chunk, Kind.AGENCY, name, joiner)  # known, but printed another way: keep the print
        words = name.split()
        if len(words) == 1 and HANDLE.fullmatch(name):
            return Part(chunk, Kind.ORG, name, joiner)  # "Foto: @BomberosNunoa": the account that posted it, as printed
        if len(words) == 2 and HANDLE.fullmatch(words[1]) and agency_kind(self.registry, words[0]) == "platform":
            return Part(chunk, Kind.ORG, name, joiner)  # "TikTok @maesai.update": the platform's account, as printed
        if len(words) == 1 and self._web_domain(name):
            return Part(chunk, Kind.ORG, name, joiner)  # "SEPA.Media", "KOMPAS.com": a site, never a person
        if self.forms.firm(words):
            return Part(chunk, Kind.ORG, name, joiner)  # "Acme S.A.", "AB Volvo": a firm's legal form, never a person
        if (last := self.bodies.past_suspended(words)) and self._read_part(" ".join(last), joiner).kind is Kind.ORG:
            return Part(chunk, Kind.ORG, name, joiner)  # "Garten- und Tiefbauamt": one body, "und" in its compound
        if len(words) <= 2 and south_indian_initial("".join(words)) and (len(words) == 1 or words[0].endswith(".")):
            return Part(chunk, Kind.PERSON, name, joiner)  # "ஆ.செந்தில்வேலன்", "ടി.കെ. അജി": initials, glued or spaced
        shape = self._shape(words)
        if shape is Kind.PERSON and any(body_initials(w, m.initialism_vowels) and not syllabic_surname(
                w, name, m.initialism_vowels, m.syllabic_consonants) for w in words[1:]):
            return Part(chunk, Kind.ORG, name, joiner)  # "NSW RFS": a body's letters close it; a person's open theirs
        if shape is Kind.PROSE:
            return Part(chunk, Kind.ORG if self.bodies.shaped_as_body(name, words) else Kind.PROSE, name, joiner)
        if joiner == "by" and shape is Kind.PERSON and not (len(words) > 1 and m.body_word_among(words)):
            # "Photo by Jane Church": a surname may be any word, but body_words holds none ("Kessel Fire Brigade")
            return Part(chunk, Kind.PERSON, name, joiner)
        if any(_DOMAIN.fullmatch(w) for w in words) or (len(words) == 1 and _ACRONYM.fullmatch(name) and sum(c.isupper() for c in name) >= 2):
            return Part(chunk, Kind.ORG, name, joiner)
        # an article opens a paper's name ("O Globo"), never with a full stop: "O. Kovalenko" is an initial (review 45)
        if any(fold(w) in m.org_words for w in words) or (
                len(words) > 1 and fold(words[0]) in m.articles and not words[0].endswith(".")):
            return Part(chunk, Kind.ORG, name, joiner)
        if len(words) == 2 and words[1][:1].isupper() and getattr(self.registry.lookup(words[0]), "kind", "") == "broadcaster":
            return Part(chunk, Kind.ORG, name, joiner)  # "ΕΡΤ Βόλου", "ORF Tirol": a broadcaster's regional station
        if len(words) > 2 and fold(words[0]) in m.particle_articles and any(fold(w) in m.paper_particles for w in words[2:]):
            return Part(chunk, Kind.ORG, name, joiner)  # "EL SIGLO DE TORREÓN / NAME": a paper, its photographer after
        if len(words) == 2 and fold(words[0]) in m.particle_articles and words[1][:1].isupper():
            return Part(chunk, Kind.ORG, name, joiner)  # "Foto: Tomada de El Heraldo": "El" and one name is a paper's
        if len(words) > 1 and (m.body_word_among(words)
                               or fold(" ".join(words[:2])) in m.bodies
                               or (len(words) > 2 and fold(" ".join(words[-2:])) in m.closing_bodies)):
            return Part(chunk, Kind.ORG, name, joiner)  # "Stadt Kellbach", "Ville de Vannes", "State House", "Kenya Red Cross"
        if m.org_endings and any((k := fold(w)).endswith(m.org_endings) and k not in m.org_endings for w in words):
            return Part(chunk, Kind.ORG, name, joiner)  # "Stadtarchiv Kornheim": a body's name written as one word
        if joiner in ("via", "for"):
            return Part(chunk, Kind.ORG, name, joiner)
        if len(words) == 1 and (glued_initial(name) or (
                initials(name) and name.rstrip(".") not in self._dotted_abbreviations)):
            return Part(chunk, Kind.PERSON, name, joiner)  # "Д.Отгонбаяр"; "T.T.D.", "N.K": a photographer's initials
        if len(words) == 1:
            return Part(chunk, Kind.WEAK_ORG, name, joiner)
        return Part(chunk, shape, name, joiner)

    def _after_article(self, chunk: str, name: str, joiner: str, article: str = "the ") -> Part:
        """A name the article opens after dropped words, "Courtesy of the Harris County Flood Control District": an
        organisation's, named without the article (a known one as the registry names it, "the New York Times"), or
        a family's, "the Haddad family" (markers.yaml's family_words), whose family, no one who took the picture. The
        word in lower case only: "the Royal Family" is an institution handing out pictures (review 42)."""
        # a paper whose name holds its article is named with it, "Cortesía de la Nación", "Courtesy of le Monde"
        # (review 43): not "Nación", "Monde"
        known = self.registry.credited_name(f"{article}{name}") or self.registry.credited_name(name)
        if known is not None:
            return self._agency(chunk, known, joiner)
        words = name.split()
        if 2 <= len(words) <= 3 and words[-1].islower() and fold(words[-1]) in self._family_words \
                and all(w[:1].isupper() for w in words[:-1]):
            return Part(chunk, Kind.DROPPED, "", joiner)
        return Part(chunk, Kind.ORG, name, joiner)

    def _glued_picture_source(self, chunk: str) -> str | None:
        """The known agency a word for the picture is glued to, in a script with no spaces: "時事通信フォト" is
        時事通信's picture, named as the registry names 時事通信, as "AP Photo" is AP's."""
        bare = chunk.strip(TRIM)
        if not bare.endswith(self._glued_picture_words):
            return None  # most parts end in none: one test, not one a word
        for word in self._glued_picture_words:
            if bare.endswith(word) and len(bare) > len(word):
                return self.registry.credited_name(bare[:-len(word)])
        return None

    def _holding_person(self, name: str, joiner: str) -> str | None:
        """The person a holder word names (review 31), "Andi Saputra" of "Dok. Andi Saputra": the photographer, as in
        "Courtesy of Jane Doe"; None for a body's name, one with a word in capitals ("KAI Commuter") or none a person's."""
        part = self.read(name, joiner)
        return part.name if part.kind is Kind.PERSON and not any(len(w) > 1 and w.isupper() for w in name.split()) else None

    def _glued_picture_body(self, chunk: str) -> str | None:
        """A body's name a word for the picture is glued to, in a script with no spaces, the body told by its
        name's ending (markers.yaml's organisation_endings): Hong Kong papers' "運輸署圖片" (the Transport
        Department's picture), "消防處圖片"; named as printed without the word."""
        bare = chunk.strip(TRIM)
        if not bare.endswith(self._glued_picture_words):
            return None
        for word in self._glued_picture_words:
            source = bare[:-len(word)]
            if bare.endswith(word) and source.endswith(self._uncased_endings) and caseless_letters(source) == len(source) \
                    and source not in self._uncased_endings:
                return source
        return None

    def _person_after_title(self, words: list[str]) -> bool:
        """Whether the words after a rank are a person's name: "Sgt. Jane Doe"; not "Lt. Governor's Office" (a
        lieutenant governor's body), "Capt. Cook Memorial Museum" (one named after a captain)."""
        m = self.markers
        return (self._shape(words) is Kind.PERSON and not any(fold(w) in m.org_words for w in words)
                and not m.body_word_among(words)
                and self.registry.credited_name(" ".join(words)) is None)

    def _supplied_by_name(self, chunk: str, joiner: str) -> Part | None:
        """Who supplied the picture, where a supplied word of a script with no capitals closes a name that is not
        of that script, or a body's kind alone: "JAXA提供", "NASA 제공" (an agency spelled in Latin letters, read
        as any credit part is), "市提供" (the city), else None. The raw credit keeps the supplied word."""
        word = next((w for w in self.markers.supplied_words if chunk.endswith(w)), None)
        if word is None:
            return None
        supplier = chunk[: -len(word)].strip()
        if supplier in self.markers.supplier_bodies:
            return Part(chunk, Kind.ORG, supplier, joiner, supplied=True)
        if not supplier or len(supplier.split()) > MAX_SUPPLIER_WORDS or not supplier[-1].isalpha() \
                or any(caseless(c) for c in supplier):
            return None
        part = self._read_part(supplier, joiner)
        if part.kind not in (Kind.AGENCY, Kind.ORG, Kind.WEAK_ORG, Kind.PERSON):
            return None
        return Part(chunk, part.kind, part.name, joiner, platform=part.platform, place=part.place, supplied=True)

    def _agency(self, chunk: str, known: str, joiner: str) -> Part:
        agency = self.registry.get(known) or self.registry.recognise(known)  # a variant kept as printed ("MSF")
        kind = agency.kind if agency is not None else None
        return Part(chunk, Kind.AGENCY, known, joiner, platform=kind == "platform", place=kind == "local government",
                    body=kind in BODY_KINDS)

    def _web_domain(self, word: str) -> bool:
        """Whether `word` is a web address: dot-parts of letters, digits and "-", the first of two or more
        characters, the last a known top-level domain ("sepa.media", "KOMPAS.com", "tempo.co")."""
        head, dot, ending = word.rpartition(".")
        return (bool(dot) and fold(ending) in self.markers.domain_endings
                and _WEB_LABELS.fullmatch(head) is not None and any(c.isalpha() for c in head))

    def _noted(self, chunk: str, left: str, joiner: str) -> Part:
        """A part holding a usage note ("JAPAN OUT Jo Li"): who is left without the note, or no one.

        What a page glued to the note is no name: "CHINA OUT AFP PHOTOSTR" (a wire's name opening it),
        "Norway Outgustav Busch Arntsen" (a word cut in two).
        """
        part = self._read_part(left, joiner) if left else None
        if part is not None and part.supplied:  # "서울시 제공. 재판매 및 DB 금지": who supplied it, a reader or a body
            return Part(chunk, part.kind, part.name, joiner, supplied=True, noted=True)
        if part is None or part.kind not in (Kind.AGENCY, Kind.PERSON) or (
                part.kind is Kind.PERSON and self.registry.credited_name(left.split()[0]) is not None):
            return Part(chunk, Kind.DROPPED, "", joiner, noted=True)
        return Part(chunk, part.kind, part.name, joiner, noted=True)

    def _shape(self, words: list[str]) -> Kind:
        """PERSON when the words could be a name, PROSE when they could not be any name."""
        m = self.markers
        if not words or len(words) > 6:
            return Kind.PROSE
        if fold(words[0]) in m.prose and not words[0].isupper():
            return Kind.PROSE
        if len(words) > 1 and any(fold(word) not in m.org_words for word in _stopped_before_capital(" ".join(words))):
            return Kind.PROSE  # "Donald Trump. REUTERS": a sentence's end, not a name ("Greg M. Cooper" is)
        capitals = 0
        for word in words:
            if fold(word) in m.particles:
                continue
            if word == "&":
                continue
            if not NAME_WORD.fullmatch(word) and not _INITIAL.fullmatch(word):
                return Kind.PROSE
            if not word[0].isupper() and not self.bodies.glued_particle(word):
                return Kind.PROSE
            capitals += 1
        if capitals == 0:
            return Kind.PROSE
        return Kind.PERSON if 2 <= len(words) <= 5 else Kind.WEAK_ORG

    def _honoured(self, supplier: str) -> str | None:
        """The name before an honorific closing who supplied a picture, in a script with no capitals: "김동욱" of
        "독자 김동욱씨" (reader Mr Kim Dong-wook), "山田太郎" of "山田太郎さん" (markers.yaml honorific_suffixes);
        three or four letters, a given name and surname ("아저씨", uncle, is no name; nor "看護師さん", the nurse: a
        job's last letter, markers.yaml honorific_role_endings)."""
        last = supplier.split()[-1] if supplier.split() else ""
        for word in self.markers.honorific_suffixes:
            stem = last[:-len(word)]
            if last.endswith(word) and 3 <= len(stem) <= MAX_HONOURED_NAME and uncased_name(stem, MAX_HONOURED_NAME) \
                    and not stem.endswith(self.markers.honorific_role_endings):
                return stem
        return None


    def job_title(self, text: str) -> bool:
        """Whether `text` is a person's job title by "of" or a particle: "Director of Communications", "Vice
        President of Marketing", "Jefa de Prensa"."""
        titles = self.markers.titles_of
        words = trimmed(text).split()
        # the office of one so titled is a body, "Secretary of State's Office"; "Head of the Mayor's Office" a title
        if len(words) > 2 and fold(words[-1]) in self.markers.org_words and "the" not in words \
                and words[-2].endswith(("'s", "’s", "s'", "s’")):
            return False
        for n in (1, 2):
            if len(words) > n + 1 and fold(" ".join(words[:n])) in titles:
                link = words[n]
                return link == "of" or fold(link) in self.markers.particles
        return False


def _stopped_before_capital(text: str) -> list[str]:
    """The words whose stop breaks a sentence before a capital ("Donald Trump. REUTERS": "Trump."); the caller lets
    an organisation word's stop through ("Intl. Space Station"), no other abbreviation's: "Acme Co. Reuters" and
    "John Smith Jr. AP" are two names, never one person's."""
    return [text[: m.start() + 1].split()[-1] for m in SENTENCE_BREAK.finditer(text)]
