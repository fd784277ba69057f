"""Stage 2, split: the credit a line carries, and the caption before it.

`split_caption_credit(text)` is the one public way from a printed caption
line to its caption and credit; the page-dump reader and the HTML reader both
call it. `split_line` gives the same split with what the page stages also
need to know (a caption label, alt text before an `Image copyright`).

A credit closes its line, in one of the conventions of shared/SPEC.md, tried
in this order: brackets and parentheses (credit_in_brackets.py), a lead-in word (credit_after_leadin.py),
a dash, a slash or bar marker, or a plain tail after the caption's last
sentence (unmarked_tails.py). A line may also be a credit alone, or open with a marked credit
whose end is clear, the caption after it (credit_first.py). What frames a
credit and is not part of it (a lead-in, wrapping brackets, a closing full
stop or date) is taken off by credit_edges.py.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..knowledge.registry import AgencyRegistry, bundled_registry
from ..text import marker_form
from .credit_after_bare_leadin import (capitals_credit_line, credit_after_bare_leadin, own_line_bare_leadin,
                                       without_second_leadin)
from .credit_after_leadin import credit_after_leadin
from .credit_edges import strip_leadin, trim_credit, unenclosed
from .credit_first import credit_first
from .credit_in_brackets import bracketed, parenthesised, stopped_after_parenthesis
from .caption_shape import MIN_CAPTION_WORDS, ends_sentence
from .credit_reading import MAX_CREDIT, Context
from .lines import clean_line
from .markers import FRAMED_END_WINDOW, SENTENCE_CLOSERS, PageMarkers, markers_for, tail_start
from .uncased_tails import dated_credit, equals_tail, supplied_credit, supplied_tail
from .unmarked_tails import (GLUED_DASH, dash_lead_in, framed_tail, glued_to_stop, glued_unstopped, plain_tail,
                             slash_marker)
from .unstopped import unstopped_tail
from .wire_datelines import wire_dateline

_LEADIN_COLONS = (":", "：")  # a lead-in labelling the caption after it closes with one
_SLASHES = "/／"  # the slash marker opening a credit alone, as Korean papers print it glued to the credit
MAX_OWN_LINE_SPACES = 16  # a line with more spaces is a sentence, not a credit alone
# labels or credits read off a line's start, one inside another ("FILE PHOTO: Photo: ...", "(AP) Photo: AFP | ..."):
# no page prints more
MAX_PEELED = 3
# lines read kept for a line printed again (split_line), and the longest kept: the longest real line is 2,000
# characters, so the lines kept hold 16 MB at most
MAX_REMEMBERED_LINES = 2048
MAX_REMEMBERED_LINE = 2000


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
    emptied: bool = False       # a caption closed by the separator before a credit, no credit after it ("... -")


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


def split_line(text: str, pm: PageMarkers, peeled: int = 0) -> Split:
    """The credit closing a cleaned line of text, and the text before it; `peeled`: the labels and credits already
    read off the start of the line this text is the rest of (at most MAX_PEELED).

    Pure, so a line printed again is read once: a page repeating a line dense with lead-ins ("© " a hundred times,
    some 2.5 ms a read) thousands of times costs one read, and a line read again by a later stage (a caption printed
    twice, between_copies) costs none. Lines of more than MAX_REMEMBERED_LINE characters are not kept.
    """
    if len(text) > MAX_REMEMBERED_LINE:
        return _read_line(text, pm, peeled)
    return _remembered_line(text, pm, peeled)


def _read_line(text: str, pm: PageMarkers, peeled: int) -> Split:
    tag = pm.editor_tag.search(text, max(0, len(text) - FRAMED_END_WINDOW)) if pm.editor_tag else None
    if tag and tag.start() > 0 and not pm.registry.names_desk_tag(tag[0].split("/")[1].strip()):
        # "... ANTARA FOTO/Name/foc/16.": read without the wire's desk tag (but "Name/dpa" names an agency)
        untagged = _split_line(text[: tag.start()], pm, peeled)
        if untagged.credit is not None and pm.credits.takes_desk_tag(pm.credits.read(untagged.credit), tag[0]):
            # the tag stays in the credit as printed
            return untagged._replace(credit=untagged.credit + tag[0].rstrip().rstrip("."))
    # only the reporter's address is looked for here (_split_line reads the rest of the frame): a line holding no
    # "@" (MAIL) has none, and skips the frames' pattern, ~3.5 µs a line
    framed = pm.framed_end.search(text, max(0, len(text) - FRAMED_END_WINDOW)) if pm.framed_end and "@" in text else None
    if framed and framed["mail"]:
        # "Name 기자 name@example.kr": the reporter's address is printed as part of the credit and names no one
        # (the credit reader drops it from the names); the line is read without it
        unaddressed = text[: framed.start("mail")].rstrip()
        split = _split_line(unaddressed, pm, peeled)
        split = split._replace(addressed=split.credit is not None and not split.before)  # a byline alone
        if split.credit is not None and not split.credit_first and unaddressed.endswith(split.credit):
            split = split._replace(credit=f"{split.credit} {framed['mail'].strip()}")
    else:
        split = _split_line(text, pm, peeled)
        split = _with_bracket_after_leadin(text, split, pm, peeled)
    if split.credit is not None and not split.credit_first and _credits_video(text, split.credit, pm):
        return Split(text, None)  # "... quebrada. (Video: Canal N)": a video's caption, no picture's
    if split.credit is not None and not split.before and pm.is_byline_credit(text):
        return Split(text, None)  # "By Jo Li/AFP": the story's writer and its wire, no picture's credit
    if split.credit is not None and not split.before and text.lstrip("[(（【 ").startswith(pm.closing_marks):
        return split._replace(closing=True)
    if split.credit is not None and split.before and pm.is_furniture(split.credit):
        # "... il calendario. © RIPRODUZIONE RISERVATA": the site's copyright notice glued to a story's last
        # paragraph names no one; the line is the story's text, not a caption
        return Split(text, None)
    if split.credit is None and split.before.endswith(pm.empty_slots) and not split.before_is_alt:
        caption = split.before[:split.before.rfind(" ")].rstrip()
        if ends_sentence(caption):  # "Domy jsou v troskách. -": the credit's slot left empty (layout.py)
            return split._replace(before=caption, emptied=True)
    return split


_remembered_line = lru_cache(maxsize=MAX_REMEMBERED_LINES)(_read_line)


def _with_bracket_after_leadin(text: str, split: Split, pm: PageMarkers, peeled: int) -> Split:
    """The credit after a lead-in closed by brackets, the two one credit: "... erreicht. Foto: Name (Archivbild)", as
    German regional papers print a file picture (round 82), and "... Holzstoss. Foto: Name (Keystone)", the agency
    in brackets after its photographer, as Swiss papers print it ("Marco Bello (Reuters)", SPEC). Read alone, the
    brackets would be the credit and the lead-in and its name the caption's last words."""
    if split.credit is None or not split.before or not text.rstrip().endswith(")"):
        return split
    head = text[:text.rstrip().rfind("(")].rstrip()
    inner = _split_line(head, pm, peeled)
    if inner.credit is None or not inner.before or inner.credit_first or not head.endswith(inner.credit) \
            or pm.leadin is None or not pm.leadin.search(head[len(inner.before):]):
        return split
    return inner._replace(credit=f"{inner.credit} {text[len(head):].strip()}")


def _split_line(text: str, pm: PageMarkers, peeled: int = 0) -> Split:
    credits = pm.credits
    labelled = False
    if pm.label is not None and text.startswith(pm.label_starts) and (label := pm.label.match(text)):
        rest = text[label.end():]
        if rest and not is_own_credit(rest, pm):
            labelled, text = True, rest
    if peeled < MAX_PEELED and (filed := _file_labelled(text, pm, peeled)) is not None:
        return filed._replace(labelled=filed.labelled or labelled)
    if not labelled and peeled < MAX_PEELED and (under_label := _caption_under_leadin(text, pm, peeled)) is not None:
        return under_label
    if text.startswith("(") and (wired := wire_dateline(text, pm)) is not None:
        caption, wired_credit = wired  # "(서울=연합뉴스) Name 기자 = <caption>": the credit opens the caption
        return Split(caption, wired_credit, labelled, credit_first=wired_credit is not None)
    earliest = tail_start(text)
    # from the line's start or a clause's end in its tail (a credit opening before the tail is longer than any credit;
    # each clause's end of the whole line read the rest of it: quadratic on a long line of dates)
    if pm.dated_head is not None and any(map(str.isdigit, text)) and (dated := dated_credit(text, earliest, pm)):
        return Split(dated[0], dated[1], labelled)  # "... 있다. 2014.4.18/뉴스1 © News1 Name 기자": the date marks it
    first = credit_first(text, pm) if peeled < MAX_PEELED else None  # "Photo: AFP | " 3,000 times: read from the end
    if first is not None and split_line(first[0], pm, peeled + 1).credit is None:  # a credit at both ends: unclear
        return Split(first[0], first[1], labelled, credit_first=True)
    framed = pm.framed_end.search(text, max(0, len(text) - FRAMED_END_WINDOW)) if pm.framed_end else None
    low = marker_form(text[earliest:])
    keys = pm.leadin_key_finder.keys_in(low)  # lead-ins' first letters: most lines hold none
    has_leadin = bool(keys)
    prose_end = credits.ends_in_prose(text)
    # "... market.—Mana": the last word is Mana
    if prose_end and (dash := GLUED_DASH.search(text, text.rfind(" ") + 1)):
        prose_end = credits.ends_in_prose(text[dash.end():])
    if not labelled and len(text) <= MAX_CREDIT:
        bare = unenclosed(text)  # "(AP Photo/Name)" alone on a line: the credit is kept without its brackets
        unmarked = strip_leadin(bare, pm) if has_leadin else bare
        if unmarked != bare and credits.is_credit(credit := trim_credit(unmarked, pm), Context.MARKED):
            return Split("", without_second_leadin(credit, pm))
        if bare is text and (capitals := capitals_credit_line(text, pm)):
            return Split("", capitals, opening=True)  # "PHOTO NAME, LA PRESSE" over its caption
        if has_leadin and (alone := own_line_bare_leadin(bare, pm)):  # "Photo AFP" alone, as L'Orient-Le Jour prints it
            if bare is not text and text.endswith(")") and (whole := parenthesised(text, 0, pm)) and not whole[0]:
                return Split("", whole[1])  # "(Foto Prensa Libre: Name)" alone: read as where it closes a caption
            return Split("", alone)
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
        (framed and framed_tail(text, earliest, pm))
        or (last == "]" and bracketed(text, earliest, pm))
        or (last in ")）" and parenthesised(text, earliest, pm))
        or (last == "." and stopped_after_parenthesis(text, earliest, pm))
        or (has_leadin and credit_after_leadin(text, earliest, keys, pm))
        or (has_leadin and credit_after_bare_leadin(text, earliest, pm))
        or (not prose_end and (
            dash_lead_in(text, earliest, pm)
            or (("/" in text or "|" in text) and slash_marker(text, earliest, pm))
            or plain_tail(text, earliest, pm)
        ))
        or (("＝" in text or "=" in text) and equals_tail(text, earliest, pm))
        or (text.endswith(pm.markers.supplied_words) and supplied_tail(text, earliest, pm))
    )
    glued = glued_to_stop(text, earliest, pm) or (not result and glued_unstopped(text, earliest, pm))
    if glued and (not result or len(glued[0]) < len(result[0])):
        result = glued  # the credit starting first: "...sept.Marco Bello (Reuters)", not "(Reuters)" alone
    if not result and not prose_end and not labelled:
        result = unstopped_tail(text, earliest, pm)  # "... no local NAME/O JORNAL", "... Liverpool / EFE - Jo Li"
    if result:
        return Split(result[0].rstrip(), result[1], labelled)
    return Split(text, None, labelled)


def _file_labelled(text: str, pm: PageMarkers, peeled: int) -> Split | None:
    """A line opening with Reuters' file photo words before a caption's sentence ("OLD FILE PHOTO: A locomotive is
    seen ...", "FILE PHOTO - ..."): the line read without them, then the caption given them back as printed. Before a
    credit alone ("FILE PHOTO: REUTERS") they are a lead-in, read as the line's others."""
    if pm.file_caption_label is None or (m := pm.file_caption_label.match(text)) is None:
        return None
    rest = _split_line(text[m.end():], pm, peeled + 1)
    words = rest.before.split()
    if rest.credit_first or len(words) < MIN_CAPTION_WORDS or not any(w.islower() for w in words) \
            or (pm.leadin is not None and pm.leadin.match(text[m.end():])):  # "FILE PHOTO: Courtesy of ...": a credit
        return None
    return rest._replace(before=text[:m.end()] + rest.before)


def _caption_under_leadin(text: str, pm: PageMarkers, peeled: int) -> Split | None:
    """'PHOTO: Firefighters battle the blaze. (ABC News: Jo Li)', 'Image: Waves crash on the wall. Pic: PA': a lead-in
    with its colon opening a line that closes with a credit of its own labels the caption, as ABC's dumps and Sky's
    live pages print it: the credit is at the line's end, so the lead-in opens no credit. Only where a caption's
    sentence stands between the two, one no credit reading would take ("Foto: Jo Li/dpa Karnevalisten ..." opens
    with its credit, credit_first.py), and a lead-in of one word: "FILE PHOTO: <caption> REUTERS/Name/File Photo"
    opens Reuters' caption, which says so of its picture."""
    if not any(colon in text for colon in _LEADIN_COLONS):
        return None  # most lines: the lead-ins' pattern, tried at the line's start, cost them ~4 µs each
    if pm.leadin is None or (m := pm.leadin.match(text)) is None or m.start(1) > 0 \
            or not m.group(1).rstrip().endswith(_LEADIN_COLONS) or len(m.group(1).rstrip(" :：").split()) > 1:
        return None  # one word: Reuters' "FILE PHOTO: <caption> REUTERS/Name/File Photo" says what the picture is
    rest = _split_line(text[m.end():], pm, peeled + 1)
    caption = rest.before
    if rest.credit is None or rest.credit_first or rest.before_is_alt or len(caption.split()) < MIN_CAPTION_WORDS \
            or caption[-1] not in SENTENCE_CLOSERS or not any(w.islower() for w in caption.split()) \
            or pm.credits.is_credit(caption, Context.MARKED):
        return None
    return rest._replace(labelled=True)


def _credits_video(text: str, credit: str, pm: PageMarkers) -> bool:
    """Whether the credit read is a video's: a video lead-in opens it, or stands right before it with no
    sentence's end between ("(Video: Canal N)", "Video: Jo Li/AFP", markers.yaml's video_leadins). A video is no
    picture (SPEC), so its line keeps no credit and makes none; a still from a video keeps the photo's lead-in
    ("Foto: captura de video", "Photo: Video grab/AFP") and stays a picture. Read here, on the line, rather than
    on the pictures found: the lead-in also stops a credit misread after it ("... Video: Jo" as caption, "Li/AFP"
    as credit)."""
    if pm.video_leadin is None:
        return False
    found = None
    for found in pm.video_leadin.finditer(text):
        pass
    if found is None:
        return False
    at = text.rfind(credit)
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
