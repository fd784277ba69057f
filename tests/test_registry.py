"""The agency registry: what its files may say, and how a credit names what it finds."""
from __future__ import annotations

from pathlib import Path

import pytest

from captions import RegistryError, load_registry, parse_credit

REGISTRY = load_registry()  # the bundled registry


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("SPA", "state media", "SA"), ("WAM", "state media", "AE"), ("IRNA", "state media", "IR"),
        ("SANA", "state media", "SY"), ("Xinhua", "state media", "CN"), ("CNS", "state media", "CN"),
        ("Kyodo", "wire", "JP"), ("Jiji Press", "wire", "JP"), ("Yonhap", "wire", "KR"),
        ("Bernama", "state media", "MY"), ("Antara", "state media", "ID"), ("PTI", "wire", "IN"),
        ("ANI", "wire", "IN"), ("IANS", "wire", "IN"), ("EFE", "wire", "ES"), ("ANSA", "wire", "IT"),
        ("dpa", "wire", "DE"), ("PAP", "wire", "PL"), ("CTK", "wire", "CZ"), ("MTI", "wire", "HU"),
        ("NTB", "wire", "NO"), ("TT", "wire", "SE"), ("Ritzau", "wire", "DK"), ("Belga", "wire", "BE"),
        ("Keystone", "wire", "CH"), ("APA", "wire", "AT"), ("The Canadian Press", "wire", "CA"),
        ("AAP", "wire", "AU"), ("NZME", "publication", "NZ"), ("Agência Brasil", "wire", "BR"),
        ("Europa Press", "wire", "ES"), ("Télam", "wire", "AR"), ("Notimex", "wire", "MX"),
        ("Lusa", "wire", "PT"), ("Sipa", "photo agency", "FR"), ("Imago", "photo agency", "DE"),
        ("picture alliance", "photo agency", "DE"), ("ddp", "photo agency", "DE"),
        ("AKIpress", "wire", "KG"), ("KazTAG", "wire", "KZ"), ("Montsame", "state media", "MN"),
        ("AzerTAc", "state media", "AZ"), ("Interpressnews", "wire", "GE"), ("Moldpres", "state media", "MD"),
        ("ELTA", "wire", "LT"), ("STA", "wire", "SI"), ("Adnkronos", "wire", "IT"), ("Colpisa", "wire", "ES"),
        ("UNB", "wire", "BD"), ("Ghana News Agency", "state media", "GH"), ("Cuartoscuro", "photo agency", "MX"),
        ("ullstein bild", "photo agency", "DE"), ("MAXPPP", "photo agency", "FR"),
        ("Action Images", "photo agency", "GB"), ("Pacemaker Press", "photo agency", "GB"),
        ("Agência RBS", "photo agency", "BR"), ("Agência O Globo", "photo agency", "BR"), ("US Presswire", "photo agency", "US"),
        ("판문점 사진공동취재단", "pool", "KR"),
    ],
)
def test_bundled_registry_knows_the_wire(name: str, kind: str, country: str) -> None:
    agency = REGISTRY.get(name)
    assert agency is not None, name
    assert (agency.kind, agency.country) == (kind, country), name


def test_no_spelling_names_two_bundled_agencies() -> None:
    seen: dict[str, str] = {}
    for agency in REGISTRY:
        for spelling in agency.spellings():
            key = spelling.casefold()
            assert seen.setdefault(key, agency.name) == agency.name, spelling


@pytest.mark.parametrize(
    ("raw", "agencies"),
    [
        pytest.param("Press Association", ["Press Association"], id="variant-kept-as-printed"),
        pytest.param("Tom Lowe/PA", ["PA"], id="short-variant-kept"),
        pytest.param("Ana Ruiz/Agencia EFE", ["Agencia EFE"], id="efe-long-name-kept"),
        pytest.param("Mia Holt/Xinhua News", ["Xinhua"], id="spec-agency-alias-canonical"),
        pytest.param("Lena Vogt/dpa-Bildfunk", ["dpa"], id="dpa-service-is-dpa"),
    ],
)
def test_credit_names_aliases_canonically_and_variants_as_printed(raw: str, agencies: list[str]) -> None:
    assert parse_credit(raw).agencies == agencies, raw


def test_a_variant_counts_under_its_agency_kind() -> None:
    agency = REGISTRY.lookup("Press Association")
    assert agency is not None and (agency.name, agency.kind) == ("PA Media", "wire")


def _user_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_alias_claimed_by_two_entries_of_a_file_is_refused(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "agencies:\n  - {name: Daily Planet, aliases: [DP]}\n  - {name: Daily Post, variants: [dp]}\n")
    with pytest.raises(RegistryError, match=r"agencies\[2\]: 'dp' already names Daily Planet"):
        load_registry(path)


def test_a_user_alias_of_a_bundled_agency_is_refused(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "agencies:\n  - {name: Associated Pictures, aliases: [AP Photo]}\n")
    with pytest.raises(RegistryError, match="'AP Photo' already names AP"):
        load_registry(path)


def test_a_user_entry_replacing_a_bundled_one_may_keep_its_spellings(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "agencies:\n  - {name: PA Media, variants: [PA, PA Photos], kind: wire, country: GB}\n")
    registry = load_registry(path)
    assert parse_credit("Tom Lowe/PA Photos", registry).agencies == ["PA Photos"]


def test_a_bare_no_country_is_refused_with_a_hint(tmp_path: Path) -> None:
    path = _user_file(tmp_path, "agencies:\n  - {name: Nordic Wire, country: NO}\n")
    with pytest.raises(RegistryError, match="two-letter country code.*got False"):
        load_registry(path)


@pytest.mark.parametrize("acronym", ["ESA", "IDF", "ARD", "ZDF", "RAI", "DW", "VOA", "RTVE", "USGS"])
def test_a_body_known_by_its_full_name_is_not_known_by_the_acronym_prose_explains_in_brackets(acronym: str) -> None:
    # "the European Space Agency (ESA) astronaut": a known name in brackets would end the caption there
    assert REGISTRY.lookup(acronym) is None


@pytest.mark.parametrize(("raw", "photographers", "agencies", "via"), [
    ("Vladimir Ivanov/AKIpress", ["Vladimir Ivanov"], ["AKIpress"], []),
    ("Jane Doe/ullstein bild via Getty Images", ["Jane Doe"], ["ullstein bild", "Getty Images"], ["Getty Images"]),
    ("Liam Byrne/Pacemaker", ["Liam Byrne"], ["Pacemaker"], []),
    ("IDF Spokesperson's Unit via AP", [], ["IDF Spokesperson's Unit", "AP"], ["AP"]),
    ("© Photo News", [], ["Photo News"], []),  # a known name holding a dropped word ("Photo") stays whole
])
def test_credits_of_smaller_wires_and_bodies_read_into_names(
        raw: str, photographers: list[str], agencies: list[str], via: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies, credit.via) == (photographers, agencies, via)
