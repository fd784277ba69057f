"""Quebec papers' credit line in capitals over its caption: "PHOTO NAME, LA PRESSE" (round 64).

La Presse and Le Devoir print a picture's credit first, on its own line, set in capitals and opened by "PHOTO"
with no colon. "PHOTO" is the lead-in and goes; "ARCHIVES" and a freelance's "COLLABORATION SPÉCIALE" stay in the
raw credit and name no one; names stay as printed. The form says the caption is the line below, where a dump
prints no blank line to tell; a page printing such lines under phrases, over its sentences, shows the other way.
Every text here is invented for its test.
"""
from __future__ import annotations

import pytest

from captions import load_registry, parse_page, split_caption_credit
from captions.parse.credit import parse_credit
from captions.parse.credit_after_bare_leadin import capitals_credit_line
from captions.parse.markers import markers_for


@pytest.mark.parametrize("line, raw, photographers, agencies", [
    ("PHOTO OLIVIER JEAN, LA PRESSE", "OLIVIER JEAN, LA PRESSE", ["OLIVIER JEAN"], ["La Presse"]),
    ("PHOTO ARCHIVES LA PRESSE", "ARCHIVES LA PRESSE", [], ["La Presse"]),
    ("PHOTO MARIE-FRANCE COALLIER, LE DEVOIR", "MARIE-FRANCE COALLIER, LE DEVOIR", ["MARIE-FRANCE COALLIER"],
     ["Le Devoir"]),
    ("PHOTO JACQUES NADEAU, ARCHIVES LE DEVOIR", "JACQUES NADEAU, ARCHIVES LE DEVOIR", ["JACQUES NADEAU"],
     ["Le Devoir"]),
    ("PHOTO ÉMILIE GAGNON, COLLABORATION SPÉCIALE", "ÉMILIE GAGNON, COLLABORATION SPÉCIALE", ["ÉMILIE GAGNON"], []),
    ("PHOTO GRAHAM HUGHES, LA PRESSE CANADIENNE", "GRAHAM HUGHES, LA PRESSE CANADIENNE", ["GRAHAM HUGHES"],
     ["LA PRESSE CANADIENNE"]),
], ids=["name-and-paper", "archives", "hyphenated-name", "name-and-paper-archives", "freelance", "wire"])
def test_capitals_credit_line_drops_its_photo_word(line: str, raw: str, photographers: list[str],
                                                   agencies: list[str]) -> None:
    assert split_caption_credit(line) == (None, raw), line
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), line


@pytest.mark.parametrize("line", [
    "PHOTO OF THE DAY",
    "PHOTOS DU WEEK-END",
    "PHOTO FINISH AT THE DERBY",
    "GRÈVE DES COLS BLEUS",          # a crosshead in capitals
])
def test_capitals_kicker_is_no_credit_line(line: str) -> None:
    assert split_caption_credit(line) == (line, None), line


@pytest.mark.parametrize("line", [
    "PHOTO DU JOUR, LA PRESSE",          # review 33: the kicker's "of the day", then the paper's name
    "PHOTOS DE LA SEMAINE, LA PRESSE",
    "FOTO DEL GIORNO, ANSA",
])
def test_a_kicker_naming_its_source_is_no_credit_line_over_a_caption(line: str) -> None:
    assert capitals_credit_line(line, markers_for(load_registry())) is None, line


STORY = ("Le syndicat des cols bleus a voté en faveur d'un mandat de grève, dimanche.",
         "La convention collective est échue depuis deux ans, selon le président du syndicat.")


def _read(lines: list[str]) -> list[tuple[str | None, str | None]]:
    page = parse_page("Les cols bleus votent pour la grève\n" + "\n".join(lines) + "\n")
    return [(p.caption, p.credit.raw if p.credit else None) for p in page.photos]


def test_credit_line_takes_the_caption_below_it() -> None:
    lines = [STORY[0], "PHOTO OLIVIER JEAN, LA PRESSE", "Des syndiqués à leur arrivée, dimanche matin", STORY[1],
             "PHOTO ARCHIVES LA PRESSE", "Le président du syndicat lors d'une manifestation en 2024", STORY[0]]
    assert _read(lines) == [("Des syndiqués à leur arrivée, dimanche matin", "OLIVIER JEAN, LA PRESSE"),
                            ("Le président du syndicat lors d'une manifestation en 2024", "ARCHIVES LA PRESSE")]


def test_credit_line_over_no_caption_is_a_picture_alone() -> None:
    lines = [STORY[0], "PHOTO OLIVIER JEAN, LA PRESSE", "Des syndiqués à leur arrivée, dimanche matin", STORY[1],
             "PHOTO ARCHIVES LA PRESSE", "Nos suggestions", "Partager"]
    assert _read(lines)[1] == (None, "ARCHIVES LA PRESSE")


def test_credit_lines_under_phrases_over_sentences_take_the_phrase() -> None:
    # every credit between a caption's phrase and the story's sentence: the page prints them under their captions
    lines = ["Des syndiqués à leur arrivée, dimanche matin", "PHOTO OLIVIER JEAN, LA PRESSE", STORY[0],
             "Le président du syndicat lors d'une manifestation en 2024", "PHOTO ARCHIVES LA PRESSE", STORY[1]]
    assert _read(lines) == [("Des syndiqués à leur arrivée, dimanche matin", "OLIVIER JEAN, LA PRESSE"),
                            ("Le président du syndicat lors d'une manifestation en 2024", "ARCHIVES LA PRESSE")]


def test_a_wire_alone_in_capitals_shows_no_side() -> None:
    # "PHOTO AFP" is printed under captions as often as over them: the page's default, the caption above, stands
    lines = ["Des syndiqués manifestent devant l'hôtel de ville, dimanche.", "PHOTO AFP", STORY[0],
             "Le président du syndicat répond aux journalistes, lundi.", "PHOTO AFP", STORY[1]]
    assert [caption for caption, _ in _read(lines)] == ["Des syndiqués manifestent devant l'hôtel de ville, dimanche.",
                                                        "Le président du syndicat répond aux journalistes, lundi."]
