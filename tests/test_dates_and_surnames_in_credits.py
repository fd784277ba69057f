"""Two words a credit's part may hold that name no one, or someone else (round 72).

A weekday or a date after a wire's spaced dash ("AFP - Monday") says when the picture was sent, and names no one
(markers.yaml calendar_words). A body's word that opens a body's name in its language ("Grad Zagreb", "Općina
Split") makes no body where it closes a person's name ("Ivana Grad": heading_body_words), nor where a surname's
ending follows it ("Vlada Marković": surname_endings). A newsroom job after the
name ("Dana Mills/Sports Editor") is a title, no second name (newsroom_role_words)."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.knowledge.errors import RegistryError
from captions.knowledge.markers import Markers
from captions.knowledge.registry import bundled_registry
from captions.parse.credit import parse_credit


def names(raw: str) -> tuple[list[str], list[str]]:
    credit = parse_credit(raw)
    return credit.photographers, credit.agencies


@pytest.mark.parametrize("raw", [
    "AFP - Monday", "AFP - Montag", "EFE - Martes", "AFP - lundi", "Reuters - 9 March", "AFP - 6 March 2026",
    "AFP - 3rd of March", "EFE - martes, 3 de marzo", "Anadolu - 3. März",
])
def test_a_weekday_or_a_date_after_a_wire_names_no_one(raw: str) -> None:
    photographers, agencies = names(raw)
    assert photographers == [] and len(agencies) == 1


def test_a_name_holding_a_month_stays_a_name() -> None:
    assert names("Foto: June Carter/AFP") == (["June Carter"], ["AFP"])
    assert names("REUTERS/Beawiharta") == (["Beawiharta"], ["Reuters"])


def test_a_month_of_three_letters_alone_is_a_date_only_with_its_full_stop() -> None:
    assert names("AFP - Jan.") == ([], ["AFP"])
    assert names("REUTERS/Mai") == (["Mai"], ["Reuters"])  # a given name as often: a photographer known by one name


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Foto: Julio Domingo", ["Julio Domingo"], []),  # a given name and a surname, each a calendar word
    ("Photo by Abril Mayo", ["Abril Mayo"], []),
    ("Photo: August May", ["August May"], []),
    ("Photo: Abril Agosto, Inquirer", ["Abril Agosto"], ["Inquirer"]),
    ("AFP/Mayo", ["Mayo"], ["AFP"]),  # a surname alone after a slash, as "REUTERS/Mai"
    ("Reuters/Juni", ["Juni"], ["Reuters"]),
    ("Foto: Jana Novak, 3. März 2024", ["Jana Novak"], []),  # figures make it a date after any joiner
])
def test_calendar_words_without_figures_or_a_wire_dash_are_names(raw: str, photographers: list[str],
                                                                  agencies: list[str]) -> None:
    assert names(raw) == (photographers, agencies)


def test_a_date_closing_a_caption_after_the_wire() -> None:
    page = parse_page("\n".join([
        "Floods in the delta", "",
        "Rescue workers carry an elderly woman to a boat near the embankment. Reuters - 9 March", "",
        "Schools will stay closed until Thursday, the education office said.",
    ]))
    assert [(p.caption, p.credit.raw, p.credit.photographers, p.credit.agencies) for p in page.photos] == [
        ("Rescue workers carry an elderly woman to a boat near the embankment.", "Reuters - 9 March", [], ["Reuters"])]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Foto: Ivana Grad", ["Ivana Grad"], []),
    ("Foto: Grad Zagreb", [], ["Grad Zagreb"]),
    ("Foto: Marko Općina/Općina Lasinja", ["Marko Općina"], ["Općina Lasinja"]),
    ("Foto: Jana Mesto", ["Jana Mesto"], []),
    ("Foto: Mesto Prešov", [], ["Mesto Prešov"]),
    ("Foto: Facebook/Grad Zadar", [], ["Facebook", "Grad Zadar"]),
    ("Foto: Technische Universität Dresden", [], ["Technische Universität Dresden"]),  # inside a name: still a body
    ("Jo Li and Ivana Grad", ["Jo Li", "Ivana Grad"], []),
    ("Foto: Göteborgs Stad", [], ["Göteborgs Stad"]),  # the Swedish town's word closes its name: no heading word
    ("Foto: Malmö Stad/TT", [], ["Malmö Stad", "TT"]),
    ("Foto: Stad Gent", [], ["Stad Gent"]),
    ("Foto: Vlada Marković", ["Vlada Marković"], []),  # Vlada a given name before a surname's "-ić" (surname_endings)
    ("Фото: Влада Марковић", ["Влада Марковић"], []),
    ("Foto: Vlada Srbije", [], ["Vlada Srbije"]),  # the government, its country after it in the genitive
    ("Δήμος Παπαδόπουλος", ["Δήμος Παπαδόπουλος"], []),
    ("Φωτ.: Δήμος Αθηναίων", [], ["Δήμος Αθηναίων"]),
])
def test_a_town_word_opens_a_body_and_closes_a_surname(raw: str, photographers: list[str], agencies: list[str]) -> None:
    assert names(raw) == (photographers, agencies)


def test_a_heading_body_word_must_be_a_body_word() -> None:
    with pytest.raises(RegistryError, match="heading_body_words"):
        Markers.from_mapping({"heading_body_words": ["Rathaus"]}, base=bundled_registry().markers)


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Dana Mills/Sports Editor", ["Dana Mills"], []),
    ("Ray Ortiz, Managing Editor", ["Ray Ortiz"], []),
    ("Jane Doe, News Editor", ["Jane Doe"], []),
    ("Jane Doe/Multimedia Journalist", ["Jane Doe"], []),
    ("Jane Doe/The Editor", ["Jane Doe"], ["The Editor"]),  # a title, not a job
    ("Jane Doe/Outdoor Photographer", ["Jane Doe"], ["Outdoor Photographer"]),  # a magazine's name
])
def test_a_newsroom_title_after_the_name_names_no_one(raw: str, photographers: list[str], agencies: list[str]) -> None:
    assert names(raw) == (photographers, agencies)


def test_a_name_and_newsroom_title_alone_over_a_story_is_its_byline() -> None:
    page = parse_page("\n".join([
        "Wildcats edge Rams in overtime", "", "By Dana Mills, Sports Editor", "",
        "Wildcats quarterback Eli Porter dives across the goal line on Friday night. Photo by Dana Mills/Sports Editor",
        "", "The Wildcats trailed by ten points at the half.",
    ]))
    assert [(p.credit.raw, p.credit.photographers, p.credit.agencies) for p in page.photos] == [
        ("Dana Mills/Sports Editor", ["Dana Mills"], [])]
