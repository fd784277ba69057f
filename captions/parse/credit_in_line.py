"""Stage 2, split: the credit a line carries, and the caption before it.

`split_caption_credit(text)` is the one public way from a printed caption
line to its caption and credit; the page-dump reader and the HTML reader both
call it. `split_line` gives the same split with what the page stages also
need to know (a caption label, alt text before an `Image copyright`).

A credit closes its line, in one of the conventions of shared/SPEC.md, tried
in this order: brackets and parentheses (credit_in_brackets.py), a lead-in word (credit_after_leadin.py),
a dash, a slash or bar marker, or a plain tail after the caption's last
sentence. A line may also be a credit alone, or open with a marked credit
whose end is clear, the caption after it (credit_first.py). What frames a
credit and is not part of it (a lead-in, wrapping brackets, a closing full
stop or date) is taken off by credit_edges.py.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..knowledge.registry import AgencyRegistry, bundled_registry
from ..text import fold, marker_form
from .credit_after_leadin import (capitals_credit_line, credit_after_bare_leadin, credit_after_leadin,
                                  own_line_bare_leadin, without_bare_leadin, without_second_leadin)
from .credit_edges import strip_leadin, trim_credit, unenclosed
from .credit_first import credit_first
from .credit_in_brackets import bracketed, matching_open, parenthesised, stopped_after_parenthesis
from .credit_parts import Kind
from .credit_reading import MAX_CREDIT, Context
from .lines import clean_line
from .markers import FRAMED_END_WINDOW, SENTENCE_CLOSERS, PageMarkers, markers_for, tail_start
from .uncased_tails import CLAUSE_END, equals_tail, supplied_credit, supplied_tail
from .unstopped import unstopped_tail

_SENTENCE_END = re.compile(rf"[{re.escape(SENTENCE_CLOSERS)}]\s+(?=\S)")  # the credit starts at m.end()
# A sentence's end with the next word glued to it: "... de septiembre.Marco Bello (Reuters)". The word
# before the stop has two letters at least ("U.S.Army" is an abbreviation) and a capital follows.
# The stop comes first in the pattern, the letters before it looked behind for after it: a regex that
# opens with a set of characters skips to them, one that opens with a look-behind tries it everywhere.
_GLUED_END = re.compile(r"[.!?](?<=[^\W\d_]{2}[.!?])[\"”’)]?(?=[^\W\d_])")
# "... Friday. / Agency", "... Tuesday. | AGENCY"; Korean outlets glue the slash to the credit: "... 있다. /연합뉴스"
# "... in Dedza.—Mana", "... on Monday.—PTI": an em or en dash glued to the caption's last full stop (Malawian and
# Indian dailies); a hyphen so glued is a word's ("U.S.-based") and is not read
_GLUED_DASH = re.compile(rf"(?<=[{re.escape(SENTENCE_CLOSERS)}])[—–](?=[^\W\d_])")
_INITIAL_AFTER_SLASH = re.compile(r"(?<=[/|] )[^\W\d_]\.$")  # "/ D.": an initial, the credit's name goes on
_SLASH_MARKER = re.compile(rf"(?<=[{re.escape(SENTENCE_CLOSERS)}])\s+[/|]\s*(?=\S)")
_SLASHES = "/／"  # the slash marker opening a credit alone, as Korean papers print it glued to the credit
MAX_DASHES_TRIED = 3  # kinds of dash, each at its last place on the line
MIN_GLUED_WORD = 3  # lower-case letters before a capital a credit is glued to ("regiãoRODNEY"; not "McDonald", "iPhone")
# Characters no capital is among: ASCII but A-Z, spaces, the lower-case letters of the Latin, Greek and
# Cyrillic alphabets, general punctuation (quotes, dashes), kana, CJK and hangul. Any other character after
# three letters may be a capital a credit is glued to: a regex finds those places, where a loop would look
# at every letter of the line (a test checks no capital is left out).
NEVER_CAPITAL = r"\s\x00-\x40\x5b-\x7f\u00df-\u00ff\u03ac-\u03ce\u0430-\u045f\u2000-\u206f\u3040-\u9fff\uac00-\ud7af"
_MAYBE_GLUED_CAPITAL = re.compile(rf"[^{NEVER_CAPITAL}](?<=[^\W\d_]{{{MIN_GLUED_WORD}}}.)", re.DOTALL)
MAX_TITLE_LETTERS = 2  # "Dr", "Mr", "St": a short capitalised word before a glued stop is a title ("May" is not)
MAX_OWN_LINE_SPACES = 16  # a line with more spaces is a sentence, not a credit alone
MAX_FRAMED_STARTS = 3  # places tried, the last first


class Split(NamedTuple):
    """A line read for its credit."""

    before: str                 # the text before the credit: the caption, if any ("" for a credit alone)
    credit: str | None          # the credit as printed, without brackets or lead-in; None when none
    labelled: bool = False      # a caption label opened the line ("IMAGE:")
    before_is_alt: bool = False  # `before` is alt text ("<alt> Image copyright X")
    credit_first: bool = False  # the credit opened the line, `before` follows it ("Foto: Jo Li/dpa <caption>")
    addressed: bool = False     # a credit alone closed by the reporter's address ("Name 기자 name@example.kr")
    byline: bool = False        # a credit alone, unmarked, closed by a reporter's title ("Name 기자"): a byline
    closing: bool = False       # a credit alone whose mark closes the caption above ("/ Pool", "사진=Name 기자")
    opening: bool = False       # a credit alone whose form opens its caption's block ("PHOTO NAME, LA PRESSE")


def split_caption_credit(text: str, registry: AgencyRegistry | None = None) -> tuple[str | None, str | None]:
    """The caption and the credit of one printed caption, either None when it is not there.

    Markup, page controls and caption labels are removed first. Pure: the
    same text and registry always give the same answer.

    >>> split_caption_credit("A boy runs in Gaza. [Jo Li/AFP]")
    ('A boy runs in Gaza.', 'Jo Li/AFP')
    >>> split_caption_credit("Photograph: Jo Li/Reuters")
    (None, 'Jo Li/Reuters')
    """
    pm = markers_for(registry or bundled_registry())
    line = clean_line(1, text, pm)
    if not line.text:
        return None, None
    split = split_line(line.text, pm)
    caption = None if split.before_is_alt else split.before or None
    return caption, split.credit


def split_line(text: str, pm: PageMarkers) -> Split:
    """The credit closing a cleaned line of text, and the text before it."""
    tag = pm.editor_tag.search(text, max(0, len(text) - FRAMED_END_WINDOW)) if pm.editor_tag else None
    if tag and tag.start() > 0 and not pm.registry.names_desk_tag(tag[0].split("/")[1]):
        # "... ANTARA FOTO/Name/foc/16.": read without the wire's desk tag (but "Name/dpa" names an agency)
        untagged = _split_line(text[: tag.start()], pm)
        if untagged.credit is not None and pm.credits.takes_desk_tag(pm.credits.read(untagged.credit), tag[0]):
            # the tag stays in the credit as printed
            return untagged._replace(credit=untagged.credit + tag[0].rstrip().rstrip("."))
    framed = pm.framed_end.search(text, max(0, len(text) - FRAMED_END_WINDOW)) if pm.framed_end else None
    if framed and framed["mail"]:
        # "Name 기자 name@example.kr": the reporter's address is printed as part of the credit and names no one
        # (the credit reader drops it from the names); the line is read without it
        unaddressed = text[: framed.start("mail")].rstrip()
        split = _split_line(unaddressed, pm)
        split = split._replace(addressed=split.credit is not None and not split.before)  # a byline alone
        if split.credit is not None and not split.credit_first and unaddressed.endswith(split.credit):
            split = split._replace(credit=f"{split.credit} {framed['mail'].strip()}")
    else:
        split = _split_line(text, pm)
        split = _with_file_mark(text, split, pm)
    if split.credit is not None and _credits_video(text, split, pm):
        return Split(text, None)  # "... quebrada. (Video: Canal N)": a video's caption, no picture's
    if split.credit is not None and not split.before and pm.is_byline_credit(text):
        return Split(text, None)  # "By Jo Li/AFP": the story's writer and its wire, no picture's credit
    if split.credit is not None and not split.before and text.lstrip("[(（【 ").startswith(pm.closing_marks):
        return split._replace(closing=True)
    if split.credit is not None and split.before and pm.is_furniture(split.credit):
        # "... il calendario. © RIPRODUZIONE RISERVATA": the site's copyright notice glued to a story's last
        # paragraph names no one; the line is the story's text, not a caption
        return Split(text, None)
    return split


def _with_file_mark(text: str, split: Split, pm: PageMarkers) -> Split:
    """The credit after a lead-in closed by a file mark in brackets, the two one credit: "... erreicht. Foto: Name
    (Archivbild)", as German regional papers print a file picture (round 82). Read alone, the brackets would be the
    credit and the lead-in and its name the caption's last words."""
    if split.credit is None or not split.before or not text.rstrip().endswith(")") \
            or fold(split.credit) not in pm.markers.file_marks:
        return split
    head = text[:text.rstrip().rfind("(")].rstrip()
    inner = _split_line(head, pm)
    if inner.credit is None or not inner.before or inner.credit_first or not head.endswith(inner.credit) \
            or pm.leadin is None or not pm.leadin.search(head[len(inner.before):]):
        return split
    return inner._replace(credit=f"{inner.credit} {text[len(head):].strip()}")


def _split_line(text: str, pm: PageMarkers) -> Split:
    credits = pm.credits
    labelled = False
    if pm.label is not None and text.startswith(pm.labels) and (label := pm.label.match(text)):
        rest = text[label.end():]
        if rest and not is_own_credit(rest, pm):
            labelled, text = True, rest
    first = credit_first(text, pm)
    if first is not None and split_line(first[0], pm).credit is None:  # a credit at both ends: unclear
        return Split(first[0], first[1], labelled, credit_first=True)
    framed = pm.framed_end.search(text, max(0, len(text) - FRAMED_END_WINDOW)) if pm.framed_end else None
    earliest = tail_start(text)
    low = marker_form(text[earliest:])
    # lead-ins' first letters: most lines hold none (and an ASCII line none of the other scripts')
    groups = pm.ascii_leadin_key_groups if low.isascii() else pm.leadin_key_groups
    keys = [key for first, group in groups if first in low for key in group if key in low]
    has_leadin = bool(keys)
    prose_end = credits.ends_in_prose(text)
    # "... market.—Mana": the last word is Mana
    if prose_end and (glued := _GLUED_DASH.search(text, text.rfind(" ") + 1)):
        prose_end = credits.ends_in_prose(text[glued.end():])
    if not labelled and len(text) <= MAX_CREDIT:
        bare = unenclosed(text)  # "(AP Photo/Name)" alone on a line: the credit is kept without its brackets
        unmarked = strip_leadin(bare, pm) if has_leadin else bare
        if unmarked != bare and credits.is_credit(credit := trim_credit(unmarked, pm), Context.MARKED):
            return Split("", without_second_leadin(credit, pm))
        if bare is text and (credit := capitals_credit_line(text, pm)):
            return Split("", credit, opening=True)  # "PHOTO NAME, LA PRESSE" over its caption
        if has_leadin and (credit := own_line_bare_leadin(bare, pm)):  # "Photo AFP" alone, as L'Orient-Le Jour prints it
            if bare is not text and text.endswith(")") and (whole := parenthesised(text, 0, pm)) and not whole[0]:
                return Split("", whole[1])  # "(Foto Prensa Libre: Name)" alone: read as where it closes a caption
            return Split("", credit)
        if not (credits.ends_in_prose(bare) if bare is not text else prose_end) and is_own_credit(bare, pm):
            credit = trim_credit(bare, pm)
            return Split("", credit, byline=bare is text and _byline(credit, pm))
        if bare[:1] in _SLASHES and supplied_credit(credit := trim_credit(bare[1:].strip(), pm), pm):
            return Split("", credit)  # "/독자 제공" (supplied by a reader): the slash marker, a caption's tail, marks it
    if has_leadin and pm.alt_leadin is not None and (not low.isascii() or any(x in low for x in pm.alt_leadins_lower)):
        for m in reversed(list(pm.alt_leadin.finditer(text, earliest))):
            credit = trim_credit(text[m.end():], pm)
            if credit and credits.is_credit(credit, Context.MARKED):
                return Split(text[: m.start()].strip(), credit, labelled, before_is_alt=True)
    last = text[-1:]
    result = (
        (framed and _framed_tail(text, earliest, pm))
        or (last == "]" and bracketed(text, earliest, pm))
        or (last in ")）" and parenthesised(text, earliest, pm))
        or (last == "." and stopped_after_parenthesis(text, earliest, pm))
        or (has_leadin and credit_after_leadin(text, earliest, keys, pm))
        or (has_leadin and credit_after_bare_leadin(text, earliest, pm))
        or (not prose_end and (
            _dash_lead_in(text, earliest, pm)
            or (("/" in text or "|" in text) and _slash_marker(text, earliest, pm))
            or _tail(text, earliest, pm)
        ))
        or (("＝" in text or "=" in text) and equals_tail(text, earliest, pm))
        or (text.endswith(pm.markers.supplied_words) and supplied_tail(text, earliest, pm))
    )
    glued = _glued(text, earliest, pm) or (not result and _glued_unstopped(text, earliest, pm))
    if glued and (not result or len(glued[0]) < len(result[0])):
        result = glued  # the credit starting first: "...sept.Marco Bello (Reuters)", not "(Reuters)" alone
    if not result and not prose_end and not labelled:
        result = unstopped_tail(text, earliest, pm)  # "... no local NAME/O JORNAL", "... Liverpool / EFE - Jo Li"
    if result:
        return Split(result[0].rstrip(), result[1], labelled)
    return Split(text, None, labelled)


def _credits_video(text: str, split: Split, pm: PageMarkers) -> bool:
    """Whether the credit read is a video's: a video lead-in opens it, or stands right before it with no
    sentence's end between ("(Video: Canal N)", "Video: Jo Li/AFP", markers.yaml's video_leadins). A video is no
    picture (SPEC), so its line keeps no credit and makes none; a still from a video keeps the photo's lead-in
    ("Foto: captura de video", "Photo: Video grab/AFP") and stays a picture. Read here, on the line, rather than
    on the pictures found: the lead-in also stops a credit misread after it ("... Video: Jo" as caption, "Li/AFP"
    as credit)."""
    if pm.video_leadin is None or split.credit_first:
        return False
    found = None
    for found in pm.video_leadin.finditer(text):
        pass
    if found is None:
        return False
    at = text.rfind(split.credit)
    return at >= found.start() and not any(c in ".!?()[]" for c in text[found.end():at])


def is_own_credit(text: str, pm: PageMarkers) -> bool:
    """Whether a whole line reads as a credit printed alone ("Image source, Getty Images")."""
    credits = pm.credits
    if len(text) > MAX_CREDIT or text.count(" ") > MAX_OWN_LINE_SPACES or not credits.could_be_credit(text):
        return False
    return credits.is_credit(trim_credit(text, pm), Context.OWN_LINE)


def _byline(credit: str, pm: PageMarkers) -> bool:
    """Whether a credit printed alone with no lead-in is a reporter's byline ("부산=Name 기자", "Name, Business
    Editor"), not a photographer's credit ("Name 사진기자", "Name/Photo Editor") nor a person and their outlet
    named with its article ("Jo Li/The Reporter")."""
    title = next((t for t in pm.byline_titles if credit.endswith(t)), None)
    if title is None or credit.endswith(pm.photo_titles):
        return False
    before = re.findall(r"\w+", credit[: -len(title)])
    return not (before and before[-1] in pm.markers.title_articles)


# -- the conventions, each a (text before, credit) or None --------------------

def _glued(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
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
    if pm.registry.recognise(word + text[glued.start():].split(None, 1)[0].rstrip(".,;:!?")) is not None:
        return None  # "Rus.Postimees": a known outlet's name holds the full stop, no sentence ends there
    credit = trim_credit(strip_leadin(text[glued.end():], pm), pm)
    credits = pm.credits
    if not credit or not credits.is_credit(credit, Context.ENCLOSED):
        return None
    if credits.read(credit).kinds <= {Kind.WEAK_ORG, Kind.DROPPED}:
        return None  # one unknown word ("...the city.Tuesday"): no evidence it names anyone
    if fold(credit) in pm.markers.org_words:
        return None  # a kind of outlet alone ("...полиции.Daily", "News"): an aggregator's source label, no one named
    return text[: glued.end()], credit


def _framed_tail(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
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


def _glued_unstopped(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
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


def _dash_lead_in(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
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
    glued = [m.start() for m in _GLUED_DASH.finditer(text, earliest)]
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


def _slash_marker(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'... on Friday. / Jo Li/Agency': a slash or bar after the caption's last sentence."""
    for m in _SLASH_MARKER.finditer(text, earliest):
        credit = trim_credit(strip_leadin(text[m.end():], pm), pm)  # "... 있다. /사진=뉴스1"
        if credit and pm.credits.is_credit(credit, Context.ENCLOSED):
            return text[: m.start()], credit
    return None


def _tail(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'... in Seoul. REUTERS/Jo Li': a credit after the caption's last sentence, unmarked."""
    # "<caption> / D. Umbraso / LRT nuotr.": the full stop of a name's initial after a slash marker ends no sentence
    ends = [m for m in _SENTENCE_END.finditer(text, earliest) if not _INITIAL_AFTER_SLASH.search(text, 0, m.start() + 1)]
    # The candidates are nested suffixes: once one holds a prose word, so do
    # all the longer ones, and none of them is a credit. So only the suffixes
    # up to the first with prose are tried, longest first.
    first = len(ends)
    while first > 0 and not pm.credits.has_prose(text[ends[first - 1].end():]):
        first -= 1
    for m in ends[first:]:
        credit = trim_credit(text[m.end():], pm)
        if credit and len(credit) < len(text) and pm.credits.is_credit(credit, Context.TAIL):
            return text[: m.start() + 1], credit
    return None
