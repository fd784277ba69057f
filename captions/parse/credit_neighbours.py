"""A credit's part read again by the parts beside it, once the credit is split (credit.py).

The part reader (credit_part_reader.py) says who one part names on its own; some
parts read otherwise by what stands next to them: a name after a photographer's
slash is the outlet ("Name/Outlet"), one word after a known agency is its
photographer ("REUTERS/Beawiharta"), a user name beside a stock library is its
contributor. Each function changes the parts of one credit in place.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import fold
from .credit_parts import Kind, Part

if TYPE_CHECKING:
    from ..knowledge.markers import Markers
    from ..knowledge.registry import AgencyRegistry

# The kinds of agency (agencies.yaml) whose own photographers sign "Name/AGENCY": one word before such a
# name is a photographer known by one name, a wire's ("Sutarno/Antara") as a paper's or a channel's staff
# ("Sutarno/Kompas"). Libraries and distributors are left out: before them one word is as often an agency
# whose pictures they sell.
_NEWSROOM_KINDS = frozenset({"wire", "state media", "publication", "broadcaster"})
# "Name/AFP", "Name, AFP", "Name (AFP)"; not "for": one word "for" a paper is as often prose ("Vote pour Libération")
_SIGNED_JOINERS = frozenset({"/", ",", "(", "|", "-", "–", "—"})
_TOKEN = re.compile(r"[\w-]*[^\W\d_][\w-]*")  # one word of letters, digits, "_" and "-", a letter among them


def read_after_joiners(parts: list[Part], markers: Markers, standalone: frozenset[str]) -> None:
    """A person's name after a photographer's slash, or after "Supplied by", read as an organisation."""
    for n in range(len(parts) - 1, 0, -1):
        if parts[n].joiner == "/" and parts[n].kind is Kind.PERSON and parts[n - 1].kind is Kind.PERSON:
            # "Name/Outlet": what follows a photographer's name after a slash is where the picture
            # comes from, even when it is shaped like a name ("Julie Oliver/Berita Benar",
            # "NAME/O TEMPO/ESTADÃO CONTEÚDO")
            parts[n] = as_kind(parts[n], Kind.ORG)
        elif (parts[n].joiner == "by" and parts[n].kind is Kind.PERSON and parts[n - 1].kind is Kind.DROPPED
              and fold(parts[n - 1].text) in standalone
              and any(fold(w) in markers.org_words for w in parts[n].name.split())):
            # "Supplied by Tasmania Police": who handed the picture over, a body by its word, took none
            parts[n] = as_kind(parts[n], Kind.ORG)


def read_two_parts(parts: list[Part], registry: AgencyRegistry) -> None:
    """A credit of two parts, an organisation and one word, read as the organisation and its photographer.

    Parts naming no one do not count: a lead-in before them ("Photo: REUTERS/Name") or a word after them
    ("REUTERS/Name/File Photo") leaves the same two (m177); one between them ("Name/B/AFP", a letter left where a
    page cut a name) parts them."""
    kept = [n for n, p in enumerate(parts) if p.kind is not Kind.DROPPED]
    if len(kept) != 2 or kept[1] != kept[0] + 1:
        return
    first, second = kept
    two = [parts[first], parts[second]]
    _read_pair(two, registry)
    parts[first], parts[second] = two


def _read_pair(parts: list[Part], registry: AgencyRegistry) -> None:
    markers = registry.markers
    if parts[1].joiner in ("/", "-") and parts[0].kind is Kind.AGENCY and parts[1].kind is Kind.WEAK_ORG \
            and agency_kind(registry, parts[0].name) not in ("government", "local government", "platform"):
        # "AGENCY/Photographer": one word after a known agency is a photographer known by one name
        # ("REUTERS/Beawiharta", Italian papers' "L'Unione Sarda - Serra" with a spaced dash), not a second
        # organisation; after a government body it is the
        # body it made the picture with ("NASA/JPL-Caltech"); a platform takes no picture, so what follows
        # it is its owner or a service of it ("Google/Alphabet"), no photographer
        parts[1] = as_kind(parts[1], Kind.PERSON)
    elif (parts[1].joiner == "/" and parts[0].kind is Kind.ORG
          and _studio_or_body(parts[0].text, markers) and parts[1].kind is Kind.WEAK_ORG
          and _surname_shaped(parts[1].name, markers)):
        # "fotokerschi.at/Kerschbaummayr", "Stadt Graz/Fischer": a photo studio by its web address or a body by
        # its words, then the photographer it sent, by surname, as the Austrian and German press print it;
        # one word after a known agency is read so above
        parts[1] = as_kind(parts[1], Kind.PERSON)
    elif (parts[1].joiner == "/" and parts[0].kind is Kind.WEAK_ORG
          and parts[1].kind is Kind.AGENCY and agency_kind(registry, parts[1].name) in _NEWSROOM_KINDS):
        # "Photographer/WIRE", the same credit the other way round ("Babu/Reuters Photo")
        parts[0] = as_kind(parts[0], Kind.PERSON)
    elif (parts[1].joiner == "/" and parts[0].kind in (Kind.ORG, Kind.WEAK_ORG) and parts[1].kind is Kind.AGENCY
          and fold(parts[1].name) in markers.surname_signed and _signed_surname(parts[0].name, markers)):
        # "SEVGI/SIPA": an agency whose photographers sign by surname alone (markers.yaml's surname_signed_agencies),
        # that surname before it; in capitals too, which elsewhere makes one word an acronym's organisation
        parts[0] = as_kind(parts[0], Kind.PERSON)
    elif (parts[1].joiner == ":" and parts[1].kind is Kind.WEAK_ORG
          and (parts[0].kind in (Kind.AGENCY, Kind.ORG) and parts[0].text.startswith(f"{parts[0].name} ")
               or parts[0].kind is Kind.AGENCY and agency_kind(registry, parts[0].name) in _NEWSROOM_KINDS
               and _surname_shaped(parts[1].name, markers))):
        # "KT Photo: Farouk": an outlet, the word for its photo and a colon sign one word as "AP Photo/Name"
        # does: its photographer known by one name; so does a newsroom's name and a colon ("ABC News: Sutarno",
        # as "ABC News: Jo Li")
        parts[1] = as_kind(parts[1], Kind.PERSON)


def one_name_before_newsroom(parts: list[Part], registry: AgencyRegistry) -> None:
    """A credit opening with one capitalised word, then a newsroom's name (or a pool's) and only agencies after:
    that word is a photographer known by one name, whatever joins the two.

    "Sutarno/Antara/AFP", "Sutarno, AFP", "Sutarno (AP)", "Sutarno | Reuters", "Sutarno/Pool/AP": a wire's, a
    paper's or a pool's own photographer signs before it as "Jo Li/AFP" does;
    one word there is a name an outlet prints whole (Indonesian and Javanese names are often one word). Two
    parts joined by a slash are read so by read_two_parts; this reads the longer chains and the other joiners.
    """
    named = [n for n, p in enumerate(parts) if p.kind is not Kind.DROPPED]
    if len(named) < 2 or named[1] != named[0] + 1:
        return
    first, second = parts[named[0]], parts[named[1]]
    if (first.kind is not Kind.WEAK_ORG or first.labels or not _surname_shaped(first.name, registry.markers)
            or second.kind is not Kind.AGENCY or second.joiner not in _SIGNED_JOINERS
            or agency_kind(registry, second.name) not in _NEWSROOM_KINDS | {"pool"}
            or any(parts[n].kind is not Kind.AGENCY for n in named[2:])):
        return
    parts[named[0]] = as_kind(first, Kind.PERSON)


def stock_contributor(parts: list[Part], registry: AgencyRegistry) -> None:
    """A credit naming a stock library (kind: stock) names its contributor by a user name: a photographer.

    "upixa / Getty Images / iStock", "© methaphum / stock.adobe.com": the one part shaped like a user
    name and like no name is that contributor, not an organisation.
    """
    prose = registry.markers.prose
    users = [n for n, p in enumerate(parts) if p.kind in (Kind.PROSE, Kind.WEAK_ORG) and _user_name(p.name, prose)]
    if len(users) != 1 or not any(p.kind is Kind.AGENCY and agency_kind(registry, p.name) == "stock" for p in parts):
        return
    parts[users[0]] = as_kind(parts[users[0]], Kind.PERSON)


def agency_kind(registry: AgencyRegistry, name: str) -> str | None:
    """The kind of the known agency `name` names ("pool", "stock"), or None."""
    agency = registry.recognise(name)
    return agency.kind if agency is not None else None


def as_kind(part: Part, kind: Kind) -> Part:
    """The part read as `kind`, its text, name and joiner kept (and no other mark)."""
    return Part(part.text, kind, part.name, part.joiner)


def _studio_or_body(text: str, markers: Markers) -> bool:
    """Whether a credit's part is a web address ("fotohaidl.at") or a body's name of two words or more holding
    an organisation's or a body's word ("Stadt Steyr", "Feuerwehr Linz")."""
    words = [fold(w) for w in text.split()]
    if len(words) == 1:
        return "." in text and not text.endswith(".")
    return any(w in markers.org_words for w in words) or markers.body_word_among(text.split())


def _surname_shaped(word: str, markers: Markers) -> bool:
    """Whether one word could be a surname: letters, capitalised, and no compound closing with an
    organisation's word or a word for a picture ("Stadtkommunikation", "Pressebild" name no one)."""
    folded = fold(word)
    return (word.isalpha() and word.istitle() and not folded.endswith(markers.org_endings)
            and not any(folded.endswith(w) for w in markers.dropped if len(w) >= 4 and w.isalpha()))


def _signed_surname(word: str, markers: Markers) -> bool:
    """Whether one word, in capitals or capitalised, could be a surname signing alone: four letters or more, so that
    an acronym ("JDD", "UGC") stays an organisation, and shaped as a surname otherwise."""
    return len(word) >= 4 and (word.isupper() or word.istitle()) and fold(word) not in markers.org_words \
        and fold(word) not in markers.prose and _surname_shaped(word.capitalize(), markers)


def _user_name(name: str, prose: frozenset[str]) -> bool:
    """One word shaped like no name: lower case first or a digit or "_" in it ("upixa", "2630ben", "jo_li").

    A lone capitalised word stays an organisation: REX/Shutterstock distributes agencies' pictures too
    ("Kontrolab/REX/Shutterstock"). Scripts with no capitals have no lower case.
    """
    return (_TOKEN.fullmatch(name) is not None and fold(name) not in prose
            and (name[0].islower() or any(c.isdigit() or c == "_" for c in name)))
