"""Layout conventions read on the twenty-first set of page dumps: Portuguese "Legenda:" ("caption:") opening each
caption line is a label, dropped, and the own-line credit under such a caption is that caption's, even where the
next labelled caption stands a blank line below it. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_page


def test_a_legenda_label_is_dropped_and_the_credit_under_it_kept() -> None:
    page = ("Title\n\nStandfirst of the story, a sentence long.\n\n"
            "Legenda: Banhistas lotam a praia de Iracema no fim da tarde de domingo.\nFoto: Ana Lima/SVM\n\n"
            "Story text goes on here, at some length, as stories do.\n\n"
            "Legenda: Ambulantes vendem milho cozido no calçadão.\nFoto: Rui Torres/SVM\n\n"
            "Legenda: Jangadas voltam do mar ao entardecer.\nFoto: Ana Lima/SVM\n\n"
            "The story ends here.\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("Banhistas lotam a praia de Iracema no fim da tarde de domingo.", "Ana Lima/SVM"),
        ("Ambulantes vendem milho cozido no calçadão.", "Rui Torres/SVM"),
        ("Jangadas voltam do mar ao entardecer.", "Ana Lima/SVM")]


def test_a_credit_right_over_a_labelled_caption_is_still_its_credit() -> None:
    # the World Service's "Image source, X" over "Image caption, ...": the credit of the caption below it
    page = ("Title\n\nStory text goes on here, at some length.\nImage source, Reuters\n"
            "Image caption, Firefighters clear a road near Lille\n\nThe story ends here.\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("Firefighters clear a road near Lille", "Reuters")]


@pytest.mark.parametrize("link", ["Related: Night market 2027: timings, venues and tickets",
                                  "Más galerías: La cabalgata del domingo, en imágenes",
                                  "Read also: Harbour festival returns next spring"],
                         ids=["related", "mas-galerias", "read-also"])
def test_a_link_to_another_story_under_a_credit_is_no_caption(link: str) -> None:
    # the last slide prints its credit alone; the link under it names another story, no picture of this one
    page = ("Title\n\nStandfirst of the story, a sentence long.\n"
            "Lanterns hang over the main walkway of the park.\nPhoto: Anil Varma/Gulf Daily\n"
            "Children ride the carousel near the east gate.\nPhoto: Anil Varma/Gulf Daily\n"
            f"Photo: Gulf Daily\n{link}\nFollow us on our channels\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("Lanterns hang over the main walkway of the park.", "Anil Varma/Gulf Daily"),
        ("Children ride the carousel near the east gate.", "Anil Varma/Gulf Daily"),
        (None, "Gulf Daily")]



def test_a_belarusian_slide_counter_is_no_alt_text() -> None:
    # "Фота 2 з 4" ("photo 2 of 4") over each slide's credit and caption parts the slides, as "Фото 2 з 4" does
    page = ("Першы дзень кірмашу\n29.11.2026 / 10:14\nФота 1 з 2\nФота: Ганна Сакалова\n"
            "Гандляры раскладваюць тавар на плошчы.\nФота 2 з 2\nФота: БелТА\nПакупнікі ля прылаўка з мёдам.\n"
            "Падпісвайцеся на наш Telegram\n")
    assert [(p.description, p.caption) for p in parse_page(page).photos] == [
        (None, "Гандляры раскладваюць тавар на плошчы."), (None, "Пакупнікі ля прылаўка з мёдам.")]


def test_a_credit_apart_on_a_page_printing_credits_over_captions_keeps_no_caption() -> None:
    # "Fotografia: Name" right over each caption; the middle credit stands a blank line from the story on both
    # sides: a picture of its own, uncaptioned, not the paragraph below's
    page = ("Title\n\nStandfirst of the story, a sentence long.\n\nFotografia: Ana Mondlane\n"
            "Pescadores descarregam o peixe na praia da Costa do Sol\n\nThe story goes on here, at some length.\n\n"
            "Fotografia: Arquivo\n\nO administrador garantiu que as obras terminam antes das chuvas.\n\n"
            "Fotografia: Carlos Muianga\nO novo cais de pesca visto do mar\n\nThe story ends here.\n")
    assert [p.caption for p in parse_page(page).photos] == [
        "Pescadores descarregam o peixe na praia da Costa do Sol", None, "O novo cais de pesca visto do mar"]


def test_an_uncredited_slide_is_read_where_the_slides_between_counters_print_their_captions() -> None:
    # the last slide runs to the page's end, where a strip prints earlier slides again: its captions stand
    # elsewhere in it, and no longer hide where the slides between counters print theirs
    page = ("Title\nStandfirst of the gallery, a sentence long.\n1 of 4\nRiders parade before the first race.\n"
            "Picture: Tom Hale\n2 of 4\nA jockey waves to the crowd after winning.\nPicture: Ann Vo\n3 of 4\n"
            "Families picnic on the lawn by the track.\n4 of 4\nPicture: Tom Hale\nMore photos\n"
            "Riders parade before the first race.\nPicture: Tom Hale\nSubscribe for a dollar a week\n")
    assert [p.caption for p in parse_page(page).photos] == [
        "Riders parade before the first race.", "A jockey waves to the crowd after winning.",
        "Families picnic on the lawn by the track.", None]


def test_a_credit_alone_over_each_caption_takes_no_caption_place_in_a_slide() -> None:
    # "N з M", "Фота: Name", caption: the last slide prints its caption and no credit, first after its counter
    page = ("Першы дзень кірмашу\n29.11.2026 / 10:14\nФота 1 з 3\nФота: Ганна Сакалова\n"
            "Гандляры раскладваюць тавар на плошчы.\nФота 2 з 3\nФота: БелТА\nПакупнікі ля прылаўка з мёдам.\n"
            "Фота 3 з 3\nДзеці частуюцца пернікамі каля ёлкі.\nЧытайце таксама: Кірмаш працуе да нядзелі\n"
            "Падпісвайцеся на наш Telegram\n")
    assert [p.caption for p in parse_page(page).photos] == [
        "Гандляры раскладваюць тавар на плошчы.", "Пакупнікі ля прылаўка з мёдам.",
        "Дзеці частуюцца пернікамі каля ёлкі."]
