"""The page markers: the word lists and patterns of captions/knowledge/markers.yaml (and a user's file), checked.

Immutable, built once with the registry (registry.py) and passed to the
parsers, which compile what they match lines with from it
(captions/parse/markers.py).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from ..text import fold
from .errors import RegistryError


def _whole_line(patterns: Iterable[str]) -> re.Pattern[str]:
    """One regex that matches a whole line matching any of the patterns."""
    patterns = list(patterns)
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\Z")


@dataclass(frozen=True)
class Markers:
    """Credit lead-ins, caption labels, furniture and the word lists of credits."""

    credit_leadins: tuple[str, ...]
    lower_case_credit_leadins: tuple[str, ...]
    enclosed_leadins: tuple[str, ...]
    dash_leadins: tuple[str, ...]
    description_leadins: tuple[str, ...]
    caption_labels: tuple[str, ...]
    controls: tuple[str, ...]
    closing_controls: tuple[str, ...]
    repeat_markers: tuple[str, ...]
    furniture: tuple[str, ...]
    slide_separators: tuple[str, ...]
    caption_counters: tuple[str, ...]
    caption_numbers: tuple[str, ...]
    dropped_words: tuple[str, ...]
    dropped_patterns: tuple[str, ...]
    placeholders: tuple[str, ...]
    standalone_credits: tuple[str, ...]
    file_credits: tuple[str, ...]
    organisation_words: tuple[str, ...]
    body_words: tuple[str, ...]
    organisation_word_endings: tuple[str, ...]
    web_domain_endings: tuple[str, ...]
    prose_words: tuple[str, ...]
    name_particles: tuple[str, ...]
    bullets: tuple[str, ...]
    list_item_markers: tuple[str, ...]
    related_labels: tuple[str, ...]
    heading_small_words: tuple[str, ...]
    abbreviations: tuple[str, ...]
    via_words: tuple[str, ...]
    by_words: tuple[str, ...]
    for_words: tuple[str, ...]
    prose_for_words: tuple[str, ...]
    and_words: tuple[str, ...]
    list_marks: tuple[str, ...]
    slash_marks: tuple[str, ...]
    spaced_slash_marks: tuple[str, ...]
    reproduced_words: tuple[str, ...]
    name_suffixes: tuple[str, ...]
    name_roles: tuple[str, ...]
    name_suffix_words: tuple[str, ...]
    organisation_endings: tuple[str, ...]
    name_picture_suffixes: tuple[str, ...]
    name_vantage_words: tuple[str, ...]
    closing_picture_words: tuple[str, ...]
    subhead_dashes: tuple[str, ...]
    credit_marks: tuple[str, ...]
    glued_distributors: tuple[str, ...]
    supplied_words: tuple[str, ...]
    editor_tags: tuple[str, ...]
    gallery_labels: tuple[str, ...]
    gallery_words: tuple[str, ...]
    byline_words: tuple[str, ...]
    byline_titles: tuple[str, ...]
    picture_announcements: tuple[str, ...]
    picture_marks: tuple[str, ...]
    picture_headlines: tuple[str, ...]
    caption_tails: tuple[str, ...]
    blanket_credit_leadins: tuple[str, ...]
    caption_pointers: tuple[str, ...]
    photographed_tails: tuple[str, ...]
    camera_settings: tuple[str, ...]
    icon_names: tuple[str, ...]
    misdecoded_letters: tuple[str, ...]
    usage_notes: tuple[str, ...]
    photo_numbers: tuple[str, ...]
    photographer_leadins: tuple[str, ...]
    body_name_prefixes: tuple[str, ...]
    title_articles: tuple[str, ...] = ()
    titled_with_particle_articles: tuple[str, ...] = ()
    paper_name_particles: tuple[str, ...] = ()
    lower_case_body_words: tuple[str, ...] = ()
    lower_case_name_body_words: tuple[str, ...] = ()
    job_titles: tuple[str, ...] = ()
    name_titles: tuple[str, ...] = ()
    supplied_manner_words: tuple[str, ...] = ()
    story_source_leadins: tuple[str, ...] = ()
    video_leadins: tuple[str, ...] = ()       # "(Video: Canal N)": the credit of a video, no picture's
    picture_positions: tuple[str, ...] = ()
    pair_positions: tuple[str, ...] = ()
    subhead_openers: tuple[str, ...] = ()
    description_openers: tuple[str, ...] = ()  # "A", "Un": opening a label that describes a picture
    byline_labels: tuple[str, ...] = ()  # "Texto", "Fotografia" alone over a name in a story's head: its byline
    illustrative_notes: tuple[str, ...] = ()  # "Ilustratīvs attēls" alone: a picture's whole caption
    menu_items: tuple[str, ...] = ()  # a site menu's section links ("Home", "World"): two in a row are furniture
    byline_conjunctions: tuple[str, ...] = ()  # "and" between two writers of a byline ("By Jo Li and Ana Ruiz")
    byline_joiners: tuple[str, ...] = ()  # " | " between a writer and the site in a story's head ("Name | Site")
    picture_pointers: tuple[str, ...] = ()  # "comme ici à Bouguenais": a paragraph pointing at the picture shown
    wire_slug_agencies: tuple[str, ...] = ()  # "AP": agencies whose galleries print each slide's slug before it
    wire_slug_flags: tuple[str, ...] = ()  # "APTOPIX": a flag opening such a slug
    numeric_dates: tuple[str, ...] = ()
    dated_credit_openings: tuple[str, ...] = ()  # "2014.4.18/뉴스1 ...": a date glued to a credit's start, no one's
    closing_credit_marks: tuple[str, ...] = ()  # "/ Pool", "사진=Name" alone: the credit of the caption above
    empty_credit_separators: tuple[str, ...] = ()  # "<caption>. -": a caption whose credit slot is empty
    name_and_words: tuple[str, ...] = ()  # "und", "et", "и": "and" between two photographers' names only
    name_and_place_words: tuple[str, ...] = ()  # "en", "a", "na": "and" in one language, "in" before a place in another
    name_particle_prefixes: tuple[str, ...] = ()  # "al-": a particle glued to the capitalised name after it
    honorific_suffixes: tuple[str, ...] = ()  # "씨", "さん": a person's name before, who supplied a picture
    honorific_role_endings: tuple[str, ...] = ()  # "師", "手": "看護師さん", "運転手さん" name a job, not a person
    postposed_leadins: tuple[str, ...] = ()  # "nuotr.": the word for a photo after the names, a lead-in's mark
    dotted_abbreviations: tuple[str, ...] = ()  # "U.S.", "U.N.": letters with dots naming a place or body, no initials
    lower_case_closing_body_letters: tuple[str, ...] = ()  # patterns: "ộ", "ư" (Vietnamese), bodies closing in lower case
    legal_forms: tuple[str, ...] = ()  # "GmbH", "S.A.", "AB": a firm's legal form, as printed, making a name a body
    legal_forms_before_names: tuple[str, ...] = ()  # "AB", "PT": the forms opening a firm's name ("AB Volvo")
    post_nominals: tuple[str, ...] = ()  # "Ph.D.", "OBE": letters after a person's name, naming no one
    name_generations: tuple[str, ...] = ()  # "Jr.", "III": a generation's mark, part of a person's name
    uncased_place_openers: tuple[str, ...] = ()  # "خیابان", "תל": a place's first word, no person's, in no-capital scripts
    holder_words: tuple[str, ...] = ()  # "Dok.": whose records the picture is from follows, a source, no photographer
    uncased_body_openings: tuple[str, ...] = ()  # "เทศบาล": a body's name in a script with no spaces opens so
    uncased_clause_words: tuple[str, ...] = ()  # "เมื่อ" (when): a run-on word holding one is a clause, no body's name
    uncased_prose_words: tuple[str, ...] = ()  # "في" (in), "מתוך" (from): words no person's name holds
    same_below_marks: tuple[str, ...] = ()  # "下同": the credit covers the captions printed right under it too
    uncased_abbreviated_bodies: tuple[str, ...] = ()  # "ปภ.เชียงใหม่": a body's abbreviation with its dot, no name's
    uncased_office_openings: tuple[str, ...] = ()  # "روابط عمومی": a body's press office, its body's name after
    reader_words: tuple[str, ...] = ()  # "Lecteur": a reader, the paper's name after ("Lecteur Defimedia"), no one
    heading_body_words: tuple[str, ...] = ()  # "Grad", "Stadt": a body's word only before its place, "Ivana Grad" a name
    surname_endings: tuple[str, ...] = ()  # "-ić": after a heading body word, a surname ("Vlada Marković" a person)
    calendar_words: tuple[str, ...] = ()  # "12 mars", "AFP - Monday": a date, naming no one
    newsroom_role_words: tuple[str, ...] = ()  # "Editor": "Name, Sports Editor" after the name is a job title, no one
    supplier_endings: tuple[str, ...] = ()  # "市", "県": a body's name's end before "提供" only; "健市" is a name
    supplier_bodies: tuple[str, ...] = ()  # "市" alone before "提供": "the city", a body named by its kind
    body_of_words: tuple[str, ...] = ()  # "de", "di": "of" in other languages, after a body's own word
    initialism_vowels: tuple[str, ...] = ()  # "AEIOUY": capitals holding none of their alphabet's are a body's letters
    syllabic_consonants: tuple[str, ...] = ()  # "RL": between consonants they carry a Czech surname's syllable ("KRČ")
    body_link_words: tuple[str, ...] = ()  # "et", "la": the words linking the field of a body named by "of"
    courtesy_words: tuple[str, ...] = ()  # "Courtesy of": who handed the picture over follows, kept in the raw credit
    courtesy_place_words: tuple[str, ...] = ()  # "County": after a courtesy word, a place's name is its government's
    family_words: tuple[str, ...] = ()  # "family" closing a surname: "the Haddad family", whose family, no one who took it
    surname_signed_agencies: tuple[str, ...] = ()  # "Sipa": its photographers sign by surname alone, "SEVGI/SIPA"
    pair_pointers: tuple[str, ...] = ()  # "▲▼": a caption for the picture above and the one below
    editor_notes: tuple[str, ...] = ()  # "+++ ... NO LICENSING +++": a wire's note to editors closing a caption
    file_caption_labels: tuple[str, ...] = ()  # "OLD FILE PHOTO:": opens a caption, part of it, no credit's lead-in
    # Derived lookups, built once.
    page_controls: tuple[str, ...] = field(init=False, repr=False, compare=False)  # controls, repeat markers, pointers
    closing_page_controls: tuple[str, ...] = field(init=False, repr=False, compare=False)  # those and closing controls
    furniture_re: re.Pattern[str] = field(init=False, repr=False, compare=False)  # furniture and slide separators
    separator_re: re.Pattern[str] = field(init=False, repr=False, compare=False)
    counter_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)  # a counter opening a line
    icon_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)  # an icon's name opening a line
    misdecoded_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)  # "Â" before a no-break space
    dropped: frozenset[str] = field(init=False, repr=False, compare=False)
    placeholder_set: frozenset[str] = field(init=False, repr=False, compare=False)
    reader_set: frozenset[str] = field(init=False, repr=False, compare=False)  # reader_words, folded
    standalone: frozenset[str] = field(init=False, repr=False, compare=False)  # standalone_credits, folded
    org_words: frozenset[str] = field(init=False, repr=False, compare=False)
    org_endings: tuple[str, ...] = field(init=False, repr=False, compare=False)
    domain_endings: frozenset[str] = field(init=False, repr=False, compare=False)
    bodies: frozenset[str] = field(init=False, repr=False, compare=False)
    # two-word body words that may close a name: "Red Cross"; one whose second word is written in lower case opens
    # one only ("City of", "Công an": the place follows), and a person's name may end so ("Trần Công An")
    closing_bodies: frozenset[str] = field(init=False, repr=False, compare=False)
    heading_bodies: frozenset[str] = field(init=False, repr=False, compare=False)  # heading_body_words, folded
    surname_ends: tuple[str, ...] = field(init=False, repr=False, compare=False)  # surname_endings, folded
    calendar: frozenset[str] = field(init=False, repr=False, compare=False)  # calendar_words, folded
    lower_bodies: frozenset[str] = field(init=False, repr=False, compare=False)
    lower_name_bodies: frozenset[str] = field(init=False, repr=False, compare=False)
    lower_leadin_starts: tuple[str, ...] = field(init=False, repr=False, compare=False)  # "foto " (a space after)
    longest_leadins_first: tuple[str, ...] = field(init=False, repr=False, compare=False)  # credit_leadins, longest first
    prose: frozenset[str] = field(init=False, repr=False, compare=False)
    page_labels: frozenset[str] = field(init=False, repr=False, compare=False)  # picture marks, gallery and related labels
    particles: frozenset[str] = field(init=False, repr=False, compare=False)
    articles: frozenset[str] = field(init=False, repr=False, compare=False)  # title_articles, folded
    file_marks: frozenset[str] = field(init=False, repr=False, compare=False)  # file_credits, folded
    particle_articles: frozenset[str] = field(init=False, repr=False, compare=False)  # titled_with_particle_articles, folded
    paper_particles: frozenset[str] = field(init=False, repr=False, compare=False)  # paper_name_particles, folded
    titles_of: frozenset[str] = field(init=False, repr=False, compare=False)  # job_titles, folded
    surname_signed: frozenset[str] = field(init=False, repr=False, compare=False)  # surname_signed_agencies, folded
    lower_closing_body_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def body_word_among(self, words: Sequence[str]) -> bool:
        """Whether a name's words hold a body's word where a body's name holds it: anywhere, but one that opens
        bodies' names in its language (heading_body_words) not as the last of two or more ("Grad Zagreb", "Stadt
        Lindenau"; "Ivana Grad" is a person)."""
        last = len(words) - 1
        return any((k := fold(w)) in self.bodies and not (k in self.heading_bodies and (n == last > 0 or (
                       n == 0 and last == 1 and fold(words[1]).endswith(self.surname_ends))))
                   for n, w in enumerate(words))

    def __post_init__(self) -> None:
        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        put("page_controls", tuple(dict.fromkeys((*self.controls, *self.repeat_markers, *self.pair_pointers,
                                                        *self.caption_pointers))))
        put("closing_page_controls", tuple(dict.fromkeys((*self.page_controls, *self.closing_controls))))
        put("furniture_re", _whole_line((*self.furniture, *self.slide_separators)))
        put("separator_re", _whole_line(self.slide_separators))
        counters = "|".join(f"(?:{p})" for p in self.caption_counters)
        put("counter_re", re.compile(rf"(?:{counters})\s+(?=\S)") if counters else None)
        icons = "|".join(f"(?:{p})" for p in self.icon_names)
        put("icon_re", re.compile(rf"(?:{icons})") if icons else None)
        letters = "".join(re.escape(x) for x in self.misdecoded_letters if len(x) == 1)
        put("misdecoded_re", re.compile(f"[{letters}](?=[\u00a0\u00b7])") if letters else None)
        put("dropped", frozenset(fold(w) for w in self.dropped_words))
        put("placeholder_set", frozenset(fold(w) for w in self.placeholders))
        put("reader_set", frozenset(fold(w) for w in self.reader_words))
        put("standalone", frozenset(fold(w) for w in self.standalone_credits))
        put("org_words", frozenset(fold(w) for w in self.organisation_words))
        put("org_endings", tuple(fold(w) for w in self.organisation_word_endings))
        put("domain_endings", frozenset(fold(w) for w in self.web_domain_endings))
        put("bodies", frozenset(fold(w) for w in self.body_words))
        put("closing_bodies", frozenset(fold(w) for w in self.body_words if not w.split()[-1][:1].islower()))
        put("heading_bodies", frozenset(fold(w) for w in self.heading_body_words))
        put("surname_ends", tuple(fold(w) for w in self.surname_endings))
        put("calendar", frozenset(fold(w) for w in self.calendar_words))
        put("lower_bodies", frozenset(self.lower_case_body_words))
        put("lower_name_bodies", frozenset(self.lower_case_name_body_words))
        put("lower_leadin_starts", tuple(w + " " for w in self.lower_case_credit_leadins))
        put("longest_leadins_first", tuple(sorted(self.credit_leadins, key=len, reverse=True)))
        put("prose", frozenset(fold(w) for w in self.prose_words))
        put("page_labels", frozenset(fold(w) for w in (*self.picture_marks, *self.gallery_labels, *self.related_labels)))
        put("particles", frozenset(fold(w) for w in self.name_particles))
        put("articles", frozenset(fold(w) for w in self.title_articles))
        put("file_marks", frozenset(fold(w) for w in self.file_credits))
        put("particle_articles", frozenset(fold(w) for w in self.titled_with_particle_articles))
        put("paper_particles", frozenset(fold(w) for w in self.paper_name_particles))
        put("titles_of", frozenset(fold(w) for w in self.job_titles))
        put("surname_signed", frozenset(fold(w) for w in self.surname_signed_agencies))
        closing = "|".join(f"(?:{p})" for p in self.lower_case_closing_body_letters)
        put("lower_closing_body_re", re.compile(closing) if closing else None)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, base: "Markers | None" = None, source: str = "markers",
                     trusted: bool = False) -> "Markers":
        """The markers `data` lists, added to `base`'s. A user's patterns are checked here, each compiled as it
        stands and as it is joined; `trusted` data (the bundled file, which a test checks so) skips that work
        at every start-up."""
        values: dict[str, tuple[str, ...]] = {}
        for name in cls.list_fields():
            extra = data.get(name, [])
            if extra is None:
                extra = []
            if not isinstance(extra, list) or not all(isinstance(x, str) for x in extra):
                raise RegistryError(f"{source}: markers.{name} must be a list of strings")
            if not all(x.strip() for x in extra):  # a blank pattern matches every line, a blank word any text
                raise RegistryError(f"{source}: markers.{name} has a blank entry; remove it")
            before = getattr(base, name) if base is not None else ()
            values[name] = tuple(dict.fromkeys([*before, *extra]))
        for name in _GREEK_CAPITALS_LISTS:  # Greek set in capitals drops its accents: "ΦΩΤΟΓΡΑΦΙΑ:" is "Φωτογραφία:"
            values[name] = tuple(dict.fromkeys(form for x in values[name] for form in (x, _without_greek_accents(x))))
        # a file marker alone is a credit naming no one, as a handout word is (round 53): one of standalone_credits
        values["standalone_credits"] = tuple(dict.fromkeys([*values["standalone_credits"], *values["file_credits"]]))
        unknown = set(data) - set(cls.list_fields())
        if unknown:
            raise RegistryError(f"{source}: unknown markers list {sorted(unknown)[0]!r}")
        folded_bodies = {fold(w) for w in values["body_words"]}
        stray = next((w for w in values["heading_body_words"] if fold(w) not in folded_bodies), None)
        if stray is not None:  # a word opening bodies' names is a body's word first
            raise RegistryError(f"{source}: markers.heading_body_words entry {stray!r} is not in markers.body_words")
        if not trusted:
            _check_patterns(values, source)
        _check_overlaps(values, source)
        return cls(**values)

    @staticmethod
    def list_fields() -> tuple[str, ...]:
        return (
            "credit_leadins", "lower_case_credit_leadins", "enclosed_leadins", "dash_leadins", "description_leadins",
            "caption_labels", "controls", "closing_controls", "repeat_markers", "furniture", "slide_separators",
            "caption_counters", "caption_numbers", "dropped_words", "dropped_patterns", "placeholders",
            "standalone_credits", "file_credits", "organisation_words", "body_words", "organisation_word_endings", "web_domain_endings", "prose_words",
            "name_particles",
            "bullets", "list_item_markers", "related_labels", "heading_small_words", "abbreviations",
            "via_words", "by_words", "for_words", "prose_for_words", "and_words", "list_marks", "reproduced_words", "name_suffixes", "name_roles",
            "slash_marks", "spaced_slash_marks",
            "name_suffix_words", "organisation_endings", "credit_marks", "glued_distributors", "supplied_words", "editor_tags", "gallery_labels", "gallery_words",
            "byline_words", "byline_titles", "picture_announcements", "picture_marks", "picture_headlines", "blanket_credit_leadins",
            "name_picture_suffixes", "name_vantage_words", "closing_picture_words", "subhead_dashes", "caption_tails", "caption_pointers", "photographed_tails",
            "camera_settings", "icon_names", "misdecoded_letters", "usage_notes", "photo_numbers", "photographer_leadins",
            "body_name_prefixes", "title_articles", "titled_with_particle_articles", "paper_name_particles",
            "lower_case_body_words", "lower_case_name_body_words", "job_titles", "name_titles",
            "supplied_manner_words", "story_source_leadins", "video_leadins", "picture_positions", "pair_positions",
            "subhead_openers", "description_openers", "byline_labels", "illustrative_notes", "menu_items", "byline_joiners", "byline_conjunctions", "picture_pointers", "wire_slug_agencies", "wire_slug_flags", "numeric_dates", "dated_credit_openings", "closing_credit_marks", "empty_credit_separators",
            "name_and_words", "name_and_place_words", "name_particle_prefixes", "honorific_suffixes",
            "honorific_role_endings", "postposed_leadins", "dotted_abbreviations",
            "lower_case_closing_body_letters", "legal_forms", "post_nominals", "name_generations",
            "uncased_place_openers", "holder_words", "uncased_body_openings",
            "supplier_endings", "supplier_bodies", "legal_forms_before_names", "uncased_clause_words", "uncased_prose_words", "body_of_words", "body_link_words",
            "courtesy_words", "courtesy_place_words", "uncased_abbreviated_bodies", "same_below_marks",
            "heading_body_words", "surname_endings", "calendar_words", "newsroom_role_words", "uncased_office_openings", "reader_words", "family_words",
            "surname_signed_agencies",
            "pair_pointers", "initialism_vowels", "syllabic_consonants", "editor_notes", "file_caption_labels",
        )


def _check_patterns(values: Mapping[str, tuple[str, ...]], source: str) -> None:
    """Refuse, in one line, a pattern that does not compile, alone or joined with its list's others."""
    for pattern in (*values["furniture"], *values["slide_separators"], *values["caption_counters"],
                    *values["dropped_patterns"], *values["editor_tags"], *values["caption_tails"],
                    *values["photographed_tails"], *values["camera_settings"], *values["caption_numbers"],
                    *values["icon_names"], *values["usage_notes"], *values["photo_numbers"], *values["editor_notes"],
                    *values["numeric_dates"], *values["dated_credit_openings"], *values["lower_case_closing_body_letters"],
                    *values["uncased_abbreviated_bodies"]):
        try:
            compiled = re.compile(pattern)
        except re.error as err:
            raise RegistryError(f"{source}: bad pattern {pattern!r}: {err}") from None
        try:
            re.compile(f"(?:{pattern})")  # as it is used: one of a list's patterns, joined
        except re.error:
            raise RegistryError(f"{source}: bad pattern {pattern!r}: a list's patterns are joined into one, "
                                f"so its flags must be scoped: (?i:...)") from None
        if compiled.groupindex and pattern not in values["caption_numbers"]:
            raise RegistryError(f"{source}: bad pattern {pattern!r}: a list's patterns are joined into one, "
                                f"so it may name no group: use (?:...)")
    for letter in values["misdecoded_letters"]:
        if len(letter) != 1:
            raise RegistryError(f"{source}: misdecoded_letters entry {letter!r} must be one letter")
    for pattern in values["caption_numbers"]:
        if set(re.compile(pattern).groupindex) != {"n"}:
            raise RegistryError(f"{source}: caption_numbers pattern {pattern!r} must name one group, n, the number")


# Lists whose Greek entries are also matched as Greek capitals print them, with no accents (round 55).
_GREEK_CAPITALS_LISTS = ("credit_leadins", "dropped_words", "file_credits", "standalone_credits")
_GREEK_ACCENTS = re.compile("(?<=[\u0370-\u03ff])[\u0301\u0308\u0344]+")


def _without_greek_accents(entry: str) -> str:
    """An entry as Greek capitals print it: the accents (tonos, dialytika) of its Greek letters dropped."""
    if entry.isascii():
        return entry
    return unicodedata.normalize("NFC", _GREEK_ACCENTS.sub("", unicodedata.normalize("NFD", entry)))


# Lists that must not share an entry: one entry in both would be read two ways,
# or is written twice (a repeat marker is a control, a slide separator furniture).
DISJOINT_LISTS = (
    ("credit_leadins", "controls"),
    ("credit_leadins", "repeat_markers"),
    ("credit_leadins", "caption_labels"),
    ("controls", "repeat_markers"),
    ("controls", "closing_controls"),
    ("controls", "caption_pointers"),
    ("controls", "pair_pointers"),
    ("caption_pointers", "pair_pointers"),
    ("furniture", "slide_separators"),
    ("dropped_words", "placeholders"),
    ("organisation_words", "body_words"),  # a word of organisation_words already names a body on its own
)


CASE_SENSITIVE_LISTS = frozenset({"caption_labels", "furniture", "slide_separators", "caption_counters",
                                  "caption_numbers", "editor_tags", "icon_names", "misdecoded_letters",
                                  "usage_notes", "editor_notes", "file_caption_labels", "photo_numbers", "lower_case_credit_leadins", "legal_forms", "legal_forms_before_names",
                                  "post_nominals", "name_generations"})


def _check_overlaps(values: Mapping[str, tuple[str, ...]], source: str) -> None:
    """A RegistryError naming the first entry two lists that must not share both hold."""
    for first, second in DISJOINT_LISTS:
        key = (lambda x: x) if {first, second} & CASE_SENSITIVE_LISTS else fold
        shared = {key(x) for x in values[first]} & {key(x) for x in values[second]}
        if shared:
            entry = next(x for x in values[second] if key(x) in shared)
            raise RegistryError(f"{source}: {entry!r} is in both markers.{first} and markers.{second}; keep it in one")
