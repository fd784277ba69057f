"""A picture's markup kept as text by a dump: its alt text describes the caption under it; the address is never text."""
from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from captions import parse_page
from captions.parse.image_markup import image_alt

STORY = "The council said every road would be open again by the weekend."


def read(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]


def test_a_markdown_image_gives_its_alt_text() -> None:
    assert image_alt("![A fallen oak.](https://example.org/oak.jpg)") == "A fallen oak."


def test_a_linked_image_with_a_title_and_table_edges_gives_its_alt_text() -> None:
    assert image_alt('| [![A fallen oak](https://example.org/oak.jpg "Oak")](https://example.org/3) |') == "A fallen oak"


def test_an_address_written_out_before_the_alt_attribute_gives_it() -> None:
    assert image_alt('data:image/s3,"s3://pictures/ab12/ab12" alt="A fallen oak."') == "A fallen oak."


def test_an_image_with_no_alt_text_gives_an_empty_one() -> None:
    assert image_alt("![]() |") == ""


def test_a_line_with_text_besides_the_markup_is_no_image_line() -> None:
    assert image_alt("![](https://example.org/oak.jpg) A fallen oak blocks the lane.") is None
    assert image_alt("Press ![here] to start.") is None


def test_the_alt_text_above_a_credited_caption_is_its_description() -> None:
    text = "\n".join(["Storm in the old town", "![A fallen oak](https://example.org/oak.jpg)",
                      "A fallen oak blocks the lane. Photo: Mara Quist/Reuters", STORY])
    assert read(text) == [("A fallen oak", "A fallen oak blocks the lane.", "Mara Quist/Reuters")]


def test_markup_opening_a_caption_line_is_cut_off_it_and_gives_its_alt_text() -> None:
    text = "\n".join(["Storm in the old town", "![A fallen oak](https://example.org/oak.jpg) A fallen oak blocks the lane. "
                      "Photo: Mara Quist/Reuters", STORY])
    assert read(text) == [("A fallen oak", "A fallen oak blocks the lane.", "Mara Quist/Reuters")]


def test_the_markup_is_never_a_caption_nor_the_headline() -> None:
    text = "\n".join(["![](https://example.org/logo.png)", "Storm in the old town",
                      '<image>data:image/s3,"s3://pictures/ab12/ab12" alt="A fallen oak. Mara Quist/Reuters"</image>',
                      "1", "A fallen oak blocks the lane. Mara Quist/Reuters"])
    page = parse_page(text)
    assert page.title == "Storm in the old town"
    assert read(text) == [("A fallen oak. Mara Quist/Reuters", "A fallen oak blocks the lane.", "Mara Quist/Reuters")]


def test_an_uncredited_line_printing_the_alt_text_again_is_the_pictures_caption() -> None:
    text = "\n".join(["Storm in the old town", "![A fallen oak blocks the lane.](https://example.org/oak.jpg)",
                      "2", "A fallen oak blocks the lane.", STORY])
    assert read(text) == [("A fallen oak blocks the lane.", "A fallen oak blocks the lane.", None)]


def test_a_paragraph_under_the_markup_is_the_storys_and_the_markup_alone_no_picture() -> None:
    text = "\n".join(["Storm in the old town", "![Storm over the old town](https://example.org/lead.jpg)",
                      "Residents woke on Friday to fallen branches and blocked lanes.", STORY])
    assert read(text) == []


@given(st.text(alphabet=st.characters(blacklist_characters="[]\n\r", blacklist_categories=("Cs",)), max_size=60))
def test_any_alt_text_without_brackets_is_read_back(alt: str) -> None:
    assert image_alt(f"![{alt}](https://example.org/a.jpg)") == alt.strip()


def test_a_long_line_of_brackets_is_read_in_time() -> None:
    start = time.perf_counter()
    image_alt("![" + "[" * 20000 + "](" + "(" * 20000)
    image_alt("![a](b)" * 5000 + " x")
    assert time.perf_counter() - start < 2
