"""A marked credit opening its caption's line ("Foto: Jo Li/dpa <caption>"): read only where its end is clear."""
from __future__ import annotations

import pytest

from captions import parse_page, split_caption_credit
from captions.knowledge.registry import bundled_registry
from captions.parse.credit_first import credit_first
from captions.parse.markers import markers_for


@pytest.mark.parametrize(("text", "expected"), [
    # a known agency closes the credit; the caption follows after a space
    ("Foto: Jo Li/dpa Stadtfest in Bremen: Besucher drängen sich auf dem Marktplatz.",
     ("Stadtfest in Bremen: Besucher drängen sich auf dem Marktplatz.", "Jo Li/dpa")),
    # the longest run ending in a known agency: the agency chain is one credit
    ("Foto: Jo Li/ZUMA Press Wire/dpa Kinder spielen am Ufer der Weser.",
     ("Kinder spielen am Ufer der Weser.", "Jo Li/ZUMA Press Wire/dpa")),
    ("Фото: Иван Петров/ТАСС Участники парада проходят по площади.",
     ("Участники парада проходят по площади.", "Иван Петров/ТАСС")),
    ("© AFP Der Präsident spricht vor dem Parlament in Paris.",
     ("Der Präsident spricht vor dem Parlament in Paris.", "AFP")),
    # a closing bracket ends it
    ("(Photo: Jo Li) A man walks his dog along the river.", ("A man walks his dog along the river.", "Jo Li")),
    ("Foto: (Ana Ruiz/Reuters) Vecinos caminan por una calle inundada.",
     ("Vecinos caminan por una calle inundada.", "Ana Ruiz/Reuters")),
    # a separator ends it
    ("Fotó: Kiss Anna | A tűzoltók a helyszínen dolgoznak.", ("A tűzoltók a helyszínen dolgoznak.", "Kiss Anna")),
])
def test_credit_opening_the_line(text: str, expected: tuple[str, str]) -> None:
    assert split_caption_credit(text) == expected


@pytest.mark.parametrize("text", [
    # nothing shows where a credit would end: a lead-in before a sentence
    "Фото: В параде приняли участие сто единиц бронетехники",
    # what follows the agency is no caption: a second credit, or too few words
    "Foto: Jo Li/dpa Ana Ruiz/AFP",
    "Foto: Jo Li/dpa Symbolbild",
    # a bare word lead-in may start a sentence
    "Credit Suisse/AFP Bankers meet in Zurich on Monday.",
])
def test_left_alone_where_the_credit_does_not_end_clearly(text: str) -> None:
    assert credit_first(text, markers_for(bundled_registry())) is None


def test_a_credit_at_both_ends_of_the_line_is_not_read_as_opening_it() -> None:
    text = "Photo: Jo Li/AFP A man walks along the river. (Ana Ruiz/Reuters)"
    assert credit_first(text, markers_for(bundled_registry())) is not None  # either end could be the credit
    assert split_caption_credit(text)[0] != "A man walks along the river. (Ana Ruiz/Reuters)"


def test_own_line_credit_is_still_a_credit_alone() -> None:
    assert split_caption_credit("Foto: Jo Li/dpa") == (None, "Jo Li/dpa")
    assert split_caption_credit("Photo: Jo Li/AFP via Getty Images") == (None, "Jo Li/AFP via Getty Images")


def test_a_credit_first_slide_cut_in_its_caption_is_left_out() -> None:
    page = ("Foto: Jo Li/dpa Besucher drängen sich auf dem Marktplatz vor dem Rathaus.\n\n"
            "Foto: Ana Ruiz/dpa Ein Drachenboot-Team paddelt auf der Weser vorbei.\n\n"
            "Foto: Tom Berg/dpa Kinder bestaunen die Seifenblasen eines Künstlers.\n\n"
            "Foto: Jo Li/dpa Eine Blaskapelle spielt zum Abschluss auf der Bühne am\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("Besucher drängen sich auf dem Marktplatz vor dem Rathaus.", "Jo Li/dpa"),
        ("Ein Drachenboot-Team paddelt auf der Weser vorbei.", "Ana Ruiz/dpa"),
        ("Kinder bestaunen die Seifenblasen eines Künstlers.", "Tom Berg/dpa"),
    ]



def test_names_longer_than_any_credit_after_an_opening_credit_are_its_caption() -> None:
    """A run of 22 names (214 characters) is no part of a credit, which is 200 characters at most (MAX_CREDIT): it is
    the caption of a group picture, not the credit's last part; a shorter run of names could be either."""
    names = ("Jo Li, Ana Ruiz, Bo Chen, Kim Park, Lea Roth, Tom Hale, Eva Berg, Max Wolf, Ida Lund, Sam Cole, Amy Ross, "
             "Ben Hart, Zoe King, Leo Marsh, Mia Stone, Noah Reed, Ava Lane, Eli Ford, Jo Lee, Al Gore, Cy Young, Bo Derek")
    photos = parse_page(f"Title\n\nPhoto: Jo Li/AFP {names}\n").photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [(names, "Jo Li/AFP")]
