"""Review 109: probes of this session's rules (rounds 106 and 107) where they could misfire, each read as a careful
reader would: a square-bracketed note in prose, a Persian 'photo of' opening a caption, the BBC's word 'author' in a
caption, a date before another country's credit, Deutsche Bahn's 'DB AG', a handle opening a caption's sentence."""
from __future__ import annotations

from captions import parse_page


def read(text: str) -> list[tuple[str | None, str | None, tuple[str, ...], tuple[str, ...]]]:
    return [(p.caption, p.credit and p.credit.raw, tuple(p.credit.photographers) if p.credit else (),
             tuple(p.credit.agencies) if p.credit else ()) for p in parse_page(text).photos]


def page(*lines: str) -> str:
    return "\n".join(["Storm hits the coast", *lines, "More on this story later."])


def test_a_bracketed_note_in_prose_names_no_source() -> None:
    assert read(page("We will show the pictures later in this piece. [Photo: see below]")) == []


def test_a_bracketed_lead_in_still_marks_a_name() -> None:
    assert read(page("Una calle de Madrid en 1960. [Foto: Juan Pérez]")) == [
        ("Una calle de Madrid en 1960.", "Juan Pérez", ("Juan Pérez",), ())]


def test_a_persian_photo_of_opening_a_caption_is_no_credit() -> None:
    assert read(page("عکس از مراسم افتتاح موزه که دیروز برگزار شد")) == []


def test_the_word_author_in_a_caption_is_no_byline() -> None:
    caption = "The author, Jane Doe, signs copies of her book at the Hay Festival."
    assert read(page(caption, "Photo: Tom Hill/Reuters")) == [
        (caption, "Tom Hill/Reuters", ("Tom Hill",), ("Reuters",))]


def test_a_dated_opening_is_cut_off_another_wires_credit() -> None:
    assert read(page("Workers march through central Seoul on Wednesday. 2024.05.01/Reuters")) == [
        ("Workers march through central Seoul on Wednesday.", "Reuters", (), ("Reuters",))]


def test_deutsche_bahns_db_ag_keeps_its_reading() -> None:
    assert read(page("Ein ICE fährt durch den Hauptbahnhof in Berlin.", "Foto: DB AG/Max Lehmann")) == [
        ("Ein ICE fährt durch den Hauptbahnhof in Berlin.", "DB AG/Max Lehmann", ("Max Lehmann",), ("DB AG",))]


def test_a_handle_opening_a_sentence_is_no_credit() -> None:
    assert read(page("@jane.doe said the water rose within minutes.")) == []
