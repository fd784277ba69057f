"""A gallery that prints each slide as a bulleted list item is read slide by slide."""
from __future__ import annotations

from captions import parse_page


def credits_of(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


def test_bulleted_captions_over_their_credits_are_captions() -> None:
    page = ("Gallery\n\n  • Boats race on the lake at dawn.\n    Jo Li/AFP\n\n"
            "  • A crowd cheers on the shore.\n    Ana Roe/Reuters\n")
    assert credits_of(page) == [("Boats race on the lake at dawn.", "Jo Li/AFP"),
                                ("A crowd cheers on the shore.", "Ana Roe/Reuters")]


def test_bulleted_credits_over_their_legends_are_credits() -> None:
    page = ("Diaporama\n\n  • JO LI / AFP\n\n    Des bateaux sur le lac à l'aube.\n\n"
            "  • ANA ROE / AFP\n\n    La foule applaudit sur la rive.\n")
    assert credits_of(page) == [("Des bateaux sur le lac à l'aube.", "JO LI / AFP"),
                                ("La foule applaudit sur la rive.", "ANA ROE / AFP")]


def test_a_list_of_points_stays_a_list() -> None:
    page = ("Title\n\n  • Schools closed in three states.\n  • Flights were cancelled.\n\n"
            "A plough clears a road. [Jo Li/AP]\n")
    assert credits_of(page) == [("A plough clears a road.", "Jo Li/AP")]


def test_one_bulleted_credit_is_no_evidence() -> None:
    page = "Title\n\n  • A crowd cheers on the shore.\n    Ana Roe/Reuters\n  • Tickets go on sale on Monday.\n"
    assert credits_of(page) == [(None, "Ana Roe/Reuters")]


def test_bulleted_slides_whole_on_their_lines_are_captions_with_credits() -> None:
    page = ("Floods\n\n  • Boats carry residents down a flooded street=Tuesday, Riverside (AP)\n"
            "  • A volunteer hands out water=Tuesday afternoon (AP)\n")
    assert credits_of(page) == [("Boats carry residents down a flooded street=Tuesday, Riverside", "AP"),
                                ("A volunteer hands out water=Tuesday afternoon", "AP")]


def test_a_bulleted_slide_of_the_same_form_with_no_credit_is_a_caption() -> None:
    page = ("Floods\n\n  • Boats carry residents down a flooded street=Tuesday, Riverside (AP)\n"
            "  • Sandbags line the bank of the river=Tuesday, Millbrook\n"
            "  • A volunteer hands out water=Tuesday afternoon (AP)\n"
            "  • Firefighters pump out a basement=Wednesday, Riverside (AP)\n  • Share\n")
    assert credits_of(page) == [("Boats carry residents down a flooded street=Tuesday, Riverside", "AP"),
                                ("Sandbags line the bank of the river=Tuesday, Millbrook", None),
                                ("A volunteer hands out water=Tuesday afternoon", "AP"),
                                ("Firefighters pump out a basement=Wednesday, Riverside", "AP")]


def test_one_bulleted_slide_with_a_credit_among_points_is_no_evidence() -> None:
    page = ("Title\n\n  • Schools closed in three states.\n  • Flights were cancelled on Monday.\n"
            "  • A plough clears a road in Denver. (AP)\n")
    assert credits_of(page) == []


LISTING = ("News\n\n  • Monday 09:51\n\n    Ferry resumes after repairs\n\n"
           "    The repaired ferry leaves the jetty on its first crossing.\n\n    The service was suspended in January.\n\n"
           "  • Monday 08:40\n\n    New harbour master\n\n    Captain Ruth Evans on the quay on her first day. (Photo: Jo Li)\n\n"
           "    She takes over this month.\n\n  • Sunday 16:05\n\n    Seal pups counted\n\n"
           "    Volunteers walk the north beach at dawn.\n\n    The count found more pups than last year.\n")


def test_bullets_part_a_listing_into_slides_where_a_credited_caption_shows_the_place_of_captions() -> None:
    assert credits_of(LISTING) == [("The repaired ferry leaves the jetty on its first crossing.", None),
                                   ("Captain Ruth Evans on the quay on her first day.", "Jo Li"),
                                   ("Volunteers walk the north beach at dawn.", None)]


def test_a_listing_with_no_credited_caption_has_no_pictures() -> None:
    assert credits_of(LISTING.replace(" (Photo: Jo Li)", "")) == []
