"""A story's paragraphs printed right above its captions, each after a blank line, are no alt text.

Every page here is invented for its test. A photo is shown as (description, caption, raw credit).
"""
from __future__ import annotations

from captions import parse_page

HEAD = ("Storm closes the coast road for a second day\n\n"
        "Crews worked through the night to clear the rockfall, the roads agency said\n\n"
        "By Ana Lindqvist\nPublished 3 March 2026\n"
        "The coast road at the Hamar bend, closed by the slide. Photo: Per Holm / NTB\n\n"
        "The slide came down shortly after five in the morning, burying both lanes over forty metres.\n\n")


def found(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_sentences_set_apart_over_two_captions_are_the_storys_paragraphs() -> None:
    page = (HEAD
            + "Drivers caught between the two slides waited nearly four hours before they could turn back.\n"
            + "Drivers were taken across the lake by ferry. Photo: Roads agency\n\n"
            + "It has rained on the ridge since Tuesday. The gauge at the pass recorded 110 millimetres in a day.\n"
            + "Geologists on the slope before seven in the morning. Photo: Private\n")
    assert [d for d, _, _ in found(page)] == [None, None, None]


def test_the_alt_labels_of_the_other_pictures_stay_where_paragraphs_stand_over_captions() -> None:
    # the two pictures under paragraphs show no alt line: the labels over the other two are read against those two
    page = ("Low water strands the lake's floating villages\n\nBy Chea Dara\nPublished 14 March 2026\n"
            + "Fishing boats on a dry lake bed\n"
            + "Fishing boats lie stranded on the exposed lake bed near the commune. KT/Sok Vanna\n\n"
            + "The level measured at the station on Thursday was 1.3 metres, the lowest in ten years.\n"
            + "An official checks the gauge at the station on Thursday. Supplied\n\n"
            + "Fishermen said they now needed two hours to reach water deep enough for their nets.\n"
            + "A fisherman mends his nets on the bank on Friday. KT/Sok Vanna\n\n"
            + "Vendors said the price of fish had risen by a fifth since January.\n"
            + "Fish laid out on a market stall\n"
            + "Fish on sale at the central market in the capital on Saturday. KT/Mom Leak\n")
    assert [d for d, _, _ in found(page)] == [
        "Fishing boats on a dry lake bed", None, None, "Fish laid out on a market stall"]


def test_one_sentence_set_apart_over_the_only_caption_stays_its_alt_text() -> None:
    # one line shows no habit of the page: a sentence of alt text over its caption, alone on its page, stays
    page = ("Refugees stranded at sea off the coast\n\nThe boat was turned back twice.\n\n"
            "Newly arrived refugees sit on the deck of a wooden boat moored a few metres from the beach.\n"
            "The latest boat brings the number of arrivals this week to nearly 600. [Amanda Ruiz/AFP]\n")
    assert found(page) == [(
        "Newly arrived refugees sit on the deck of a wooden boat moored a few metres from the beach.",
        "The latest boat brings the number of arrivals this week to nearly 600.", "Amanda Ruiz/AFP")]
