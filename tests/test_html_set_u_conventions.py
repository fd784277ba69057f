"""Conventions of the press seen on blind set U (issue #11, round 26): "Provided by" closing a caption or alone in a
credit element, as American papers print a picture handed out ("Courtesy of" in other words); two hyphens glued to
a credit after the caption's last sentence, a typewriter's em dash ("... on Saturday. --KPL"); a firm of architects
or engineers ("... Associates", "... Architects") as an organisation.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

from captions.parse.credit import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from captions.parse.page import parse_page
from tests.html_story import figure, pictures


def test_provided_by_closing_a_caption_is_a_lead_in() -> None:
    assert pictures(figure("Test plots at the research center in Hays. Provided by Kansas State University")) == [
        ("Test plots at the research center in Hays.", "Kansas State University")]


def test_provided_by_inside_a_sentence_is_prose() -> None:
    for text in ("The meals were provided by volunteers.", "Data provided by the county shows a rise."):
        assert split_caption_credit(text) == (text, None), text


def test_a_sponsors_line_provided_by_a_name_credits_no_picture() -> None:
    page = parse_page(" date 2026-07-05 Travel\nTen beaches to visit this summer\n"
                      "Florida's Gulf Coast has more than a hundred public beaches.\n\n"
                      "Content provided by Visit Florida\n\nBeaches are open from dawn to dusk.\n")
    assert page.photos == []


def test_who_provided_a_picture_took_none() -> None:
    for raw, photographers, agencies in (("Provided by Kansas State University", [], ["Kansas State University"]),
                                         ("Photo provided by Jo Smith", ["Jo Smith"], []),
                                         ("PROVIDED", [], [])):
        credit = parse_credit(raw)
        assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


def test_two_hyphens_glued_to_a_credit_after_the_last_sentence_open_it() -> None:
    assert pictures(figure("A model of the bridge is shown at the ceremony. --KPL")) == [
        ("A model of the bridge is shown at the ceremony.", "KPL")]
    assert split_caption_credit("Boats at the port -- Reuters") == ("Boats at the port", "Reuters")


def test_two_hyphens_in_prose_or_before_a_slash_are_no_dash_of_a_credit() -> None:
    for text in ("He said -- and then left.", "The new bridge -- a gift from Thailand", "Scores ended 3--1"):
        assert split_caption_credit(text) == (text, None), text
    assert parse_credit("--/Vatican Media/dpa").raw == "--/Vatican Media/dpa"  # "--" in the photographer's place


def test_a_firm_of_associates_or_architects_is_no_person() -> None:
    for raw in ("Kaestle Boos Associates", "Courtesy of Kaestle Boos Associates", "Studio North Architects"):
        credit = parse_credit(raw)
        assert credit.photographers == [] and len(credit.agencies) == 1, raw
