"""An uncredited caption on a story's page, read by the page's habit (round 57).

Outlets that print their captions with no full stop and their paragraphs with one show a reader which lines are
captions: a line of the story's body shaped as the credited captions are, with no full stop, is one more caption
even where no credit is printed under it. Where the page's captions close with a full stop, or the line is a
crosshead, a label's line, a teaser under the story or a line right over a picture, nothing shows it: no picture.
All pages invented.
"""
from __future__ import annotations

from captions import parse_page

_HEAD = " date 2026-02-14 Sociedade\nCheias isolam bairros da periferia da Beira\n\n"
_STORY = """Moradores atravessam a avenida alagada com os pertences à cabeça
Foto: Jorge Mabunda

As chuvas intensas deixaram mais de duzentas famílias sem casa, segundo as autoridades.

Um barco da Cruz Vermelha retira uma família do bairro da Praia Nova
Foto: Ana Cossa

Os serviços de saúde montaram uma tenda junto à escola secundária.

{line}

A administração distrital garantiu a distribuição de lonas e mantas.
"""


def _captions(line: str, story: str = _STORY) -> list[tuple[str | None, str | None]]:
    article = parse_page(_HEAD + story.format(line=line))
    return [(p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def test_a_line_shaped_as_the_pages_unstopped_captions_is_a_caption_with_no_credit() -> None:
    assert _captions("Uma menina espera pela mãe à porta do centro de acolhimento") == [
        ("Moradores atravessam a avenida alagada com os pertences à cabeça", "Jorge Mabunda"),
        ("Um barco da Cruz Vermelha retira uma família do bairro da Praia Nova", "Ana Cossa"),
        ("Uma menina espera pela mãe à porta do centro de acolhimento", None),
    ]


def test_a_crosshead_a_label_or_a_quote_is_no_caption() -> None:
    for line in ("Apoio às famílias afectadas", "Leia também: Governo promete novas valas de drenagem este ano",
                 "“Perdemos tudo o que tínhamos em casa e na machamba”", "Apoio Às Famílias Afectadas Pela Cheia Na Beira"):
        assert len(_captions(line)) == 2, line


def test_where_the_pages_captions_close_with_a_full_stop_a_line_alone_is_the_storys() -> None:
    stopped = _STORY.replace("à cabeça\n", "à cabeça.\n").replace("Praia Nova\n", "Praia Nova.\n")
    assert len(_captions("Uma menina espera pela mãe à porta do centro de acolhimento", stopped)) == 2


def test_teasers_under_the_storys_last_paragraph_are_no_captions() -> None:
    teasers = _STORY + "\nMais lidas\nPreço do pão sobe pela segunda vez este mês na cidade\n"
    assert len(_captions("Os feridos foram levados para o hospital central da cidade.", teasers)) == 2


def test_a_line_right_over_a_credited_caption_is_not_read_as_a_caption_of_its_own() -> None:
    story = _STORY.replace("Um barco da Cruz", "Uma família inteira é retirada da casa pelos socorristas\nUm barco da Cruz")
    assert [c for c, _ in _captions("Os feridos foram levados para o hospital central da cidade.", story)] == [
        "Moradores atravessam a avenida alagada com os pertences à cabeça",
        "Um barco da Cruz Vermelha retira uma família do bairro da Praia Nova",
    ]


def test_lines_of_that_shape_back_to_back_are_a_list_not_captions() -> None:
    listed = "Três escolas fechadas no bairro da Munhava desde sábado\nDuzentas famílias sem casa no bairro da Praia Nova"
    assert len(_captions(listed)) == 2
