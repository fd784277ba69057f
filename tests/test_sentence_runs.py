"""A gallery's captions printed one short sentence a line, with no credit: the run is read as captions."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from captions import parse_page
from captions.parse.sentence_runs import MAX_MEAN_WORDS

CAPTIONS = ["A tractor pulls a trailer of hay bales past the barn.", "Children wait their turn for the pony rides.",
            "The winning marrow weighed just under twelve kilograms."]
INTRO = "The weather held all weekend. More than two thousand visitors came through the gates."


def captions_of(text: str) -> list[str | None]:
    return [p.caption for p in parse_page(text).photos]


def page(*lines: str) -> str:
    return "\n".join(["Harvest weekend at Elmstead", *lines])


def test_a_run_of_short_one_sentence_lines_after_the_intro_is_uncredited_captions() -> None:
    photos = parse_page(page(INTRO, "", *CAPTIONS, "", "Comments are closed.")).photos
    assert [(p.description, p.caption, p.credit) for p in photos] == [(None, c, None) for c in CAPTIONS]


def test_blank_lines_between_the_captions_keep_the_run() -> None:
    assert captions_of(page(INTRO, "", CAPTIONS[0], "", CAPTIONS[1], "", CAPTIONS[2])) == CAPTIONS


def test_two_such_lines_are_no_run() -> None:
    assert captions_of(page(INTRO, *CAPTIONS[:2], INTRO)) == []


def test_a_line_of_two_sentences_breaks_the_run() -> None:
    assert captions_of(page(CAPTIONS[0], CAPTIONS[1] + " It rained later.", CAPTIONS[2], INTRO)) == []


def test_a_storys_one_sentence_paragraphs_are_longer_and_stay_paragraphs() -> None:
    story = ["The council voted on Tuesday night to close the old bridge to lorries heavier than seven tonnes.",
             "Residents of Mill Lane had asked for the limit for years after cracks were found in the arches.",
             "The county engineer said the repairs would take at least two summers and cost more than expected."]
    assert captions_of(page(*story)) == []


def test_quotations_are_a_storys_not_captions() -> None:
    quotes = ['"We had no idea the river would rise so fast," she said.', '"The water came in at night," he said.',
              '"Nobody here has seen anything like it," she added.']
    assert captions_of(page(INTRO, *quotes)) == []


def test_a_line_sending_readers_to_a_website_is_a_storys() -> None:
    closing = ["Entries close at the end of the month.", "Readers can vote for their favourite at elmstead.org/show.",
               "The winners will be named in the spring."]
    assert captions_of(page(INTRO, *closing)) == []


def test_a_byline_alone_does_not_make_the_run_a_story() -> None:
    assert captions_of(page("By Jo Li", INTRO, *CAPTIONS)) == CAPTIONS


def test_a_page_that_prints_a_credit_is_read_by_its_credits() -> None:
    text = page(INTRO, *CAPTIONS, "", "Sheep are judged in the ring. (Jo Li/AFP)")
    assert captions_of(text) == ["Sheep are judged in the ring."]


def test_a_blanket_credit_closing_a_page_of_captions_credits_them_all() -> None:
    last = "Two judges taste the last of the plum jam."
    photos = parse_page("\n\n".join([*CAPTIONS, last]) + "\nPhotography by Jo Li.").photos
    assert [(p.caption, p.credit and p.credit.raw) for p in photos] == [(c, "Jo Li") for c in [*CAPTIONS, last]]


def test_a_credit_closing_a_page_of_captions_leaves_the_others_uncredited() -> None:
    last = "Two judges taste the last of the plum jam."
    photos = parse_page("\n\n".join([*CAPTIONS, last]) + "\nPhoto by Jo Li.").photos
    assert [(p.caption, p.credit and p.credit.raw) for p in photos] == [*((c, None) for c in CAPTIONS), (last, "Jo Li")]


def test_a_credit_under_a_storys_last_lines_closes_no_run() -> None:
    text = page(INTRO, *CAPTIONS, "Photography by Jo Li.")
    assert [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos] == [(CAPTIONS[2], "Jo Li")]


WORDS = ["the", "boat", "crowd", "river", "lamp", "waits", "under", "green", "old", "a", "market", "stands", "near"]
_sentence_words = st.lists(st.sampled_from(WORDS), min_size=4, max_size=19)  # with its first word: 5 to 20


@given(st.lists(_sentence_words, min_size=3, max_size=6, unique_by=tuple))
def test_a_run_of_one_sentence_lines_reads_as_captions_while_short_on_average(lines: list[list[str]]) -> None:
    sentences = [f"{' '.join(['Ann', *words])}." for words in lines]
    short = sum(len(s.split()) for s in sentences) <= MAX_MEAN_WORDS * len(sentences)
    assert captions_of(page(INTRO, *sentences)) == (sentences if short else [])


def test_a_caption_of_two_sentences_printed_against_the_run_joins_it() -> None:
    longer = "Judges walk the line of heifers in the ring. The champion came from a farm near Elmstead."
    assert captions_of(page(INTRO, "", *CAPTIONS, longer, "", "Comments are closed.")) == [*CAPTIONS, longer]
    assert captions_of(page(INTRO, "", longer, *CAPTIONS)) == [longer, *CAPTIONS]


def test_a_blank_line_parts_the_intro_from_the_run() -> None:
    assert captions_of(page(INTRO, "", *CAPTIONS)) == CAPTIONS


def test_the_intro_printed_against_the_run_stays_out() -> None:
    assert captions_of(page(INTRO, *CAPTIONS)) == CAPTIONS


def test_a_line_of_three_sentences_printed_against_the_run_stays_out() -> None:
    three = "The gates opened at nine. The queue ran to the road. Nobody minded."
    assert captions_of(page(INTRO, "", *CAPTIONS, three)) == CAPTIONS
