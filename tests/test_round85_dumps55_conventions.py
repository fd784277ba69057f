"""Conventions read on the dumps55 set (round 85): the Marathi "छाया :" before a staff photographer's name, the
Indian press's file photo alone in brackets, the Tagalog "Kuha ni" / "Kuha mula sa" credits and "Ni" byline, a city's
public information office, a caption and its credit printed twice, the French civil protection written with its
second word in lower case, and a file word after "Photo" before the agency in brackets closing an unstopped caption.
Every line here is written for these tests."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.credit import parse_credit

MARATHI_HEAD = " date 2026-08-02 नाशिक\nगोदावरीला पूर\nप्रतिनिधी\n\n"
MARATHI_STORY = "\n\nपुढील दोन दिवस जिल्ह्यात जोरदार पावसाचा अंदाज हवामान विभागाने वर्तवला आहे.\n"


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, list(p.credit.photographers) if p.credit else [],
             list(p.credit.agencies) if p.credit else []) for p in parse_page(page).photos]


@pytest.mark.parametrize("bracket, raw, photographers, agencies", [
    ("(छाया : सुनील मोरे)", "सुनील मोरे", ["सुनील मोरे"], []),  # a staff photographer after the Marathi word
    ("(छाया: सुनील मोरे)", "सुनील मोरे", ["सुनील मोरे"], []),
    ("(छाया : लोकसत्ता)", "लोकसत्ता", [], ["लोकसत्ता"]),     # the paper itself stays the paper
    ("(संग्रहित छायाचित्र)", "संग्रहित छायाचित्र", [], []),    # Marathi "archived photograph": names no one
    ("(फाइल फोटो)", "फाइल फोटो", [], []),                  # Hindi "file photo"
])
def test_a_marathi_caption_closed_by_its_credit_in_brackets(bracket: str, raw: str, photographers: list[str],
                                                           agencies: list[str]) -> None:
    caption = "होळकर पुलावरून पूर पाहण्यासाठी नागरिकांनी गर्दी केली."
    page = f"{MARATHI_HEAD}{caption} {bracket}{MARATHI_STORY}"
    assert _read(page) == [(caption, raw, photographers, agencies)], page


def test_a_file_word_inside_a_sentence_makes_no_credit() -> None:
    page = f"{MARATHI_HEAD}महापालिकेने फाइल फोटो प्रदर्शनात ठेवले आहेत.{MARATHI_STORY}"
    assert _read(page) == [], page


TAGALOG_HEAD = " date 2026-09-14 Metro\nMarikina River, itinaas sa ikalawang alarma\n"
TAGALOG_STORY = ("\n\nMANILA, Philippines — Itinaas kahapon ng lokal na pamahalaan ang ikalawang alarma sa Marikina "
                 "River matapos umabot sa 16 metro ang lebel ng tubig.\n")


def test_kuha_ni_closing_a_caption_names_the_photographer() -> None:
    caption = "Tumawid sa lubid ang mga residente ng Barangay Tumana habang tumataas ang tubig sa ilog."
    page = f"{TAGALOG_HEAD}\n{caption} (Kuha ni Alfredo Santos){TAGALOG_STORY}"
    assert _read(page) == [(caption, "Alfredo Santos", ["Alfredo Santos"], [])], page


def test_kuha_mula_sa_under_a_caption_names_the_body_that_handed_it_out() -> None:
    caption = "Inihahanda ng mga rescuer ang mga rubber boat sa tabi ng ilog sa Barangay Nangka."
    page = f"{TAGALOG_HEAD}\n{caption}\nKuha mula sa Marikina PIO{TAGALOG_STORY}"
    assert _read(page) == [(caption, "Marikina PIO", [], ["Marikina PIO"])], page


def test_a_byline_opened_by_ni_is_the_writer_not_a_credit() -> None:
    page = f"{TAGALOG_HEAD}Ni Jocelyn Ramirez - Pilipino Star Ngayon\nSetyembre 14, 2026 | 12:00am{TAGALOG_STORY}"
    assert _read(page) == [], page


@pytest.mark.parametrize("raw", ["Marikina PIO", "Photo: County Sheriff PIO"])
def test_a_public_information_office_is_a_body(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, len(credit.agencies)) == ([], 1), raw


def test_a_caption_and_its_credit_printed_twice_is_one_picture_and_the_next_keeps_its_own() -> None:
    first = "Nakapila sa relief goods ang mga inilikas sa Parang Elementary School."
    second = "Nagsagawa rin ng relief operations ang pamahalaang lungsod sa mga apektadong barangay."
    page = (f"{TAGALOG_HEAD}\n{first}\nAFP/Carlos Mendoza\n{first}\nAFP/Carlos Mendoza\n{second}\n"
            f"Larawan mula sa Marikina City Government\n"
            "Inaasahang huhupa ang baha sa Huwebes kung titigil ang ulan, ayon sa lokal na pamahalaan.\n")
    assert _read(page) == [(first, "AFP/Carlos Mendoza", ["Carlos Mendoza"], ["AFP"]),
                           (second, "Marikina City Government", [], ["Marikina City Government"])], page


def test_a_credit_between_two_different_captions_still_takes_the_one_above() -> None:
    """Two captions sharing one credit line after line are two pictures, each over its credit."""
    first = "Muitas pessoas foram resgatadas de helicóptero pelos bombeiros na cidade"
    second = "Este casal também aguardava o resgate aéreo"
    page = f"Título\n\n{first}\nName Surname/EPA-EFE\n{second}\nName Surname/EPA-EFE\n"
    assert [c for c, *_ in _read(page)] == [first, second], page


FRENCH_HEAD = ("Bizerte : la tempête arrache des toitures\nBizerte, 3 nov. 2026 - Des rafales de vent ont frappé lundi "
               "soir plusieurs délégations du gouvernorat, selon la direction régionale.\n")
FRENCH_STORY = "Plusieurs quartiers sont restés privés d'électricité pendant la nuit, a précisé la société régionale.\n"


@pytest.mark.parametrize("line", ["Photo : Protection civile", "Photo : Sécurité civile"])
def test_the_civil_protection_in_lower_case_is_the_agency(line: str) -> None:
    caption = "Des agents dégagent un arbre tombé sur la chaussée, avenue Habib Bourguiba."
    page = f"{FRENCH_HEAD}{caption}\n{line}\n{FRENCH_STORY}"
    body = line.split(" : ", 1)[1]
    assert _read(page) == [(caption, body, [], [body])], page


@pytest.mark.parametrize("bracket, agency", [("(Photo d'archives AFP)", "AFP"), ("(Photo d’archives TAP)", "TAP")])
def test_a_file_word_before_the_agency_closing_an_unstopped_caption(bracket: str, agency: str) -> None:
    caption = "La corniche submergée par les vagues lors de la tempête de janvier 2023"
    page = f"{FRENCH_HEAD}{caption} {bracket}\n{FRENCH_STORY}"
    assert _read(page) == [(caption, bracket[1:-1], [], [agency])], page


def test_a_body_named_by_archives_of_keeps_its_head() -> None:
    """"Archives de l'État": the word opens a body's name where no dropped word follows it."""
    assert parse_credit("Archives de l'État du Valais").agencies == ["Archives de l'État du Valais"]


JAPANESE_HEAD = " date 2026-09-08 地域\n台風10号が接近　宮崎市で住宅の浸水相次ぐ\n地域報道部\n"
CREDITED = "高潮で冠水した海岸沿いの市道＝8日午前11時、宮崎市青島（田中裕子撮影）\n"
PARAGRAPH = "台風10号の接近に伴い、宮崎市では8日朝から雨と風が強まり、海岸沿いの地区で床下浸水が相次いだ。\n"
UNCREDITED = "強風で倒れた街路樹を片付ける市職員＝8日午後1時、宮崎市橘通"


def test_an_uncredited_tailed_caption_between_paragraphs_where_the_credited_ones_stand_so() -> None:
    page = f"{JAPANESE_HEAD}{CREDITED}{PARAGRAPH}{UNCREDITED}\n{PARAGRAPH}"
    assert [(c, raw) for c, raw, *_ in _read(page)] == [
        ("高潮で冠水した海岸沿いの市道＝8日午前11時、宮崎市青島", "田中裕子"), (UNCREDITED, None)], page


def test_an_uncredited_tailed_line_between_paragraphs_where_no_credited_caption_stands_so() -> None:
    """The credited caption alone between blank lines shows nothing of a line run on among the paragraphs."""
    page = f"{JAPANESE_HEAD}\n{CREDITED}\n{PARAGRAPH}{UNCREDITED}\n{PARAGRAPH}"
    assert [c for c, *_ in _read(page)] == ["高潮で冠水した海岸沿いの市道＝8日午前11時、宮崎市青島"], page


def test_an_uncredited_tailed_caption_apart_in_a_run_with_one_credited_caption() -> None:
    """Kumanichi's dump: the credited caption and the uncredited one, each between blank lines, one after the other."""
    page = f"{JAPANESE_HEAD}\n{PARAGRAPH}\n{CREDITED}\n{UNCREDITED}\n\n{PARAGRAPH}"
    assert [c for c, *_ in _read(page)][-1] == UNCREDITED, page


@pytest.mark.parametrize("bracket, agency", [("（宮崎地方気象台提供）", "宮崎地方気象台"), ("（福岡管区気象台提供）", "福岡管区気象台")])
def test_a_meteorological_observatory_handing_out_its_picture_is_a_body(bracket: str, agency: str) -> None:
    page = f"{JAPANESE_HEAD}\nレーダーがとらえた台風の雲＝8日午前10時{bracket}\n\n{PARAGRAPH}"
    assert _read(page) == [("レーダーがとらえた台風の雲＝8日午前10時", bracket[1:-1], [], [agency])], page


PORTUGUESE_HEAD = "Cheia do rio Negro invade ruas do centro\nCarla Menezes\n02.04.26 09h10\nCompartilhe\n"
CUT = "Carro enfrenta alagamento na avenida Djalma Batista, no bairro da Chapada"
WHOLE = f"{CUT}, na manhã desta quinta-feira (2)"
CREDIT = " (Foto: Rafael Souza / Diário do Norte)"
BODY = "A cheia do rio Negro atingiu 29,1 metros na manhã desta quinta-feira, segundo o porto.\n"


def _descriptions(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.description, p.caption) for p in parse_page(page).photos]


def test_a_caption_cut_short_over_it_is_its_alt_text() -> None:
    page = f"{PORTUGUESE_HEAD}{BODY}{CUT}\n{WHOLE}{CREDIT}\n{BODY}"
    assert _descriptions(page) == [(CUT, WHOLE)], page


@pytest.mark.parametrize("line", [
    WHOLE,                    # the caption printed twice: no alt text
    "Carro enfrenta",         # two words: a slide's title as often
    "Carro enfrenta alagamento na avenida Djalma",  # stops inside a word of the caption ("Djalma Batista" is one name)
])
def test_no_alt_text_where_the_line_is_no_cut_short_caption(line: str) -> None:
    caption = WHOLE if line != "Carro enfrenta alagamento na avenida Djalma" else \
        "Carro enfrenta alagamento na avenida Djalmabatista, no bairro da Chapada"
    page = f"{PORTUGUESE_HEAD}{BODY}{line}\n{caption}{CREDIT}\n{BODY}"
    assert [d for d, _ in _descriptions(page)] == [None], page


CHINESE_HEAD = " date 2026-12-04 大都会\n新山豪雨 多条道路积水\n作者: 陈美玲\n"
CHINESE_CAPTIONS = ("士古来一带的道路积水严重，车辆缓慢通过。（摄影：李国强）\n"
                    "（新山4日讯）新山今日下午连续下了四小时豪雨，多条道路积水，下班时间交通大堵塞。\n"
                    "消防员在地不佬协助受困的车主推车离开积水路段。（图：消拯局提供）\n")
QUOTE = "一名小贩说，他的档口今年已经第四次被水淹，“每逢下大雨，我们就只能收档回家，损失很大。”\n"
AFTER = "市议会表示，已派出抽水机到受影响地区，并呼吁居民清理屋外沟渠。\n"


@pytest.mark.parametrize("gallery", ["", "图集\n1/2\n士古来一带的道路积水严重，车辆缓慢通过。（摄影：李国强）\n2/2\n（摄影：黄志明）\n热门新闻\n"])
def test_a_bernama_photo_alone_between_paragraphs_is_a_picture_with_no_caption(gallery: str) -> None:
    """With or without a gallery whose last slide is a credit alone under its counter."""
    page = f"{CHINESE_HEAD}{CHINESE_CAPTIONS}{QUOTE}马新社照片\n{AFTER}{gallery}"
    assert (None, "马新社照片", [], ["马新社"]) in _read(page), page
    assert not any(caption == QUOTE.strip() for caption, *_ in _read(page)), page


def test_bernama_by_its_chinese_name_keeps_the_printed_name() -> None:
    assert parse_credit("马新社").agencies == ["马新社"]


def test_a_line_between_paragraphs_closed_by_the_day_alone_is_no_caption() -> None:
    # review 47: another story's headline printed in the flow ("...＝9日") names no place; only a tail saying when
    # and where makes a line between two paragraphs a caption where the credited one stands so
    page = (" date 2026-08-03 社会\n大雨で川が氾濫　鹿児島市\n鹿児島市で8日、大雨により甲突川が氾濫した。\n"
            "市によると、約200世帯に避難指示が出た。\n冠水した道路を歩く住民＝8日午前10時、鹿児島市吉野町（上村翔太撮影）\n"
            "市は避難所を10カ所開設した。\n首相、被災地視察へ＝9日\n県は災害対策本部を設置した。\n")
    assert [c for c, _, _, _ in _read(page)] == ["冠水した道路を歩く住民＝8日午前10時、鹿児島市吉野町"]
