"""What a credit reads as: its parts, who they name, and whether, where it was found, it is a credit.

The reader (credit.py) splits a credit into parts and names each one; a
`CreditReading` holds the result and judges it against its surroundings
(`Context`), by the limits below.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from ..text import WORD_JOINERS, cased, fold
from .credit_parts import Kind, Part

if TYPE_CHECKING:
    from ..catalog.models import Credit


MAX_CREDIT = 200  # characters: no credit is longer
# Words in a credit, by how sure the surroundings make us that it is one:
MAX_MARKED_WORDS = 16   # after a lead-in ("Photograph: ..."): long agency and office names fit
MAX_CREDIT_WORDS = 12   # unmarked, at a caption's end or on a line of its own: two names and two agencies
MAX_LONE_NAME_WORDS = 6  # a line that is one known agency's name alone ("Korean Central News Agency")
# Joiners only credits use between names: a part joined by one is in a credit's structure ("Jo Li/AFP").
STRUCTURED_JOINERS = frozenset({"/", "via", "for", "by", ":"})
SENTENCE_BREAK = re.compile(r"(?<![A-Z.])[.!?]\s+[A-Z]")  # not after an initial: "Smiley N. Pool", "U.S. Navy"
MAX_UNCASED_SOURCE_WORDS = 3  # words after a lead-in in a script with no capitals: "تصوير: محمد سالم"
MAX_UNCASED_SOURCE = 24       # characters of them: a longer text is a sentence
# round 83: in the brackets closing a caption, after a lead-in, the brackets bound the source's name, which runs
# longer: "(ඡායාරූපය: ශ්‍රී ලංකා ගුවන් හමුදා මාධ්‍ය අංශය)", the Sri Lankan Air Force's media unit
MAX_BRACKETED_UNCASED_SOURCE_WORDS = 6
MAX_BRACKETED_UNCASED_SOURCE = 48
_UNCASED_SENTENCE = re.compile(r"[!?。！？؟।॥:：]|(?<!\w)\.|\.(?!\w)")  # Thai "ปภ.เชียงราย": a stop glued between letters abbreviates
# Chinese, Japanese and Korean letters: their credits' names are read by the words framing them (framed.py)
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Hebrew and Arabic letters: scripts with no capitals that still space their words, so one word alone is one word
# ("ארכיון", archive; "יח"צ", PR), as "Archive" or "Handout" is, not a phrase glued as "資料照" or "கோப்புப்படம்" is
_SPACED_UNCASED = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


# Between a photographer's name and their paper or desk: a slash, or the bar US metro papers print ("Name | The
# Oregonian/OregonLive", "NAME | Times", "Name | MassLive", "Name | Staff": Advance Local's papers, the Tampa Bay Times)
_NAME_OUTLET_MARKS = frozenset({"/", "|"})
_MAX_INITIALS = 4  # letters of a paper's initials in capitals ("ST", "TNP"): a longer word may be any word


class Context(Enum):
    """How much the surroundings already say that a text is a credit."""

    MARKED = "marked"        # after a lead-in word such as "Photograph:"
    ENCLOSED = "enclosed"    # in brackets or parentheses closing a caption
    TAIL = "tail"            # after a caption's last sentence, with nothing between
    OWN_LINE = "own line"    # a line of its own
    EQUALS = "equals"        # after the "＝" a Japanese caption closes with ("...ルーム＝ロイター")


@dataclass(frozen=True)
class CreditReading:
    raw: str
    parts: tuple[Part, ...]
    dangling: bool  # ends in a joiner ("KCNA via") or has an empty part
    standalone: frozenset[str] = frozenset()  # dropped words that make a credit on their own
    titles: frozenset[str] = frozenset()  # placeholders and job titles, folded ("photographer", "staff")
    framed: bool = False  # names marked by the words around them ("新华社记者 许畅 摄"): a credit wherever it stands
    postposed: bool = False  # closed by the word for a photo ("Jono Petraičio nuotr."): marked as by a lead-in
    role_led: bool = False  # a name after a role word, no closing "摄" ("记者 张三"): a credit only where marked
    body_prefixes: tuple[str, ...] = ()  # openings of a body's name, no person's (markers.yaml's body_name_prefixes)
    place_openers: frozenset[str] = frozenset()  # a place's first word, no person's (uncased_place_openers)
    prose_words: frozenset[str] = frozenset()  # words no person's name holds (uncased_prose_words)
    cased_prose: frozenset[str] = frozenset()  # prose's words in cased scripts, folded (prose_words): "our", "the"

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
        named_at = self._uncased_name_with_agency()
        for n, part in enumerate(self.parts):
            if part.joiner == "via":
                after_via = True
            if n == named_at:
                photographers.append(part.name)
            elif part.kind is Kind.PERSON and not part.labels:
                if part.name not in photographers:
                    photographers.append(part.name)
            elif part.kind is not Kind.DROPPED and not _unread_name(part):
                if part.name not in agencies:
                    agencies.append(part.name)
                if after_via and part.name not in via:
                    via.append(part.name)
        return photographers, agencies, via

    def _uncased_name_with_agency(self) -> int | None:
        """"علی رضایی / تسنیم", "יואב שטרן, AP": an unread name of two or three words in a script with no capitals,
        then a slash, a comma or a spaced dash ("حمید نوری - ایرنا", IRNA's own) and a known agency, the commonest
        credit there is (a photographer and the agency they shoot for), as Iranian, Arab and Israeli outlets print
        it. The agency beside it says it is a person's. Round 75: the agency first and a slash, as the name-first
        wires print "REUTERS/Name", is the same credit ("تسنیم/ علی حسینی", "همشهری/ Name": Tehran's papers).
        The index of the name's part, else None. A part naming no one before or after the two ("©", "File Photo")
        does not count (m177); one between them parts them."""
        kept = [n for n, p in enumerate(self.parts) if p.kind is not Kind.DROPPED]
        if len(kept) != 2 or kept[1] != kept[0] + 1:
            return None
        parts = [self.parts[n] for n in kept]
        if parts[1].kind is Kind.AGENCY and parts[1].joiner in ("/", ",", "-"):
            at = 0
        elif parts[0].kind is Kind.AGENCY and parts[1].joiner == "/":
            at = 1
        else:
            return None
        first = parts[at]
        words = first.name.split()
        # review 30: not one opened by the Arabic article, a body's or a place's ("المكتب الإعلامي / وام", the media office)
        named = (_unread_name(first) and first.name == first.text.strip() and 2 <= len(words) <= MAX_UNCASED_SOURCE_WORDS
                 and all(map(_lettered, words)) and not words[0].startswith(self.body_prefixes)
                 and words[0] not in self.place_openers  # round 56: "خیابان ولیعصر / ایرنا", a street, names no one
                 and not self.prose_words.intersection(words))  # review 35: "مراسلنا في القاهرة / المصري اليوم"
        return kept[at] if named else None

    def uncased_source(self, most_words: int = MAX_UNCASED_SOURCE_WORDS, most_letters: int = MAX_UNCASED_SOURCE) -> bool:
        """A few words of a script with no capitals and spaces between words, no sentence: after a lead-in
        ("تصوير: محمد سالم", "צילום: משה כהן") the picture's source. Whether a person or a body the letters cannot
        say: the credit names no one but a known agency or a body (right or empty); in Chinese, Japanese and
        Korean, where outlets name bodies so ("[사진 서울시]"), it is named as printed. A list of names
        ("谷口雄介、富田公善") after a lead-in is left alone: a story's photo line as often as a picture's."""
        raw = self.raw
        # counted without the words naming no one: "بشکریہ کے ایم سی" (courtesy of the KMC) is a source of three words
        named = " ".join(p.name for p in self.parts if p.kind is not Kind.DROPPED and p.name) or raw
        return (len(named) <= most_letters and len(named.split()) <= most_words
                and len(raw) <= 2 * most_letters
                and not cased(raw) and not any(c.isdigit() for c in raw)
                and _UNCASED_SENTENCE.search(raw) is None and "、" not in raw)

    def to_credit(self) -> Credit:
        # The models, and pydantic with them, are imported when first built: counting credits builds none.
        from ..catalog.models import Credit

        photographers, agencies, via = self.names()
        return Credit.model_construct(raw=self.raw, photographers=photographers, agencies=agencies, via=via)

    def _plural_phrase(self, phrase: str) -> bool:
        """Whether a phrase of standalone_credits names pictures in the plural: a word of it is another phrase's
        word with an "s" ("photos supplied" beside "contributed photo")."""
        singular = {w for entry in self.standalone if " " in entry for w in entry.split()}
        return any(w.endswith("s") and w[:-1] in singular for w in phrase.split())

    def _dropped_abbreviation(self, at: int) -> bool:
        """Whether the full stop at `at` closes a dropped word's abbreviation opening a part, no sentence's end:
        "Dok. BPBD DKI Jakarta" (Indonesian "documentation", a handed-out picture)."""
        for part in self.parts:
            start = self.raw.find(part.text)
            if start >= 0 and part.name and part.text.endswith(part.name):
                return start <= at < start + len(part.text) - len(part.name)
        return False

    def _handed_via(self, org: bool) -> bool:
        """"... in Karachi. — Screengrab via Geo News": what kind of picture, a word naming no one, and "via" an
        organisation that handed it out."""
        return org and self.parts[0].kind is Kind.DROPPED and any(p.joiner == "via" for p in self.parts)

    def _name_slash_outlet(self) -> bool:
        """"... on Monday. Jo Li/Rappler": a person's name, a slash and one unknown capitalised word, the
        commonest credit there is, closing a caption: the word is the outlet the photographer works for."""
        parts = self.parts
        return (len(parts) == 2 and parts[0].kind is Kind.PERSON and parts[1].joiner in _NAME_OUTLET_MARKS
                and parts[1].kind in (Kind.WEAK_ORG, Kind.ORG))

    def _desk_photo(self) -> bool:
        """"... during the 2021 monsoon. Post File Photo", "Express Photo", "Star File Photo": the paper's short
        name in title case, a word naming an organisation ("DRONE PHOTO" in capitals is a kind of picture), then
        words naming no one (the word for a photo, a file): its own desk's picture, as South Asian dailies print
        it ("Post Photo: Name" credits the desk's photographer)."""
        part = self.parts[0]
        rest = part.text[len(part.name):].strip() if part.text.startswith(part.name) else ""
        if len(self.parts) != 1 or part.kind is not Kind.ORG or " " in part.name or not rest:
            return False
        if part.name.istitle():
            return all(w.isalpha() for w in rest.split())
        # round 120: "... at the site. ST FILE PHOTO", "BT FILE PHOTO": the Singapore Press Holdings papers
        # print their initials and the words naming no one in capitals; capitals make any word an organisation
        # ("UNDATED FILE PHOTO"), so only initials, two to four letters, before a phrase that is a credit on its
        # own ("FILE PHOTO", "HANDOUT PHOTO"), not "PHOTO" alone ("TV PHOTO", "AI PHOTO"), and no prose word
        # ("OUR FILE PHOTO")
        return (self.raw.isupper() and part.name.isalpha() and 2 <= len(part.name) <= _MAX_INITIALS
                and fold(part.name) not in self.cased_prose and fold(rest) in self.standalone)

    def _name_slash_title(self) -> bool:
        """"... on Sunday. - Jo Li/Photographer": a person's name, a slash and a job title naming no one
        ("Photographer", "Staff", "Staff Photographer"): a paper's credit for its own photographer, a credit
        wherever it stands."""
        parts = self.parts
        return (len(parts) == 2 and parts[0].kind is Kind.PERSON and parts[1].joiner in _NAME_OUTLET_MARKS
                and parts[1].kind is Kind.DROPPED and fold(parts[1].text) in self.titles)

    def _name_with_address(self) -> bool:
        """"Hector Amezcua hamezcua@sacbee.com" under a caption: a person's name and their e-mail address, as
        McClatchy's papers credit their staff photographers; the address marks the name a credit, as a job title
        after a slash does ("Name/Staff Photographer"), where a name alone is not one."""
        parts = self.parts
        # a writer's title in the name ("Reporter Tom Alder talder@..."): the story's byline, no picture's credit
        return (len(parts) == 2 and parts[0].kind is Kind.PERSON and parts[1].kind is Kind.DROPPED
                and parts[1].joiner == "-" and "@" in parts[1].text
                and not any(fold(word) in self.titles for word in parts[0].name.split()))

    def _slash_handed_out(self) -> bool:
        """"... in March. MANITOBA GOVERNMENT / SUPPLIED", "... at the site. City of Selkirk/Handout": who handed the
        picture out (a body's name or a person's), a slash and the word saying it was handed out (standalone_credits),
        closing a caption, as Canadian and Australian papers print a handout and Reuters its "Name/Handout"."""
        parts = self.parts
        return (len(parts) == 2 and parts[0].kind in (Kind.ORG, Kind.PERSON) and parts[1].joiner == "/"
                and parts[1].kind is Kind.DROPPED and fold(parts[1].text) in self.standalone)

    def _handed_over(self) -> bool:
        """"Gentileza Municipalidad de Encarnación", "Courtesy Jo Li" alone on a line: a word saying the picture was
        handed over (standalone_credits) opening the one name, a body's or a person's, of who handed it over. Round
        78: the same closing a caption's last sentence, no lead-in before it ("... the plant. Courtesy Harbor Water
        Department", US papers), and a screen grab's word before the site or body it was grabbed from ("... sa
        fenêtre. Capture d'écran Facebook", "Capture d'écran Météo-France", French papers): the word marks it a
        credit, as a lead-in would; a platform so named is a source, not a share button. One plain capitalised word
        unknown to the registry is no such name (review 42: "... at the fair. Courtesy Week", "Handout Day")."""
        part, named = self.parts[0], (Kind.ORG, Kind.PERSON, Kind.WEAK_ORG, Kind.AGENCY)
        head = part.text[: len(part.text) - len(part.name)].strip() if part.text.endswith(part.name) else ""
        # round 91: the word before names joined by slashes, each a name ("Courtesy @Space_Station/Intl. Space
        # Station"): the slashes set the credit's parts apart as no prose does
        if (part.kind is Kind.DROPPED and len(self.parts) > 1 and fold(part.text.strip()) in self.standalone
                and all(p.joiner == "/" for p in self.parts[1:])):
            # round 130: the word as a part of its own before the slash, Brazilian papers' "Reprodução / Instagram",
            # "Divulgação / Prefeitura de Encantado" under a caption: who it was grabbed from or handed over by
            rest = self.parts[1:]
            return all(p.kind in named and not (p.kind is Kind.WEAK_ORG and _plain_word(p.name)) for p in rest)
        return (bool(head) and fold(head) in self.standalone
                and all(p.kind in named and not (p.kind is Kind.WEAK_ORG and _plain_word(p.name)) for p in self.parts)
                and all(p.joiner == "/" for p in self.parts[1:]))

    def is_credit(self, context: Context) -> bool:
        """Whether this text, found in `context`, reads as a credit."""
        parts = self.parts
        kinds = self.kinds
        if not parts or len(self.raw) > MAX_CREDIT or not any(c.isalpha() for c in self.raw):
            return False  # a credit names someone in letters: "- 19:20" after a date is the time
        if self.framed:
            return True
        if self.role_led and context not in (Context.MARKED, Context.ENCLOSED):
            return False  # "本报记者 李四" alone on a line, or closing a paragraph, is a story's byline
        if self.postposed and context is not Context.EQUALS:
            context = Context.MARKED  # "... ministrais. Jono Petraičio nuotr.": the closing word marks it
        named = self.named()
        if context is not Context.MARKED and named and all(p.platform for p in named) and not (
                context is Context.ENCLOSED and len(parts) > 1) and not self._handed_over():
            return False  # "Facebook", "X" alone on a line or in brackets: a share button, a platform named in prose
        if context is Context.OWN_LINE and named and all(p.place for p in named) and not any(p.supplied for p in parts):
            return False  # "경기도" alone on a line: a menu's or a subhead's region; "경기도 제공" hands out a picture
        if context is Context.OWN_LINE and len(parts) == 1 and named and named[0].body and named[0].text.strip() == named[0].name:
            return False  # "NATO", "European Union" alone on a line: a topic the page is tagged with; "Photo: NATO" credits
        if context is Context.MARKED:
            if (end := SENTENCE_BREAK.search(self.raw)) and not self._dropped_abbreviation(end.start()):
                return False  # "Caption text. Pic: Reuters": a sentence, not a credit
            # a number cut off prose names no one: "FOTOS | Así quedó Lima tras el sismo de magnitud 5,6"
            telling = {p.kind for p in parts if p.kind is not Kind.DROPPED or any(c.isalpha() for c in p.text)}
            return len(self.raw.split()) <= MAX_MARKED_WORDS and (bool(telling - {Kind.PROSE}) or self.uncased_source())
        if Kind.PROSE in kinds:
            return False
        if context is Context.EQUALS:  # "＝15日午後、館山市" is when and where: only a source's own words say who
            return (all(p.kind in (Kind.AGENCY, Kind.DROPPED) or p.supplied for p in parts)
                    and (Kind.AGENCY in kinds or any(p.supplied for p in parts)))
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
                return any(fold(p.text) in self.standalone or p.supplied for p in parts)
            return weak and structured
        words = len(self.raw.split()) - sum(len(p.text.split()) for p in parts if p.noted)
        if any(p.labels and p.kind not in (Kind.AGENCY, Kind.ORG) for p in parts):
            return False  # "Feature Presentation: Name/Site" is a label, not an agency
        if context is Context.TAIL:
            if kinds == {Kind.DROPPED} and (self.raw.isupper() or (self.raw[:1].isupper() and " " not in self.raw)):
                # "... on Monday. SUPPLIED", "... in Phnom Penh. Supplied": set apart by its capitals, or a word
                # alone after the caption's last sentence, a sentence no caption ends with
                return any(fold(p.text) in self.standalone or p.supplied for p in parts)
            return words <= MAX_CREDIT_WORDS and (known or (org and person and structured) or self._name_slash_outlet()
                                                  or self._handed_via(org) or self._name_slash_title()
                                                  or self._desk_photo() or self._slash_handed_out()
                                                  or self._handed_over() or self._name_with_address())
        # OWN_LINE: a lone name must be a known agency ("AP") or a person's with their title; others need company
        # a phrase of two words or more; a script with no capitals writes one as a word ("கோப்புப்படம்", file picture)
        if len(parts) == 1 and parts[0].kind is Kind.DROPPED and (
                " " in parts[0].text.strip() or not (cased(self.raw) or _SPACED_UNCASED.search(self.raw))) \
                and fold(parts[0].text) in self.standalone and not self._plural_phrase(fold(parts[0].text)):
            # "Courtesy photo", "Submitted photo" under its caption: a phrase set apart, naming no one; "Photos
            # supplied" credits a story's pictures as a whole, printed at its end
            return True
        if len(self.named()) == 1:
            return ((known and words <= MAX_LONE_NAME_WORDS) or self._name_slash_title() or self._handed_over()
                    or self._name_with_address())
        return words <= MAX_CREDIT_WORDS and (known or org or (weak and structured and person))


def _plain_word(name: str) -> bool:
    """One capitalised word of letters ("Week", "Day", "Smith"): after "Courtesy" or "Handout" it may be prose's
    ("... at the fair. Courtesy Week") as much as a body's; a name of two words, a compound ("Météo-France") or
    letters in capitals ("ANDE") is shaped as a source."""
    return " " not in name and name.isalpha() and name[:1].isupper() and name[1:].islower()


def _lettered(word: str) -> bool:
    """Letters alone, with the vowel signs Thai and Devanagari print as marks ("วีรพงษ์", "राजेश") and the
    non-joiner inside a Persian name ("صادقی‌نیا"): no digit, no stop."""
    return all(c.isalpha() or c in WORD_JOINERS or unicodedata.category(c).startswith("M") for c in word)


def _unread_name(part: Part) -> bool:
    """A name no list knows in a script with no capitals and spaces between words (Arabic, Hebrew, Hindi, Thai):
    a person's or a body's, the letters cannot say which, so it is named as neither."""
    return part.kind is Kind.PROSE and not cased(part.name) \
        and _CJK.search(part.name) is None
