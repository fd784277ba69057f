"""Review 176: what the merges of session 33 left wrong, each found on a small page of our own."""
from __future__ import annotations

import unicodedata

import pytest

from captions.parse.html.page import read_html

PAGE = ('<!DOCTYPE html><html><head><title>Quay wall repaired | The Harbour Example</title></head><body>\n'
        '<p>The quay at Lagôa was closed for a month.</p>\n'
        '<figure><img src="quay.jpg" alt="Masons on the quay at Lagôa">\n'
        '<figcaption>Masons reset a stone in the quay wall on Monday. Photo: José Ruíz / Harbour Board</figcaption>'
        '</figure>\n</body></html>')


def _read(markup: str) -> list[tuple[int, str | None, str | None, str | None, list[str]]]:
    return [(p.line, p.description, p.caption, p.credit.raw if p.credit else None,
             p.credit.photographers if p.credit else []) for p in read_html(markup).photos]


def test_an_html_page_saved_decomposed_reads_as_composed() -> None:
    # README: accents saved decomposed (NFD) read alike; the HTML path composed nothing, so "José Ruíz" with
    # combining accents was no name (no photographer) and the caption kept its decomposed "Lagôa"
    expected = [(4, "Masons on the quay at Lagôa", "Masons reset a stone in the quay wall on Monday.",
                 "José Ruíz / Harbour Board", ["José Ruíz"])]
    assert _read(PAGE) == expected
    assert _read(unicodedata.normalize("NFD", PAGE)) == expected


WRAPPED = ('<!DOCTYPE html><html><head><title>Quay wall repaired | The Harbour Example</title></head><body>\n'
           '<figure><img src="a.jpg" alt="Masons on a wall">\n'
           '<figcaption>Masons reset a stone in the quay on Monday. Photo: Rui Santos/Harbour Board</figcaption>\n'
           '</figure>\n'
           '<p>The work took a month.</p>\n'
           '<figure><img src="b.jpg" alt="Boats at anchor">\n'
           '<figcaption>Boats\n'
           '          wait at the mouth of the harbour for the tide. Photo: Rui Santos/Harbour Board</figcaption>\n'
           '</figure>\n'
           '<figure><img src="c.jpg" alt="A crane">\n'
           '<figcaption>A crane   lifts the   last block &amp; its ring into place. Photo: Rui Santos/Harbour Board'
           '</figcaption></figure>\n</body></html>')


def test_a_caption_wrapped_in_its_source_keeps_its_own_line() -> None:
    # text_of reads a run of the markup's spaces and newlines as one space (m171), so the caption's first words
    # were never found as printed and the picture took the line of the one before (line 3, each time)
    assert [(line, caption) for line, _, caption, _, _ in _read(WRAPPED)] == [
        (3, "Masons reset a stone in the quay on Monday."),
        (7, "Boats wait at the mouth of the harbour for the tide."),
        (11, "A crane lifts the last block & its ring into place."),
    ]


def test_a_baseline_quoting_a_credit_as_the_page_spelled_it_still_matches(tmp_path) -> None:
    # a baseline written before m170 quotes the agency as the NFD page spelled it; today's run quotes it composed,
    # and every accepted finding came back as new
    import json

    from captions.cli import run_command_line

    page = tmp_path / "ferry.txt"
    page.write_text(" date 2026-11-02 Local\nFerry returns to Lonmouth\n"
                    "Passengers board the ferry at the east pier on Sunday. [Ana Ruiz/Poste de Lagôa]\n",
                    encoding="utf-8")
    written = tmp_path / "written.jsonl"
    assert run_command_line(["audit", str(page), "--write-baseline", str(written), "-q"]) == 0
    findings = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]
    assert [(f["code"], f["message"][:20]) for f in findings] == [("CAP004", '"Poste de Lagôa" is ')]
    old = tmp_path / "old.jsonl"
    old.write_text("".join(json.dumps({**f, "message": unicodedata.normalize("NFD", f["message"])}) + "\n"
                           for f in findings), encoding="utf-8")
    assert run_command_line(["audit", str(page), "--baseline", str(old), "-q"]) == 0


@pytest.mark.parametrize("hyphen", ["&shy;", "\u00ad", "&#173;"])
def test_a_caption_with_a_soft_hyphen_in_its_first_words_keeps_its_own_line(hyphen: str) -> None:
    # a soft hyphen prints nothing and the caption is read without it (m171), so its first words were never found
    page = WRAPPED.replace("wait at the mouth", f"wait at the har{hyphen}bour mouth")
    assert [(line, caption) for line, _, caption, _, _ in _read(page)][1] == (
        7, "Boats wait at the harbour mouth of the harbour for the tide.")



def test_a_wrapped_caption_printed_plainly_later_keeps_the_line_it_is_printed_on_first() -> None:
    # the plain search is a fast path: it may answer only where no spelling with other spaces can come first
    page = WRAPPED.replace("<p>The work took a month.</p>\n", "").replace(
        "</body>", "<p>Boats wait at the mouth of the harbour, said the pilot.</p>\n</body>")
    assert [line for line, *_ in _read(page)] == [3, 6, 10]
