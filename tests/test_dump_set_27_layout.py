"""Layout read on the twenty-seventh set of page dumps: a label over links to other stories ("Lesen Sie auch",
"Prečítajte si tiež") is no caption of the credit-only slide above it, and a known outlet's name holding a full
stop ("Rus.Postimees") is no caption with a credit glued to it. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions.parse.page import parse_page


def _gallery(label: str) -> str:
    return (" date 2026-05-02 Spravodajstvo\nFotogaléria: jarný trh na námestí\n\n"
            "1/2\nPredajcovia rozložili stánky pred radnicou. (Zdroj: TASR/Eva Nováková)\n"
            f"2/2\n(Zdroj: TASR/Eva Nováková)\n{label}\nMesto opraví fontánu na námestí do leta\n")


@pytest.mark.parametrize("label", ["Prečítajte si tiež", "Čítajte aj", "Přečtěte si také", "Lesen Sie auch",
                                   "Lesen Sie auch:"],
                         ids=["slovak", "slovak-aj", "czech", "german", "with-a-colon"])
def test_a_label_over_links_to_other_stories_is_no_caption(label: str) -> None:
    photos = parse_page(_gallery(label)).photos
    assert [(p.caption, p.credit and p.credit.raw) for p in photos] == [
        ("Predajcovia rozložili stánky pred radnicou.", "TASR/Eva Nováková"), (None, "TASR/Eva Nováková")]

