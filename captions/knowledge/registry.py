"""The agency registry and the page markers: the knowledge the parsers consult.

Both are immutable, built once from the bundled YAML files (and a user's file)
and passed to the parsers; nothing writes into them while parsing.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..text import fold
from .yaml_cache import load_yaml_data

AGENCY_KINDS = (
    "wire", "photo agency", "state media", "pool", "publication",
    "broadcaster", "government", "stock",
)


_COUNTRY = re.compile(r"[A-Z]{2}")  # ISO 3166-1 alpha-2


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Agency:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    variants: tuple[str, ...] = ()  # printed forms known as this agency, kept as printed (SPEC)

    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.variants)


def _whole_line(patterns: Iterable[str]) -> re.Pattern[str]:
    """One regex that matches a whole line matching any of the patterns."""
    patterns = list(patterns)
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\Z")


@dataclass(frozen=True)
class Markers:
    """Credit lead-ins, caption labels, furniture and the word lists of credits."""

    credit_leadins: tuple[str, ...]
    lower_case_credit_leadins: tuple[str, ...]
    enclosed_leadins: tuple[str, ...]
    dash_leadins: tuple[str, ...]
    description_leadins: tuple[str, ...]
    caption_labels: tuple[str, ...]
    controls: tuple[str, ...]
    closing_controls: tuple[str, ...]
    repeat_markers: tuple[str, ...]
    furniture: tuple[str, ...]
    slide_separators: tuple[str, ...]
    caption_counters: tuple[str, ...]
    caption_numbers: tuple[str, ...]
    dropped_words: tuple[str, ...]
    dropped_patterns: tuple[str, ...]
    placeholders: tuple[str, ...]
    standalone_credits: tuple[str, ...]
    organisation_words: tuple[str, ...]
    body_words: tuple[str, ...]
    organisation_word_endings: tuple[str, ...]
    web_domain_endings: tuple[str, ...]
    prose_words: tuple[str, ...]
    name_particles: tuple[str, ...]
    bullets: tuple[str, ...]
    heading_small_words: tuple[str, ...]
    abbreviations: tuple[str, ...]
    via_words: tuple[str, ...]
    by_words: tuple[str, ...]
    for_words: tuple[str, ...]
    prose_for_words: tuple[str, ...]
    and_words: tuple[str, ...]
    list_marks: tuple[str, ...]
    reproduced_words: tuple[str, ...]
    name_suffixes: tuple[str, ...]
    name_roles: tuple[str, ...]
    name_suffix_words: tuple[str, ...]
    organisation_endings: tuple[str, ...]
    name_picture_suffixes: tuple[str, ...]
    name_vantage_words: tuple[str, ...]
    credit_marks: tuple[str, ...]
    glued_distributors: tuple[str, ...]
    supplied_words: tuple[str, ...]
    editor_tags: tuple[str, ...]
    gallery_labels: tuple[str, ...]
    gallery_words: tuple[str, ...]
    byline_words: tuple[str, ...]
    byline_titles: tuple[str, ...]
    picture_announcements: tuple[str, ...]
    picture_marks: tuple[str, ...]
    picture_headlines: tuple[str, ...]
    caption_tails: tuple[str, ...]
    blanket_credit_leadins: tuple[str, ...]
    caption_pointers: tuple[str, ...]
    photographed_tails: tuple[str, ...]
    camera_settings: tuple[str, ...]
    icon_names: tuple[str, ...]
    misdecoded_letters: tuple[str, ...]
    usage_notes: tuple[str, ...]
    photo_numbers: tuple[str, ...]
    # Derived lookups, built once.
    page_controls: tuple[str, ...] = field(init=False, repr=False, compare=False)  # controls, repeat markers, pointers
    closing_page_controls: tuple[str, ...] = field(init=False, repr=False, compare=False)  # those and closing controls
    furniture_re: re.Pattern[str] = field(init=False, repr=False, compare=False)  # furniture and slide separators
    separator_re: re.Pattern[str] = field(init=False, repr=False, compare=False)
    counter_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)  # a counter opening a line
    icon_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)  # an icon's name opening a line
    misdecoded_re: re.Pattern[str] | None = field(init=False, repr=False, compare=False)  # "Â" before a no-break space
    dropped: frozenset[str] = field(init=False, repr=False, compare=False)
    placeholder_set: frozenset[str] = field(init=False, repr=False, compare=False)
    org_words: frozenset[str] = field(init=False, repr=False, compare=False)
    org_endings: tuple[str, ...] = field(init=False, repr=False, compare=False)
    domain_endings: frozenset[str] = field(init=False, repr=False, compare=False)
    bodies: frozenset[str] = field(init=False, repr=False, compare=False)
    lower_leadin_starts: tuple[str, ...] = field(init=False, repr=False, compare=False)  # "foto " (a space after)
    prose: frozenset[str] = field(init=False, repr=False, compare=False)
    particles: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        def put(name: str, value: Any) -> None:
            object.__setattr__(self, name, value)

        put("page_controls", tuple(dict.fromkeys((*self.controls, *self.repeat_markers, *self.caption_pointers))))
        put("closing_page_controls", tuple(dict.fromkeys((*self.page_controls, *self.closing_controls))))
        put("furniture_re", _whole_line((*self.furniture, *self.slide_separators)))
        put("separator_re", _whole_line(self.slide_separators))
        counters = "|".join(f"(?:{p})" for p in self.caption_counters)
        put("counter_re", re.compile(rf"(?:{counters})\s+(?=\S)") if counters else None)
        icons = "|".join(f"(?:{p})" for p in self.icon_names)
        put("icon_re", re.compile(rf"(?:{icons})") if icons else None)
        letters = "".join(re.escape(x) for x in self.misdecoded_letters if len(x) == 1)
        put("misdecoded_re", re.compile(f"[{letters}](?=[\u00a0\u00b7])") if letters else None)
        put("dropped", frozenset(fold(w) for w in self.dropped_words))
        put("placeholder_set", frozenset(fold(w) for w in self.placeholders))
        put("org_words", frozenset(fold(w) for w in self.organisation_words))
        put("org_endings", tuple(fold(w) for w in self.organisation_word_endings))
        put("domain_endings", frozenset(fold(w) for w in self.web_domain_endings))
        put("bodies", frozenset(fold(w) for w in self.body_words))
        put("lower_leadin_starts", tuple(w + " " for w in self.lower_case_credit_leadins))
        put("prose", frozenset(fold(w) for w in self.prose_words))
        put("particles", frozenset(fold(w) for w in self.name_particles))

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, base: "Markers | None" = None, source: str = "markers",
                     trusted: bool = False) -> "Markers":
        """The markers `data` lists, added to `base`'s. A user's patterns are checked here, each compiled as it
        stands and as it is joined; `trusted` data (the bundled file, which a test checks so) skips that work
        at every start-up."""
        values: dict[str, tuple[str, ...]] = {}
        for name in cls.list_fields():
            extra = data.get(name, [])
            if extra is None:
                extra = []
            if not isinstance(extra, list) or not all(isinstance(x, str) for x in extra):
                raise RegistryError(f"{source}: markers.{name} must be a list of strings")
            if not all(x.strip() for x in extra):  # a blank pattern matches every line, a blank word any text
                raise RegistryError(f"{source}: markers.{name} has a blank entry; remove it")
            before = getattr(base, name) if base is not None else ()
            values[name] = tuple(dict.fromkeys([*before, *extra]))
        unknown = set(data) - set(cls.list_fields())
        if unknown:
            raise RegistryError(f"{source}: unknown markers list {sorted(unknown)[0]!r}")
        if not trusted:
            _check_patterns(values, source)
        _check_overlaps(values, source)
        return cls(**values)

    @staticmethod
    def list_fields() -> tuple[str, ...]:
        return (
            "credit_leadins", "lower_case_credit_leadins", "enclosed_leadins", "dash_leadins", "description_leadins",
            "caption_labels", "controls", "closing_controls", "repeat_markers", "furniture", "slide_separators",
            "caption_counters", "caption_numbers", "dropped_words", "dropped_patterns", "placeholders",
            "standalone_credits", "organisation_words", "body_words", "organisation_word_endings", "web_domain_endings", "prose_words",
            "name_particles",
            "bullets", "heading_small_words", "abbreviations",
            "via_words", "by_words", "for_words", "prose_for_words", "and_words", "list_marks", "reproduced_words", "name_suffixes", "name_roles",
            "name_suffix_words", "organisation_endings", "credit_marks", "glued_distributors", "supplied_words", "editor_tags", "gallery_labels", "gallery_words",
            "byline_words", "byline_titles", "picture_announcements", "picture_marks", "picture_headlines", "blanket_credit_leadins",
            "name_picture_suffixes", "name_vantage_words", "caption_tails", "caption_pointers", "photographed_tails",
            "camera_settings", "icon_names", "misdecoded_letters", "usage_notes", "photo_numbers",
        )


def _check_patterns(values: Mapping[str, tuple[str, ...]], source: str) -> None:
    """Refuse, in one line, a pattern that does not compile, alone or joined with its list's others."""
    for pattern in (*values["furniture"], *values["slide_separators"], *values["caption_counters"],
                    *values["dropped_patterns"], *values["editor_tags"], *values["caption_tails"],
                    *values["photographed_tails"], *values["camera_settings"], *values["caption_numbers"],
                    *values["icon_names"], *values["usage_notes"], *values["photo_numbers"]):
        try:
            compiled = re.compile(pattern)
        except re.error as err:
            raise RegistryError(f"{source}: bad pattern {pattern!r}: {err}") from None
        try:
            re.compile(f"(?:{pattern})")  # as it is used: one of a list's patterns, joined
        except re.error:
            raise RegistryError(f"{source}: bad pattern {pattern!r}: a list's patterns are joined into one, "
                                f"so its flags must be scoped: (?i:...)") from None
        if compiled.groupindex and pattern not in values["caption_numbers"]:
            raise RegistryError(f"{source}: bad pattern {pattern!r}: a list's patterns are joined into one, "
                                f"so it may name no group: use (?:...)")
    for letter in values["misdecoded_letters"]:
        if len(letter) != 1:
            raise RegistryError(f"{source}: misdecoded_letters entry {letter!r} must be one letter")
    for pattern in values["caption_numbers"]:
        if set(re.compile(pattern).groupindex) != {"n"}:
            raise RegistryError(f"{source}: caption_numbers pattern {pattern!r} must name one group, n, the number")


# Lists that must not share an entry: one entry in both would be read two ways,
# or is written twice (a repeat marker is a control, a slide separator furniture).
DISJOINT_LISTS = (
    ("credit_leadins", "controls"),
    ("credit_leadins", "repeat_markers"),
    ("credit_leadins", "caption_labels"),
    ("controls", "repeat_markers"),
    ("controls", "closing_controls"),
    ("controls", "caption_pointers"),
    ("furniture", "slide_separators"),
    ("dropped_words", "placeholders"),
    ("organisation_words", "body_words"),  # a word of organisation_words already names a body on its own
)


CASE_SENSITIVE_LISTS = frozenset({"caption_labels", "furniture", "slide_separators", "caption_counters",
                                  "caption_numbers", "editor_tags", "icon_names", "misdecoded_letters",
                                  "usage_notes", "photo_numbers", "lower_case_credit_leadins"})


def _check_overlaps(values: Mapping[str, tuple[str, ...]], source: str) -> None:
    """A RegistryError naming the first entry two lists that must not share both hold."""
    for first, second in DISJOINT_LISTS:
        key = (lambda x: x) if {first, second} & CASE_SENSITIVE_LISTS else fold
        shared = {key(x) for x in values[first]} & {key(x) for x in values[second]}
        if shared:
            entry = next(x for x in values[second] if key(x) in shared)
            raise RegistryError(f"{source}: {entry!r} is in both markers.{first} and markers.{second}; keep it in one")


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
        return fold(name) in self._by_key

    def lookup(self, text: str) -> Agency | None:
        """The agency a credit part names by its name or an alias, or None."""
        return self._by_key.get(fold(text))

    def recognise(self, text: str) -> Agency | None:
        """Like lookup, but a leading "The" does not matter ("The White House", "Korea Times").

        A name found only this way is still printed as the credit prints it.
        """
        key = fold(text)
        return self._by_key.get(key) or self._by_key.get(key[4:] if key.startswith("the ") else "the " + key)

    def credited_name(self, text: str) -> str | None:
        """The name a credit part gives a known agency: its canonical name for the
        name or an alias, the text as printed for a variant; None when unknown."""
        key = fold(text)
        agency = self._by_key.get(key)
        if agency is None:
            return None
        return text if key in self._kept else agency.name

    def get(self, name: str) -> Agency | None:
        """The agency of this canonical name, or None."""
        return self._agencies.get(name)

    def names(self) -> list[str]:
        return [a.name for a in self]

    def spellings(self) -> dict[str, str]:
        """Every folded spelling and the canonical name it stands for."""
        return {key: agency.name for key, agency in self._by_key.items()}

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
            from ..parse.html.conventions import check_html_mapping

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
    for i, entry in enumerate(entries, 1):
        where = f"{source}: agencies[{i}]"
        if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise RegistryError(f"{where}: each agency needs a 'name'")
        extra = set(entry) - {"name", "aliases", "variants", "kind", "country"}
        if extra:
            raise RegistryError(f"{where}: unknown field {sorted(extra)[0]!r}")
        names: dict[str, list[str]] = {}
        for key in ("aliases", "variants"):
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
        agency = Agency(entry["name"].strip(), tuple(names["aliases"]), kind, country, tuple(names["variants"]))
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
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}:" if mark is not None else ""
        problem = getattr(err, "problem", None) or "not valid YAML"
        raise RegistryError(f"{source}:{where} {problem}") from None


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
