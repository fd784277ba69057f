"""Swiss dailies' credits closing their captions: "PD" naming no one, and credits alone among them.

Every page here is invented for its test. A photo is shown as (caption, raw credit).
"""
from __future__ import annotations

from captions import parse_page, split_caption_credit

HEAD = "Murgang verschüttet Kantonsstrasse im Prättigau\n\nVerletzt wurde niemand.\n\nSabine Koller\n"


def found(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_pd_closing_a_caption_is_its_credit_naming_no_one() -> None:
    page = (HEAD + "Ein Bagger räumt Geröll von der Strasse bei Küblis. Marco Bianchi / Keystone\n\n"
            + "Die Rhätische Bahn führte Ersatzbusse.\nEin Ersatzbus wartet am Bahnhof Küblis auf Fahrgäste. PD\n")
    photos = parse_page(page).photos
    assert found(page)[1] == ("Ein Ersatzbus wartet am Bahnhof Küblis auf Fahrgäste.", "PD")
    assert (photos[1].credit.photographers, photos[1].credit.agencies) == ([], [])


def test_a_credit_alone_over_a_credited_caption_keeps_no_paragraph_where_another_stands_under_one() -> None:
    # "Lea Frei / NZZ" under a caption closing with its credit is a picture alone: no sign that the page prints
    # its credits a blank line under their captions, so "Jonas Wyss / NZZ" takes no paragraph across the blank
    page = (HEAD + "Ein Bagger räumt Geröll von der Strasse bei Küblis. Marco Bianchi / Keystone\nLea Frei / NZZ\n"
            + "Die Strasse bleibt mindestens bis Freitag gesperrt.\n\n"
            + "Der Bach war innert weniger Minuten über die Ufer getreten.\n\n"
            + "Jonas Wyss / NZZ\nAnwohner betrachten die Schäden an einer Scheune. Jonas Wyss / NZZ\n\n"
            + "Die Rhätische Bahn führte Ersatzbusse.\nEin Ersatzbus wartet am Bahnhof Küblis. PD\n")
    assert found(page) == [
        ("Ein Bagger räumt Geröll von der Strasse bei Küblis.", "Marco Bianchi / Keystone"),
        (None, "Lea Frei / NZZ"), (None, "Jonas Wyss / NZZ"),
        ("Anwohner betrachten die Schäden an einer Scheune.", "Jonas Wyss / NZZ"),
        ("Ein Ersatzbus wartet am Bahnhof Küblis.", "PD")]


def test_pd_in_brackets_closing_unstopped_prose_is_the_acronym_of_the_words_before_it() -> None:
    # review 33: Italy's Partito Democratico, "(PD)" as prose glosses it, made a credit once PD was one
    assert split_caption_credit("Il segretario del Partito Democratico (PD)") == (
        "Il segretario del Partito Democratico (PD)", None)
    assert split_caption_credit("Ein Bagger räumt Geröll bei Küblis. (PD)") == ("Ein Bagger räumt Geröll bei Küblis.", "PD")
