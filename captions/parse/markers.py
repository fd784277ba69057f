"""The page markers of a registry, compiled once: the regexes the parse stages match lines with.

Every word list comes from the knowledge files (captions/knowledge/markers.yaml
and a user's file); this module only turns them into patterns, once per
registry, and names the few numbers the stages share.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import groupby
from typing import Callable, Iterable, NamedTuple

from ..knowledge.markers import Markers
from ..knowledge.registry import AgencyRegistry
from ..text import MARKER_SPACE, fold, marker_alternation, marker_form
from .credit import MAIL, MAX_CREDIT, CreditReader, reader_for
from .credit_parts import Kind
from .leadin_keys import LeadinKeyFinder
from .marker_patterns import bracketed, compiled, counted, first_letters, key_word, numbered_form, word_end, word_start

MAX_FURNITURE = 160  # characters: a longer line is text, whatever it starts with
# How far before the longest credit a credit closing a line may start: room for
# the brackets, lead-in word and spaces around it ("... city. Photograph: ").
TAIL_WINDOW = MAX_CREDIT + 40
# How far from each end of a line a page control ("hide caption") is looked for:
# the longest control with room to spare.
CONTROL_WINDOW = 40
# How far from a line's end a name suffix and the e-mail address after it are looked for.
FRAMED_END_WINDOW = 80
MAX_BYLINE_WORDS = 8  # a longer line opened by "By" is a sentence ("By the evening, ...")
# What closes a sentence, so that a credit may follow it ("... in Kyiv. Reuters").
SENTENCE_CLOSERS = ".!?\"”’)]"
# What joins a byline's name to its wire: "By Jo Li/AFP", "Von Jan Roth, dpa", "Por Ana Ruiz - EFE", "By Jo Li ∙ AFP".
_BYLINE_JOINER = re.compile(r"\s[-–—|∙·•]\s|[/,(]")


def tail_start(text: str) -> int:
    """Where a credit closing this line could begin at the earliest."""
    return max(0, len(text) - TAIL_WINDOW)


def _by_first_character(keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Sorted keys grouped by their first character: a line lacking the character holds none of the group,
    and one test of a character passes over a group where a test of each key looks at every one (100 keys)."""
    return {first: tuple(group) for first, group in groupby(keys, key=lambda key: key[0])}


def opens(text: str, starts: dict[str, tuple[str, ...]]) -> bool:
    """Whether `text` opens with one of the starts grouped by their first character: `str.startswith` given a
    tuple tries each of its hundred starts in turn; only those of the text's first character can match."""
    return text.startswith(starts.get(text[:1], ()))


@dataclass(frozen=True, eq=False)  # one per registry: compared and hashed by identity
class PageMarkers:
    """What the parse stages match lines with, built from one registry."""

    registry: AgencyRegistry
    markers: Markers
    credits: CreditReader
    leadin: re.Pattern[str] | None          # a credit lead-in ("Photograph:"), after an optional "/" or dash ("- Foto:")
    alt_leadin: re.Pattern[str] | None      # a lead-in whose text before it is alt text ("Image copyright")
    label: re.Pattern[str] | None           # a caption label at the start of a line ("IMAGE:")
    repeat: re.Pattern[str] | None          # a marker that repeats the credit above ("toggle caption X")
    dashes: tuple[str, ...]                 # " — ", " – ", " - ": a dash introducing a credit
    bullets: frozenset[str]
    small_words: frozenset[str]
    leadins_by_key: dict[str, KeyedLeadins]  # the credit lead-ins, lower-cased, by their first four letters
    labels: tuple[str, ...]                 # the caption labels
    label_starts: tuple[str, ...]           # their words before a colon: a line opening with none holds no label
    kept_stop: re.Pattern[str]              # a full stop ending a credit that is part of it ("N.", "Ltd.")
    kept_stop_width: int                    # the most characters kept_stop matches: it is searched for only there
    dated_tail: re.Pattern[str] | None      # dates after a comma or dash ending a credit: not part of it
    numbered_tail: re.Pattern[str] | None   # an archive's photo number after a credit ("KSC-06pd1707"): not part of it
    dated_head: re.Pattern[str] | None      # a date glued to a credit's start ("2014.4.18/뉴스1"): not part of it
    alt_leadins_lower: tuple[str, ...]      # the description lead-ins, lower-cased
    leadin_keys: tuple[str, ...]            # the first four letters of every lead-in, lower-cased
    leadin_key_finder: LeadinKeyFinder      # which of the keys a line holds
    credit_first_starts: dict[str, tuple[str, ...]]  # what a line a credit opens starts with (a lead-in's key
                                                     # or a bracket), by first character: see `opens`
    leadin_keys_by_first: dict[str, tuple[str, ...]]  # the lead-in keys by first character
    repeat_starts: tuple[str, ...]          # the first four letters of every repeat marker, lower-cased
    control_ends: tuple[str, ...]           # the last four letters of every control, lower-cased
    control_starts: tuple[str, ...]         # the first four letters of every control, lower-cased
    longest_control: int
    is_furniture: Callable[[str], re.Match[str] | None]
    is_separator: Callable[[str], re.Match[str] | None]
    leadins: tuple[str, ...]                # the credit lead-ins as written, longest first (none is a control)
    framed_end: re.Pattern[str] | None      # a name suffix closing a line ("... 摄", "... 기자 name@mail"); "mail" the address
    editor_tag: re.Pattern[str] | None      # a wire's desk tag closing a line after its credit ("/foc/16.")
    framed_opening: re.Pattern[str]         # what may stand before a credit framed by words: spaces, "/", "|", credit marks
    byline_titles: tuple[str, ...] = ()     # titles closing a reporter's byline alone ("Name 기자")
    photo_titles: tuple[str, ...] = ()      # longer titles ending so that name a photographer ("Name 사진기자")
    announcement_words: tuple[str, ...] = ()  # a word of each such phrase, casefolded: a line with none skips the regex
    blanket_before: re.Pattern[str] | None = None  # a blanket lead-in closing the text before a credit ("Photos by")
    blanket_before_width: int = 0             # the most characters a blanket lead-in of blanket_before spans
    blanket_opening: re.Pattern[str] | None = None  # a blanket lead-in opening a credit as printed ("PHOTOS/AFP")
    caption_tail: re.Pattern[str] | None = None  # how an outlet closes every caption ("...=15日午後、館山市")
    caption_pointers: tuple[str, ...] = ()  # marks opening a caption, at the picture above it ("△ ...", "↑ ...")
    pair_pointers: tuple[str, ...] = ()  # marks opening a caption, at the pictures above and below it ("▲▼ ...")
    closing_marks: tuple[str, ...] = ()  # marks opening a credit alone that closes the caption above ("/ Pool")
    empty_slots: tuple[str, ...] = ()  # a gallery's caption-credit separator closing a line, no credit after it
    editor_note: re.Pattern[str] | None = None  # a wire's note to editors closing a line ("+++ ... NO LICENSING +++")
    photographed_tail: re.Pattern[str] | None = None  # a bracket closing a caption, when it was taken ("(1月8日撮影)")
    camera_settings: tuple[re.Pattern[str], ...] = ()  # one kind of camera setting an entry ("f/8", "1/250 s", "ISO 400")
    picture_position: re.Pattern[str] | None = None  # where someone stands in the picture, in brackets ("(left)")
    pair_position: re.Pattern[str] | None = None  # which picture of a pair a caption is for ("(左写真)")
    related_labels: frozenset[str] = frozenset()  # labels over links to other stories, folded ("read also")
    illustrative_notes: frozenset[str] = frozenset()  # "Ilustratīvs attēls" alone, folded: a picture's caption
    menu_items: frozenset[str] = frozenset()  # a site menu's section links, folded ("home", "world")
    byline_joiners: tuple[str, ...] = ()  # " | " between a writer and the site in a story's head ("Name | Site")
    caption_number: re.Pattern[str] | None = None  # a numbered slide's number opening its caption ("1. ", "사진2"):
    # group nK is the number in the form caption_numbers[K]

    # The patterns below are compiled when a stage first asks for one: most pages never need them (page
    # controls are rare, the rest serve pages printing no credit), and a one-page run paid for them all.

    @cached_property
    def file_caption_label(self) -> re.Pattern[str] | None:
        """Reuters' file photo words opening a caption, kept in it ("OLD FILE PHOTO: ..."), and the space after."""
        labels = marker_alternation(spaced_colons(self.markers.file_caption_labels))
        return compiled(rf"(?:{labels})\s+", 0) if labels else None

    @cached_property
    def video_leadin(self) -> re.Pattern[str] | None:
        """A video's credit lead-in, as a word ("Video:", "Видео:")."""
        words = marker_alternation(self.markers.video_leadins, any_case=True)
        return compiled(rf"(?<!\w)(?:{words})") if words else None

    @cached_property
    def control_tail(self) -> re.Pattern[str] | None:
        """A page control ending a line ("hide caption", "Buy Now")."""
        controls = marker_alternation(self.markers.closing_page_controls, any_case=True)
        return compiled(rf"\s*(?:{controls})\s*$") if controls else None

    @cached_property
    def control_head(self) -> re.Pattern[str] | None:
        """A page control starting a line; not one a colon follows, a label over a link ("READ MORE: <headline>",
        the related_labels' own, round 122)."""
        controls = marker_alternation(self.markers.page_controls, any_case=True)
        return compiled(rf"^\s*(?:{controls})(?!\s*:)\s*") if controls else None

    @cached_property
    def gallery_label(self) -> GalleryLabel | None:
        """A gallery word opening a title ("Gallery: ...", "Bildergalerie ...").

        A label that is also a credit lead-in ("Photos:", "Fotos:", "Фото:") opens a title only before three
        words or more: before fewer it credits someone ("Фото: Reporter", "Fotos: Ana Ruiz"); nor before words
        naming someone, or a body ("Fotos: Ana Ruiz y Juan Pérez", "Фото: пресс-служба МЧС России")."""
        m = self.markers
        if not m.gallery_labels:
            return None
        leadins = {fold(leadin.rstrip(" :：")) for leadin in (*m.credit_leadins, *m.blanket_credit_leadins)
                   if leadin.rstrip().endswith((":", "："))}
        plain = marker_alternation((label for label in m.gallery_labels if fold(label) not in leadins), any_case=True) or "(?!)"
        crediting = marker_alternation((label for label in m.gallery_labels if fold(label) in leadins), any_case=True) or "(?!)"
        words = marker_alternation(m.gallery_words, any_case=True) or "(?!)"
        pattern = compiled(rf"^(?:(?:{plain})\s*[:|–—-]|(?P<crediting>{crediting})\s*[:|–—-](?=\s*\S+(?:\s+\S+){{2}})"
                           rf"|(?:{words})\s)\s*(?=[^\W\d_])")
        return GalleryLabel(pattern, self.credits, m.org_words)

    @cached_property
    def byline(self) -> re.Pattern[str] | None:
        """A byline ("By Jane Doe", "Von Jan Roth")."""
        bylines = marker_alternation(self.markers.byline_words)
        return re.compile(rf"^(?:{bylines}):?\s+[A-ZÀ-ÖØ-ÞА-ЯЁ]") if bylines else None

    def is_byline(self, text: str) -> bool:
        """Whether a line is a story's byline ("By Jane Doe", "By Jo Li/AFP", "Von Jan Roth, dpa")."""
        return self.byline is not None and len(text.split()) <= MAX_BYLINE_WORDS and self.byline.match(text) is not None

    @cached_property
    def byline_alone(self) -> re.Pattern[str] | None:
        """A byline alone on its line, the head's furniture, in any language's form (m184): a byline word, one to
        five capitalised names, then a comma, bar or dot and anything (the site, the date), or a conjunction and a
        second writer: "By Jane Doe", "Von JANE DOE und Jo Li", "Text: Ana Ruiz, 12.03.2025". Not "By Jo Li/AFP",
        a credit, nor "By the river" (a sentence)."""
        words = marker_alternation(self.markers.byline_words)
        if not words:
            return None
        conjunctions = marker_alternation(self.markers.byline_conjunctions) or "(?!)"
        return re.compile(rf"(?:{words}):?\s+(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*\s*){{1,5}}"
                          rf"(?:[,|·•].*|(?:{conjunctions})\s.*)?")

    def is_byline_alone(self, text: str) -> bool:
        """Whether a stripped line is a byline printed alone (`byline_alone`): furniture, no caption nor credit."""
        return self.byline_alone is not None and self.byline_alone.fullmatch(text) is not None

    def is_menu_item(self, text: str) -> bool:
        """Whether a line is one of a site menu's section links ("Home", "World"); two in a row make a menu (m178)."""
        return fold(text.strip()) in self.menu_items

    def holds_leadin(self, credit: str) -> bool:
        """Whether a credit kept whole holds a lead-in right after its first word, the paper's ("ST PHOTO: NAME",
        "KT Photo: Farouk"): a credit by its own form, as one after a lead-in is, never a reporter's name. After a
        name it is the story's byline naming its photographer too ("Jane Doe | Photography: Jo Li", review 125)."""
        return self.leadin is not None and any(m.start() > 0 and credit[m.start() - 1].isspace()
                                               and len(credit[:m.start()].split()) == 1
                                               for m in self.leadin.finditer(credit))

    def is_byline_credit(self, text: str) -> bool:
        """Whether a line read whole as a credit is a byline naming its wire ("By Jo Li/AFP"): a byline word, then
        a name of two words or more before the credit's joiner. "Di Stefano/ANSA", "Von Trier/dpa" (one word: a
        surname with its particle) stay credits."""
        if not self.is_byline(text):
            return False
        name = _BYLINE_JOINER.split(text.split(None, 1)[1], maxsplit=1)[0]
        return len(name.split()) >= 2

    @cached_property
    def announcements_by_word(self) -> dict[str, re.Pattern[str]]:
        """Words saying pictures follow ("These photos show", "写真で紹介します"), by the word of each phrase in
        announcement_words: a line is searched only for the phrases whose word it holds, not for all of them."""
        by_word: dict[str, list[str]] = {}
        for phrase in self.markers.picture_announcements:
            by_word.setdefault(key_word(phrase), []).append(phrase)
        return {word: compiled(first_letters(p.lstrip() for p in phrases) + "(?:" + "|".join(
            word_start(p) + counted(p) for p in phrases) + ")") for word, phrases in by_word.items()}

    @cached_property
    def picture_mark(self) -> re.Pattern[str] | None:
        """A headline's closing mark that it shows pictures: "(Photos)", "[PHOTOS]", "(+Fotos)", "(Photos/Video)",
        "<写真特集>"; or its opening one in square brackets: "[포토] ...", "【组图】..."."""
        marks = marker_alternation(self.markers.picture_marks, any_case=True)
        return compiled(rf"[(\[（【<＜]\s*\+?\s*(?:[\w ]+[/,&+]\s*)?(?:{marks})(?:\s*[/,&+]\s*[\w ]+)?"
                        r"\s*[)\]）】>＞]\s*$"
                        # or opening it in square or lenticular brackets, as Korean, Chinese and Japanese headlines
                        # print it: "[포토] ...", "【组图】...", "【写真特集】..."
                        rf"|^\s*[\[【]\s*(?:{marks})\s*[\]】]") if marks else None

    @cached_property
    def folded_leadins(self) -> tuple[str, ...]:
        """The credit lead-ins casefolded, in the order of `leadins`: a line's end is checked against them all at once."""
        return tuple(leadin.casefold() for leadin in self.leadins)

    @cached_property
    def lower_credit_leadins(self) -> frozenset[str]:
        """The words of lower_case_credit_leadins ("foto", "фото"), folded."""
        return frozenset(fold(x) for x in self.markers.lower_case_credit_leadins)

    @cached_property
    def picture_mark_words(self) -> frozenset[str]:
        """The words of picture_marks, folded."""
        return frozenset(fold(x) for x in self.markers.picture_marks)

    @cached_property
    def video_marks(self) -> frozenset[str]:
        """The words a headline marks a video with in brackets, folded: those of the video lead-ins ("Video:",
        "Vídeo:", "Wideo:" give "[VIDEO]", "[VÍDEO]", "[WIDEO]")."""
        return frozenset(fold(x.rstrip(":：-–— ")) for x in self.markers.video_leadins)

    @cached_property
    def picture_headline(self) -> re.Pattern[str] | None:
        """A headline's words saying it shows pictures ("... photos show ...")."""
        phrases = self.markers.picture_headlines
        return compiled(first_letters(p.lstrip() for p in phrases) + "(?:" + "|".join(
            word_start(p) + counted(p) + word_end(p) for p in phrases) + ")") if phrases else None

    @cached_property
    def gallery_closing(self) -> re.Pattern[str] | None:
        """A gallery label of two words closing a headline ("..., en imágenes")."""
        closings = marker_alternation((label for label in self.markers.gallery_labels if len(label.split()) > 1), any_case=True)
        return compiled(rf"(?:^|[\s,:|–—-])(?:{closings})[\s.!]*$") if closings else None


@dataclass(frozen=True, eq=False)
class GalleryLabel:
    """A gallery word opening a title, matched as a pattern is (`match`, `search`: at the start of the text)."""

    pattern: re.Pattern[str]
    credits: CreditReader
    org_words: frozenset[str]

    def match(self, text: str) -> re.Match[str] | None:
        found = self.pattern.match(text)
        if found is None or found["crediting"] is None:
            return found
        rest = text[found.end():]
        if len(rest.strip()) > MAX_CREDIT:
            return found  # no credit is this long: a title, whatever it names (read whole, 64 KB took 2 s)
        named = any(fold(w.strip(".,;()")) in self.org_words for w in rest.split())
        if named or self.credits.read(rest).kinds != {Kind.PROSE}:
            return None  # "Fotos: Ana Ruiz y Juan Pérez", "Фото: пресс-служба МЧС России": a credit, no title
        return found

    search = match  # the pattern is anchored at the start


class KeyedLeadins(NamedTuple):
    """The lead-ins of one key (their first four letters), and their lengths in order: a place where the key stands
    is looked up once a length, not tested once a lead-in ("foto" opens 180 lead-ins of 20 lengths)."""

    leadins: frozenset[str]
    lengths: tuple[int, ...]


def _by_key(phrases: set[str]) -> dict[str, KeyedLeadins]:
    """The phrases by their first four letters."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[:4], []).append(phrase)
    return {key: KeyedLeadins(frozenset(group), tuple(sorted({len(x) for x in group}))) for key, group in groups.items()}


# Other separators a colon lead-in's word is printed with: "Photo / Name", "Photo;Name", "Foto | Name",
# and the colon after a space, as French typography and some English pages print it ("Photo Credit : AP").
# ("Photo/Name" is not one: "AFP Photo/Name", "ANTARA FOTO/Name" print the word inside a credit.)
LEADIN_SEPARATORS = (" /", ";", " |", " :")


def spaced_colons(listed: Iterable[str]) -> tuple[str, ...]:
    """The labels or lead-ins as listed, and each one closing in a colon with a space before it too ("IMAGE :",
    "Caption :"), as French typography prints every one: the space before a colon changes no marker's meaning."""
    listed = tuple(listed)
    return tuple(dict.fromkeys([*listed, *(x[:-1] + " :" for x in listed if x.endswith(":") and x[-2:-1] not in " ")]))


def credit_leadins(m: Markers) -> tuple[str, ...]:
    """The credit lead-ins as listed, the blanket ones but those ending in a slash ("PHOTOS/AFP" keeps its
    word), and each colon lead-in's word with the other separators."""
    listed = [*m.credit_leadins, *(x for x in m.blanket_credit_leadins if not x.endswith("/"))]
    words = [x[:-1].rstrip() for x in listed if x.endswith(":") and x[:1].isalpha()]
    return tuple(dict.fromkeys([*listed, *(w + sep for w in words for sep in LEADIN_SEPARATORS)]))


@lru_cache(maxsize=8)
def markers_for(registry: AgencyRegistry) -> PageMarkers:
    """The compiled markers of a registry; built once per registry and shared."""
    m = registry.markers
    all_leadins = credit_leadins(m)
    leadins = marker_alternation(all_leadins, any_case=True)
    alt_leadins = marker_alternation(spaced_colons(m.description_leadins), any_case=True)
    labels = marker_alternation(spaced_colons(m.caption_labels))
    repeats = marker_alternation(m.repeat_markers, any_case=True)
    return PageMarkers(
        registry=registry,
        markers=m,
        credits=reader_for(registry),
        leadin=compiled(rf"(?:(?:/|[-–—]{{1,3}})\s*)?{first_letters(all_leadins)}({leadins})\s*") if leadins else None,
        alt_leadin=compiled(rf"(?:(?<=\s)|^)({alt_leadins})\s*") if alt_leadins else None,
        label=compiled(rf"^({labels})\s*", 0) if labels else None,  # labels are case-sensitive
        repeat=compiled(rf"^\s*(?:{repeats})\s+") if repeats else None,
        dashes=tuple(f" {d} " for d in m.dash_leadins),
        bullets=frozenset(m.bullets),
        small_words=frozenset(m.heading_small_words),
        kept_stop=re.compile(rf"\b(?:[A-Z]|{marker_alternation(m.abbreviations) or '(?!)'})\.$"),
        kept_stop_width=max(map(len, m.abbreviations), default=1) + 1,
        # opened by a space or the comma: the look-ahead skips every other place of the credit at once
        dated_tail=compiled(rf"(?=[\s,])(?:(?:\s*,|\s+[-–—])\s*(?:{dates}))+\s*$") if (dates := "|".join(
            f"(?:{p})" for p in (*m.dropped_patterns, *m.numeric_dates))) else None,
        # an archive's number or a date in figures, after a space alone ("ⓒ천지일보 2018.10.4"): no name holds either
        numbered_tail=compiled(rf"\s+(?:{numbers})\s*$", 0) if (numbers := "|".join(
            f"(?:{p})" for p in (*m.photo_numbers, *m.numeric_dates))) else None,
        dated_head=compiled(rf"^(?:{openings})\s*(?=\S)", 0) if (openings := "|".join(
            f"(?:{p})" for p in m.dated_credit_openings)) else None,
        leadins_by_key=_by_key({marker_form(x) for x in all_leadins}),
        labels=spaced_colons(m.caption_labels),
        # "IMAGE\u202f:" as French type spaces it: the label pattern matches every space's form
        label_starts=tuple(dict.fromkeys(x[:-1].rstrip() if x.endswith(":") else x for x in m.caption_labels)),
        leadins=tuple(sorted(all_leadins, key=len, reverse=True)),
        alt_leadins_lower=tuple(dict.fromkeys(marker_form(x) for x in spaced_colons(m.description_leadins))),
        repeat_starts=tuple(sorted({marker_form(x)[:4] for x in m.repeat_markers})),
        leadin_keys=(keys := tuple(sorted({marker_form(x)[:4] for x in (*all_leadins, *spaced_colons(m.description_leadins))}))),
        leadin_key_finder=LeadinKeyFinder.of(keys),
        credit_first_starts=_by_first_character(sorted((*keys, "(", "["))),
        leadin_keys_by_first=_by_first_character(keys),
        control_ends=tuple(sorted({marker_form(c)[-4:] for c in m.closing_page_controls})),
        control_starts=tuple(sorted({marker_form(c)[:4] for c in m.page_controls})),
        longest_control=max(map(len, m.closing_page_controls), default=0),
        is_furniture=m.furniture_re.match,
        is_separator=m.separator_re.match,
        # a space in a suffix (" 图") is any space, an ideographic one too ("视觉中国　图")
        framed_end=re.compile(rf"(?:{suffixes})\s*[)）]?(?P<mail>{MAIL})?\s*$")
        if (suffixes := marker_alternation((*m.name_suffixes, *m.name_picture_suffixes)).replace(MARKER_SPACE, r"\s")) else None,
        editor_tag=re.compile("(?:" + "|".join(f"(?:{t})" for t in m.editor_tags) + r")\s*$") if m.editor_tags else None,
        framed_opening=re.compile(rf"^(?:[/| ]|{marks})*" if (marks := marker_alternation(m.credit_marks)) else "^[/| ]*"),
        byline_titles=tuple(m.byline_titles),
        photo_titles=tuple(r for r in (*m.name_roles, *m.placeholders)
                           if r.endswith(tuple(m.byline_titles)) and r not in m.byline_titles),
        announcement_words=tuple(dict.fromkeys(key_word(p) for p in m.picture_announcements)),
        blanket_before=compiled(rf"(?:^|(?<=[\s.,;:!?\"”’)\]]))(?:{blanket})\s*[(\[]?$") if (
            blanket := marker_alternation((x for x in m.blanket_credit_leadins if not x.endswith("/")), any_case=True)) else None,
        blanket_before_width=max(map(len, m.blanket_credit_leadins), default=0),
        blanket_opening=compiled(rf"^(?:{slashed})") if (
            slashed := marker_alternation((x for x in m.blanket_credit_leadins if x.endswith("/")), any_case=True)) else None,
        caption_tail=re.compile("(?:" + "|".join(f"(?:{t})" for t in m.caption_tails) + ")$") if m.caption_tails else None,
        caption_pointers=tuple(sorted(m.caption_pointers, key=len, reverse=True)),
        pair_pointers=tuple(sorted(m.pair_pointers, key=len, reverse=True)),
        closing_marks=tuple(m.closing_credit_marks),
        empty_slots=tuple(f" {x}" for x in m.empty_credit_separators),
        editor_note=re.compile("(?:" + "|".join(f"(?:{t})" for t in m.editor_notes) + r")\s*$") if m.editor_notes else None,
        photographed_tail=re.compile("(?:" + "|".join(f"(?:{t})" for t in m.photographed_tails) + ")$")
        if m.photographed_tails else None,
        camera_settings=tuple(re.compile(p) for p in m.camera_settings),
        picture_position=bracketed(m.picture_positions),
        pair_position=bracketed(m.pair_positions),
        related_labels=frozenset(fold(x) for x in m.related_labels),
        illustrative_notes=frozenset(fold(x) for x in m.illustrative_notes),
        menu_items=frozenset(fold(x) for x in m.menu_items),
        byline_joiners=tuple(x if x != x.strip() else f" {x} " for x in m.byline_joiners),
        caption_number=re.compile("(?:" + "|".join(f"(?:{numbered_form(p, k)})" for k, p in enumerate(
            m.caption_numbers)) + r")\s+(?=\S)") if m.caption_numbers else None,
    )
