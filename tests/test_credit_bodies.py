"""Credits naming the bodies that hand out pictures, a photographer "for" a paper in other languages, and
the Italian "(foto Name)" (markers.yaml: body_words, organisation_word_endings, prose_for_words,
lower_case_credit_leadins)."""
from __future__ import annotations

import pytest

from captions import parse_credit, split_caption_credit
from captions.knowledge.registry import bundled_registry
from captions.parse.credit import reader_for


@pytest.mark.parametrize("raw", [
    pytest.param("Weingut Hofmann", id="german-winery"),
    pytest.param("Stadt Kellbach", id="german-town"),
    pytest.param("Northshore Historical Society", id="historical-society"),
    pytest.param("Comune di Varzo", id="italian-town"),
    pytest.param("Mairie de Lyon", id="french-town-hall"),
    pytest.param("Junta de Castilla y León", id="spanish-regional-government"),
    pytest.param("Museo del Prado", id="spanish-museum"),
    pytest.param("Central Bank of Kenya", id="central-bank"),
    pytest.param("Banco de España", id="spanish-central-bank"),
])
def test_a_body_named_with_its_place_or_name_is_an_organisation(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


def test_a_bank_beside_a_wire_is_a_second_source_not_a_photographer() -> None:
    credit = parse_credit("Reuters / Source: Central Bank")
    assert (credit.photographers, credit.agencies) == ([], ["Reuters", "Central Bank"])


def test_a_body_beside_its_photographer_is_the_agency() -> None:
    credit = parse_credit("Jonas Albrecht / Stadt Kellbach")
    assert (credit.photographers, credit.agencies) == (["Jonas Albrecht"], ["Stadt Kellbach"])


@pytest.mark.parametrize("raw", ["Stadtarchiv Kornheim", "Landesmuseum Kornheim", "Kreisverwaltung Ostheim"])
def test_a_body_named_by_a_compound_word_is_an_organisation(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


def test_a_body_word_alone_is_a_section_and_does_not_make_a_line_a_credit() -> None:
    assert split_caption_credit("Society & Culture") == ("Society & Culture", None)


def test_a_place_in_a_dateline_stays_a_caption() -> None:
    text = "Dancers perform at the spring fair in Zhouxi Town, Guizhou Province"
    assert split_caption_credit(text) == (text, None)


def test_a_surname_among_the_body_words_stays_a_person() -> None:
    credit = parse_credit("Anna Kreis/dpa")
    assert (credit.photographers, credit.agencies) == (["Anna Kreis"], ["dpa"])


@pytest.mark.parametrize(("raw", "photographer", "agency"), [
    pytest.param("ANTOINE VERNET POUR « LE QUOTIDIEN DU SOIR »", "ANTOINE VERNET", "LE QUOTIDIEN DU SOIR",
                 id="french-capitals-guillemets"),
    pytest.param("Claire Morel pour Libération", "Claire Morel", "Libération", id="french"),
    # a known paper (agencies.yaml, round 60) is named by its entry, in any case printed, as "OUEST-FRANCE" is
    pytest.param("Ana Ruiz para EL PAÍS", "Ana Ruiz", "El País", id="spanish"),
    pytest.param("Anna Berg für DIE ZEIT", "Anna Berg", "DIE ZEIT", id="german"),
    pytest.param("Luca Bianchi per Il Post", "Luca Bianchi", "Il Post", id="italian"),
])
def test_a_photographer_for_a_paper_in_other_languages(raw: str, photographer: str, agency: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies, credit.via) == ([photographer], [agency], [])


@pytest.mark.parametrize("text", ["Neue Hoffnung für Kellbach", "Homenaje para Juan Pérez", "Merci pour Marie Dubois"])
def test_for_in_other_languages_in_lower_case_does_not_make_a_line_a_credit(text: str) -> None:
    assert not reader_for(bundled_registry()).could_be_credit(text)


def test_for_in_another_language_after_a_caption_in_capitals_is_a_credit() -> None:
    text = "Un vigneron dans son chai, le 24 septembre. ANTOINE VERNET POUR « LE QUOTIDIEN DU SOIR »"
    assert split_caption_credit(text) == ("Un vigneron dans son chai, le 24 septembre.",
                                          "ANTOINE VERNET POUR « LE QUOTIDIEN DU SOIR »")


@pytest.mark.parametrize(("text", "credit"), [
    pytest.param("Il sindaco durante il sopralluogo (foto Stefano Rossi/LaPresse)", "Stefano Rossi/LaPresse",
                 id="name-and-agency"),
    pytest.param("La strada chiusa dopo la frana (foto Ansa)", "Ansa", id="agency"),
])
def test_the_italian_lower_case_foto_is_a_lead_in(text: str, credit: str) -> None:
    assert split_caption_credit(text)[1] == credit


def test_foto_in_capitals_stays_part_of_the_credit() -> None:
    text = "Warga melintasi banjir di Jakarta. FOTO ANTARA/Andika Wahyu"
    assert split_caption_credit(text)[1] == "FOTO ANTARA/Andika Wahyu"


@pytest.mark.parametrize("raw", ["Cal Fire", "CAL FIRE", "Marin County Fire"])
def test_a_fire_service_is_an_organisation(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


def test_an_and_inside_a_body_ending_with_an_organisation_word_joins_one_body() -> None:
    credit = parse_credit("Lakeland Water and Wildlife Authority via AP")
    assert (credit.photographers, credit.agencies, credit.via) == ([], ["Lakeland Water and Wildlife Authority", "AP"], ["AP"])


def test_an_and_between_two_people_still_parts_them() -> None:
    assert parse_credit("Jo Li and Ann Berg").photographers == ["Jo Li", "Ann Berg"]


@pytest.mark.parametrize("raw", ["Archives de l'État du Valais", "Archives of the Kellbach Region"])
def test_a_dropped_word_opening_a_name_with_de_or_of_is_the_name(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


def test_one_word_ending_in_press_after_a_photo_agency_is_an_agency() -> None:
    credit = parse_credit("IMAGO / Nordpress")
    assert (credit.photographers, credit.agencies) == ([], ["Imago", "Nordpress"])


def test_one_name_word_after_a_photo_agency_is_still_its_photographer() -> None:
    assert parse_credit("REUTERS/Beawiharta").photographers == ["Beawiharta"]


def test_name_slash_unknown_outlet_closing_a_caption_is_its_credit() -> None:
    assert split_caption_credit("Farmers walk between dry terraces in Banaue on Monday. Mia Santos/Baybayin") == (
        "Farmers walk between dry terraces in Banaue on Monday.", "Mia Santos/Baybayin")


def test_courtesy_alone_in_brackets_closing_a_caption_is_a_credit_naming_no_one() -> None:
    assert split_caption_credit("Ruth Adler (Courtesy)") == ("Ruth Adler", "Courtesy")
    # round 53: a file marker alone is a credit naming no one, as "(Courtesy)" is
    assert split_caption_credit("Ruth Adler (File)") == ("Ruth Adler", "File")


@pytest.mark.parametrize(("raw", "agencies"), [
    ("Ministry of Tourism and Antiquities", ["Ministry of Tourism and Antiquities"]),
    ("Department of Parks & Recreation/Handout", ["Department of Parks & Recreation"]),
    ("Office of the Mayor and AFP", ["Office of the Mayor", "AFP"]),
    ("Department of Environment and Natural Resources", ["Department of Environment and Natural Resources"]),
    ("Seattle Department of Transportation and Parks", ["Seattle Department of Transportation and Parks"]),
])
def test_a_bodys_field_goes_on_after_and_unless_an_agency_follows(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)


def test_a_photographer_before_a_body_with_two_fields_is_kept_apart_from_it() -> None:
    credit = parse_credit("Jane Doe/Department of Health and Aged Care")
    assert (credit.photographers, credit.agencies) == (["Jane Doe"], ["Department of Health and Aged Care"])


def test_a_person_with_an_initial_after_a_body_and_and_is_a_person() -> None:
    credit = parse_credit("Ministry of Health and J. Doe")
    assert (credit.photographers, credit.agencies) == (["J. Doe"], ["Ministry of Health"])


@pytest.mark.parametrize("raw", [
    "Jane Doe, Director of Communications",
    "Jane Doe, Vice President of Marketing",
    "Ana Ruiz, Jefa de Prensa",
])
def test_a_job_title_by_of_after_a_name_and_a_comma_names_no_one(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([raw.split(",")[0]], [])


@pytest.mark.parametrize("office", ["Secretary of State's Office", "Director of Public Prosecutions’ Office"])
def test_the_office_of_a_title_after_a_name_and_a_comma_is_a_body(office: str) -> None:
    credit = parse_credit(f"Jane Doe, {office}")
    assert (credit.photographers, credit.agencies) == (["Jane Doe"], [office])


def test_a_title_heading_the_office_of_another_names_no_one() -> None:
    credit = parse_credit("Jane Doe, Head of the Mayor's Office")
    assert (credit.photographers, credit.agencies) == (["Jane Doe"], [])


@pytest.mark.parametrize("title", ["Director of Sales and Marketing", "Director of Communications and Public Affairs"])
def test_a_job_titles_field_after_and_names_no_one_either(title: str) -> None:
    credit = parse_credit(f"Jane Doe, {title}")
    assert (credit.photographers, credit.agencies) == (["Jane Doe"], [])


def test_a_person_after_a_job_title_a_comma_and_and_is_still_named() -> None:
    credit = parse_credit("Jane Doe, Director of Communications, and John Roe/AP")
    assert (credit.photographers, credit.agencies) == (["Jane Doe", "John Roe"], ["AP"])


def test_a_person_after_a_body_with_two_fields_and_a_slash_is_the_photographer() -> None:
    credit = parse_credit("Department of Health and Aged Care/Jane Doe")
    assert (credit.photographers, credit.agencies) == (["Jane Doe"], ["Department of Health and Aged Care"])


def test_a_body_after_a_name_and_its_job_title_is_still_the_agency() -> None:
    credit = parse_credit("Jane Doe, Head of Photography, City of Springfield")
    assert (credit.photographers, credit.agencies) == (["Jane Doe"], ["City of Springfield"])


def test_customs_and_border_protection_is_one_body_not_two_people() -> None:
    credit = parse_credit("U.S. Customs and Border Protection via AP")
    assert (credit.photographers, credit.agencies) == ([], ["U.S. Customs and Border Protection", "AP"])


@pytest.mark.parametrize("body", ["Seattle Department of Transportation", "Ministry of Health", "Office of the Governor"])
def test_a_body_named_by_of_in_brackets_closes_a_caption(body: str) -> None:
    assert split_caption_credit(f"Crews spread salt on the bridge late Monday. ({body})") == (
        "Crews spread salt on the bridge late Monday.", body)


@pytest.mark.parametrize("text", [
    "Patients were moved to the ICU (Intensive Care Unit)",
    "The barrier was built by SDOT (Seattle Department of Transportation)",
    "Vaccines were delivered by the MoH (Ministry of Health)",
    "The grant came from DCMS (Department for Culture, Media and Sport)",
])
def test_a_body_spelling_out_the_acronym_before_it_is_no_credit(text: str) -> None:
    assert split_caption_credit(text) == (text, None)


@pytest.mark.parametrize("text", [
    "John Smith (Chief of the Fire Department)",
    "Jane Doe (Director of the Office of Budget)",
    "Kristi Noem speaks in Washington. (Secretary of the Department of Homeland Security)",
    "Fans of the Department of Parks and Recreation",
])
def test_a_job_title_or_a_group_of_a_body_is_no_credit(text: str) -> None:
    # the body's own word stands after the "of": the words before it name a person's post or a group
    assert split_caption_credit(text) == (text, None)


def test_a_person_of_an_outlet_in_brackets_is_no_body() -> None:
    text = "Crews spread salt on the bridge late Monday. (Jane Doe of Reuters)"
    assert split_caption_credit(text) == (text, None)


@pytest.mark.parametrize("text", [
    "Admissions doubled, according to figures from the national health authority (Ministry of Health)",
    "The decision was welcomed by the nurses' union (Royal College of Nursing)",
])
def test_a_body_named_by_of_in_brackets_right_after_a_word_names_that_word(text: str) -> None:
    # no sentence's end before the brackets: they explain the words before them (a story's line)
    assert split_caption_credit(text) == (text, None)
