"""Properties of the page parser and the credit parser, for any text (issue 5).

- any text: no exception;
- the same input: the same output, from a parser that has read other pages or
  from a fresh one (its caches change nothing);
- the parser invents no text: every photo's caption, credit and alt text, and
  the headline, are substrings of the page; every name in a credit is a
  substring of it, and every agency is a canonical name or printed in the credit.

Precondition of "invents no text": the page holds no `<`. A `<...>` stretch is
a stray HTML tag, which the parser removes from the middle of a line, so what
is left is no longer a substring. Page controls (`hide caption`) are removed
only from either end of a line, so they keep the property and are generated.
Pages with tags get their own property: no exception, deterministic.

Example budgets are small by default so the suite stays fast. Set
CAPTIONS_HYPOTHESIS=fuzz (fuzz/fuzz_parsers.py does) for a large budget.

The checks are plain functions (`check_page`, `check_credit`) so that the fuzz
script applies exactly the same invariants to what it generates.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from captions.parse.credit import parse_credit, read_credit
from captions.catalog.models import Article, Credit
from captions.knowledge.registry import AgencyRegistry
from captions.parse.page import parse_page
from captions.knowledge.registry import bundled_registry
from captions.text import split_lines, squash

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile(
    "fuzz", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck), print_blob=True
)
settings.load_profile(os.environ.get("CAPTIONS_HYPOTHESIS", "ci"))

REGISTRY = bundled_registry()
CANONICAL = frozenset(REGISTRY.names())
MARKERS = REGISTRY.markers


# -- the invariants -------------------------------------------------------------


def check_credit(raw: str) -> Credit:
    """parse_credit's promises for any text; returns the credit read."""
    credit = parse_credit(raw)
    assert credit == parse_credit(raw), f"not deterministic: {raw!r}"
    printed = squash(raw)
    assert credit.raw == printed or _less_closing_word(printed, credit.raw), \
        f"raw is not the squashed input: {raw!r} -> {credit.raw!r}"
    check_credit_names(credit, credit.raw)
    return credit


def _less_closing_word(printed: str, raw: str) -> bool:
    """Whether `raw` is `printed` without the word for "photographed" or "picture" closing it ("新华社记者 Name 摄"):
    a lead-in placed after the names, the one part of a credit's text parse_credit leaves out."""
    return any(printed.endswith(word) and printed[: -len(word)].rstrip(" \u3000/／") == raw
               for word in MARKERS.closing_picture_words)


def check_credit_names(credit: Credit, printed: str) -> None:
    """Every name is read from the credit: agencies canonical or printed, people printed."""
    where = f"in credit {printed!r}: {credit!r}"
    for name in credit.agencies:
        assert name and (name in CANONICAL or name in printed), f"agency {name!r} invented {where}"
    for name in credit.photographers:
        assert name and name in printed, f"photographer {name!r} invented {where}"
    assert len(set(credit.agencies)) == len(credit.agencies), f"agency listed twice {where}"
    assert len(set(credit.photographers)) == len(credit.photographers), f"photographer listed twice {where}"
    assert set(credit.via) <= set(credit.agencies), f"via is not among the agencies {where}"
    assert len(set(credit.via)) == len(credit.via), f"via listed twice {where}"


def check_page(text: str, *, fresh: bool = True) -> Article:
    """parse_page's promises for any text; returns the article read."""
    article = parse_page(text, id="p", source="p.txt", registry=REGISTRY)
    assert article == parse_page(text, id="p", source="p.txt", registry=REGISTRY), f"not deterministic: {text!r}"
    if fresh:
        fresh_registry = AgencyRegistry(list(REGISTRY), REGISTRY.markers)  # no caches shared with REGISTRY's
        assert article == parse_page(text, id="p", source="p.txt", registry=fresh_registry), (
            f"depends on what the parser read before: {text!r}"
        )
    lines = split_lines(text)  # a CR alone ends a line too (old Mac files), as the parser numbers lines
    ids = [photo.id for photo in article.photos]
    assert ids == [f"p/{n}" for n in range(1, len(ids) + 1)], f"photo ids {ids} for {text!r}"
    for photo in article.photos:
        assert 1 <= photo.line <= len(lines), f"line {photo.line} outside the page: {text!r}"
        assert photo.caption is not None or photo.credit is not None, f"empty photo {photo!r}: {text!r}"
        for value in (photo.caption, photo.description, photo.credit.raw if photo.credit else None):
            assert value is None or (value and value == value.strip()), f"unstripped {value!r}: {text!r}"
        if photo.credit is not None:
            check_credit_names(photo.credit, photo.credit.raw)
    if "<" not in text:
        # a credit or title broken at a line's end is read joined ("The / " over "The The"), past a page control
        # between its pieces ("(click to enlarge)"): nothing is invented where its characters are the page's, in
        # the page's order
        page = "".join(text.split())

        def printed(value: str) -> bool:
            if value in text:
                return True
            rest = iter(page)
            return all(c in rest for c in "".join(value.split()))

        for photo in article.photos:
            for what, value in (("caption", photo.caption), ("description", photo.description),
                                ("credit", photo.credit.raw if photo.credit else None)):
                assert value is None or printed(value), f"{what} {value!r} is not in the page: {text!r}"
        assert article.title is None or printed(article.title), f"title {article.title!r} not in {text!r}"
    return article


# -- what to generate ------------------------------------------------------------

WORDS = [
    "The", "boy", "runs", "Kim", "Jong", "Un", "waits", "in", "the", "darkness", "at", "Pyongyang", "on",
    "Monday", "June", "19,", "2024", "Jane", "Roe", "Damir", "Sagolj", "de", "van", "Jr.", "Inc.", "Ltd",
    "Photo", "Photograph", "File", "Handout", "Supplied", "Courtesy", "of", "STRINGER", "Staff", "Pool",
    "News", "Ministry", "Times", "sic", "1", "Updated", "AA", "IPO", "A.", "J.", "Kremlin", "Press", "Office",
]
JOINERS = ["/", " / ", ",", ", ", " via ", " and ", " for ", " by ", " | ", " - ", " — ", ":", ";", " & "]
PUNCT = [".", "!", "?", '"', "'", "’", "”", "“", "[", "]", "(", ")", "...", "…", "•", "*", "|", "-", "—", "\t", " "]
AWKWARD = [
    "#", ": ", "- ", "yes", "no", "null", "~", "&a", "*a", "!tag", "%", "@", "`", "=", "+", "{", "}",
    "🙂", "👩🏽‍🚀", "مرحبا بالعالم", "שלום", "\u200f", "\u202e", "\u200b", "\x00", "\x1b", "\x7f", "\x85",
    "\u2028", "\u2029", "\ufeff", "\r", "\x0b", "\x0c", "é", "ﬁ", "İ", "ß", "Ⅻ", "\u00a0", "\u3000",
]
LEADINS = sorted({*MARKERS.credit_leadins, *MARKERS.description_leadins, *MARKERS.caption_labels})
CONTROLS = sorted({*MARKERS.controls, *MARKERS.repeat_markers})
SPELLINGS = sorted({spelling for agency in REGISTRY for spelling in agency.spellings()})

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(SPELLINGS),
    st.sampled_from(JOINERS),
    st.sampled_from(PUNCT),
    st.sampled_from(LEADINS),
    st.sampled_from(CONTROLS),
    st.sampled_from(AWKWARD),
    st.text(max_size=6),
)
spaced = st.tuples(token, st.sampled_from([" ", " ", ""])).map("".join)
line_text = st.lists(spaced, max_size=14).map("".join)
credit_text = st.one_of(line_text, st.text(max_size=40))


@st.composite
def page_text(draw) -> str:
    header = draw(st.sampled_from(["", "", " date 2024-06-19 World\n", " date 2024-13-45 \n", " date x\n"]))
    lines = draw(st.lists(st.one_of(line_text, line_text, st.just(""), st.text(max_size=30)), max_size=14))
    newline = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    return header + newline.join(lines)


without_tags = page_text().map(lambda text: text.replace("<", ""))
with_tags = st.lists(st.one_of(line_text, st.sampled_from(["<p>", "</p>", "<a href='x'>", "<", ">", "<!--", "-->",
                                                           "<img alt=\"x\">", "<b>AP</b>"])), max_size=16).map(" ".join)


# -- the properties ----------------------------------------------------------------


@given(credit_text)
@example("Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo")
@example("Photo / via")
@example("( . )")
@example("PHOTO 图")  # the closing "picture" word after a part of its own text (found by the fuzzer)
def test_parse_credit_any_text(raw: str) -> None:
    check_credit(raw)


@given(st.text())
def test_parse_credit_any_unicode(raw: str) -> None:
    check_credit(raw)


@given(credit_text)
@example("PHOTO 图")
@example("新华社记者 程敏 摄")
def test_read_credit_never_raises_and_keeps_its_text(raw: str) -> None:
    reading = read_credit(raw)
    assert reading.raw == raw.strip() or _less_closing_word(raw.strip(), reading.raw)
    for part in reading.parts:
        assert part.text in reading.raw, (raw, part)


@given(without_tags)
@example("Title\nA boy runs in the park on Monday. [Jo Li/AFP]")
@example("Title\nA boy runs in the park on Monday. hide caption (AP Photo/Ahn Young-joon) toggle caption")
@example("Title\n| Residents wade through a flooded street in Sylhet. [Rafiq Hossain/AFP] |")
@example("The \nThe / \nThe The ")
@example("The \n(c) The / (click to enlarge) \n0")
def test_parse_page_invents_no_text(text: str) -> None:
    check_page(text)


@given(st.text(max_size=400).map(lambda text: text.replace("<", "")))
def test_parse_page_any_unicode(text: str) -> None:
    check_page(text)


@given(with_tags)
def test_parse_page_with_tags_never_raises_and_is_deterministic(text: str) -> None:
    check_page(text)


@pytest.mark.parametrize("text", ["", "\n", "\r", "\r\n\r\n", " date ", " date 2024-06-19", "<", "[", "(", ")", "]",
                                  "\x00", "\ufeff", "\u2028"])
def test_parse_page_degenerate_pages(text: str) -> None:
    check_page(text)
