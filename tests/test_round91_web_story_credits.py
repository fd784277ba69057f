"""A web story dumped page after page (round 91): the dump opens with the first page's credit where a headline would
stand, and every credit after it stands right between two lines, no blank line anywhere: each credit heads the text
under it. Every line here is written for these tests."""
from __future__ import annotations

from captions import parse_page

PAGES = [
    ("Foto: Ana Lima/Reuters", "Ruas do centro ficaram cobertas pela água depois de dois dias de chuva forte."),
    ("Foto: Rui Mota/AFP", "Moradores usaram barcos para chegar até as casas ilhadas na beira do rio."),
    ("Foto: Lia Souza/Agência Sul", "O abrigo montado no ginásio recebeu mais de trezentas famílias na noite de sábado."),
    ("Foto: Davi Reis/Reuters", "Equipes de resgate trabalharam durante a madrugada para retirar os moradores."),
]


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_dump_opening_with_a_credit_over_alternating_lines_reads_each_credit_over_its_text() -> None:
    page = "".join(f"{credit}\n{text}\n" for credit, text in PAGES)
    assert _read(page) == [(text, credit.removeprefix("Foto: ")) for credit, text in PAGES], page


def test_the_last_credit_over_a_cut_link_is_a_picture_alone() -> None:
    page = "".join(f"{credit}\n{text}\n" for credit, text in PAGES) + "Foto: Gil Neves/AFP\nLeia\n"
    assert _read(page)[-1] == (None, "Gil Neves/AFP"), page


def test_the_same_lines_under_a_headline_keep_each_credit_under_its_caption() -> None:
    # a headline over the first caption: nothing says the credits head their text, the page's usual reading holds
    page = "Enchente no Sul\n" + "".join(f"{text}\n{credit}\n" for credit, text in PAGES)
    assert _read(page) == [(text, credit.removeprefix("Foto: ")) for credit, text in PAGES], page


def test_a_cover_credit_over_a_headline_and_a_story_is_no_web_story() -> None:
    # one line between the cover and the next credit, but then a paragraph of two lines: not a page after page
    credit, text = PAGES[0]
    page = (f"{credit}\n{text}\nFoto: Rui Mota/AFP\nO rio subiu durante a noite.\nA prefeitura abriu abrigos.\n"
            "Foto: Lia Souza/Agência Sul\nNovos alertas foram emitidos.\n")
    assert (text, "Ana Lima/Reuters") not in _read(page), page


def test_bare_credits_under_bulleted_captions_stay_under_them() -> None:
    # the cover's bare credit is the lead picture's; each bulleted caption's credit is indented inside its item
    page = "Ana Lima/AP Photo\n" + "".join(
        f"  • {text}\n    {credit.removeprefix('Foto: ').replace('/Reuters', '/Reuters Photo')}\n"
        for credit, text in PAGES)
    assert _read(page)[0] == (None, "Ana Lima/AP Photo"), page
    assert _read(page)[1] == (PAGES[0][1], "Ana Lima/Reuters Photo"), page


def test_story_text_going_on_under_the_last_credit_keeps_each_credit_under_its_caption() -> None:
    # review 50: a lead picture's credit alone at the top, then captions closed by their credits, then the story:
    # the line under the last credit is the story's, no picture's caption
    page = ("Foto: Ana Lima/Reuters\n" + "".join(f"{text}\n{credit}\n" for credit, text in PAGES[1:])
            + "O governo do estado informou que cem cidades foram atingidas.\nA defesa civil pede cuidado.\n")
    assert _read(page) == [(None, "Ana Lima/Reuters")] + [(text, credit.removeprefix("Foto: "))
                                                          for credit, text in PAGES[1:]], page


def test_a_link_cut_short_under_the_last_credits_text_keeps_each_credit_over_its_text() -> None:
    # m183: the dump ends on the last page's text, then a link cut short: the side the top says holds
    page = "".join(f"{credit}\n{text}\n" for credit, text in PAGES) + "Leia\n"
    assert _read(page) == [(text, credit.removeprefix("Foto: ")) for credit, text in PAGES], page


def test_a_sentence_under_the_last_credits_text_is_the_story_going_on() -> None:
    # two lines of text under the last credit, the second a sentence: no link cut short, no web story
    page = "".join(f"{credit}\n{text}\n" for credit, text in PAGES) + "A defesa civil pede cuidado.\n"
    assert _read(page)[0] == (None, "Ana Lima/Reuters"), page
