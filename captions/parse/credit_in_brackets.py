"""A credit in brackets or parentheses closing a caption's line: "... in Pyongyang. [KCNA via KNS and AFP]",
"... on Monday. (AP Photo/Ahn Young-joon)", "...観測船（写真=共同）". Brackets in prose ("(AA)" after the words it
abbreviates, "the ICU (Intensive Care Unit)", "(IPO)") hold no credit. Asked by credit_in_line.py's split."""
from __future__ import annotations

import re

from .credit_after_bare_leadin import without_bare_leadin
from .credit_after_leadin import photographer_named
from .credit_edges import strip_leadin, trim_credit
from .credit_parts import HANDLE, Kind, Part
from .credit_reading import MAX_BRACKETED_UNCASED_SOURCE, MAX_BRACKETED_UNCASED_SOURCE_WORDS, STRUCTURED_JOINERS, Context
from .markers import SENTENCE_CLOSERS, PageMarkers
from .uncased_tails import sourced, story_source
from ..text import fold

MAX_ACRONYM = 8  # letters: "(BJP)" may be an unknown acronym in prose; longer capitals are not one
ABBREVIATION_CONTEXT = 200  # characters before "(AA)" searched for the words it abbreviates

_SEPARATORS_BEFORE_BRACKET = ("-", "–", "—", "|")
_MARK_JOINERS = re.compile(r"\s*[/,&+]\s*")  # "[FOTO/VIDEO]", "[FOTOS + VÍDEO]"


def bracketed(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    start = text.rfind("[", earliest)
    if start < 0 or "]" in text[start:-1]:
        return None
    if source := sourced(text[:start], text[start + 1 : -1], pm):
        return _unseparated(text[:start]), source
    if picture_mark(text, start, pm):
        return None  # "... em Lisboa [GALERIA]", "[VIDEO]": a headline's mark that it shows pictures, no agency's name
    raw_inner = text[start + 1 : -1]
    unmarked = strip_leadin(raw_inner, pm)
    inner = trim_credit(unmarked, pm)
    # round 107: a lead-in marks the credit in square brackets as it does in parentheses: "... است [عکس: فارس]",
    # "[عکس: Name]" (Iranian agencies' and papers' photo pages)
    led = unmarked != raw_inner
    if inner and (pm.credits.is_credit(inner, Context.MARKED if led else Context.ENCLOSED)
                  or (led and photographer_named(raw_inner[:len(raw_inner) - len(unmarked)], inner, pm))
                  or (led and _longer_body_source(inner, pm))):
        return _unseparated(text[:start]), inner
    return None


def picture_mark(text: str, start: int, pm: PageMarkers) -> bool:
    """Whether the brackets closing a line from `start` on hold a mark that the story shows pictures or a video,
    as headlines print it in square brackets, often in capitals ("[GALERIA]", "[FOTOS]", "[ZDJĘCIA]", "[FOTO/VIDEO]",
    "[VIDEO]"): a word of markers.yaml's picture_marks, or the word of a video_leadins entry ("Video:")."""
    words = [fold(w) for w in _MARK_JOINERS.split(text[start + 1:].rstrip(" ])】").lstrip(" +"))]
    return all(w in pm.video_marks or w in pm.picture_mark_words for w in words)  # "[Photo/Xinhua]" names Xinhua


def _longer_body_source(inner: str, pm: PageMarkers) -> bool:
    """Whether the brackets after a lead-in hold a longer source's name in a script with no capitals, up to six
    words ("(ඡායාරූපය: ශ්‍රී ලංකා ගුවන් හමුදා මාධ්‍ය අංශය)", the Air Force's media unit): one naming a body by
    its word ("අංශය", "هلال"). A sentence as long ("(ภาพ: ภาพประกอบข่าวเท่านั้น ...)", an illustration only;
    "(تصوير: الصورة لا تعبر عن الحدث)") names none and is the caption's (review 44)."""
    m = pm.markers
    return (any((k := fold(w)) in m.org_words or k in m.bodies for w in inner.split())
            and pm.credits.read(inner).uncased_source(MAX_BRACKETED_UNCASED_SOURCE_WORDS, MAX_BRACKETED_UNCASED_SOURCE))


def parenthesised(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    opening, closing = ("（", "）") if text.endswith("）") else ("(", ")")
    start = text.rfind(opening, earliest)
    if start < 0 or closing in text[start:-1]:  # nested: walk back to the matching opening
        start = matching_open(text, earliest, opening, closing)
    if start < 0:
        return None
    before, raw_inner = text[:start], text[start + 1 : -1]
    if source := sourced(before, raw_inner, pm):
        return _unseparated(before), source
    unmarked = strip_leadin(raw_inner, pm)
    if unmarked == raw_inner and before.rstrip()[-1:] in SENTENCE_CLOSERS:
        unmarked = without_bare_leadin(raw_inner, pm)  # "... à Loctudy. (Photo AFP/Name)", "(Foto Ansa)"
    elif unmarked == raw_inner and (bare := without_bare_leadin(raw_inner, pm)) != raw_inner \
            and pm.credits.read(trim_credit(bare, pm)).kinds == {Kind.PERSON}:
        unmarked = bare  # "... della Città metropolitana (Foto Marco Nicolini)": Italian papers' captions end unstopped
    inner = trim_credit(unmarked, pm)
    # "(圖/翻攝自浙視頻)", "(翻攝自浙視頻)": a word saying the picture was reproduced from a source marks
    # what follows it as the source, known or not
    reproduced = inner.startswith(pm.markers.reproduced_words)
    # "(Photo: Jo Li / Department of Transportation)": a lead-in marks the credit inside brackets as outside them
    led = unmarked != raw_inner
    after_sentence = not before.strip() or before.rstrip()[-1] in SENTENCE_CLOSERS
    if not inner or not (pm.credits.is_credit(inner, Context.MARKED if reproduced or led else Context.ENCLOSED)
                         or (led and photographer_named(raw_inner[:len(raw_inner) - len(unmarked)], inner, pm))
                         or (led and _longer_body_source(inner, pm))
                         or (after_sentence and pm.credits.for_joined(inner))):
        return None
    reading = pm.credits.read(inner)
    # a word saying who supplied the picture marks it as a lead-in would: "(독자 제공)", "（海上保安庁提供）"
    marked = unmarked != raw_inner or reproduced or any(p.joiner in STRUCTURED_JOINERS or p.supplied for p in reading.parts)
    # a credit naming no one ("(Handout)", "(Courtesy)": is_credit let only such words through) is one all the same,
    # but not one printed as an acronym ("(PD)") closing unstopped prose: the words before it are what it stands
    # for, as before "(BJP)" ("... del Partito Democratico (PD)"), not the Swiss press office's picture
    alone = reading.kinds == {Kind.DROPPED}
    marked = marked or (alone and (after_sentence or not _placeholder_acronym(inner, pm)))
    if not marked and not reading.framed and story_source(before):
        return None
    if not after_sentence and unmarked == raw_inner and _spells_out(inner, before):
        return None  # "the ICU (Intensive Care Unit)": the words of an acronym, not who took the picture
    if not after_sentence and not marked:
        kinds = reading.kinds
        if _abbreviates(inner, before) or not kinds & {Kind.AGENCY, Kind.ORG}:
            return None
        if Kind.AGENCY not in kinds and "of" in inner.split():
            return None  # "... the national health authority (Ministry of Health)": a body named by 'of' names the words before
        only = reading.parts[0] if len(reading.parts) == 1 else None
        if only and _glossed(only):
            return None  # "(IPO)", "(BJP)": an unknown acronym in prose; "(AFP)" is a credit
    return _unseparated(before), inner


def stopped_after_parenthesis(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """A credit in parentheses opened by a lead-in, then the full stop that ends the caption's sentence: Omroep
    Brabant's "... aan de Baronielaan in Breda (foto: Name/Eye4images).", "(foto: archief).". The lead-in marks the
    brackets as a credit's, so the stop after them is the credit's end, and the caption keeps no stop."""
    if not text.endswith(").") or (start := matching_open(text[:-1], earliest)) <= 0:
        return None
    raw_inner = text[start + 1 : -2]
    if strip_leadin(raw_inner, pm) == raw_inner:
        return None  # "(see below).": no lead-in, no credit's brackets
    return parenthesised(text[:-1], earliest, pm)


def _unseparated(before: str) -> str:
    """The caption before a bracketed credit without the dash or bar some pages print between them
    ("... in the park - (AFP)", "... المعرض - (وام)"): a separator, not the caption's."""
    text = before.rstrip()
    if not text.endswith(_SEPARATORS_BEFORE_BRACKET) or not text[:-1][-1:].isspace():
        return before
    kept = text[:-1].rstrip()
    return kept if kept else before


def matching_open(text: str, earliest: int, opening: str = "(", closing: str = ")") -> int:
    """Where the parenthesis closing `text` opens (at `earliest` or later), or -1."""
    depth = 0
    for i in range(len(text) - 1, earliest - 1, -1):
        if text[i] == closing:
            depth += 1
        elif text[i] == opening:
            depth -= 1
            if depth == 0:
                return i
    return -1


def _glossed(part: Part) -> bool:
    """Whether a one-word name alone in brackets inside prose is the word prose explains a name by: an unknown
    acronym ("(IPO)", "(BJP)"), or a body's name ("the UN refugee agency (UNHCR)", "Doctors Without Borders (MSF)"),
    which prose names again in brackets as it seldom does a press agency's ("(AFP)" is a credit)."""
    if HANDLE.fullmatch(part.name):
        return True  # "Foto: Juan Pérez (@juanperez)", "the mayor (@alcaldia)": the account of the name before it
    acronym = part.text.isupper() and len(part.text) <= MAX_ACRONYM
    return acronym and (part.kind is not Kind.AGENCY or part.body)  # "(Kremlin.ru)", "(Bombers)": a handout's credit


def _placeholder_acronym(inner: str, pm: PageMarkers) -> bool:
    """Whether a credit naming no one is printed as an acronym, in capitals as its entry is ("PD", "NVCC"), not a
    word set in capitals ("HANDOUT")."""
    return inner.isupper() and len(inner) <= MAX_ACRONYM and inner in pm.markers.standalone_credits


def _abbreviates(acronym: str, before: str) -> bool:
    """Whether `acronym` is the initials of the words right before it: 'Anadolu Agency (AA)'."""
    letters = [c for c in acronym if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return False
    words = re.findall(r"[^\W\d_][\w'’]*", before[-ABBREVIATION_CONTEXT:])[-len(letters) - 2 :]
    initials = "".join(w[0] for w in words).upper()
    return "".join(letters) in initials


def _spells_out(name: str, before: str) -> bool:
    """Whether `name` spells out the acronym right before it: 'the ICU (Intensive Care Unit)', 'the MoH (Ministry
    of Health)': prose explaining a word, not a credit."""
    acronym = before.rstrip()[-ABBREVIATION_CONTEXT:].rsplit(None, 1)[-1:]
    if not acronym or not acronym[0].isalpha() or sum(c.isupper() for c in acronym[0]) < 2:
        return False
    words = re.findall(r"[^\W\d_][\w'’]*", name)
    letters = acronym[0].upper()
    return letters in ("".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper()))
