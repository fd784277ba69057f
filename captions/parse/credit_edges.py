"""A credit's edges: what a page prints around a credit that is not part of it.

A lead-in word ("Photograph: X"), brackets wrapping the whole credit
("(AP Photo/Name)"), dashes, a closing full stop, a date after it, a bracket
whose mate the page lost. Every stage that finds a credit takes these off the
same way: the split (credit_in_line.py), a gallery run onto one line
(run_on.py) and a credit printed between a caption's copies (between_copies.py).
"""
from __future__ import annotations

import re
from functools import cache

from ..text import caseless, fold, marker_form
from .markers import CONTROL_WINDOW, PageMarkers, opens

DATED_TAIL_WINDOW = 60  # characters at a credit's end searched for the dates after it (", September 28, 2013")
_ENCLOSURES = {"(": ")", "[": "]", "（": "）"}
_JOINERS_BEFORE_LEADIN = ("/", "-", "–", "—")  # what pm.leadin allows before a lead-in ("- Foto: X")


def unenclosed(text: str) -> str:
    """The text inside the brackets that wrap the whole of it ("(AP Photo/Name)"), else the text itself.

    "(a) and (b)" is not wrapped: the first bracket closes before the end.
    """
    closing = _ENCLOSURES.get(text[:1])
    if closing is None or not text.endswith(closing) or len(text) < 3:
        return text
    depth = 0
    for i, c in enumerate(text):
        depth += (c == text[0]) - (c == closing)
        if depth == 0 and i < len(text) - 1:
            return text
    return text[1:-1].strip()


_TYPED_DASH = re.compile(r"--\s*(?=[^\W\d_])")
_DANGLING_JOINER = re.compile(r"(?:\s+(?:[©ⓒ/|]|\([cC]\)))+$|,$")  # a spaced sign or slash, or a comma, left closing a cut credit


def trim_credit(text: str, pm: PageMarkers) -> str:
    """A credit without the full stop, dashes or spaces around it, or a date after it."""
    text = text.strip().strip("—–").strip()
    if text[:1] in "/|" and text[1:2] not in "/|":
        text = text[1:].lstrip()  # "/게티이미지뱅크", "/ 사진공동취재단" alone: the slash marker, glued or not, names no one
    if text.startswith("--") and (m := _TYPED_DASH.match(text)):
        text = text[m.end():]  # "... on Saturday. --KPL": a typewriter's em dash, as "—KPL" ("--/Agency" names no one)
    # "Jo Li, Example Tribune, June 28, 2013": when, not who; "NASA/Jo Li KSC-06pd1707": the archive's number
    if pm.dated_head is not None and (m := pm.dated_head.match(text)) and m.end() < len(text):
        text = text[m.end():]  # "2014.4.18/뉴스1 © News1 Name 기자": when the picture was taken, not who took it
    for tail in (pm.dated_tail, pm.numbered_tail):
        if tail is not None and (m := tail.search(text, max(0, len(text) - DATED_TAIL_WINDOW))) and m.start() > 0:
            # the mark that joined the number to the name goes with it: "© Name © A1x9" is "Name", not "Name ©"
            text = _DANGLING_JOINER.sub("", text[: m.start()]) or text[: m.start()]
    if text.endswith(".") and not pm.kept_stop.search(text, max(0, len(text) - pm.kept_stop_width)):
        text = text[:-1].rstrip()
    elif text.endswith("।"):  # the daanda, Bengali's and Hindi's full stop: "ছবি: পিটিআই।"
        text = text[:-1].rstrip()
    for opening, closing in ("()", "[]"):
        if text.endswith(closing) and opening not in text:
            text = text[:-1].rstrip()  # "... 2014. NAME/Fred Chartrand)": a bracket whose mate the page lost
    return text


MAX_DROPPED_PHRASE = 60  # characters: no dropped phrase is longer ("avec l'aimable autorisation de" is 30)


def strip_leadin(text: str, pm: PageMarkers) -> str:
    """The text without the credit lead-in it starts with ("Photograph: X" -> "X")."""
    stripped = text.strip()
    if stripped.startswith(pm.markers.lower_leadin_starts) and not (
            len(stripped) <= MAX_DROPPED_PHRASE and fold(marker_form(stripped)) in pm.markers.dropped):
        # "foto Ansa": matched as printed, in lower case; "foto d'archivio" (file photo) is one marker, no lead-in
        lead = next(w for w in pm.markers.lower_leadin_starts if stripped.startswith(w))
        longer = pm.leadin.match(stripped) if pm.leadin is not None else None
        if longer is None or longer.end(1) <= len(lead):  # "foto di Name": the longer lead-in "Foto di" is dropped whole
            return stripped[len(lead):].lstrip()
    if pm.leadin is None:
        return text
    if len(stripped) <= MAX_DROPPED_PHRASE and fold(stripped) in pm.markers.dropped \
            and (whole := pm.leadin.match(stripped)) is not None and stripped[whole.end():].strip():
        # "Foto de archivo", "Foto de arquivo" (file photo): a dropped phrase the lead-in "Foto de" opens is one
        # marker, no lead-in and a credit "archivo"; alone it names no one, as "(File photo)" does not
        return text
    if not (opens(marker_form(stripped[:CONTROL_WINDOW]), pm.leadin_keys_by_first) or stripped.startswith(_JOINERS_BEFORE_LEADIN)):
        return text  # opens with no lead-in's first letters: the lead-ins' alternation, ~10 µs a try, is not needed
    for _ in range(2):  # "Photo: Courtesy of Name": a lead-in may follow another
        m = pm.leadin.match(stripped)
        if m is None or (is_cased(m.group(1)[-1]) and stripped[m.end(1):m.end(1) + 1].isalpha()):
            break  # none, or the start of a longer word: "Creditors gather ..." (uncased scripts glue words: "翻攝自X")
        if _ == 0 and m.group(1).rstrip().endswith("|") and (then := pm.leadin.match(stripped[m.end():])) \
                and picture_leadin(then.group(1), pm) and not picture_leadin(m.group(1), pm):
            return text  # "Ilustrační snímek | foto: Shutterstock": the words before the bar are the caption
        if fold(m.group(1).strip().rstrip("|:：").rstrip()) in courtesy_words(pm):
            # "Courtesy of Name", "PHOTO: COURTESY OF URCS", the Nation's "Photo credit: Courtesy | Kenya Red Cross":
            # it marks the credit's start and stays in it, its bar too
            break
        stripped = stripped[m.end():]
        if _ == 0 and (lower := next((w for w in pm.markers.courtesy_words if stripped.startswith(w.lower() + " ")),
                                     None)):
            # "(Photo: courtesy of Name)": in lower case the words run on from the lead-in, "Photo courtesy of" with a
            # colon; capitalised they open the credit and stay in it, "PHOTO: COURTESY OF NAME" (SPEC: words naming no one)
            return stripped[len(lower) + 1:].lstrip()
    else:
        return stripped
    return stripped if stripped != text.strip() else text


def courtesy_words(pm: PageMarkers) -> frozenset[str]:
    """The words saying a picture was handed over, folded ("courtesy of"): a lead-in's place, kept in the credit."""
    return _folded(pm.markers.courtesy_words)


@cache
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def picture_leadin(leadin: str, pm: PageMarkers) -> bool:
    """Whether a lead-in is the word for a picture alone ("foto:", "Photo:"): a line opening with another lead-in
    and a bar before it prints that one as its caption, "Ilustrační snímek | foto: Shutterstock" (iDNES's
    illustrative picture, the whole caption), where "PHOTO | COURTESY OF URCS" frames its credit twice."""
    word = fold(leadin.strip().rstrip(":：|/").strip())
    if word in pm.picture_mark_words or word in pm.lower_credit_leadins:
        return True
    # "Photo Credit:", "Image credits:" (The Hindu group's): the picture's word opening a lead-in of two words
    head, _, rest = word.partition(" ")
    return bool(rest) and " " not in rest and head in pm.picture_mark_words


def is_cased(c: str) -> bool:
    """Whether a character is a letter of a script with capitals, whose words spaces part."""
    return c.isalpha() and not caseless(c)
