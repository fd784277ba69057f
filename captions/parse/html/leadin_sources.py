"""Credits a caption element prints after a lead-in, named in words no name list holds.

"Photo: Kharkiv City Council" as a caption element's whole text; "New stations open. Фото: пресс-служба
акимата" and "Fishers at the quay in 1962. Courtesy of the Harbour Town Historical Society." after a caption's sentence. The
lead-in says what the rest is, when the rest reads as a source's name and not as a sentence. And a credit element's
lead-in word with no colon ("Foto Bart Maat/ANP", "PHOTO NAME, LA PRESSE"), which its element marks as no name's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...knowledge.markers import fold
from ...knowledge.registry import AgencyRegistry
from ...text import cased, caseless
from ..credit import reader_for
from ..credit_after_leadin import MAX_SOURCE_WORDS
from ..credit_parts import Kind
from .conventions import conventions_for

MAX_NAME_WORDS = 4  # words of a person's name before a credit's bar: "Juan Carlos Pérez García | AFP"
MAX_BODY_WORDS = 8    # words of a body's name after "Courtesy of": "Harbour Town Historical Society"
_HEAD = re.compile(r"\s*[/,|]\s*")  # what closes a credit's first part: "Photo News/Name", "AFP, Name"
SENTENCE_END = frozenset(".!?\"”’")
_OPENING_QUOTES = frozenset("\"“„«‘‚'")
_CLOSING_QUOTES = frozenset("\"”“»’'")
# a bracketed name closing a caption after its sentence's end: "... 9 مارس 2026. (بوابة الوسط)"
_BRACKETED_END = re.compile(r"(?<=[.!?…])\s+\(([^()]{1,60})\)$")
# brackets closing a caption, with or without a sentence's end before them: "... моста (Фото Р. Крстинић)"
_BRACKETED_TAIL = re.compile(r"\s+\(([^()]{1,60})\)$")
# a dash after a sentence's end (the danda "।" ends Bengali and Hindi ones) before a name: ". —NAME", ". — NAME"
_DASH_AFTER_SENTENCE = re.compile(r"(?<=[.!?…।])\s?[—–]\s?(?=[^\W\d_])")


def quotation(line: str) -> bool:
    """Whether a line is a quotation whole ("“We will rebuild this city.”"): a quote card's, a name in an element
    under it names its speaker, not the picture's credit."""
    return line[:1] in _OPENING_QUOTES and line[-1:] in _CLOSING_QUOTES


def without_leadin(text: str, registry: AgencyRegistry) -> str:
    """A credit element's text without the lead-in word it opens with ("Foto:", "©", "Credit"), from markers.yaml,
    or one opening credit elements only ("Autor:", html.yaml's credit_element_leadins)."""
    low = text.lower()
    for leadin, lower, spaced, spaced_lower in _leadins_by_first(registry).get(low[:1], ()):
        if low.startswith(lower) and not (leadin[-1].isalpha() and text[len(leadin):len(leadin) + 1].isalpha()):
            return text[len(leadin):].strip()
        if spaced and low.startswith(spaced_lower):
            return text[len(spaced):].strip()
    for leadin in conventions_for(registry).credit_element_leadins:
        if low.startswith(leadin):  # "Autor: Name / Źródło: PAP": a lead-in in a credit element only
            return text[len(leadin):].strip()
    return text.strip()


@lru_cache(maxsize=8)
def _leadins_by_first(registry: AgencyRegistry) -> dict[str, tuple[tuple[str, str, str, str], ...]]:
    """markers.yaml's lead-ins, longest first, by the first letter of their lower-cased form: (the lead-in, lower-cased,
    with its colon set off by a space, as French typography and Thai pages print it ("ภาพ : Name", "Photo : Name";
    "" for one with no colon), that lower-cased). Only the lead-ins a text's first letter opens are tried, each in
    its forms made once (all of them, lower-cased on every call, took 1 ms a credit element)."""
    groups: dict[str, list[tuple[str, str, str, str]]] = {}
    for leadin in registry.markers.longest_leadins_first:
        spaced = leadin[:-1].rstrip() + " :" if leadin.endswith(":") and leadin[:1].isalpha() else ""
        lower = leadin.lower()
        groups.setdefault(lower[:1], []).append((leadin, lower, spaced, spaced.lower()))
    return {first: tuple(group) for first, group in groups.items()}


def credit_by_leadin(text: str, registry: AgencyRegistry, after_sentence: bool = False) -> str | None:
    """What follows a credit lead-in with a colon opening a caption element's whole text, when it is no sentence:
    "Photo: Kharkiv City Council", "Фото: Харківська міська рада" (a council, a ministry, a company handing out its
    picture, in words no name list holds). "Photo: The mayor opens the school." and a gallery's headline ("Photos:
    Parade rolls down Main Street", six words) stay captions. After a caption's sentence the source may open in
    lower case, as Russian and Kazakh press services are named ("Фото: пресс-служба акимата"). In a script with no
    capitals (Arabic, Kurdish) the first letter cannot say: "وێنە: بەڕێوەبەرایەتیی گشتیی بەرگری شارستانی". A source
    names someone in letters: after "... du lac. pH : 8,1" ("Ph :" is a lead-in) a number is a measurement."""
    rest = without_leadin(text, registry)
    if rest == text.strip() or not text.lower().startswith(_colon_leadins(registry)):
        return None
    words = rest.split()
    prose = registry.markers.prose_words
    if not words or len(words) > MAX_SOURCE_WORDS or not (rest[:1].isupper() or after_sentence or _uncased(rest)) \
            or rest[-1:] in SENTENCE_END or not any(c.isalpha() for c in rest) \
            or any(w[-1:] in SENTENCE_END or w.lower() in prose for w in words):
        return None
    return rest


def _uncased(text: str) -> bool:
    """Whether a text is all in a script with no capitals: letters, none of them cased."""
    return any(c.isalpha() for c in text) and not cased(text)


def credit_after_sentence(text: str, registry: AgencyRegistry) -> tuple[str, str | None]:
    """A caption's sentence, then a lead-in and a source named in words no name list holds.

    After a lead-in with a colon, as credit_by_leadin reads a caption element's whole text: "New stations
    open. Фото: Қала әкімдігінің баспасөз қызметі" (the city's press service, in lower-case words).
    After a lead-in of two words or more ("Courtesy of", "Photo by"), a body's name: capitalised words, an
    article before them and linking words between them: "Fishers at the quay in 1962. Courtesy of the Harbour
    Town Historical Society." The credit keeps that lead-in, as the page's credit line would. After a lead-in word printed with
    no colon (markers.yaml's lower_case_credit_leadins, capitalised), a name: "... en el lago. Foto Marta Ruiz";
    after a dash, the same: "... near the port. — Online".
    """
    low = text.lower()
    for leadin in _colon_leadins(registry):
        at = low.rfind(" " + leadin)
        if at > 0 and text[at - 1] in ".!?…" and (credit := credit_by_leadin(text[at + 1:], registry, True)):
            return text[:at], credit
    tail = _BRACKETED_END.search(text)
    if tail and _bracketed_source(tail.group(1).strip(), registry):
        # Al-Wasat's "... 9 مارس 2026. (بوابة الوسط)", "... in 1962. (Courtesy of the Harbour Town Museum)"
        return text[:tail.start()], tail.group(1).strip()
    if (signed := _bracketed_signature(text, registry)) is not None:
        return signed
    for leadin in _phrase_leadins(registry):
        at = low.rfind(" " + leadin.lower() + " ")
        if at > 0 and text[at - 1] in ".!?…" and _body_name(text[at + 2 + len(leadin):].rstrip("."), registry):
            return text[:at], text[at + 1:].rstrip(".")
    for dash in (" — ", " – "):
        # South Asian and Malaysian English papers' "... near the old port. — Online", "— DawnNewsTV"
        at = text.rfind(dash)
        rest = text[at + len(dash):] if at > 0 else ""
        if rest and text[at - 1] in ".!?…" and len(rest.split()) <= MAX_SOURCE_WORDS and _body_name(rest, registry) \
                and _names_a_source(rest, registry):
            return text[:at], rest
    if (signed := _dashed_signature(text, registry)) is not None:
        return signed
    at = text.rfind(" - ")
    rest = text[at + 3:].strip() if at > 0 else ""
    if rest and text[at - 1] in ".!?…" and len(rest.split()) <= MAX_SOURCE_WORDS and _body_name(rest, registry) \
            and _credit_shaped(rest, registry):
        # the Gleaner's Drupal field: "... on Tuesday. - Jo Li/Photographer", "... Road. - Contributed", "- File"
        return text[:at], rest
    for word in _dotted_picture_words(registry):
        # Tempo's "... di Stasiun Manggarai. Dok. KAI Commuter", Radio Okapi's "... à Bukavu. Ph. MONUSCO/Name": an
        # abbreviation only credits open; it names no one and stays in the credit, as the page prints it
        lead = " " + word + " "
        at = text.rfind(lead)
        rest = text[at + len(lead):].rstrip(".") if at > 0 else ""
        if rest and text[at - 1] in ".!?…" and len(rest.split()) <= MAX_SOURCE_WORDS and _body_name(rest, registry):
            return text[:at], text[at + 1:].rstrip(".")
    for word in registry.markers.lower_case_credit_leadins:
        # La Jornada's "... en el lago. Foto Marta Ruiz Solís": the word capitalised, with no colon
        lead = " " + word[:1].upper() + word[1:] + " "
        at = text.rfind(lead)
        rest = text[at + len(lead):] if at > 0 else ""
        if rest and text[at - 1] in ".!?…" and len(rest.split()) <= MAX_SOURCE_WORDS and _body_name(rest, registry):
            return text[:at], rest
    return text, None


def _dashed_signature(text: str, registry: AgencyRegistry) -> tuple[str, str] | None:
    """A caption's last sentence, then a dash before the credit, glued to it or not: the Philippine press's "... the
    third alarm level. —NAME IN CAPITALS" (as its print editions sign), the Bengali press's "...। —নিজস্ব চিত্র।" (the
    paper's own picture; the danda is the sentence's end). The name is set in capitals, which a quote's speaker
    ("— Jane Doe") is not, is a known agency's ("...। —পিটিআই।"), or names no one as a credit does ("—File",
    "—নিজস্ব চিত্র"); its closing stop goes."""
    dashes = list(_DASH_AFTER_SENTENCE.finditer(text))
    if not dashes:
        return None
    rest = text[dashes[-1].end():].rstrip(".।").strip()
    words = rest.split()
    if not words or len(words) > MAX_SOURCE_WORDS or any(w[-1:] in SENTENCE_END and len(w) > 2 for w in words):
        return None  # a sentence after the dash, not a name ("R." is an initial)
    markers = registry.markers
    if any(fold(w) in markers.prose for w in words) or _page_label(rest, registry):
        return None  # "— VIDEO", "—READ MORE", "— PHOTOS", "— LIRE AUSSI": what the page shows or links, naming no one
    letters = [c for c in rest if c.isalpha()]
    kinds = reader_for(registry).read(rest).kinds
    # a lone word in capitals is no name unless its shape says so (an acronym, "MMDA"): "—EXCLUSIVE", "—CORRECTION"
    capitals = len(letters) >= 2 and all(c.isupper() for c in letters) \
        and kinds <= {Kind.PERSON, Kind.AGENCY, Kind.ORG, Kind.WEAK_ORG} and kinds != {Kind.WEAK_ORG}
    word = fold(rest)
    if capitals or Kind.AGENCY in kinds or word in markers.dropped or word in markers.placeholder_set:
        return text[:dashes[-1].start()].rstrip(), rest  # a known agency in any script: "...। —পিটিআই।"
    return None


def _page_label(text: str, registry: AgencyRegistry) -> bool:
    """Whether a text is a label the page prints over a gallery or a link, in any case: a picture mark ("PHOTOS",
    "ФОТО"), a gallery's label ("DIAPORAMA"), a related story's ("LIRE AUSSI"), or a line of furniture
    ("ADVERTISEMENT")."""
    markers = registry.markers
    return fold(text) in markers.page_labels or markers.furniture_re.match(text) is not None


def _bracketed_signature(text: str, registry: AgencyRegistry) -> tuple[str, str] | None:
    """A caption closed by brackets holding a lead-in word with no colon (lower_case_credit_leadins, capitalised)
    and a name of capitalised words or initials: Serbian papers' "... моста (Фото Р. Крстинић)", "(Фото Танјуг)",
    Italian "(Foto Ansa)". The brackets set the credit apart where no full stop does."""
    tail = _BRACKETED_TAIL.search(text)
    if not tail:
        return None
    inner = tail.group(1).strip()
    for word in registry.markers.lower_case_credit_leadins:
        lead = word[:1].upper() + word[1:] + " "
        words = inner[len(lead):].split()
        if inner.startswith(lead) and 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) \
                and words[-1][-1:] not in SENTENCE_END and _no_prose(" ".join(words), registry):
            return text[:tail.start()].rstrip(), inner[len(lead):].strip()
    return None


def _bracketed_source(inner: str, registry: AgencyRegistry) -> bool:
    """Whether brackets closing a caption hold a source: a name ("بوابة الوسط"; not a word a sentence uses,
    "(Video)"), or a lead-in of two words or more and a body's name ("Courtesy of the Millbrook Historical Society")."""
    if _body_name(inner, registry, uncased=True) and not any(fold(w) in registry.markers.prose for w in inner.split()):
        return True
    low = inner.lower()
    return any(low.startswith(leadin.lower() + " ") and _body_name(inner[len(leadin) + 1:], registry)
               for leadin in _phrase_leadins(registry))


def _no_prose(text: str, registry: AgencyRegistry) -> bool:
    """Whether words after a colonless photo word read as a credit, not as a heading's words: Italian pages'
    "Il Carnevale di Viareggio (Foto Gallery)" links the story's gallery ("Gallery" is a prose word)."""
    return Kind.PROSE not in reader_for(registry).read(text).kinds


def _names_a_source(text: str, registry: AgencyRegistry) -> bool:
    """Whether a name after a dash is a source's, not a quote's speaker ("— Jane Doe") or a word naming no one
    ("— Video"): a known agency, or organisations alone ("— Online", "— DawnNewsTV")."""
    kinds = reader_for(registry).read(text).kinds
    return Kind.AGENCY in kinds or (bool(kinds) and kinds <= {Kind.ORG, Kind.WEAK_ORG})


def _credit_shaped(text: str, registry: AgencyRegistry) -> bool:
    """Whether a name after a hyphen reads as a credit, not a quote's speaker ("- Jane Doe"): a source's name, a
    name and a role or source after a slash ("Jo Li/Photographer"), or a word for a picture's provenance that
    names no one ("File", "Contributed")."""
    markers = registry.markers
    word = fold(text)
    return ("/" in text or word in markers.dropped or word in markers.placeholder_set
            or word in markers.standalone or _names_a_source(text, registry))


def _dotted_picture_words(registry: AgencyRegistry) -> tuple[str, ...]:
    """markers.yaml's dropped words that are one capitalised abbreviation: "Dok." (Indonesian "documentation"),
    "Ph." (French "photo")."""
    return tuple(w for w in registry.markers.dropped_words
                 if w.endswith(".") and " " not in w and w[:1].isupper() and w[:-1].isalpha())


def _phrase_leadins(registry: AgencyRegistry) -> tuple[str, ...]:
    return tuple(leadin for leadin in registry.markers.longest_leadins_first
                 if len(leadin.split()) >= 2 and not leadin.endswith((":", "：")))


def _body_name(text: str, registry: AgencyRegistry, uncased: bool = False) -> bool:
    """Whether a text is a name: capitalised words, "the" before them, linking words ("of", "and", "de")
    between them; a few words, no sentence's end. `uncased`: words of a script with no capitals count as
    capitalised ("بوابة الوسط")."""
    words = text.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    linking = {"of", "and", "&", "for", *registry.markers.name_particles}

    def capital(word: str) -> bool:
        return word[:1].isupper() or (uncased and caseless(word[:1]))

    return (0 < len(words) <= MAX_BODY_WORDS and capital(words[0]) and capital(words[-1])
            and all(capital(w) or w in linking for w in words)
            and not any(w[-1:] in SENTENCE_END for w in words))


@lru_cache(maxsize=8)
def _colon_leadins(registry: AgencyRegistry) -> tuple[str, ...]:
    return tuple(leadin.lower() for leadin in registry.markers.credit_leadins if leadin.endswith((":", "："))) or ("\0",)


def set_in_capitals(line: str) -> bool:
    """Whether a caption element's line is a name set in capitals, as credits are printed under a caption: a few
    words, every letter a capital, no sentence's end ("BILBOKO UDALA", "JON ETXEBARRIA / FOKU")."""
    letters = [c for c in line if c.isalpha()]
    return (len(letters) >= 2 and all(c.isupper() for c in letters) and len(line.split()) <= MAX_NAME_WORDS
            and line[-1:] not in SENTENCE_END)


def _names_after(rest: str) -> bool:
    """Whether words in lower case after a credit's word name a source further on, a word opening with a capital or
    a digit: "пресс-службы МЧС", "из архива 24.kg"; "автора" (the author's), "ter illustratie" name none (review 43)."""
    return any(w[:1].isupper() or w[:1].isdigit() for w in rest.split()[1:])


def without_worded_leadin(text: str, registry: AgencyRegistry) -> str:
    """A credit element's text without a colonless lead-in word, lower case or capitalised, before a capital:
    "Foto Bart Maat/ANP" (the Dutch press), "foto Ansa", "Фото 24.kg". Its element marks it a credit, so the word
    is no name's; "FOTO ANTARA/Name" (Antara's tag, in capitals) keeps it. Capitalised, before a lower-case word too:
    "Фото пресс-службы МЧС"; a dropped phrase whole ("Foto d'archivio") stays one marker."""
    for word in registry.markers.lower_case_credit_leadins:
        for lead in (word + " ", word[:1].upper() + word[1:] + " "):
            after = text[len(lead):len(lead) + 1]
            if text.startswith(lead) and (after.isupper() or after.isdigit()):
                return text[len(lead):]
            if text.startswith(lead) and after.islower() and lead[:1].isupper() \
                    and fold(text) not in registry.markers.dropped and _names_after(text[len(lead):]):
                # the Russian press's "Фото пресс-службы МЧС" (of the ministry's press service), "Фото из архива
                # 24.kg": capitalised, the word opens the element before the source in the genitive or a phrase;
                # a source is named, so "Фото автора", "Foto ter illustratie" (the author's, illustrative) keep it
                return text[len(lead):]
    # La Presse's "PHOTO NAME, LA PRESSE", Le Journal's "PHOTO AGENCE QMI, NAME": the word, then a name in capitals
    first, _, rest = text.partition(" ")
    if _picture_word_before_placeholder(first, rest, registry):
        return rest
    if _picture_word_before_name(first, rest, text, registry):
        return rest
    if "," in rest and first.isupper() and fold(first) in registry.markers.dropped \
            and set_in_capitals(first + " " + rest.split(",")[0]):
        return rest
    return text


def _picture_word_before_name(first: str, rest: str, text: str, registry: AgencyRegistry) -> bool:
    """"Photo AFP", "Photo Name/Outlet": the French press's credit field (L'Orient-Le Jour, Le Monde), a word for
    a picture naming no one (html.yaml's picture_words, markers.yaml's dropped_words), capitalised, before a
    capital. An agency named with the word ("Photo News") is known whole and keeps it."""
    word, dropped = fold(first), registry.markers.dropped
    return (first[:1].isupper() and first[1:].islower() and rest[:1].isupper() and word in dropped
            and word in conventions_for(registry).picture_words and registry.lookup(_HEAD.split(text, 1)[0]) is None
            and without_leadin(text, registry) == text  # "Photo By Name", "Photo Courtesy Name": a lead-in's
            and fold(f"{first} {rest.split()[0]}") not in dropped)  # "Photo Illustration by Name": a kind of picture


def _picture_word_before_placeholder(first: str, rest: str, registry: AgencyRegistry) -> bool:
    """"Photo lecteur Laurent M." (La Dépêche), "Foto bralec" (Delo): a word for a picture with no colon before a
    source named by no name in lower case, a reader's (markers.yaml placeholders). The word is the lead-in; the
    source stays in the raw credit, as after "Photo:"."""
    word = fold(first)
    head = rest.split(" ", 1)[0]
    return (bool(head) and head[:1].islower() and word in conventions_for(registry).picture_words
            and fold(head) in registry.markers.placeholder_set)
