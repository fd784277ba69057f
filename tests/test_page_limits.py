"""Pages built to be too large to read: a page dump of more lines, or an HTML page of more elements, than any
news page holds is skipped with an error naming it, quickly and in little memory, and the run reads on.

Before these limits a 20 MB page dump of one-letter lines took 6 minutes and 5.8 GB, and a 20 MB HTML page
of `a<br>` 2.2 GB. Every page here is written for these tests.
"""
from __future__ import annotations

import time

import pytest
from hypothesis import given, strategies as st

from captions.cli import app
from captions.parse.html.nesting import more_elements_than, nesting_depth
from captions.parse.limits import MAX_ELEMENTS, MAX_LINES
from captions.knowledge.registry import load_registry
from captions.parse.lines import MAX_BLANK_RUN, clean_lines, more_lines_than
from captions.parse.markers import markers_for
from captions.text import split_lines

CREDITED = "Floods in the valley\nBoats reach the square. [Jo Li/AFP]\n"
PM = markers_for(load_registry(None))
FIGURE = ('<figure><img src="a.jpg" alt="Boats"><figcaption>Boats reach the square. Photo: Jo Li/AFP</figcaption>'
          "</figure>")


def test_a_page_dump_of_more_lines_than_the_limit_is_skipped_naming_it_and_the_next_page_is_read(runner, page) -> None:
    long = page("Title\n" + "a\n" * MAX_LINES, "long.txt")
    page(CREDITED, "short.txt")
    started = time.process_time()
    result = runner.invoke(app, ["credits", str(long.parent), "-f", "csv"])
    assert time.process_time() - started < 3.0   # about 0.2 s; read, these lines took 3 to 10 s and 60 MB or more
    assert result.exit_code == 1
    assert result.stderr == f"captions: error: {long}: more than 100,000 lines; page skipped\n"
    assert result.stdout == "agency,photos,articles\nAFP,1,1\n"


def test_a_page_dump_of_as_many_lines_as_the_limit_is_read(runner, page) -> None:
    saved = page(CREDITED + "a\n" * (MAX_LINES - 3))   # the last line end opens an empty line: MAX_LINES in all
    result = runner.invoke(app, ["credits", str(saved), "-f", "csv"])
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", "agency,photos,articles\nAFP,1,1\n")


def test_a_run_of_blank_lines_counts_as_many_lines_as_the_parser_keeps_of_it(runner, page) -> None:
    saved = page("Floods in the valley" + "\n" * (MAX_LINES * 3) + "Boats reach the square. [Jo Li/AFP]\n")
    result = runner.invoke(app, ["credits", str(saved), "-f", "csv"])
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", "agency,photos,articles\nAFP,1,1\n")


def test_lines_ended_by_a_carriage_return_alone_count_as_lines(runner, page) -> None:
    saved = page("Title\r" + "a\r" * MAX_LINES)
    result = runner.invoke(app, ["credits", str(saved), "-f", "csv"])
    assert result.stderr == f"captions: error: {saved}: more than 100,000 lines; page skipped\n"


def test_an_html_page_of_more_elements_than_the_limit_is_skipped_naming_it(runner, page) -> None:
    saved = page("<!DOCTYPE html><html><body>" + FIGURE + "Rain<br>" * MAX_ELEMENTS + "</body></html>", "big.html")
    started = time.process_time()
    result = runner.invoke(app, ["credits", str(saved), "-f", "csv"])
    assert time.process_time() - started < 3.0   # about 0.3 s
    assert result.exit_code == 1
    assert result.stderr == f"captions: error: {saved}: markup of more than 200,000 elements; page skipped\n"


def test_tags_inside_a_script_or_a_comment_are_no_elements(runner, page) -> None:
    script = "<script>" + "if (a<b) x = '<br>';" * MAX_ELEMENTS + "</script><!--" + "<br>" * MAX_ELEMENTS + "-->"
    saved = page("<!DOCTYPE html><html><head>" + script + "</head><body>" + FIGURE + "</body></html>", "scripted.html")
    result = runner.invoke(app, ["credits", str(saved), "-f", "csv"])
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", "agency,photos,articles\nAFP,1,1\n")


def test_elements_are_counted_up_to_the_limit() -> None:
    assert not more_elements_than("<p>a</p>" * 10, 10)
    assert more_elements_than("<p>a</p>" * 11, 10)


@given(st.lists(st.sampled_from(["a", " ", "", "\n", "\r", "\r\n", "\u3000", "\x0b", "a\n\n\n", "a\n\n\n\n\n"]),
                max_size=80))
def test_lines_are_counted_as_the_parser_keeps_them(parts: list[str]) -> None:
    text = "".join(parts)
    kept = len(clean_lines(split_lines(text), PM, header=False))
    # every limit: at one short of the count only, a text ending in a lone "\r" was told one line short
    assert [more_lines_than(text, limit) for limit in range(kept + 2)] == [True] * kept + [False, False]


@pytest.mark.parametrize("blank", ["\n", "\n\n", "\n\n\n"], ids=["single", "doubled", "tripled"])
def test_a_page_whose_blank_lines_are_all_doubled_is_told_as_the_same_page_single_spaced(blank: str) -> None:
    text = "Harbour news\n" + "".join(f"{blank}Boats line the quay on day {n}.\n" for n in range(500))
    single = len(clean_lines(split_lines(text.replace("\n" + blank, "\n\n")), PM, header=False))
    assert single == 1 + 2 * 500 + 1   # the title, a blank and a line each day, the empty line after the last end
    assert (more_lines_than(text, single - 1), more_lines_than(text, single)) == (True, False)


def test_a_text_ending_in_a_carriage_return_alone_counts_the_empty_line_after_it() -> None:
    assert more_lines_than("a\r", 1)
    assert not more_lines_than("a\r", 2)


@pytest.mark.parametrize("opening", ["<!-->", "<!--->", "<!-- x --!>", '<i title="<!--">', "<i title='<script>'>",
                                     "<?x <script> ?>"],
                         ids=["empty-comment", "empty-comment-dash", "comment-ended-by-bang", "comment-in-a-value",
                              "script-in-a-value", "script-in-a-bogus-comment"])
def test_what_the_parser_reads_as_ended_hides_no_elements_from_the_count(opening: str) -> None:
    # "<!-->" is a whole comment to the parser, a value's "<!--" no comment at all: read as opening one that never
    # closed, they hid every element after them, and a page of millions of them was parsed (5 MB: 580 MB, 5 s)
    assert more_elements_than(opening + "a<br>" * 11, 10)
    assert nesting_depth(opening + "<div>" * 20) >= 20


def test_a_quoted_value_holding_a_tag_s_end_is_read_as_the_parser_reads_it() -> None:
    assert not more_elements_than('<img alt="a > b <br> c">' + "<p>a" * 9, 10)
    assert more_elements_than('<img alt="a > b <br> c">' + "<p>a" * 10, 10)
