"""The agency registry: the known agencies and the page markers (markers.py), the knowledge the parsers consult.

Immutable, built once from the bundled YAML files (and a user's file) and
passed to the parsers; nothing writes into it while parsing.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..text import fold
from .errors import RegistryError
from .html_conventions import check_html_mapping
from .markers import Markers
from .yaml_cache import load_yaml_data

AGENCY_KINDS = (
    "wire", "photo agency", "state media", "pool", "publication",
    "broadcaster", "government", "local government", "stock", "platform", "organisation",
)


OUTLET_KINDS = frozenset({"publication", "broadcaster"})  # papers, news sites and broadcasters (agencies.yaml)
BODY_KINDS = frozenset({"government", "local government", "organisation"})  # bodies that hand out pictures, not the press
_COUNTRY = re.compile(r"[A-Z]{2}")  # ISO 3166-1 alpha-2


@dataclass(frozen=True)
class Agency:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    variants: tuple[str, ...] = ()  # printed forms known as this agency, kept as printed (SPEC)
    # its spellings matched only as printed in capitals: in any other case they are a word ("APP", "app", "WhatsApp")
    capitals_only: tuple[str, ...] = ()
    # its spellings not known as printed in capitals, where they are another body's: "agf" and "Agf" close Italian
    # captions (the Rome photo agency), "(AGF)" after a player's name is his club, Aarhus' (review 137)
    never_in_capitals: tuple[str, ...] = ()

    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.variants)


class AgencyRegistry:
    """Known agencies by canonical name, found by any alias, case-insensitively."""

    def __init__(self, agencies: Iterable[Agency], markers: Markers, html: Mapping[str, Any] | None = None) -> None:
        self.html = html  # a user's additions to the HTML markup conventions (captions/knowledge/html.yaml), if any
        self._agencies: dict[str, Agency] = {}
        for agency in agencies:
            self._agencies[agency.name] = agency
        self._by_key: dict[str, Agency] = {}
        # Spellings a credit keeps as printed: an agency outside the spec's table
        # of canonical names is named as the credit prints it ("PA Media", "PA").
        self._kept: set[str] = set()
        # Folded spellings known only when a credit prints them in capitals ("APP": "App" is a word).
        self._capitals: set[str] = {fold(s) for a in self._agencies.values() for s in a.capitals_only}
        # Folded spellings not known as printed in capitals ("AGF", a football club; "agf" the agency).
        self._not_capitals: set[str] = {fold(s) for a in self._agencies.values() for s in a.never_in_capitals}
        for agency in self._agencies.values():
            for spelling in (agency.name, *agency.aliases):
                self._by_key.setdefault(fold(spelling), agency)
            for spelling in agency.variants:
                if self._by_key.setdefault(fold(spelling), agency) is agency:
                    self._kept.add(fold(spelling))
        # A name claims its own spelling before another entry's alias does.
        for agency in self._agencies.values():
            self._by_key[fold(agency.name)] = agency
            self._kept.discard(fold(agency.name))
        self.markers = markers

    def __iter__(self):
        return iter(sorted(self._agencies.values(), key=lambda a: fold(a.name)))

    def __len__(self) -> int:
        return len(self._agencies)

    def __contains__(self, name: str) -> bool:
        return self._get(name) is not None

    def _get(self, text: str, key: str | None = None) -> Agency | None:
        """The agency this spelling names, folded as `key`; a capitals-only one only as printed in capitals."""
        key = fold(text) if key is None else key
        if key in self._capitals and not text.isupper():
            return None
        if key in self._not_capitals and text.isupper():
            return None
        return self._by_key.get(key)

    def lookup(self, text: str) -> Agency | None:
        """The agency a credit part names by its name or an alias, or None."""
        return self._cased(text, self._get(text))

    def recognise(self, text: str) -> Agency | None:
        """Like lookup, but a leading "The" does not matter ("The White House", "Korea Times").

        A name found only this way is still printed as the credit prints it.
        """
        key = fold(text)
        agency = self._get(text, key)
        if agency is None and not key.startswith("the "):
            agency = self._by_key.get("the " + key)
            if agency is not None and agency.kind in OUTLET_KINDS and " " not in key:
                return None  # "Independent", "Australian", "Economist" alone are words: The Independent is so named
        elif agency is None:
            agency = self._by_key.get(key[4:])
        return self._cased(text, agency)

    def credited_name(self, text: str) -> str | None:
        """The name a credit part gives a known agency: its canonical name for the
        name or an alias, the text as printed for a variant; None when unknown."""
        key = fold(text)
        agency = self._cased(text, self._get(text, key))
        if agency is None:
            return None
        if key not in self._kept:
            return agency.name
        if text.endswith(".") and not any(s.endswith(".") for s in agency.spellings()):
            return text[:-1].rstrip()  # "Name/PA.": the credit's full stop, not the variant's (m177)
        return text

    @staticmethod
    def _cased(text: str, agency: Agency | None) -> Agency | None:
        """`agency`, unless `text` prints an outlet's title-case name in sentence case: "El tiempo", "El mundo", "La
        presse" are a weather crosshead, a world section and a common phrase, not El Tiempo, El Mundo, La Presse.
        A paper or broadcaster credited by its name prints it as it spells it, or in capitals ("FOTO: EL TIEMPO")."""
        if agency is None or agency.kind not in OUTLET_KINDS or text.isupper():
            return agency
        printed = [w for w in text.split() if w.casefold() != "the"]
        for spelling in agency.spellings():
            words = [w for w in spelling.split() if w.casefold() != "the"]
            if len(words) == len(printed) and len(words) > 1 and any(
                    s[:1].isupper() and p[:1].islower() for s, p in zip(words[1:], printed[1:])):
                continue
            return agency
        return None

    def names_desk_tag(self, tag: str) -> bool:
        """Whether a wire's desk tag closing a credit ("ANTARA FOTO/Name/wsj") is a known agency's name instead.

        Printed in lower case, it is only where an agency is spelled so ("Name/dpa", "Name/epa"): an editor's
        initials may be any agency's acronym in capitals ("wsj", "WSJ", The Wall Street Journal)."""
        agency = self.lookup(tag)
        if agency is None:
            return False
        return tag != tag.lower() or tag in agency.spellings()

    def get(self, name: str) -> Agency | None:
        """The agency of this canonical name, or None."""
        return self._agencies.get(name)

    def catalogued(self, name: str) -> Agency | None:
        """The agency a catalogue's credit lists: by the canonical name it prints ("AGF", known on a page only as
        "agf": never_in_capitals), else by the name or alias as printed, as `lookup` finds it."""
        return self._agencies.get(name) or self.lookup(name)

    def named(self, name: str) -> Agency | None:
        """The agency a catalogue or a user names: by its canonical name as the catalogue prints it ("AGF", known
        on a page only as "agf": never_in_capitals), else by any spelling, as `recognise` finds it."""
        return self._agencies.get(name) or self.recognise(name)

    def names(self) -> list[str]:
        return [a.name for a in self]

    def spellings(self) -> dict[str, str]:
        """Every folded spelling and the canonical name it stands for (not the capitals-only ones: folded,
        "app" is a word)."""
        return {key: agency.name for key, agency in self._by_key.items() if key not in self._capitals}

    def extended(self, data: Mapping[str, Any], source: str) -> "AgencyRegistry":
        """A new registry: this one plus a user's file; same names replace ours."""
        agencies = dict(self._agencies)
        added = parse_agencies(data, source)
        for agency in added:
            agencies.pop(agency.name, None)
        claimed = {fold(s): a.name for a in agencies.values() for s in a.spellings()}
        for agency in added:
            for spelling in agency.spellings():
                other = claimed.get(fold(spelling))
                if other is not None and other != agency.name:
                    raise RegistryError(f"{source}: {agency.name}: {spelling!r} already names {other}; "
                                        f"an alias names one agency")
        for agency in added:
            agencies[agency.name] = agency
        markers = self.markers
        if data.get("markers") is not None:
            if not isinstance(data["markers"], Mapping):
                raise RegistryError(f"{source}: markers must be a mapping of lists")
            markers = Markers.from_mapping(data["markers"], base=self.markers, source=source)
        html = self.html
        if data.get("html") is not None:
            check_html_mapping(data["html"], source)
            html = {**(html or {}), **{k: [*(html or {}).get(k, []), *v] for k, v in data["html"].items()}}
        return AgencyRegistry(agencies.values(), markers, html)


def parse_agencies(data: Mapping[str, Any], source: str) -> list[Agency]:
    if not isinstance(data, Mapping):
        raise RegistryError(f"{source}: expected a mapping with an 'agencies' list")
    unknown = set(data) - {"agencies", "markers", "html"}
    if unknown:
        raise RegistryError(f"{source}: unknown key {sorted(unknown)[0]!r} (expected 'agencies', 'markers' and 'html')")
    entries = data.get("agencies") or []
    if not isinstance(entries, list):
        raise RegistryError(f"{source}: 'agencies' must be a list")
    out = []
    claimed: dict[str, str] = {}  # folded spelling -> the agency it names
    listed_at: dict[str, int] = {}  # name -> its entry's number
    for i, entry in enumerate(entries, 1):
        where = f"{source}: agencies[{i}]"
        if not isinstance(entry, Mapping):
            raise RegistryError(f"{where}: each agency is a mapping with a 'name' (- name: ...), got {entry!r}")
        name = entry.get("name")
        if name is not None and not isinstance(name, str):  # name: 42, name: 2024-01-01, name: [AP]
            raise RegistryError(f"{where}: 'name' must be text (quote it: YAML reads bare numbers and dates as such), got {name}")
        if not name or not name.strip():
            raise RegistryError(f"{where}: each agency needs a 'name'")
        extra = set(entry) - {"name", "aliases", "variants", "kind", "country", "capitals_only", "never_in_capitals"}
        if extra:
            raise RegistryError(f"{where}: unknown field {sorted(extra)[0]!r}")
        names: dict[str, list[str]] = {}
        for key in ("aliases", "variants", "capitals_only", "never_in_capitals"):
            listed = entry.get(key) or []
            if not isinstance(listed, list) or not all(isinstance(a, str) for a in listed):
                raise RegistryError(f"{where}: {key!r} must be a list of names")
            names[key] = [a.strip() for a in listed if a.strip()]
        kind = entry.get("kind")
        if kind is not None and kind not in AGENCY_KINDS:
            raise RegistryError(f"{where}: kind {kind!r} is not one of {', '.join(AGENCY_KINDS)}")
        country = entry.get("country")
        if country is not None and not (isinstance(country, str) and _COUNTRY.fullmatch(country)):
            raise RegistryError(f"{where}: 'country' must be a two-letter country code such as \"FR\" "
                                f"(quote it: YAML reads a bare NO as false), got {country!r}")
        agency = Agency(name.strip(), tuple(names["aliases"]), kind, country, tuple(names["variants"]),
                        tuple(names["capitals_only"]), tuple(names["never_in_capitals"]))
        for spelling in agency.capitals_only:
            if spelling not in agency.spellings() or not spelling.isupper():
                raise RegistryError(f"{where}: capitals_only {spelling!r} must be one of its name, aliases or "
                                    "variants, printed in capitals")
        for spelling in agency.never_in_capitals:
            if spelling not in agency.spellings() or not spelling.isupper() or spelling in agency.capitals_only:
                raise RegistryError(f"{where}: never_in_capitals {spelling!r} must be one of its name, aliases or "
                                    "variants, printed in capitals, and not capitals_only")
        if agency.name in listed_at:  # the later entry would replace the earlier one unseen
            raise RegistryError(f"{where}: {agency.name!r} is listed already, at agencies[{listed_at[agency.name]}]; "
                                "give each agency one entry")
        listed_at[agency.name] = i
        for spelling in agency.spellings():
            other = claimed.setdefault(fold(spelling), agency.name)
            if other != agency.name:
                raise RegistryError(f"{where}: {spelling!r} already names {other}; an alias names one agency")
        out.append(agency)
    return out


def _load_yaml_text(text: str, source: str) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}:" if mark is not None else ""
        problem = getattr(err, "problem", None) or "not valid YAML"
        raise RegistryError(f"{source}:{where} {problem}") from None
    if isinstance(data, dict):
        _refuse_repeated_keys(text, data, source)
    return data


_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:", re.MULTILINE)


def _refuse_repeated_keys(text: str, data: Mapping[str, Any], source: str) -> None:
    """A key given twice at the top of a file is an error: YAML keeps the later list and drops the earlier unseen."""
    first_at: dict[str, int] = {}
    line, counted_to = 1, 0
    for match in _TOP_LEVEL_KEY.finditer(text):
        key = match.group(1)
        if key not in data:
            continue  # not a key of the mapping (a line of a block of text)
        line += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        if key in first_at:
            raise RegistryError(f"{source}: line {line}: {key!r} is given twice (first at line {first_at[key]}); "
                                "YAML would keep only the later one: give it once")
        first_at[key] = line


def _bundled_data(file: Any) -> Any:
    """What a bundled knowledge file says (`file`: its importlib.resources Traversable)."""
    return load_yaml_data(file.read_text("utf-8"), file.name, _load_yaml_text, key=f"captions/knowledge/{file.name}")


@lru_cache(maxsize=1)
def bundled_registry() -> AgencyRegistry:
    """The registry shipped with captions."""
    data_dir = resources.files("captions.knowledge")
    markers = Markers.from_mapping(_bundled_data(data_dir / "markers.yaml"), trusted=True)
    agencies = parse_agencies(_bundled_data(data_dir / "agencies.yaml"), "agencies.yaml")
    return AgencyRegistry(agencies, markers)


def load_registry(path: str | Path | None = None) -> AgencyRegistry:
    """The bundled registry, extended by a user's YAML file when one is given."""
    base = bundled_registry()
    if path is None:
        return base
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RegistryError(f"{path}: not UTF-8 text") from None
    except OSError as err:
        from ..inputs import os_problem

        raise RegistryError(f"{path}: {os_problem(err)}") from None
    data = load_yaml_data(text, str(path), _load_yaml_text, key=os.path.abspath(path))
    if data is None:
        return base
    return base.extended(data, str(path))
