"""Conventions of round 122, read from the misses of the dumps78 pages (English-language outlets' invented dumps).

Each case is invented, as an outlet of that kind prints it: McClatchy's credit lines under the caption (the staff
photographer's name and e-mail address, a wire's photographer and the wire joined by a space); Reach's "READ
MORE:" label over a link; the newsletter box and the audio player's lines, which are furniture.
"""
from __future__ import annotations

from captions import parse_credit, parse_page


def _photos(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_name_and_its_e_mail_address_under_a_caption_is_the_staff_photographers_credit() -> None:
    page = ("Crews reopen road\nBy Jo Li\nA road crew lays asphalt on Levee Road on Tuesday.\n"
            "Priya Delacroix pdelacroix@ledger.example\nThe road reopened on Wednesday morning after repairs.\n")
    assert _photos(page) == [("A road crew lays asphalt on Levee Road on Tuesday.",
                              "Priya Delacroix pdelacroix@ledger.example")]
    reading = parse_credit("Priya Delacroix pdelacroix@ledger.example")
    assert (reading.photographers, reading.agencies) == (["Priya Delacroix"], [])


def test_a_wires_initials_in_capitals_after_a_name_with_a_space_name_the_wire() -> None:
    reading = parse_credit("Marco Ibarra AP")
    assert (reading.photographers, reading.agencies) == (["Marco Ibarra"], ["AP"])


def test_a_name_closing_a_sentence_before_the_wire_is_no_photographer() -> None:
    assert parse_credit("Malcolm X").photographers == ["Malcolm X"]
    reading = parse_credit("President Donald Trump. REUTERS")
    assert "Donald Trump" not in " ".join(reading.photographers)


def test_a_read_more_label_is_no_caption_for_the_credit_alone_under_it() -> None:
    page = ("Gales close roads\nBy Jo Li\nBoats shelter in the harbour (Image: Nia Tolland/Coast Echo)\n"
            "Coastguards warned people to stay away.\n"
            "READ MORE: Ferry crossings cancelled for second day as winds strengthen\n(Image: Getty Images)\n"
            "Waves break over the sea wall at Southcliff on Thursday (Image: Coast Echo)\n")
    assert _photos(page)[1] == (None, "Getty Images")


def test_the_newsletter_box_naming_the_paper_is_no_caption() -> None:
    page = ("Gales close roads\nBy Jo Li\nBoats shelter in the harbour (Image: Nia Tolland/Coast Echo)\n"
            "Coastguards warned people to stay away from exposed piers.\n"
            "Sign up for Coast Echo's daily newsletter for all the latest news, delivered straight to your inbox\n"
            "Show me\nA gritter clears branches from the A720 (Image: PA)\n")
    assert _photos(page) == [("Boats shelter in the harbour", "Nia Tolland/Coast Echo"),
                             ("A gritter clears branches from the A720", "PA")]
    assert [p.description for p in parse_page(page).photos] == [None, None]


def test_a_writers_title_before_the_name_and_address_makes_a_byline_no_credit() -> None:
    page = ("![](https://example.org/a.jpg)\nHarbour master Ines Okafor (left) checks the mooring lines on Tuesday.\n"
            "Reporter Tom Alder talder@example.org\nRelated\n")
    assert [p.credit for p in parse_page(page).photos] == [None]
