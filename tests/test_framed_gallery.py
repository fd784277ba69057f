"""A page framed as a gallery that prints no credit: its paragraphs are the captions."""
from __future__ import annotations

from captions import parse_page

PARAGRAPHS = ["The mill race seen from the footbridge.", "Workers load flour sacks onto a cart.",
              "Snow lies on the weir in the hard winter."]


def captions_of(text: str) -> list[str | None]:
    return [p.caption for p in parse_page(text).photos]


# The paragraphs with a second sentence each: a page of these reads as a story by its lines' shape too, so
# that only the frame can make them captions (three short one-sentence lines read as a gallery's: sentence_runs)
STORY = [f"{p} The town remembers it well." for p in PARAGRAPHS]


def page(heading: str, *, between: str = "", paragraphs: list[str] = PARAGRAPHS) -> str:
    return f"{heading}\n{between}" + "".join(f"\n{p}\n" for p in paragraphs)


def test_paragraphs_under_a_gallery_heading_are_uncredited_captions() -> None:
    photos = parse_page(page("Gallery: The old mill")).photos
    assert [(p.description, p.caption, p.credit) for p in photos] == [(None, p, None) for p in PARAGRAPHS]


def test_the_gallery_words_of_other_languages_frame_alike() -> None:
    assert captions_of(page("Bildergalerie Die alte Mühle")) == PARAGRAPHS
    assert captions_of(page("Fotoshow: Die alte Mühle")) == PARAGRAPHS


def test_the_word_for_photos_opening_a_title_with_a_colon_frames_a_gallery() -> None:
    assert captions_of(page("FOTOS: El viejo molino", paragraphs=STORY)) == STORY
    assert captions_of(page("Bilder: Die alte Mühle", paragraphs=STORY)) == STORY
    assert captions_of(page("ФОТО: Старая мельница на реке", paragraphs=STORY)) == STORY


def test_the_word_for_photos_before_a_name_credits_someone_and_frames_no_gallery() -> None:
    assert captions_of(page("Фото: Reporter", paragraphs=STORY)) == []
    assert captions_of(page("Fotos: Ana Ruiz", paragraphs=STORY)) == []


def test_the_word_for_photos_before_three_words_naming_people_or_a_body_frames_no_gallery() -> None:
    assert captions_of(page("Fotos: Ana Ruiz y Juan Pérez", paragraphs=STORY)) == []
    assert captions_of(page("Фото: пресс-служба МЧС России", paragraphs=STORY)) == []
    assert captions_of(page("Фото: пресс-служба губернатора Пермского края", paragraphs=STORY)) == []


def test_a_page_with_no_gallery_heading_keeps_its_paragraphs() -> None:
    assert captions_of(page("The old mill", paragraphs=STORY)) == []


def test_a_byline_makes_the_paragraphs_a_story() -> None:
    # the paragraphs of two sentences: three short one-sentence lines are a gallery's by their shape, byline or not
    assert captions_of(page("In Pictures: The old mill", between="By Jane Doe\n", paragraphs=STORY)) == []


def test_a_paragraph_before_the_heading_makes_the_page_a_story() -> None:
    story = "The mill closed in 1950 after the fire, and the town has argued about it since.\n"
    assert captions_of("Mill news\n" + story + page("Gallery: The old mill", paragraphs=STORY)) == []


def test_a_page_printing_a_credit_is_left_to_its_credits() -> None:
    assert captions_of(page("Gallery: The old mill") + "\nThe wheel turns again. (Photo: Jo Li)\n") == [
        "The wheel turns again."]


def test_a_gallery_word_alone_frames_nothing() -> None:
    assert captions_of(page("Gallery", paragraphs=STORY)) == []


def test_a_story_headline_opened_by_a_gallery_word_frames_nothing() -> None:
    assert captions_of(page("Gallery owner opens a second shop in the old mill", paragraphs=STORY)) == []
    assert captions_of(page("Photos show the old mill before the fire", paragraphs=STORY)) == []


def test_the_word_for_photos_before_more_than_a_credit_can_hold_frames_a_gallery() -> None:
    # no credit is longer than MAX_CREDIT (200 characters): the words after "Fotos:" are a title, however many
    # names they hold, and are not read as a credit (64 KB of "Photos: Jo Li, AFP; " took 2 s to read whole)
    names = "Ana Ruiz y Juan Pérez, " * 9
    assert captions_of(page("Fotos: " + names[:190], paragraphs=STORY)) == []
    assert captions_of(page("Fotos: " + names, paragraphs=STORY)) == STORY
