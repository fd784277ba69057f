"""A credit after a capitalised word for a picture with no colon: `... bij Deurne. Foto Sander Koning`.

One of the conventions credit_in_line.py tries, after credit_after_leadin.py's
lead-ins: the word ("Foto", "Photo", "Photos") opens a name as often ("Foto
Ansa" alone, "Photo News", "Photo finish"), so it counts only where it stands
after a caption's last sentence or a slash marker, or alone on a line, and
what follows signs a picture.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from .credit_edges import is_cased, trim_credit
from .credit_parts import Kind
from .credit_reading import Context
from .markers import PageMarkers

_BEFORE_BARE_LEADIN = frozenset(".!?”\"/|")  # a caption's end, or a slash marker, before "Foto Name"
# round 118: a quotation closing the caption's last sentence, in the quote marks of Dutch, French and German print
# ("... te veel zijn.’ Foto Name", "... «On reste.» Photo Name"): the caption's end too, after its full stop
_QUOTE_AFTER_STOP = re.compile(r"[.!?][’»“«‹›']$")


def credit_after_bare_leadin(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'... bij Deurne. Foto Sander Koning', '... s Mlake / Foto Tomislav JURKOVIĆ', '... du jour. Photo RL/Name':
    a lead-in word of markers.yaml's lower_case_credit_leadins, or a word for a picture naming no one (a
    picture_marks word among the dropped_words: "Photo", "Photos"), capitalised and with no colon, after a
    caption's last sentence or a slash marker, closing the line with a credit (NRC's, Novi list's and the French
    regional press's captions). Elsewhere the capitalised word may open a name ("Foto Ansa" alone, "FOTO
    ANTARA/Name"): only this place sets it apart. An agency named with the word ("Photo News") keeps it, and a
    kind of picture ("Photo illustration by Name") is no lead-in word."""
    for lead in _bare_leadins(pm):
        at = text.rfind(lead, earliest)
        if at < 0:
            continue
        before = text[:at].rstrip()
        if not before or (before[-1] not in _BEFORE_BARE_LEADIN and not _QUOTE_AFTER_STOP.search(before)):
            continue
        credit = trim_credit(text[at + len(lead):], pm)
        # "Photo Name. Le Figaro": a full stop joining the name to the paper is no sentence's where the credit reads
        # as one closing a caption without the word
        if credit and _opens_credit(credit, pm) and not _named_with(lead.strip(), credit, pm) \
                and (pm.credits.is_credit(credit, Context.MARKED) or pm.credits.is_credit(credit, Context.TAIL)) and (
                    lead.strip().lower() in pm.markers.lower_case_credit_leadins or _signed(credit, pm)):
            return before.rstrip("/|").rstrip(), credit
    return None


def _signed(credit: str, pm: PageMarkers) -> bool:
    """Whether what follows a word for a picture ("Photo", "Photos", "Bilder") with no colon signs a picture as the
    French regional press does, not a sentence or a title opening with the word ("Photo finish", "Photos Show
    Flooded Streets", "Photo Booth"): a credit wherever it stands (a known agency, "RL/Name") or a word printed in
    capitals, the surname or a body's abbreviation ("Julie BERNARD", "SDIS 57", "DR")."""
    return pm.credits.is_credit(credit, Context.TAIL) or any(
        len(w) >= 2 and w.isupper() for w in re.findall(r"\w+", credit))


def without_bare_leadin(inner: str, pm: PageMarkers) -> str:
    """The text in brackets closing a caption's last sentence without the capitalised word for a picture it opens
    with (credit_after_bare_leadin's words), before a capital: Breton and Italian papers' "(Photo AFP/Name)",
    "(Foto Ansa)". Kept where the word and what follows are one name ("Photo News") or a kind of picture, and
    before a colon: "(Foto Prensa Libre: Name)" is the outlet's photo desk signing, printed whole (as read in HTML)."""
    for lead in _bare_leadins(pm):
        word = lead.lstrip()
        if inner.startswith(word) and _opens_credit(inner[len(word):], pm) and ":" not in inner and not _named_with(
                word.strip(), inner[len(word):], pm):
            return inner[len(word):]
    return inner


def without_second_leadin(credit: str, pm: PageMarkers) -> str:
    """A credit read after a lead-in without the capitalised word for a picture it opens with, a second lead-in
    with no colon: "© Photo Rémi VERNADET", as the French regional press signs (as in "(Photo AFP/Name)"), where
    what follows signs a picture so (a credit wherever it stands, or a word in capitals: _signed); "© Photo News",
    an agency's name, and "© Photo Booth", a thing's, keep it."""
    rest = without_bare_leadin(credit, pm)
    signed = rest != credit and pm.credits.is_credit(rest, Context.MARKED) and _signed(rest, pm)
    return rest if signed and not _titled(rest, pm) else credit


def own_line_bare_leadin(text: str, pm: PageMarkers) -> str | None:
    """'Photo AFP', 'Photo d'archives ANI' alone on a line: the credit after a capitalised word for a picture with no
    colon (credit_after_bare_leadin's words) opening the line, where what follows would read as a credit alone on
    its line (a known agency, "Name/Outlet") and is no name with the word ("Photo News"); else None. Words in
    capitals or a name alone after it ("Photo OF THE DAY", "Photo Jane Doe") are left: a title may open so, and so
    may one unknown word before the source ("Photo Exhibition/Reuters", "Photo Contest/Getty Images", "Foto
    Galerie/dpa": the word and the picture's word name a thing, not a source)."""
    for lead in _bare_leadins(pm):
        word = lead.lstrip()
        if text.startswith(word):
            credit = trim_credit(text[len(word):], pm)
            if credit and _opens_credit(credit, pm) and not _named_with(word.strip(), credit, pm) \
                    and not _titled(credit, pm) and pm.credits.is_credit(credit, Context.OWN_LINE):
                return credit
    return None


def capitals_credit_line(text: str, pm: PageMarkers) -> str | None:
    """'PHOTO OLIVIER JEAN, LA PRESSE', 'PHOTO ARCHIVES LE DEVOIR' alone on a line: Quebec papers' credit line, set in
    capitals and opened by the word for a picture with no colon (own_line_bare_leadin's words, in capitals), printed
    over its caption. The credit after the word, where the whole line is in capitals and the credit names a known
    agency, a person and an organisation, or a person and a word naming no one after a comma ("NAME, COLLABORATION
    SPÉCIALE", a freelance's); a kicker or headline in capitals ("PHOTO OF THE DAY", "PHOTOS DU WEEK-END", "PHOTO
    ESSAY: ...") names none; else None."""
    if not text[:1].isupper() or text != text.upper() or ":" in text:
        return None
    for lead in _bare_leadins(pm):
        word = lead.lstrip().upper()
        if text.startswith(word) and not _named_with(word.strip(), credit := trim_credit(text[len(word):], pm), pm):
            if credit and _name_then_source(credit, pm) and pm.credits.is_credit(credit, Context.MARKED):
                return credit
    return None


def _name_then_source(credit: str, pm: PageMarkers) -> bool:
    """Whether a credit in capitals has the credit line's shape: a known agency's archive ("ARCHIVES LA PRESSE"), or
    a person's name, a comma and a source or a word naming no one ("NAME, LE DEVOIR", "NAME, COLLABORATION
    SPÉCIALE"); a person's name holds no English small word ("OF THE WEEK, REUTERS" is a title) and opens with no
    particle ("PHOTO DU JOUR, LA PRESSE", "FOTO DEL GIORNO, ANSA": the kicker's "of the day"). A wire alone
    ("PHOTO AFP", "FOTO EFE") is printed under captions as often, and shows no side."""
    parts = pm.credits.read(credit).parts
    last = parts[-1]
    if len(parts) == 1:
        return last.kind is Kind.AGENCY and any(fold(w) in pm.markers.dropped for w in last.text.split())
    small, words = pm.markers.heading_small_words, parts[0].text.split()
    return (len(parts) == 2 and last.joiner == "," and parts[0].kind is Kind.PERSON
            and last.kind in (Kind.AGENCY, Kind.ORG, Kind.DROPPED)
            and not any(fold(w) in small for w in words)
            and fold(words[0]) not in pm.markers.particles)  # a name opens with no particle: "DU JOUR, LA PRESSE"


def _titled(credit: str, pm: PageMarkers) -> bool:
    """Whether a credit's first part, before its source, is one capitalised word no registry knows and no
    abbreviation ("Exhibition/Reuters", "Booth by Reuters"): a photographer's name has two words or more, an
    agency's is known ("Ansa") or printed in capitals ("RL/Name")."""
    head = re.split(r"\s*[/|,]\s*|\s+by\s+", credit, maxsplit=1)[0].strip()
    return (len(head.split()) == 1 and head != credit.strip() and head[:1].isupper() and not head.isupper()
            and pm.credits.registry.credited_name(head) is None)


def _opens_credit(credit: str, pm: PageMarkers) -> bool:
    """Whether a text after a word for a picture opens as a credit does: with a capital ("AFP/Name"), or with a word
    naming no one printed in lower case before a capital, a file photo's ("archives DNA/Name", "d'archives ANI")."""
    if is_cased(credit[:1]) and credit[0].isupper():
        return True
    first, _, rest = credit.partition(" ")
    return first.islower() and fold(first) in pm.markers.dropped and is_cased(rest[:1]) and rest[0].isupper()


@lru_cache(maxsize=16)  # one PageMarkers per registry, hashed by identity: built once, not on every line
def _bare_leadins(pm: PageMarkers) -> tuple[str, ...]:
    """" Foto ", " Фото ", " Photo ", " Photos ": the words credit_after_bare_leadin looks for, set off by spaces."""
    markers = pm.markers
    words = [w.capitalize() for w in markers.lower_case_credit_leadins]
    words += [w for w in markers.picture_marks if is_cased(w[:1]) and fold(w) in markers.dropped and w not in words]
    return tuple(f" {w} " for w in words)


def _named_with(word: str, credit: str, pm: PageMarkers) -> bool:
    """Whether the word and the credit's first words are one name: an agency's ("Photo News/Name"), or a kind of
    picture of dropped_words ("Photo illustration by Name")."""
    head = credit.split("/")[0].split("|")[0].split(",")[0].strip()
    first = credit.split()[0]
    return (pm.credits.registry.credited_name(f"{word} {head}") is not None
            or fold(f"{word} {first}") in pm.markers.dropped)
