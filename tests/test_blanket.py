"""A blanket credit ("All photos by Name", "PICTURES BY NAME", "PHOTOS/AFP") credits a story's pictures as a whole."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from captions import parse_page
from captions.knowledge.registry import bundled_registry

STORY = "The county fair opened on Saturday with more than two hundred exhibitors and a queue at the gate."


def read(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]


def test_a_blanket_credit_set_apart_at_a_storys_end_is_no_picture() -> None:
    assert read(f"Fair returns\n\n{STORY}\n\nOrganisers were pleased.\n\nPhotos by Jo Li/AFP") == []
    assert read(f"Fair returns\n\n{STORY}\n\nOrganisers were pleased.\n\nAll photos by Jo Li") == []


def test_a_plural_credit_closing_a_standfirst_makes_no_picture() -> None:
    text = f"{STORY} Organisers said the turnout was the best since the fair moved to its present site. PHOTOS/AFP"
    assert read(text) == []


def test_the_pictures_that_print_no_credit_take_it_and_the_others_keep_theirs() -> None:
    text = "\n".join(["Gallery: Lanterns on the harbour", "1 / 2", "Lanterns drift past the harbour wall at dusk.",
                      "2 / 2", "A boy holds up his lantern before the water.", "Photo: Ann Roe/Reuters", "",
                      "Text and photos by Jo Lind"])
    assert read(text) == [("Lanterns drift past the harbour wall at dusk.", "Jo Lind"),
                          ("A boy holds up his lantern before the water.", "Ann Roe/Reuters")]


def test_a_gallery_heading_holding_a_lead_ins_word_credits_nothing() -> None:
    text = "\n".join(["In pictures: Lanterns on the harbour", "1 / 2", "Lanterns drift past the harbour wall at dusk.",
                      "2 / 2", "A boy holds up his lantern before the water.", "Photo: Ann Roe/Reuters"])
    assert parse_page(text).title == "In pictures: Lanterns on the harbour"
    assert read(text) == [("Lanterns drift past the harbour wall at dusk.", None),
                          ("A boy holds up his lantern before the water.", "Ann Roe/Reuters")]


def test_the_captions_under_a_sentence_it_closes_announcing_the_pictures_are_theirs() -> None:
    text = "\n".join(["Fair returns", "", STORY, "", "Below are some photos from the showground. PICTURES BY JO LI", "",
                      "A judge weighs a pumpkin in the giant vegetable class.", "", "MORE PICTURES FROM THE FAIR"])
    assert read(text) == [("A judge weighs a pumpkin in the giant vegetable class.", "JO LI")]


def test_a_caption_printed_twice_with_it_is_a_picture() -> None:
    line = "A judge weighs a pumpkin. PICTURES BY JO LI"
    assert read(f"Fair returns\n\n{line}\n{line}\n\n{STORY}") == [("A judge weighs a pumpkin.", "JO LI")]


def test_alone_right_under_a_caption_it_is_that_captions_credit() -> None:
    text = f"Fair returns\n\n{STORY}\n\nA judge weighs a pumpkin in the giant vegetable class.\nPhotography by Jo Li."
    assert read(text) == [("A judge weighs a pumpkin in the giant vegetable class.", "Jo Li")]


def test_under_the_storys_first_line_it_is_a_byline() -> None:
    for leadin in ("Text and photos by", "Photos by", "Texto y fotos"):
        assert read(f"Fair returns\nThe fair opened on Saturday.\n{leadin} Jo Li\n{STORY}") == []


def test_plural_credits_under_each_caption_are_each_pictures_own() -> None:
    text = ("Fair returns\n\nA judge weighs a pumpkin in the giant vegetable class.\nPhotos: Jo Li/AFP\n\n"
            "A goat waits for the dairy ring in the shed.\nPhotos: Ann Roe/AP\n")
    assert read(text) == [("A judge weighs a pumpkin in the giant vegetable class.", "Jo Li/AFP"),
                          ("A goat waits for the dairy ring in the shed.", "Ann Roe/AP")]


def test_a_singular_credit_under_a_caption_stays_that_pictures() -> None:
    text = f"Fair returns\n\nA judge weighs a pumpkin in the giant vegetable class.\nPhoto: Jo Li/AFP\n\n{STORY}"
    assert read(text) == [("A judge weighs a pumpkin in the giant vegetable class.", "Jo Li/AFP")]


def test_a_source_line_restating_the_pictures_credit_is_no_picture() -> None:
    text = ("A judge weighs a pumpkin in the giant class. (Photo courtesy of Jo Li) |\n"
            "A goat waits for the dairy ring. (Photo courtesy of Jo Li) |\n"
            "Source: Echo/Photo courtesy of Jo Li\n"
            "Valley farmers count the cost of the rain.\nThe rain fell for a week.")
    assert read(text) == [("A judge weighs a pumpkin in the giant class.", "Jo Li"),
                          ("A goat waits for the dairy ring.", "Jo Li")]


def test_a_headline_a_blanket_leadin_opens_credits_nothing() -> None:
    text = "\n".join(["Photos: Lanterns on the Harbour", "1 / 2", "Lanterns drift past the harbour wall at dusk.",
                      "2 / 2", "A boy holds up his lantern before the water.", "Photo: Ann Roe/Reuters"])
    assert read(text) == [("Lanterns drift past the harbour wall at dusk.", None),
                          ("A boy holds up his lantern before the water.", "Ann Roe/Reuters")]


def test_a_byline_of_text_and_photos_in_spanish_makes_no_picture() -> None:
    assert read(f"Huracanes en Cuba\n\nTexto y fotos Lázaro Pérez\n\n{STORY}") == []


BLANKET_LEADINS = [x for x in bundled_registry().markers.blanket_credit_leadins if not x.endswith("/")]


@settings(max_examples=60, deadline=None)
@given(leadin=st.sampled_from(BLANKET_LEADINS),
       name=st.sampled_from(["Jo Li", "Ana María Ruiz", "Jo Li/AFP", "Reuters"]))
def test_any_blanket_leadin_set_apart_at_the_end_makes_no_picture_and_credits_slides(leadin: str, name: str) -> None:
    slides = ["Gallery: Lanterns", "1 / 2", "Lanterns drift past the harbour wall at dusk.", "2 / 2",
              "A boy holds up his lantern before the water.", "Photo: Ann Roe/Reuters", ""]
    assert read(f"Fair returns\n\n{STORY}\n\n{leadin} {name}") == []
    first = read("\n".join([*slides, f"{leadin} {name}"]))[0]
    assert first == ("Lanterns drift past the harbour wall at dusk.", name)
