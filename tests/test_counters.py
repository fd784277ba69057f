"""Slide counters opening a caption's line ("1 de 1 ...", "3/12 ...", "2 of 20 ..."): cut off, the mark of a caption."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from captions import RegistryError, load_registry, parse_page


def pictures(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


STORY = ("Ribeirão Claro (PR) – A prefeitura decretou situação de emergência nesta quinta-feira, "
         "depois de a chuva alagar doze bairros.\n")


def test_a_counted_lower_case_caption_keeps_the_credit_under_it_not_the_paragraph_below() -> None:
    page = "1 de 1 moradores retiram lama de uma casa no centro\n- Foto: Ana Lima/Gazeta do Vale\n" + STORY
    assert pictures(page) == [("moradores retiram lama de uma casa no centro", "Ana Lima/Gazeta do Vale")]


def test_a_counted_first_line_over_a_credit_is_no_headline() -> None:
    page = "1 de 1 moradores retiram lama de uma casa no centro\n- Foto: Ana Lima/Gazeta do Vale\n" + STORY
    assert parse_page(page).title is None


def test_a_counter_before_lower_case_prose_with_no_credit_next_to_it_stays() -> None:
    page = "2 de 3 brasileiros aprovam a reforma, diz pesquisa\n" + STORY
    article = parse_page(page)
    assert (article.title, article.photos) == ("2 de 3 brasileiros aprovam a reforma, diz pesquisa", [])


def test_a_counted_caption_of_any_shape_takes_the_credit_under_it() -> None:
    page = ("Gallery\n2 of 20 Queen Elizabeth II\n— Photo: Jo Li/AP\n"
            "The queen waved to the crowd from the balcony for ten minutes on Sunday.\n")
    assert pictures(page) == [("Queen Elizabeth II", "Jo Li/AP")]


def test_credits_printed_over_counted_captions_keep_them() -> None:
    page = ("Galeria\nFoto: Ana Lima\n1/3 moradores retiram lama de uma casa\nFoto: Caio Reis\n"
            "2/3 voluntários distribuem água no ginásio\nFoto: Ana Lima\n3/3 o rio acima da ponte na quinta\n")
    assert pictures(page) == [
        ("moradores retiram lama de uma casa", "Ana Lima"),
        ("voluntários distribuem água no ginásio", "Caio Reis"),
        ("o rio acima da ponte na quinta", "Ana Lima"),
    ]


def test_a_counted_caption_over_its_credit_wins_over_the_pages_credits_above_captions() -> None:
    page = ("Gallery\nPhoto: Ann Roe/AP\nA man walks his dog along the flooded street.\n"
            "Photo: Ben Poe/AP\nChildren play in the water near the school.\n"
            "3 of 3 boats moored in the harbour at dusk\nPhoto: Cy Doe/AP\n"
            "The storm is expected to move north on Tuesday, forecasters said.\n")
    assert pictures(page)[-1] == ("boats moored in the harbour at dusk", "Cy Doe/AP")


_WORDS = st.lists(st.sampled_from(["moradores", "retiram", "lama", "da", "casa", "no", "centro", "o", "rio"]),
                  min_size=3, max_size=12)


@given(_WORDS, st.integers(1, 99), st.integers(0, 99), st.sampled_from(["{n} de {m}", "{n}/{m}", "Foto {n} de {m}"]))
def test_a_counter_is_cut_off_a_lower_case_caption_over_its_credit(words: list[str], n: int, extra: int,
                                                                   form: str) -> None:
    caption = " ".join(words)
    counter = form.format(n=n, m=n + extra)
    page = f"News\n{counter} {caption}\n- Foto: Ana Lima/Gazeta do Vale\n{STORY}"
    assert pictures(page) == [(caption, "Ana Lima/Gazeta do Vale")]


# Numbered runs of captions: "1. ...", "2. ..." read as captions only as a whole, where the page shows pictures.

HARVEST_INTRO = ("Harvest fair on the green\n"
                 "The fair drew eight thousand visitors over the weekend. These photos show the highlights.\n")
HARVEST_SLIDES = ["A judge weighs a pumpkin entered in the giant vegetable contest.",
                  "Children chase the ducks released for the race along the mill stream.",
                  "A blacksmith shows visitors how a horseshoe is forged."]


def numbered(form: str, texts: list[str]) -> str:
    return "".join(f"{form.format(n=n)} {text}\n" for n, text in enumerate(texts, 1))


def test_a_numbered_run_under_an_intro_announcing_pictures_is_captions_its_numbers_cut() -> None:
    page = HARVEST_INTRO + numbered("{n}.", HARVEST_SLIDES) + "Next year's fair is planned for September.\n"
    assert pictures(page) == [(text, None) for text in HARVEST_SLIDES]


def test_a_numbered_caption_keeps_the_credit_under_it_on_a_page_printing_credits() -> None:
    page = HARVEST_INTRO + numbered("{n})", HARVEST_SLIDES).replace("stream.\n", "stream.\nPhoto: Tessa Marlowe\n")
    assert pictures(page) == [(HARVEST_SLIDES[0], None), (HARVEST_SLIDES[1], "Tessa Marlowe"),
                              (HARVEST_SLIDES[2], None)]


def test_a_numbered_list_of_facts_on_a_page_showing_no_pictures_is_no_captions() -> None:
    page = ("Five things to know about the new bridge\n"
            + numbered("{n}.", ["It is four hundred metres long.", "It took three years to build.",
                                "It carries two lanes and a cycle path.", "It opens to traffic on Monday."]))
    assert pictures(page) == []


def test_a_listicles_numbered_headings_over_paragraphs_are_no_captions() -> None:
    page = ("12 photos that show the eclipse\n"
            "1. It started in the south.\nCrowds gathered on the beaches before noon, waiting for the sky to darken.\n"
            "2. Then it moved north.\nIn the cities people stopped on the pavements and looked up together.\n"
            "3. And it ended in the east.\nBy the time it reached the coast the clouds had rolled in again.\n"
            "Photo: Jo Li/AP\n")
    assert [caption for caption, _ in pictures(page)] == [
        "By the time it reached the coast the clouds had rolled in again."]


def test_a_numbered_run_opening_past_one_is_captions_its_numbers_cut() -> None:
    # m183: the dump holds slides 4 to 7 of the gallery (an excerpt, or the first three printed elsewhere)
    slides = [*HARVEST_SLIDES, "A brass band plays on the bandstand as the sun goes down."]
    page = HARVEST_INTRO + "".join(f"{n}. {text}\n" for n, text in enumerate(slides, 4))
    assert pictures(page) == [(text, None) for text in slides]


def test_a_numbered_run_missing_one_slide_is_two_runs_of_captions() -> None:
    # m183: slide 4 left out of the dump; each run of three shows the gallery on its own, as the whole one did
    slides = [*HARVEST_SLIDES, "A brass band plays on the bandstand as the sun goes down.",
              "Volunteers fold the marquee before the evening rain.", "The last tractor leaves the field at dusk."]
    page = HARVEST_INTRO + "".join(f"{n}. {text}\n" for n, text in zip((1, 2, 3, 5, 6, 7), slides))
    assert pictures(page) == [(text, None) for text in slides]


def test_a_numbered_list_of_facts_opening_past_one_on_a_page_showing_no_pictures_is_no_captions() -> None:
    page = ("More things to know about the new bridge\n"
            + "".join(f"{n}. {text}\n" for n, text in enumerate(
                ["It is four hundred metres long.", "It took three years to build.",
                 "It carries two lanes and a cycle path."], 3)))
    assert pictures(page) == []


def test_a_numbered_run_out_of_order_is_no_run_and_keeps_its_numbers() -> None:
    page = HARVEST_INTRO + "".join(f"{n}. {text}\n" for n, text in zip((1, 3, 2), HARVEST_SLIDES))
    # the announcement still makes the lines captions (announced.py), but as printed, numbers and all
    assert pictures(page) == [(f"{n}. {text}", None) for n, text in zip((1, 3, 2), HARVEST_SLIDES)]


def test_a_number_saying_photo_shows_the_pictures_itself() -> None:
    page = "Stadtfest in Bremen\n" + numbered("Foto {n}:", ["Tausende Besucher drängen sich auf dem Marktplatz.",
                                                          "Ein Karussell dreht sich vor dem Rathaus.",
                                                          "Am Abend spielt eine Band an der Weser."])
    assert pictures(page) == [("Tausende Besucher drängen sich auf dem Marktplatz.", None),
                              ("Ein Karussell dreht sich vor dem Rathaus.", None),
                              ("Am Abend spielt eine Band an der Weser.", None)]


def test_credits_on_two_numbered_slides_show_the_pictures() -> None:
    page = ("Harvest fair on the green\n(1) " + HARVEST_SLIDES[0] + " (Photo: Tessa Marlowe)\n(2) "
            + HARVEST_SLIDES[1] + "\nPhoto: Ian Cole\n(3) " + HARVEST_SLIDES[2] + "\n")
    assert pictures(page) == [(HARVEST_SLIDES[0], "Tessa Marlowe"), (HARVEST_SLIDES[1], "Ian Cole"),
                              (HARVEST_SLIDES[2], None)]


def test_a_gallery_headline_over_circled_numbers() -> None:
    page = "Gallery: the harvest fair\n" + "".join(f"{n} {text}\n" for n, text in zip("①②③", HARVEST_SLIDES))
    assert pictures(page) == [(text, None) for text in HARVEST_SLIDES]


@given(st.lists(_WORDS, min_size=3, max_size=8), st.sampled_from(["{n}.", "{n})", "({n})", "{n}.-"]))
def test_a_numbered_run_with_nothing_showing_pictures_keeps_its_numbers(sentences: list[list[str]],
                                                                         form: str) -> None:
    texts = [" ".join(w) + "." for w in sentences]
    page = "Notícias\nO que se sabe até agora.\n" + numbered(form, texts)
    assert not set(texts) & {caption for caption, _ in pictures(page)}


def test_a_users_file_adds_a_numbering_form(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("markers:\n  caption_numbers: ['#(?P<n>\\d{1,2}):']\n", encoding="utf-8")
    page = HARVEST_INTRO + numbered("#{n}:", HARVEST_SLIDES)
    assert [p.caption for p in parse_page(page, registry=load_registry(mine)).photos] == HARVEST_SLIDES


def test_a_users_numbering_form_referring_back_to_its_number_numbers_slides(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    # a slide's number badge, then its numbered caption ("2 2. ..."); the back-reference asks for the same number
    mine.write_text("markers:\n  caption_numbers: ['(?P<n>\\d{1,2}) (?P=n)\\.']\n", encoding="utf-8")
    page = HARVEST_INTRO + numbered("{n} {n}.", HARVEST_SLIDES)
    assert [p.caption for p in parse_page(page, registry=load_registry(mine)).photos] == HARVEST_SLIDES


def test_a_numbering_form_without_its_number_group_is_refused(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("markers:\n  caption_numbers: ['#\\d{1,2}:']\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="must name one group, n"):
        load_registry(mine)


@pytest.mark.parametrize("form, marks", [
    (r"(?P<n>[A-C])\)", ["A)", "B)", "C)"]),  # letters are no number
    (r"(?P<n>\d)?#", ["#", "#", "#"]),  # the group may catch nothing
])
def test_a_users_numbering_form_catching_no_number_numbers_nothing(tmp_path: Path, form: str, marks: list[str]) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(f"markers:\n  caption_numbers: ['{form}']\n", encoding="utf-8")
    page = HARVEST_INTRO + "".join(f"{mark} {text}\n" for mark, text in zip(marks, HARVEST_SLIDES))
    assert [p.caption for p in parse_page(page, registry=load_registry(mine)).photos] == [
        f"{mark} {text}" for mark, text in zip(marks, HARVEST_SLIDES)]


@pytest.mark.parametrize("of", ["από", "dari", "din", "od", "з"],
                         ids=["greek", "indonesian", "romanian", "croatian", "ukrainian"])
def test_a_slide_counter_in_more_languages_over_a_credit_is_furniture_not_a_caption(of: str) -> None:
    page = (f"Καύσωνας στην Αθήνα\n\n1 {of} 2\nΦωτογραφία: EUROKINISSI/Νίκος Παππάς\n"
            f"Τουρίστες περιμένουν έξω από την Ακρόπολη.\n\n2 {of} 2\nΦωτογραφία: REUTERS/Jo Li\n"
            "Παιδιά δροσίζονται στο σιντριβάνι.\n")
    assert pictures(page) == [("Τουρίστες περιμένουν έξω από την Ακρόπολη.", "EUROKINISSI/Νίκος Παππάς"),
                              ("Παιδιά δροσίζονται στο σιντριβάνι.", "REUTERS/Jo Li")]


COUNTED = ("Fiera del libro: le foto\n\n"
           "1/4 I lettori affollano gli stand sotto i portici (foto Baraldi)\n"
           "2/4 Un autore firma le copie del suo romanzo (foto Baraldi)\n"
           "3/4 Una scolaresca ascolta una lettura in piazza\n"
           "4/4 Il sindaco inaugura la mostra di stampe antiche (foto Ansa)\n")


def test_a_counted_line_with_no_credit_among_counted_credited_captions_is_a_caption() -> None:
    assert pictures(COUNTED)[2] == ("Una scolaresca ascolta una lettura in piazza", None)


def test_a_counted_line_with_no_credit_beside_one_counted_credited_caption_is_none() -> None:
    page = COUNTED.replace("(foto Baraldi)", "").replace(" \n", "\n")
    assert pictures(page) == [("Il sindaco inaugura la mostra di stampe antiche", "Ansa")]


@pytest.mark.parametrize("tail", [
    "Gli appuntamenti del mese\n5/10 Concerto dell'orchestra giovanile al Politeama\n9/10 Sagra del pane a Cavallino\n",
    "Altre gallerie\n1/3 Derby, le pagelle dei granata\n2/3 Mercato, il punto sulle trattative\n",
    "Method\n1/4 Heat the oven to 180C and line a loaf tin\n2/4 Beat the butter and sugar until pale\n",
    "Doncic was hot from deep all night.\n3/8 From three in the first half, he finished 7/12.\n"
    "Denver led at half time.\n",
], ids=["dates", "teasers", "recipe-steps", "score"])
def test_counted_lines_outside_the_counted_credited_captions_are_no_slides(tail: str) -> None:
    page = COUNTED.replace("3/4 Una scolaresca ascolta una lettura in piazza\n", "") + tail
    assert [credit for _, credit in pictures(page)] == ["Baraldi", "Baraldi", "Ansa"]


def test_counted_lines_with_no_credit_after_the_last_counted_credited_caption_are_none() -> None:
    # "3/4" and "4/4" may be the gallery's last slides or what follows it: nothing encloses them
    page = COUNTED.replace(" (foto Ansa)", "")
    assert [credit for _, credit in pictures(page)] == ["Baraldi", "Baraldi"]


UNDER = ("Se bildene: Storm over kysten\n\nAv Jo Li\n"
         "Bølgene slår inn over moloen i Bodø.\nFoto: Per Aas\n1 av 3\n"
         "Et tre har veltet over veien ved Mørkved.\nFoto: Per Aas\n2 av 3\n"
         "Strømmen gikk i flere bydeler natt til fredag.\n3 av 3\n"
         "Tips oss om saken\nDel artikkelen\n")


def test_after_counters_closing_their_slides_the_line_after_the_last_is_no_slide() -> None:
    assert pictures(UNDER) == [("Bølgene slår inn over moloen i Bodø.", "Per Aas"),
                               ("Et tre har veltet over veien ved Mørkved.", "Per Aas"),
                               ("Strømmen gikk i flere bydeler natt til fredag.", None)]


def test_counters_over_their_slides_keep_the_last_slide_with_no_credit() -> None:
    page = ("Se bildene: Storm over kysten\n\nAv Jo Li\n\n1 av 3\n"
            "Bølgene slår inn over moloen i Bodø.\nFoto: Per Aas\n2 av 3\n"
            "Et tre har veltet over veien ved Mørkved.\nFoto: Per Aas\n3 av 3\n"
            "Strømmen gikk i flere bydeler natt til fredag.\n")
    assert pictures(page)[-1] == ("Strømmen gikk i flere bydeler natt til fredag.", None)


def test_counters_numbering_more_slides_than_they_close_keep_the_line_after_the_last() -> None:
    page = UNDER.replace(" av 3", " av 4")  # "3 av 4" last: a fourth slide follows it
    assert ("Tips oss om saken", None) in pictures(page)


def test_a_last_slide_ending_its_sentence_like_the_others_stays_under_counters_and_a_lead_picture() -> None:
    # counters over their slides, a lead picture right above the first: the last slide prints its caption there
    page = ("Galería\nLead picture of the square at noon. Foto: Ana Ruiz\n1 / 3\nVecinos en la plaza mayor. "
            "Foto: Jo Li\n2 / 3\nNiños juegan en la fuente. Foto: Jo Li\n3 / 3\n"
            "Una mujer vende flores en la esquina.\n")
    assert pictures(page)[-1] == ("Una mujer vende flores en la esquina.", None)
