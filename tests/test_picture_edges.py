"""What a page's edges show: a credit cut after a bare initial at the dump's end; a credit under an announcement
standing over its caption, so the page's others do; a short Chinese caption printed three times."""
from __future__ import annotations

import pytest

from captions import parse_page

GALLERY = ["Pictures of the day",
           "Lifeboat crews practise a rescue off the harbour wall at first light.", "Photo: Mara Quinn",
           "A ferry leaves the quay as fog lifts from the estuary.", "Photo: Owen Price",
           "Swimmers brave the cold water for the annual autumn dip."]


def pictures(lines: list[str]) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page("\n".join(lines)).photos]


@pytest.mark.parametrize("credit", ["Photo: Lena W", "© SIA K", "Photo: WPA/S", "Photo: PA / J"])
def test_the_dumps_last_credit_cut_after_an_initial_leaves_its_slide_out(credit: str) -> None:
    assert pictures([*GALLERY, credit]) == [
        ("Lifeboat crews practise a rescue off the harbour wall at first light.", "Mara Quinn"),
        ("A ferry leaves the quay as fog lifts from the estuary.", "Owen Price")], credit


@pytest.mark.parametrize("credit", ["Photo: Lena Weiss", "Photo: Lena W.", "Photo: WPA/PA"])
def test_a_whole_last_credit_keeps_its_slide(credit: str) -> None:
    assert pictures([*GALLERY, credit])[-1] == ("Swimmers brave the cold water for the annual autumn dip.",
                                                credit.removeprefix("Photo: ")), credit


ANNOUNCED = ["Depois da cheia, o resgate dos animais",
             "A água começou a baixar em Eldorado, mas muitos animais ainda estão ilhados nos telhados.",
             "A seguir, confira 3 fotos dos resgates.",
             "Ana Souza/Reuters", "Um cavalo é puxado para o barco por dois voluntários",
             "Os bombeiros pedem que os moradores não voltem para casa",
             "Rui Prado/AFP", "Cães resgatados esperam pelos donos em um abrigo"]


def test_a_credit_under_an_announcement_shows_the_page_prints_credits_over_captions() -> None:
    assert pictures(ANNOUNCED) == [("Um cavalo é puxado para o barco por dois voluntários", "Ana Souza/Reuters"),
                                   ("Cães resgatados esperam pelos donos em um abrigo", "Rui Prado/AFP")]


def test_a_last_credit_closing_the_page_outweighs_it() -> None:
    # the announced-credit-below page: the last credit has nothing under it, so credits stand under captions
    page = [*ANNOUNCED[:6], "Rui Prado/AFP"]
    assert pictures(page)[-1] == ("Os bombeiros pedem que os moradores não voltem para casa", "Rui Prado/AFP")


NEWS = "当地时间5月3日,在市体育中心进行的全国田径锦标赛男子跳高决赛中,本地选手夺得冠军。"


def test_a_short_chinese_caption_printed_three_times_is_one_picture() -> None:
    assert pictures([NEWS, *["本地选手王明远。"] * 3]) == [("本地选手王明远。", None)]


@pytest.mark.parametrize("line", ["本地选手王明远。", "努力加载中,请稍后...", "本地选手王明远"])
def test_printed_once_or_a_control_or_no_full_stop_is_none(line: str) -> None:
    copies = 1 if line == "本地选手王明远。" else 2
    assert pictures([NEWS, *[line] * copies]) == [], line


@pytest.mark.parametrize("page", [
    ["Rennen in Berlin", "Das Rennen fand am Samstag in der Hauptstadt statt.", "Foto: Formula E"],
    ["Rennen in Berlin", "Die Fahrer starten am Samstag auf dem alten Flughafen.", "Foto: Formula E",
     "Ein Auto fährt durch die Kurve am Hangar.", "Foto: Formula E",
     "Die Sieger feiern auf dem Podium mit Sekt.", "Foto: Formula E"]])
def test_a_name_closing_with_one_letter_is_whole_alone_or_printed_whole_above(page: list[str]) -> None:
    """One picture's credit, or one the page prints whole on other slides, was not cut at the dump's end."""
    assert pictures(page)[-1] == (page[-2], "Formula E")


@pytest.mark.parametrize("line", ["本文来源：新华网。", "责编:王明远。"])
def test_a_label_line_printed_twice_is_furniture(line: str) -> None:
    assert pictures([NEWS, line, line]) == [], line
