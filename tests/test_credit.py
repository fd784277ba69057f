"""Reading a credit as printed into photographers, agencies and via (SPEC: "Reading a credit")."""
from __future__ import annotations

import pytest

from captions import parse_credit


def read(raw: str) -> tuple[list[str], list[str], list[str]]:
    credit = parse_credit(raw)
    return credit.photographers, credit.agencies, credit.via


# (raw credit, photographers, agencies, via)
CREDITS = [
    pytest.param("Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo",
                 ["Gavriil Grigorov"], ["Sputnik", "Kremlin Pool", "AP"], ["AP"], id="spec-pool-via-ap-photo"),
    pytest.param("REUTERS/Damir Sagolj", ["Damir Sagolj"], ["Reuters"], [], id="agency-first-upper-case"),
    pytest.param("KCNA via KNS and AFP", [], ["KCNA", "KNS", "AFP"], ["KNS", "AFP"], id="via-and-chain"),
    pytest.param("KCNA via REUTERS", [], ["KCNA", "Reuters"], ["Reuters"], id="via-upper-case-alias"),
    pytest.param("Reuters / Reuters", [], ["Reuters"], [], id="same-agency-twice-once"),
    pytest.param("KCNA via", [], ["KCNA"], [], id="via-cut-off"),
    pytest.param("AFP/ MCI", [], ["AFP", "MCI"], [], id="unknown-organisation-keeps-printed-name"),
    pytest.param("Ahn Young-joon/AP", ["Ahn Young-joon"], ["AP"], [], id="name-slash-agency"),
    pytest.param("AP Photo/Chung Min-ho", ["Chung Min-ho"], ["AP"], [], id="ap-photo-alias"),
    pytest.param("Peter Lund/Associated Press", ["Peter Lund"], ["AP"], [], id="associated-press-alias"),
    pytest.param("Lucie Martin/Agence France-Presse", ["Lucie Martin"], ["AFP"], [], id="agence-france-presse-alias"),
    pytest.param("EPA-EFE/Jeon Heon-kyun", ["Jeon Heon-kyun"], ["EPA"], [], id="epa-efe-alias"),
    pytest.param("Chip Walters/Getty", ["Chip Walters"], ["Getty Images"], [], id="getty-alias"),
    pytest.param("AA Photo", [], ["Anadolu"], [], id="aa-photo-is-anadolu"),
    pytest.param("Paul Hanley/AFP/Getty Images", ["Paul Hanley"], ["AFP", "Getty Images"], [],
                 id="two-agencies-in-order"),
    pytest.param("Omar Rashid/Pool/Reuters", ["Omar Rashid"], ["Pool", "Reuters"], [], id="pool-between"),
    pytest.param("STRINGER/AFP", [], ["AFP"], [], id="stringer-placeholder"),
    pytest.param("Staff/Reuters", [], ["Reuters"], [], id="staff-placeholder"),
    pytest.param("Handout via Reuters", [], ["Reuters"], ["Reuters"], id="handout-dropped"),
    pytest.param("File/AP", [], ["AP"], [], id="file-dropped"),
    pytest.param("Courtesy of NASA", [], ["NASA"], [], id="courtesy-of-dropped"),
    pytest.param("Hilda Park for The New York Times", ["Hilda Park"], ["The New York Times"], [], id="for-publication"),
    pytest.param("Chung Min-ho | AP", ["Chung Min-ho"], ["AP"], [], id="pipe-joiner"),
    pytest.param("Priya Menon, EPS", ["Priya Menon"], ["EPS"], [], id="comma-joiner"),
    pytest.param("Jane Doe - Reuters", ["Jane Doe"], ["Reuters"], [], id="dash-joiner"),
    pytest.param("ABC News: Tom Hartley", ["Tom Hartley"], ["ABC News"], [], id="outlet-colon-name"),
    pytest.param("Korean Central News Agency via Reuters", [], ["KCNA", "Reuters"], ["Reuters"], id="kcna-long-name"),
    pytest.param("Yonhap News Agency", [], ["Yonhap"], [], id="yonhap-long-name"),
    pytest.param("ITAR-TASS", [], ["TASS"], [], id="itar-tass-alias"),
    pytest.param("Rex Features", [], ["Shutterstock"], [], id="rex-features-alias"),
    pytest.param("Thomson Reuters", [], ["Reuters"], [], id="thomson-reuters-alias"),
    pytest.param("Xinhua/Li Ziheng", ["Li Ziheng"], ["Xinhua"], [], id="xinhua-first"),
    pytest.param("Pool Photo via AP", [], ["Pool", "AP"], ["AP"], id="pool-photo-via-ap"),
    pytest.param("Kim Hong-Ji and Lee Jae-won/Reuters", ["Kim Hong-Ji", "Lee Jae-won"], ["Reuters"], [],
                 id="two-photographers-and"),
    pytest.param("Chung Min-ho/AP, Ahn Young-joon/AP", ["Chung Min-ho", "Ahn Young-joon"], ["AP"], [],
                 id="agency-listed-once"),
    pytest.param("Photo by Maria Lopez", ["Maria Lopez"], [], [], id="photo-by-person"),
    pytest.param("Kim Won-jin/AFP via Getty Images", ["Kim Won-jin"], ["AFP", "Getty Images"], ["Getty Images"],
                 id="via-after-name-and-agency"),
    pytest.param("STRINGER/EPA-EFE", [], ["EPA"], [], id="stringer-with-epa-efe"),
]


@pytest.mark.parametrize(("raw", "photographers", "agencies", "via"), CREDITS)
def test_parse_credit_table(raw: str, photographers: list[str], agencies: list[str], via: list[str]) -> None:
    assert read(raw) == (photographers, agencies, via), raw


@pytest.mark.parametrize(
    ("raw", "agency"),
    [
        pytest.param("reuters", "Reuters", id="lower-case"),
        pytest.param("AGENCE FRANCE-PRESSE", "AFP", id="upper-case-long-name"),
        pytest.param("Getty images", "Getty Images", id="mixed-case-canonical"),
        pytest.param("epa", "EPA", id="lower-case-epa"),
        pytest.param("Sputnik News", "Sputnik", id="sputnik-news"),
        pytest.param("RIA-Novosti", "RIA Novosti", id="ria-hyphen"),
    ],
)
def test_parse_credit_alias_is_matched_case_insensitively(raw: str, agency: str) -> None:
    assert parse_credit(raw).agencies == [agency], raw


def test_parse_credit_via_chain() -> None:
    raw = "KCNA via KNS and AFP"
    assert parse_credit(raw).via == ["KNS", "AFP"], raw


def test_parse_credit_via_lists_only_agencies_after_via() -> None:
    raw = "Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo"
    credit = parse_credit(raw)
    assert (credit.agencies, credit.via) == (["Sputnik", "Kremlin Pool", "AP"], ["AP"]), raw


def test_parse_credit_keeps_the_raw_credit_as_printed() -> None:
    raw = "Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo"
    assert parse_credit(raw).raw == raw, raw


def test_parse_credit_repeated_agency_listed_once() -> None:
    raw = "Reuters / Reuters"
    assert parse_credit(raw).agencies == ["Reuters"], raw


def test_parse_credit_placeholder_names_no_photographer() -> None:
    raw = "STRINGER/AFP"
    assert parse_credit(raw).photographers == [], raw


def test_parse_credit_cut_off_via_keeps_the_agency() -> None:
    raw = "KCNA via"
    credit = parse_credit(raw)
    assert (credit.agencies, credit.via) == (["KCNA"], []), raw


def test_parse_credit_unknown_organisation_keeps_printed_name() -> None:
    raw = "AFP/ MCI"
    assert parse_credit(raw).agencies == ["AFP", "MCI"], raw
