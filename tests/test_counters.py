"""Slide counters opening a caption's line ("1 de 1 ...", "3/12 ...", "2 of 20 ..."): cut off, the mark of a caption."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from captions import parse_page


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
