"""A line printed again is read once: split_line and the run-on cut remember lines of up to MAX_REMEMBERED_LINE
characters, and read a longer one each time."""
from __future__ import annotations

from captions import parse_page
from captions.knowledge.registry import bundled_registry
from captions.parse.credit_in_line import MAX_REMEMBERED_LINE, Split, split_line
from captions.parse.markers import markers_for
from captions.parse.run_on import split_run_on
from captions.parse.lines import CleanLine

PM = markers_for(bundled_registry())


def test_a_line_printed_again_is_read_once_and_alike() -> None:
    line = "A boy runs in the park. Photo: Jo Li/AFP"
    first = split_line(line, PM)
    assert first == Split("A boy runs in the park.", "Jo Li/AFP")
    assert split_line(line, PM) is first


def test_a_line_longer_than_the_longest_kept_is_read_each_time_alike() -> None:
    line = "A boy runs in the park. " * 90 + "Photo: Jo Li/AFP"
    assert len(line) > MAX_REMEMBERED_LINE
    first, again = split_line(line, PM), split_line(line, PM)
    assert first == again == Split(line[:-len(" Photo: Jo Li/AFP")], "Jo Li/AFP")
    assert again is not first


def test_a_gallery_run_onto_a_line_printed_twice_is_cut_alike_both_times() -> None:
    text = ("Crowds gather in the square at dawn. Foto: Ana Lima/Reuters Police close the road to the port. "
            "Foto: Jo Li/AFP")
    lines = [CleanLine(1, text, "text"), CleanLine(2, text, "text")]
    pieces = [line.text for line in split_run_on(lines, PM)]
    assert pieces == ["Crowds gather in the square at dawn. Foto: Ana Lima/Reuters",
                      "Police close the road to the port. Foto: Jo Li/AFP"] * 2


def test_a_page_repeating_a_captioned_line_reads_it_as_one_picture_as_before() -> None:
    page = "Title\n" + "\n\n".join(["A boy runs in the park. Photo: Jo Li/AFP"] * 3) + "\n"
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == \
        [("A boy runs in the park.", "Jo Li/AFP")]
