"""Bodies' names by their shape, where no registry knows them: one printed with an "and" in it ("Israel Nature and
Parks Authority", "Colorado Parks and Wildlife", "Ministry of Tourism and Antiquities" are one organisation, not a
person and a body: credit.py), by "of" ("Office of the Governor"), with a word in lower case ("Statens vegvesen"),
closed by a number ("SDIS 57"), or handing a picture over from a place ("Courtesy of Pinellas County")."""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..text import cased, fold
from .credit_parts import NAME_WORD, Kind, Part

if TYPE_CHECKING:
    from ..knowledge.markers import Markers
    from .credit_part_reader import PartReader

_INITIAL_WORD = re.compile(r"[A-Z]\.?")  # "Jane M. Doe" is a person's name, not a body's field
MAX_LOWER_BODY_WORDS = 5  # a body's name with a word in lower case: "Statens vegvesen", "пресс-служба акимата Алматы"
MAX_UNCASED_BODY_WORDS = 4  # a body's name in a script with no capitals: "الدفاع المدني"; longer is a sentence
MAX_BODY_OF_WORDS = 8  # "Seattle Department of Parks and Recreation": longer is a sentence
MAX_OFFICE_WORDS = 7  # "روابط عمومی شهرداری منطقه یک" (a district council's press office); longer is a sentence
_QUOTES_OPENING = "«„“\"‘"
MAX_QUOTED_PAPER_WORDS = 4  # "«Нашай Нівы»": a paper's quoted name after a reader's word
MAX_FORM_LETTERS = 6  # a body's kind abbreviated before its quoted name: "ТОО", "АМИТ"
_BODY_LINKS = frozenset({"of", "the", "and", "for", "&"})  # words linking a body's name: "Office of the Mayor"


def join_bodies(text: str, parts: list[Part], markers: Markers, part_reader: PartReader) -> None:
    """"Israel Nature and Parks Authority": an "and" between a name-shaped part and a part whose LAST word is
    an organisation word (or a body's word, markers.yaml's body_words) joins one body's name, not a person and a
    body, in `parts`. Two people ("Jo Li and Ann Berg") have no such word; "Jo Li and The Times" opens its body
    with the article and stays two."""
    org_words, bodies = markers.org_words, markers.bodies
    for n in range(len(parts) - 1, 0, -1):
        first, second = parts[n - 1], parts[n]
        words = second.name.split()
        last = fold(words[-1]) if words else ""
        # "Ministry of Tourism and Antiquities", "Department of Environment and Natural Resources": the body's
        # field goes on after the "and", in one word or two shaped like a name; a known agency ("... and AFP")
        # does not. A person named after a body by "and" is rarer in a credit than a body's second field.
        field_shaped = second.kind is Kind.WEAK_ORG or second.kind is Kind.PERSON and len(words) == 2 \
            and not any(_INITIAL_WORD.fullmatch(w) for w in words)
        # a job title's field goes on after "and" too ("Director of Sales and Marketing", "... and Public Affairs", a
        # field named by a body's word); ", and" lists people
        titled_field = field_shaped or second.kind is Kind.ORG and len(words) == 2
        if second.joiner == "and" and titled_field and first.kind is Kind.DROPPED and first.joiner == "," \
                and part_reader.job_title(first.text) and f"{first.text.strip()} and " in text:
            parts[n] = Part(second.text, Kind.DROPPED, "", second.joiner)
            continue
        field_goes_on = field_shaped and part_reader.bodies.names_a_body_of(first.name.split())
        # a body's word closes the name too, even alone after the "and": "Colorado Parks and Wildlife";
        # a body's name may hold one before it: "Selangor Fire and Rescue Department"
        if second.joiner != "and" or not field_goes_on and (
                second.kind not in (Kind.ORG, Kind.WEAK_ORG) or words[:1] in (["The"], ["THE"])
                or not (last in org_words and len(words) >= 2
                        or last in bodies and not (len(words) >= 2 and last in markers.heading_bodies))
                or first.kind not in (Kind.PERSON, Kind.WEAK_ORG, Kind.ORG)):
            continue
        start = text.find(first.name)
        end = text.find(second.name, start + len(first.name)) if start >= 0 else -1
        if end < 0:
            continue
        name = text[start:end + len(second.name)]
        parts[n - 1:n + 1] = [Part(name, Kind.ORG, name, first.joiner, labels=second.labels)]


class BodyNames:
    """A body's name told by its shape, with one set of markers: its words, its links ("of", "de"), its number."""

    def __init__(self, markers: Markers) -> None:
        self.markers = m = markers
        # the organisation words markers.yaml spells in capitals, a body's abbreviation: "SDIS", "TV", "ISU"
        self._abbreviations = frozenset(w for w in m.organisation_words if w.isupper())
        self._particle_prefixes = tuple(sorted(m.name_particle_prefixes, key=len, reverse=True))
        self._of_words = frozenset({"of", *m.body_of_words})
        self._body_links = _BODY_LINKS | self._of_words | frozenset(m.body_link_words)
        self._courtesy_openers = tuple(w.lower() + " " for w in m.courtesy_words)
        self._courtesy_places = frozenset(m.courtesy_place_words)
        self._articles = m.articles | m.particle_articles | {"the"}
        self._uncased_openings = tuple(sorted(m.uncased_body_openings, key=len, reverse=True))

    def courtesy_place(self, chunk: str, name: str) -> bool:
        """Whether `chunk` hands the picture over from a place by its name ("Courtesy of Pinellas County",
        markers.yaml's courtesy_words and courtesy_place_words): a place hands out no picture, its government does."""
        words = name.split()
        return (len(words) >= 2 and name[:1].isupper() and words[-1].capitalize() in self._courtesy_places
                and chunk.lower().startswith(self._courtesy_openers))

    def lower_article(self, name: str) -> str:
        """The article in lower case opening a name after dropped words, with its space, before a capital: "the " of
        "the Harris County Flood Control District", "la " of "la Ville de Gatineau" (markers.yaml's title_articles
        and titled_with_particle_articles, folded); else ""."""
        first, _, rest = name.partition(" ")
        return first + " " if first.islower() and rest[:1].isupper() and fold(first) in self._articles else ""

    def article_after_link(self, text: str, rest: str) -> bool:
        """Whether dropped words closing with a linking word leave an article before a name, `rest` of `text`:
        "Gracieuseté de la Ville de Gatineau", "Cortesía de la Alcaldía" (courtesy of the town hall); the article is
        then no link inside a name, as "de" is in "Archives de l'État"."""
        dropped = text[:len(text) - len(rest)].split()
        last = dropped[-1] if dropped else ""
        return (fold(last) in self.markers.particles or last == "of") and bool(self.lower_article(rest))

    def reader_of_paper(self, name: str) -> bool:
        """Whether `name` is a reader's word and the paper's name after it, with no "of" ("Lecteur Defimedia",
        "Čitalac Vijesti" in the genitive, "чытач «Нашай Нівы»"; markers.yaml's reader_words): the paper only
        received the picture, no one is named. One capitalised word or a quoted name after it, never two words
        ("Photo lecteur Laurent M." names its reader)."""
        head, _, rest = name.partition(" ")
        if fold(head) not in self.markers.reader_set or not rest:
            return False
        # the closing quote may be trimmed off with a credit's closing punctuation before the part is read
        quoted = rest[:1] in _QUOTES_OPENING and len(rest.split()) <= MAX_QUOTED_PAPER_WORDS
        return quoted or (" " not in rest and rest[:1].isupper())

    def past_suspended(self, words: list[str]) -> list[str] | None:
        """The words after a German suspended compound's first halves, "Wasserstraßen- und Schifffahrtsamt Rhein"
        (the waterways and shipping office: the shared ending printed once, a hyphen left in its place): the name
        they open is the body's that the last compound names ("Schifffahrtsamt Rhein"); None where there is none."""
        n = 0
        while n + 2 < len(words) and len(words[n]) > 2 and words[n].endswith("-") and words[n][:1].isupper() \
                and words[n + 1] in self.markers.name_and_words:
            n += 2
        return words[n:] if n else None

    def glued_particle(self, word: str) -> bool:
        """Whether `word` is a lower-case particle glued to a capitalised name: "al-Rubaye", "d'Amico"
        (markers.yaml name_particle_prefixes)."""
        rest = self.unelided(word)
        return rest != word and len(rest) > 1 and rest[0].isupper()

    def shaped_as_body(self, name: str, words: list[str]) -> bool:
        """Whether `name`, of `words` no person's name has, is a body's name all the same."""
        m = self.markers
        # words no name has, but a body's: "خبرگزاری ایسنا" (a news agency by its word, in a script with no
        # capitals), "Seattle Department of Transportation" (by "of"), "Statens vegvesen", "Oslo kommune" (only
        # the first word capitalised), "пресс-служба МЧС" (opened by a body's word in lower case)
        # round 56: one such word alone when it is a body's word itself, "عکس: ارتش" (the army), "ფოტო: შსს";
        # round 55: one run-on word opening as a body's name does, "เทศบาล..." (a municipality)
        # round 107: a run-on body's word after a platform's or page's word, "เฟซบุ๊ก อำเภอแม่สาย" (the district's
        # Facebook page), is the body's too
        uncased_body = not cased(name) and ((1 < len(words) <= MAX_UNCASED_BODY_WORDS
                                             and any(fold(w) in m.org_words or self._opens_as_body(w) for w in words))
                                            or (len(words) == 1 and fold(name) in m.org_words)
                                            or (len(words) == 1 and self._opens_as_body(name))
                                            or (len(words) == 1 and _abbreviated(name, m.uncased_abbreviated_bodies)
                                                and not name.startswith(m.name_titles))
                                            # round 79: a press office opens its body's name, which may run longer
                                            or (len(words) <= MAX_OFFICE_WORDS
                                                and name.startswith(m.uncased_office_openings)
                                                and name not in m.uncased_office_openings
                                                and not any(w in m.uncased_prose_words for w in words)))
        lower_body = 1 < len(words) <= MAX_LOWER_BODY_WORDS and (
            (words[0][:1].isupper() and any(w in m.lower_bodies or w in m.lower_name_bodies for w in words[1:]))
            or words[0] in m.lower_bodies
            or (words[0] in m.lower_name_bodies and any(w[:1].isupper() for w in words[1:])))
        # round 85: a body's word of two words, the second in lower case, printed as the whole name: "Protection
        # civile", "Sécurité civile" (markers.yaml's body_words), as the French-speaking press writes them
        listed = 1 < len(words) and words[0][:1].isupper() and fold(name) in m.bodies
        return (uncased_body or lower_body or listed or self.names_a_body_of(words) or self._numbered_body(words)
                or _quoted_after_form(words))

    def _numbered_body(self, words: list[str]) -> bool:
        """Whether the words are a body's name closed by its number: "SDIS 57" (a French department's fire and
        rescue service, by the department's number), "TV 2". An organisation word markers.yaml spells in capitals
        (an abbreviation), printed so, opens it; the number, of one to three digits, is its last word alone: a year
        or a count in prose is no name's. A word of prose opening it names a thing or a place, not who took a
        picture: "(Unit 731)", "(Studio 54)", "(Page 3)", "(Gallery 3)" closing a caption."""
        *named, number = words
        return (1 <= len(named) <= 3 and number.isdigit() and len(number) <= 3
                and all(NAME_WORD.fullmatch(w) and w[0].isupper() for w in named)
                and named[0] in self._abbreviations)

    def _opens_as_body(self, word: str) -> bool:
        """Whether one run-on word of a script with no spaces opens as a body's name does and runs on past its
        opening, no clause's word after it: "เทศบาลนครเชียงใหม่", "กองกำลังผาเมือง" (markers.yaml's
        uncased_body_openings; the opening's own letters may spell a clause word: "กำลัง" in "กองกำลัง")."""
        opening = next((o for o in self._uncased_openings if word.startswith(o)), None)
        return (opening is not None and word != opening
                and not any(w in word[len(opening):] for w in self.markers.uncased_clause_words))

    def names_a_body_of(self, words: list[str]) -> bool:
        """Whether the words name a body by "of": capitalised words, an organisation word among them, linked by
        "of" and "the", "and" or "for" ("Department of Transportation", "Office of the Governor"), or their words in
        other languages ("Ministère de l’Hydraulique et de l’Assainissement": markers.yaml body_of_words,
        body_link_words). A person "of" a place or an outlet holds no organisation word ("Jane Doe of Reuters").
        The body's own word stands before the first "of": before it, a job title ("Director of the Office of
        Budget") or a heading ("Fans of the Department of Parks") names a person or a group, not who took it."""
        of = next((i for i, w in enumerate(words) if w in self._of_words), -1)
        if not 3 <= len(words) <= MAX_BODY_OF_WORDS or of < 0 or not words[0][:1].isupper() \
                or not self.unelided(words[-1])[:1].isupper():
            return False
        org_words = self.markers.org_words
        named = [self.unelided(w) for w in words if w not in self._body_links]
        # or a body's word, "Ministère de ...", or two, "City of McAllen", open it (markers.yaml's body_words)
        return (all(NAME_WORD.fullmatch(w) and w[0].isupper() for w in named)
                and (any(fold(w) in org_words or fold(w) in self.markers.bodies for w in words[:of])
                     or fold(" ".join(words[:2])) in self.markers.bodies))

    def unelided(self, word: str) -> str:
        """`word` without a particle glued before its capital: "Assainissement" of "l’Assainissement"."""
        return next((word[len(p):] for p in self._particle_prefixes if word.startswith(p)), word)


def _quoted_after_form(words: list[str]) -> bool:
    """Whether the words are a body's name in quotes after its kind's abbreviation in capitals, as the press of the
    former Soviet states prints a firm, an agency or an office (round 82): "АМИТ «Ховар»" (the Tajik state news
    agency), "ИА «Кабар»", "ТОО «Казахтелеком»", "АО „Example“". A person's name is never quoted so; the closing
    quote may be trimmed off with the credit's closing punctuation."""
    return (2 <= len(words) <= MAX_QUOTED_PAPER_WORDS + 1 and 2 <= len(words[0]) <= MAX_FORM_LETTERS
            and words[0].isalpha() and words[0].isupper() and words[1][:1] in _QUOTES_OPENING
            and len(words[1]) > 1)


@cache
def _abbreviations(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _abbreviated(name: str, patterns: tuple[str, ...]) -> bool:
    """Whether `name` is a body's abbreviation with its dot, in a script with no capitals ("สวท.เชียงใหม่"); a
    person's title glued so ("ดร.สมชาย", Dr Somchai) is refused by the caller (markers.yaml name_titles)."""
    pattern = _abbreviations(patterns)
    return pattern is not None and pattern.fullmatch(name) is not None
