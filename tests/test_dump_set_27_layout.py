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


def test_a_known_outlets_name_with_a_full_stop_is_no_glued_credit() -> None:
    page = parse_page("x\nНа площади прошёл праздник.\nФОТО: Анна Петрова\nТекст статьи о празднике в городе.\n"
                      "Подпишитесь на новости Rus.Postimees\n")
    assert [(p.caption, p.credit and p.credit.raw) for p in page.photos] == [
        ("На площади прошёл праздник.", "Анна Петрова")]


def test_a_credit_glued_to_a_sentences_end_is_still_read() -> None:
    page = parse_page("x\nSmoke rises over the port after the strike on Tuesday.Jane Doe (Reuters)\n\n"
                      "More text of the article follows here, as it does on any page of news today.\n")
    assert [(p.caption, p.credit and p.credit.raw) for p in page.photos] == [
        ("Smoke rises over the port after the strike on Tuesday.", "Jane Doe (Reuters)")]


def test_a_lithuanian_credit_closing_with_nuotr_is_the_credit_of_the_slide_above() -> None:
    page = parse_page(" date 2026-06-21 Kaunas\nJoninių šventė Kaune\n\n1 iš 2\nVidurnaktį įžiebtas didysis laužas.\n"
                      "Tomo Lukšio / BNS nuotr.\n2 iš 2\nMerginos pina vainikus prie upės.\nELTA nuotr.\n")
    assert [(p.caption, p.credit and p.credit.raw) for p in page.photos] == [
        ("Vidurnaktį įžiebtas didysis laužas.", "Tomo Lukšio / BNS nuotr."),
        ("Merginos pina vainikus prie upės.", "ELTA nuotr.")]


def test_a_lithuanian_slide_counter_is_no_caption() -> None:
    page = parse_page(" date 2026-06-21 Kaunas\nJoninių šventė Kaune\n\n1 iš 2\nVidurnaktį įžiebtas didysis laužas.\n"
                      "Tomo Lukšio / BNS nuotr.\n2 iš 2\nBNS nuotr.\n")
    assert [(p.caption, p.credit and p.credit.raw) for p in page.photos] == [
        ("Vidurnaktį įžiebtas didysis laužas.", "Tomo Lukšio / BNS nuotr."), (None, "BNS nuotr.")]


def test_a_swahili_read_also_link_is_no_alt_text() -> None:
    page = parse_page(" date 2026-04-09 Habari\nMvua kubwa yaharibu barabara\n\nHabari za mvua kubwa mjini.\n\n"
                      "Soma pia: Bei ya mahindi yapanda sokoni\n"
                      "Daraja lilipobomoka kwa mvua mwaka jana. (Picha: Maktaba)\n")
    assert [(p.description, p.caption) for p in page.photos] == [(None, "Daraja lilipobomoka kwa mvua mwaka jana.")]
