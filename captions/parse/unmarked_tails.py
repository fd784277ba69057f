"""The conventions of a credit closing a line after its caption with no brackets round it (stage 2, split).

credit_in_line.py tries these after brackets and lead-ins, each giving the text before the credit and the credit, or
None: a credit glued to the caption's last full stop or word, names framed by words ("新华社记者 Name 摄"), a dash
("... in Kyiv. — Reuters"), a slash or bar marker, a plain tail after the caption's last sentence. A line the
caption's prose ends is tried for none of those but the glued ones.
"""
from __future__ import annotations

import re

from ..text import fold
from .credit_after_bare_leadin import without_bare_leadin
from .credit_edges import strip_leadin, trim_credit, unenclosed
from .credit_in_brackets import matching_open
from .credit_parts import Kind
from .credit_reading import MAX_CREDIT_WORDS, Context
from .markers import SENTENCE_CLOSERS, PageMarkers
from .uncased_tails import CLAUSE_END

_SENTENCE_END = re.compile(rf"[{re.escape(SENTENCE_CLOSERS)}]\s+(?=\S)")  # the credit starts at m.end()
# A sentence's end with the next word glued to it: "... de septiembre.Marco Bello (Reuters)". The word
# before the stop has two letters at least ("U.S.Army" is an abbreviation) and a capital follows.
# The stop comes first in the pattern, the letters before it looked behind for after it: a regex that
# opens with a set of characters skips to them, one that opens with a look-behind tries it everywhere.
_GLUED_END = re.compile(r"[.!?](?<=[^\W\d_]{2}[.!?])[\"”’)]?(?=[^\W\d_])")
# "... Friday. / Agency", "... Tuesday. | AGENCY"; Korean outlets glue the slash to the credit: "... 있다. /연합뉴스"
# "... in Dedza.—Mana", "... on Monday.—PTI": an em or en dash glued to the caption's last full stop (Malawian and
# Indian dailies); a hyphen so glued is a word's ("U.S.-based") and is not read. Bengali dailies close the caption
# with its danda, then a space and the dash glued to the credit ("... বেহালায়। —নিজস্ব চিত্র।", Anandabazar, Bartaman)
GLUED_DASH = re.compile(rf"(?:(?<=[{re.escape(SENTENCE_CLOSERS)}])|(?<=। ))[—–](?=[^\W\d_])")
_INITIAL_AFTER_SLASH = re.compile(r"(?<=[/|] )[^\W\d_]\.$")  # "/ D.": an initial, the credit's name goes on
_SLASH_MARKER = re.compile(rf"(?<=[{re.escape(SENTENCE_CLOSERS)}])\s+[/|]\s*(?=\S)")
# stops a credit closing a line may follow, the last first: after the 25th from the end come 25 words at least (a
# word after each stop), and no unmarked credit holds more than MAX_CREDIT_WORDS (12); a line of ". " tried 120
MAX_TAIL_STOPS = 2 * MAX_CREDIT_WORDS
MAX_DASHES_TRIED = 3  # kinds of dash, each at its last place on the line
MIN_GLUED_WORD = 3  # lower-case letters before a capital a credit is glued to ("regiãoRODNEY"; not "McDonald", "iPhone")
# Characters no capital is among: ASCII but A-Z, spaces, the lower-case letters of the Latin, Greek and
# Cyrillic alphabets, general punctuation (quotes, dashes), kana, CJK and hangul. Any other character after
# three letters may be a capital a credit is glued to: a regex finds those places, where a loop would look
# at every letter of the line (a test checks no capital is left out).
NEVER_CAPITAL = r"\s\x00-\x40\x5b-\x7f\u00df-\u00ff\u03ac-\u03ce\u0430-\u045f\u2000-\u206f\u3040-\u9fff\uac00-\ud7af"
_MAYBE_GLUED_CAPITAL = re.compile(rf"[^{NEVER_CAPITAL}](?<=[^\W\d_]{{{MIN_GLUED_WORD}}}.)", re.DOTALL)
# "COM", "GO.ID" before "/Name", a bracket, the line's end or a sentence's stop ("... laman X.GO.ID. Foto: Name");
# not before a space, where "... la noche.TV Azteca" is a sentence's end and a channel's name
_DOMAIN_TAIL = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)(?=[/|)\]]|\.?$|\.\s)")
_INITIAL = re.compile(r"[^\W\d_]\.\s")  # a credit opening with an initial: "R. Okafor / Agência Sul"
_CLOSING_INITIAL = re.compile(r"[^\W\d_]\.$")  # "J." closing the text before a credit ("... ontem J. R. Okafor / ...")
MAX_TITLE_LETTERS = 2  # "Dr", "Mr", "St": a short capitalised word before a glued stop is a title ("May" is not)
MAX_FRAMED_STARTS = 3  # places tried, the last first


def glued_to_stop(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'... de septiembre.Marco Bello (Reuters)': a credit glued to the caption's last full stop.

    Prose puts a space after its full stop; a name glued to one is the credit
    field of the page printed right after the caption field. The glue marks it
    as a bracket would, so a name alone is a credit here.
    """
    glued = None
    for glued in _GLUED_END.finditer(text, earliest):
        pass
    if glued is None or not text[glued.end()].isupper():
        return None
    word = text[:glued.start()].rsplit(None, 1)[-1]
    if (len(word) <= MAX_TITLE_LETTERS and word.istitle()) or word in pm.markers.abbreviations:
        return None  # "Dr.Jane Doe", "Mr.Smith": a title's full stop, not a sentence's end
    site = re.split(r"[/|]", word)[-1]  # "NAME/SITE.NEWS": the part after a credit's joiner names the site
    if pm.registry.recognise(site + text[glued.start():].split(None, 1)[0].rstrip(".,;:!?")) is not None:
        return None  # "Rus.Postimees": a known outlet's name holds the full stop, no sentence ends there
    if _domain_dot(site, text, glued.end(), pm):
        return None  # "(BERITAPALU.COM/Name)", "DESAPOST.ID/NAME": a web address's dot, no sentence ends there
    credit = trim_credit(strip_leadin(text[glued.end():], pm), pm)
    credits = pm.credits
    if not credit or not credits.is_credit(credit, Context.ENCLOSED):
        return None
    if credits.read(credit).kinds <= {Kind.WEAK_ORG, Kind.DROPPED}:
        return None  # one unknown word ("...the city.Tuesday"): no evidence it names anyone
    if fold(credit) in pm.markers.org_words:
        return None  # a kind of outlet alone ("...полиции.Daily", "News"): an aggregator's source label, no one named
    return text[: glued.end()], credit


def _domain_dot(word: str, text: str, after: int, pm: PageMarkers) -> bool:
    """Whether `word`, then the capitalised word glued after its full stop, make a web address: the second a
    top-level domain of markers.yaml's web_domain_endings ("COM", "GO.ID"), the first in capitals as a site's name
    printed so is ("KABARLEMBAH.COM"). A sentence's last word holds lower-case letters, a place's name too ("...
    the ground.News", "... em São Paulo.AE": Agência Estado's credit glued to the caption)."""
    ending = _DOMAIN_TAIL.match(text, after)
    return (ending is not None and word.isupper()
            and all(fold(label) in pm.markers.domain_endings for label in ending[1].split(".")))


def framed_tail(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'...(无人机照片)。新华社记者 许畅 摄', '... 있다. ⓒ데일리안 홍효식 기자': names framed by words, after the caption.

    The credit starts after the caption's last sentence (a full stop of any
    script, no space needed after "。"), or after a slash marker.
    """
    starts = [m.end() for m in CLAUSE_END.finditer(text, earliest)][-MAX_FRAMED_STARTS:][::-1]
    if text.endswith(("）", ")")):  # before the comma: "...=11日午後、那覇市（Name撮影）", the bracket holds the credit
        opening = matching_open(text, earliest, *(("（", "）") if text.endswith("）") else ("(", ")")))
        if opening > 0:
            starts.append(opening)
    comma = text.rfind("、", earliest)
    if comma >= 0:  # last: "...=仙台市で3月11日午後3時、Name撮影", the when and where of a Japanese caption, then who
        starts.append(comma + 1)
    for start in starts:  # a mark may set the credit off: "...冠军。 ■新华社记者 Name 摄" (markers.credit_marks)
        # a lead-in outside the brackets or inside them: "사진=Name 기자", "(사진=Name 기자)"
        tail = unenclosed(strip_leadin(pm.framed_opening.sub("", text[start:], count=1), pm))
        credit = trim_credit(strip_leadin(tail, pm), pm)
        if credit and pm.credits.read(credit).framed:
            return text[:start].removesuffix("、"), credit
    return None


def glued_unstopped(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'... a região' + 'RODNEY COSTA/ELEVEN/ESTADÃO CONTEÚDO': a credit glued to the caption's last word.

    The dump ran the caption field and the credit field together with no
    full stop between: a word of lower-case letters runs into a capital.
    Less marked than a glued full stop, so the credit must read as a tail
    credit does (a known agency, or a name and an organisation joined).
    """
    for place in _MAYBE_GLUED_CAPITAL.finditer(text, max(earliest, MIN_GLUED_WORD)):
        i = place.start()
        if not (text[i].isupper() and text[i - MIN_GLUED_WORD:i].islower() and text[i - MIN_GLUED_WORD:i].isalpha()):
            continue
        credit = trim_credit(text[i:], pm)
        if credit and pm.credits.is_credit(credit, Context.TAIL):
            return text[:i], credit
    return None


def dash_lead_in(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'... in Kyiv. — Reuters.': a dash, then what reads as a credit by itself.

    The last dash first; an earlier one when the text after the last is no
    credit ("... — Jo Li, Example Courier - September 15, 2024": a date).
    """
    places = sorted(((i, len(dash)) for dash in pm.dashes
                     if (i := text.rfind(dash, earliest)) >= 0), reverse=True)
    for at, width in places[:MAX_DASHES_TRIED]:
        found = _credit_after_dash(text, at, width, pm)
        if found:
            return _unless_dateline(found, pm)
    glued = [m.start() for m in GLUED_DASH.finditer(text, earliest)]
    found = _credit_after_dash(text, glued[-1], 1, pm) if glued else None
    return _unless_dateline(found, pm) if found else None


def _unless_dateline(found: tuple[str, str], pm: PageMarkers) -> tuple[str, str] | None:
    """None where the text before a dash and an agency is one word alone, a place: the agency's dateline on a line
    of its own ("خوزستان – ایسنا", "دمشق-سانا", as Iranian and Arab agencies open a story), no caption (round 82).
    A word a lead-in opens with is no place: "عکس – ایرنا" (photo, a dash, the agency) is a credit alone, as
    "Foto – EFE" is (review 45)."""
    words = found[0].split()
    if len(words) != 1 or not words[0].isalpha():
        return found
    if pm.leadin is not None and pm.leadin.fullmatch(f"{words[0]}:"):
        return "", found[1]
    return None


def _credit_after_dash(text: str, at: int, width: int, pm: PageMarkers) -> tuple[str, str] | None:
    credit = trim_credit(text[at + width:], pm)
    if not credit:
        return None
    # "... di Tumpat. - Foto NSTP/Name": Malaysian papers' dash, then the word for a picture with no colon
    if (bare := without_bare_leadin(credit, pm)) != credit:
        if found := _read_after_dash(text, at, bare, pm):
            return found
        if pm.credits.is_credit(bare, Context.ENCLOSED):
            return text[:at], bare  # "... hiasan. - Foto fail NSTP": the dash and the word mark it as brackets do
    return _read_after_dash(text, at, credit, pm)


def _read_after_dash(text: str, at: int, credit: str, pm: PageMarkers) -> tuple[str, str] | None:
    credits = pm.credits
    if credits.is_credit(credit, Context.TAIL):
        return text[:at], credit
    if credits.read(credit).kinds == {Kind.DROPPED} and credits.is_credit(credit, Context.ENCLOSED):
        return text[:at], credit  # "Desfile Cívico - Reprodução": a word saying where it came from, as "[Handout]"
    before = text[:at].rstrip()
    if before and before[-1] in SENTENCE_CLOSERS and credits.is_credit(credit, Context.ENCLOSED):
        kinds = credits.read(credit).kinds
        if Kind.PERSON in kinds and Kind.ORG in kinds:  # "... the rally. — Jo Li, Example Tribune"
            return text[:at], credit
    return None


def slash_marker(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'... on Friday. / Jo Li/Agency': a slash or bar after the caption's last sentence."""
    for m in _SLASH_MARKER.finditer(text, earliest):
        credit = trim_credit(strip_leadin(text[m.end():], pm), pm)  # "... 있다. /사진=뉴스1"
        if credit and pm.credits.is_credit(credit, Context.ENCLOSED):
            return text[: m.start()], credit
    return None


def plain_tail(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'... in Seoul. REUTERS/Jo Li': a credit after the caption's last sentence, unmarked."""
    # "<caption> / D. Umbraso / LRT nuotr.": the full stop of a name's initial after a slash marker ends no sentence
    # (the initial and its stop end at the sentence's mark, read from the letter before it: its lookbehind sees
    # the text before; a search from the line's start took time linear in the line at each end)
    ends = [m for m in _SENTENCE_END.finditer(text, earliest)
            if not _INITIAL_AFTER_SLASH.search(text, max(0, m.start() - 1), m.start() + 1)][-MAX_TAIL_STOPS:]
    # The candidates are nested suffixes: once one holds a prose word, so do
    # all the longer ones, and none of them is a credit. So only the suffixes
    # up to the first with prose are tried, longest first.
    first = len(ends)
    while first > 0 and not pm.credits.has_prose(text[ends[first - 1].end():]):
        first -= 1
    for m in ends[first:]:
        credit = trim_credit(text[m.end():], pm)
        if credit and len(credit) < len(text) and pm.credits.is_credit(credit, Context.TAIL):
            return _with_initials(text, m.start() + 1, credit, pm)
    return None


def _with_initials(text: str, end: int, credit: str, pm: PageMarkers) -> tuple[str, str]:
    """(caption, credit) for a credit after text[:end], the initials its photographer's name opens with taken back
    from the caption: in "... de ontem J. R. Okafor / Agência Sul" (or "... ontemJ. R. Okafor", glued) the stop
    after "J" is an initial's, not the sentence's end: another initial follows it. A capital's stop before an
    agency ("... in Area C. REUTERS/Jo Li") or a name ("... vitamin D. Jo Li/AP") stays the caption's."""
    before = text[:end]
    while (m := _CLOSING_INITIAL.search(before)) and m.start() > 0 and before[m.start()].isupper() \
            and (before[m.start() - 1].isspace() or before[m.start() - 1].islower()):
        first = next((p for p in pm.credits.read(credit).parts if p.kind is not Kind.DROPPED), None)
        longer = trim_credit(text[m.start():], pm)
        if first is None or first.kind is not Kind.PERSON or not _INITIAL.match(credit) or not longer or \
                not pm.credits.is_credit(longer, Context.TAIL):
            break
        before, credit = before[: m.start()].rstrip(), longer
    return before, credit
