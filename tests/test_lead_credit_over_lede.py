"""The lead picture's credit printed alone under the story's byline and date and over its first paragraph, on a
page closing its captions with their credits in their lines, is a picture with no caption: neither the byline
above it nor the paragraph below is its caption. Every line here is written for these tests."""
from __future__ import annotations

from captions import parse_page

LEDE = ("Gęsta mgła od rana utrudnia ruch na lotnisku w Rębiechowie. Do południa odwołano kilkanaście rejsów, "
        "a kolejne samoloty skierowano do Bydgoszczy.\n")
CAPTIONS = ("Pasażerowie czekają w hali odlotów Fot. Marta Lis / Agencja Północ\n"
            "Synoptycy przewidują, że mgła rozproszy się wieczorem.\n"
            "Samolot na płycie lotniska we mgle Fot. Marta Lis / Agencja Północ\n")


def _pictures(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_credit_alone_under_the_byline_and_date_over_the_lede_is_a_picture_alone() -> None:
    page = ("Mgła nad lotniskiem\n\nAnna Wierzbicka\n20 listopada 2025 | 07:45\nFot. Piotr Nowak / Agencja Północ\n"
            + LEDE + CAPTIONS)
    assert _pictures(page)[0] == (None, "Piotr Nowak / Agencja Północ")


def test_a_credit_alone_under_a_byline_holding_its_date_over_the_lede_is_a_picture_alone() -> None:
    page = "Mgła nad lotniskiem\n\nAnna Wierzbicka — 20 listopada 2025, 07:45\nFot. Getty Images\n" + LEDE + CAPTIONS
    assert _pictures(page)[0] == (None, "Getty Images")


def test_a_short_line_under_the_lead_credit_is_still_its_caption() -> None:
    page = ("Mgła nad lotniskiem\n\nAnna Wierzbicka\n20 listopada 2025 | 07:45\nFot. Piotr Nowak / Agencja Północ\n"
            "Mgła nad płytą lotniska.\n" + LEDE + CAPTIONS)
    assert _pictures(page)[0] == ("Mgła nad płytą lotniska.", "Piotr Nowak / Agencja Północ")
