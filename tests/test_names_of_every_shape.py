"""A photographer's name reads the same whatever its shape: one word, initials, particles (benchmarks/
metamorphic_names.py, round 181). Every name, outlet and sentence here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.knowledge.registry import bundled_registry
from captions.parse.credit import parse_credit
from captions.parse.markers import markers_for, tail_start
from captions.parse.unmarked_tails import plain_tail
from captions.parse.unstopped import unstopped_tail

PM = markers_for(bundled_registry())


def read(raw: str) -> tuple[list[str], list[str]]:
    credit = parse_credit(raw)
    return credit.photographers, credit.agencies


@pytest.mark.parametrize(("raw", "expected"), [
    ("Sutarno/Antara/AFP", (["Sutarno"], ["Antara", "AFP"])),
    ("Sutarno, AFP", (["Sutarno"], ["AFP"])),
    ("Sutarno (AP)", (["Sutarno"], ["AP"])),
    ("Sutarno | Reuters", (["Sutarno"], ["Reuters"])),
    ("Sutarno - AFP", (["Sutarno"], ["AFP"])),
    ("Sutarno/Pool/AP", (["Sutarno"], ["Pool", "AP"])),
    ("Wulandari / Chicago Tribune", (["Wulandari"], ["Chicago Tribune"])),
    ("ABC News: Sutarno", (["Sutarno"], ["ABC News"])),
])
def test_one_word_before_a_newsroom_is_its_photographer_known_by_one_name(raw: str, expected: tuple) -> None:
    assert read(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Handout/Reuters", ([], ["Reuters"])),  # a word naming no one stays dropped
    ("Sutarno/Getty Images", ([], ["Sutarno", "Getty Images"])),  # a library sells collections named by one word
    ("Sutarno/NASA", ([], ["Sutarno", "NASA"])),  # "NASA/Goddard": a body's centre
    ("ABC News: Supplied", ([], ["ABC News"])),
    ("Wulandari for The New York Times", ([], ["Wulandari", "The New York Times"])),  # as "Vote pour Libération"
])
def test_one_word_before_a_library_a_body_or_as_a_word_naming_no_one_is_read_as_before(raw: str,
                                                                                        expected: tuple) -> None:
    assert read(raw) == expected


CAPTION = "Policiais fecham a estrada que leva ao bairro atingido pela enchente de ontem"


@pytest.mark.parametrize("space", [" ", ""])
def test_a_name_opening_with_initials_keeps_them_after_an_unstopped_caption(space: str) -> None:
    text = f"{CAPTION}{space}J. R. Okafor / Agência Sul"
    assert plain_tail(text, tail_start(text), PM) == (CAPTION, "J. R. Okafor / Agência Sul")


@pytest.mark.parametrize(("caption", "credit"), [
    ("Soldiers patrol the road near the village in Area C.", "REUTERS/Jo Li"),
    ("The team tested vitamin D.", "Jo Li/AP"),
])
def test_a_capital_and_its_stop_before_anything_but_an_initial_still_end_the_caption(caption: str,
                                                                                       credit: str) -> None:
    text = f"{caption} {credit}"
    assert plain_tail(text, tail_start(text), PM) == (caption, credit)


@pytest.mark.parametrize("name", ["Pieter van der Berg", "Lucía de la Cruz", "Omar al-Masri", "Jo Li"])
def test_an_agency_after_a_name_with_particles_is_left_unread_as_after_any_name(name: str) -> None:
    text = f"Voluntários distribuem água para famílias desalojadas no ginásio {name} / AFP"
    assert unstopped_tail(text, 0, PM) is None


def test_an_agency_after_a_lower_case_word_closes_the_caption() -> None:
    text = "Voluntários distribuem água para famílias desalojadas no ginásio central / AFP"
    assert unstopped_tail(text, 0, PM) == ("Voluntários distribuem água para famílias desalojadas no ginásio central",
                                           "AFP")


def test_capitals_starting_inside_a_name_in_title_case_are_not_cut_there() -> None:
    caption = "Aeronave dos bombeiros sobrevoa a área e resgata pessoas com vida"
    assert unstopped_tail(f"{caption} Rui Moreno/FOLHA DO VALE/AGÊNCIA SUL", 0, PM) is None
    assert unstopped_tail(f"{caption} RUI MORENO/FOLHA DO VALE/AGÊNCIA SUL", 0, PM) == (
        caption, "RUI MORENO/FOLHA DO VALE/AGÊNCIA SUL")


INTRO = "Our photographers were out in the capital as supporters descended on the city centre for the match.\n\n"


@pytest.mark.parametrize("name", ["Pieter Vanderberg", "Pieter van der Berg", "Ana de la Cruz"])
def test_a_name_alone_over_a_credited_caption_is_no_alt_text_whatever_its_particles(name: str) -> None:
    page = ("Fans pack the city for the opening match\n\n" + INTRO
            + "Fans in red hats sing outside a pub\nFans belt out the anthem ahead of kick-off (Image: Jo Evans)\n\n"
            + "Two girls with painted faces wave flags\nSisters from the valleys got their faces painted (Image: PA)\n\n"
            + f"{name}\nA boy waves a scarf from his father's shoulders (Image: Sam Hill)\n")
    assert [p.description for p in parse_page(page).photos] == [
        "Fans in red hats sing outside a pub", "Two girls with painted faces wave flags", None]
