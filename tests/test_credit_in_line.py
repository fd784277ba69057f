"""split_caption_credit: one printed caption in, its caption and credit out."""
from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from captions import split_caption_credit
from captions.parse.credit import MAX_CREDIT
from captions.parse.unmarked_tails import NEVER_CAPITAL


@pytest.mark.parametrize("text, expected", [
    ("Soldiers march in Pyongyang. [KCNA via KNS and AFP]", ("Soldiers march in Pyongyang.", "KCNA via KNS and AFP")),
    ("Ministers shake hands in Busan on Friday. / Photo: Reuters / Reuters",
     ("Ministers shake hands in Busan on Friday.", "Reuters / Reuters")),
    ("Troops parade in Seoul in May 2016. REUTERS/Damir Sagolj", ("Troops parade in Seoul in May 2016.", "REUTERS/Damir Sagolj")),
    ("A man waves on Monday. (AP Photo/Ahn Young-joon)", ("A man waves on Monday.", "AP Photo/Ahn Young-joon")),
    ("Crowds gather in Seoul. Photograph: Kim Hong-Ji/Reuters", ("Crowds gather in Seoul.", "Kim Hong-Ji/Reuters")),
    ("Smoke rises over the port in Kyiv. — Reuters.", ("Smoke rises over the port in Kyiv.", "Reuters")),
    ("Photograph: Jo Li/Reuters", (None, "Jo Li/Reuters")),
    ("Getty Images", (None, "Getty Images")),
    # a credit alone on its line, wrapped in brackets: kept without them
    ("(AP Photo/Sergei Lys)", (None, "AP Photo/Sergei Lys")),
    ("[Jo Li/AFP]", (None, "Jo Li/AFP")),
    # Korean "place or role = credit"
    ("차가 물에 잠겨 있다. [광주=연합뉴스]", ("차가 물에 잠겨 있다.", "광주=연합뉴스")),
    ("A page. (x=1)", ("A page. (x=1)", None)),
    # "사진=" (photo =) is a lead-in, dropped like "Photo:"; a place before "=" stays (a dateline's)
    ("차가 물에 잠겨 있다. (사진=연합뉴스)", ("차가 물에 잠겨 있다.", "연합뉴스")),
    ("사진=박서준 기자", (None, "박서준 기자")),
    # names framed by words, in scripts with no capitals: after a full stop of any script
    ("9月3日,游客在湖边散步。新华社记者 林晓 摄", ("9月3日,游客在湖边散步。", "新华社记者 林晓 摄")),
    ("9月3日,游客在湖边散步。新华社发(周明远摄)", ("9月3日,游客在湖边散步。", "新华社发(周明远摄)")),
    ("記者会見で物価高対策を説明する首相（田中健一撮影）", ("記者会見で物価高対策を説明する首相", "田中健一撮影")),
    ("閣議に臨む閣僚たち（代表撮影）", ("閣議に臨む閣僚たち", "代表撮影")),
    ("시민들이 다리를 건너고 있다. ⓒ예시일보 박서준 기자", ("시민들이 다리를 건너고 있다.", "예시일보 박서준 기자")),
    # the reporter's address is printed as part of the credit (it names no one: see test_reporter_address.py)
    ("시민들이 다리를 건너고 있다. 박서준 기자 sj@example.kr", ("시민들이 다리를 건너고 있다.", "박서준 기자 sj@example.kr")),
    ("湖边的一角(9月3日摄)。", ("湖边的一角(9月3日摄)。", None)),
    # Japanese papers: "=place date、Name撮影"; a date alone before 撮影 names no one
    ("住民ら=石巻市で3月1日午前11時、杉本陽子撮影", ("住民ら=石巻市で3月1日午前11時", "杉本陽子撮影")),
    ("住民ら=石巻市で3月1日撮影", ("住民ら=石巻市で3月1日撮影", None)),
    # lead-ins of scripts that glue words: "(圖/翻攝自Outlet)", picture / reshot from ("翻攝自" stays)
    ("渔船停靠在港内。(圖/翻攝自人民日報)", ("渔船停靠在港内。", "翻攝自人民日報")),
    ("抽水車在路口排水。(圖/翻攝自東海電視、北方日報)", ("抽水車在路口排水。", "翻攝自東海電視、北方日報")),  # unknown, after "圖/"
    ("浪花拍打堤防。(翻攝自臉書)", ("浪花拍打堤防。", "翻攝自臉書")),
    ("雪の港で除雪を進める隊員(海上保安庁撮影)", ("雪の港で除雪を進める隊員", "海上保安庁撮影")),  # a body photographed it
    ("두 정상이 걸어가고 있다. [사진-판문점 사진공동취재단]", ("두 정상이 걸어가고 있다.", "판문점 사진공동취재단")),
    ("研究は両国で進めた(日中共同)", ("研究は両国で進めた(日中共同)", None)),  # "joint", not Kyodo: no two-letter agency after a place  # the day it was taken, no name
    ("湖边的夜景(检修期间拍摄)", ("湖边的夜景(检修期间拍摄)", None)),  # "photographed": prose
    ("A boy runs in the park. [sic]", ("A boy runs in the park. [sic]", None)),
    ("Shares fell after the initial public offering (IPO)", ("Shares fell after the initial public offering (IPO)", None)),
    ("IMAGE: Boats wait out the storm in the bay. [Jo Li/AFP]", ("Boats wait out the storm in the bay.", "Jo Li/AFP")),
    ("<p>A boy runs in the park. [Jo Li/AFP] hide caption</p>", ("A boy runs in the park.", "Jo Li/AFP")),
    ("▲ 두 정상이 걸어가고 있다. [평양사진공동취재단]", ("두 정상이 걸어가고 있다.", "평양사진공동취재단")),  # a caption's pointer
    # a wire's desk tag after the photographer: kept as printed, its full stop dropped; "/dpa" is an agency, "and/or" prose
    ("Banjir merendam jalan. ANTARA FOTO/Rina Kusuma/abc/25.", ("Banjir merendam jalan.", "ANTARA FOTO/Rina Kusuma/abc/25")),
    ("Ein Kind spielt im Park. Foto: Jo Li/dpa", ("Ein Kind spielt im Park.", "Jo Li/dpa")),
    ("He chose and/or.", ("He chose and/or.", None)),
    ("Firefighters battle the blaze Image copyright Reuters", (None, "Reuters")),  # the text before is alt text
    ("", (None, None)),
    ("hide caption", (None, None)),
    # glued to the caption's last full stop: the glue marks the credit as brackets would
    ("A boy runs in the park, on 6 May.Marco Bello (Reuters)", ("A boy runs in the park, on 6 May.", "Marco Bello (Reuters)")),
    ("A boy runs in the park.Jo Li", ("A boy runs in the park.", "Jo Li")),
    ("The mayor visits the U.S.Army base", ("The mayor visits the U.S.Army base", None)),  # an abbreviation
    # glued to the caption's last word with no full stop: a tail credit only
    ("Bombeiros resgatam uma família na PenhaCarlos Furtado / Agência Sul",
     ("Bombeiros resgatam uma família na Penha", "Carlos Furtado / Agência Sul")),
    ("Los voluntarios reparten agua en el polideportivoEFE", ("Los voluntarios reparten agua en el polideportivo", "EFE")),
    ("A portrait by the painter MacArthur Lee", ("A portrait by the painter MacArthur Lee", None)),  # a name, no credit
    ("She holds her new iPhone/AP", ("She holds her new iPhone/AP", None)),  # "iPhone": too short a word to end a caption
    ("The mayor greets Dr.Jane Doe", ("The mayor greets Dr.Jane Doe", None)),  # a title's full stop
    ("Crowds gather. © JO LI / EXAMPLEPHOTO.COM", ("Crowds gather.", "JO LI / EXAMPLEPHOTO.COM")),  # a domain's dot
    # a copyright sign and year inside closing brackets, after what kind of picture it is: the whole bracket
    ("Tents on high ground. (AFP/Image satellite ©2025 Maxar Technologies)",
     ("Tents on high ground.", "AFP/Image satellite ©2025 Maxar Technologies")),
    # a colon lead-in's word with another separator; not after an agency's name
    ("Waka crews paddle ashore. Photo / Mere Tane, Coast Herald", ("Waka crews paddle ashore.", "Mere Tane, Coast Herald")),
    ("A farmer checks pasture. AP Photo / Nick Perry", ("A farmer checks pasture.", "AP Photo / Nick Perry")),
    # a dash after the caption's full stop, a photographer and an organisation; the date taken is cut off
    ("A judge weighs the pumpkin. — Dana Whitfield, Prairie Courier, Sept. 14, 2024",
     ("A judge weighs the pumpkin.", "Dana Whitfield, Prairie Courier")),
    ("He left the hall. — John Smith, Paris", ("He left the hall. — John Smith, Paris", None)),  # no organisation
    # "Photo:" is the lead-in; "Courtesy of" names no one but stays in the credit (round 58, SPEC); in lower case it runs
    # on from the lead-in, "Photo courtesy of" with a colon, and goes with it
    ("A corner in Hanoi. (Photo: Courtesy of Phong Hoang)", ("A corner in Hanoi.", "Courtesy of Phong Hoang")),
    ("A corner in Hanoi. (Photo: courtesy of Phong Hoang)", ("A corner in Hanoi.", "Phong Hoang")),
    ("Ottawa, July 1. THE CANADIAN PRESS/Fred Chartrand)", ("Ottawa, July 1.", "THE CANADIAN PRESS/Fred Chartrand")),
    # a caption with no closing full stop, then its credit after a space: in capitals, with a joiner inside
    ("Voluntários limpam a praça central da cidade LUANA MOTA/O DIÁRIO/ESTADÃO CONTEÚDO",
     ("Voluntários limpam a praça central da cidade", "LUANA MOTA/O DIÁRIO/ESTADÃO CONTEÚDO")),
    ("A service of the lab at NASA / GSFC", ("A service of the lab at NASA / GSFC", None)),  # the sentence goes on
    ("Crowds gather in the square BEFORE/AFTER", ("Crowds gather in the square BEFORE/AFTER", None)),  # no credit
    # ... or after the page's slash marker: a known agency, or a person
    ("Vecinos cargan sacos de arena en el barrio de Triana / EFE - Ana Ruiz",
     ("Vecinos cargan sacos de arena en el barrio de Triana", "EFE - Ana Ruiz")),
    ("La alcaldesa, en el pleno municipal de 2024 / EUROPA PRESS",
     ("La alcaldesa, en el pleno municipal de 2024", "EUROPA PRESS")),
    ("Vecinos cargan sacos de arena en el puerto con Ana Ruiz / EFE",  # the agency may be the name's
     ("Vecinos cargan sacos de arena en el puerto con Ana Ruiz / EFE", None)),
])
def test_split_caption_credit(text: str, expected: tuple[str | None, str | None]) -> None:
    assert split_caption_credit(text) == expected, text


@given(st.text(alphabet=st.sampled_from(list("aA .,/[]()|:-—Photo Reuters AP via\t")), max_size=120))
def test_split_caption_credit_gives_stripped_parts_and_never_raises(text: str) -> None:
    caption, credit = split_caption_credit(text)
    for part in (caption, credit):
        assert part is None or (part and part == part.strip()), (text, part)
    assert credit is None or len(credit) <= MAX_CREDIT, text


def test_no_capital_is_among_the_characters_passed_over_for_a_glued_credit() -> None:
    # A credit glued to a word is looked for only at characters outside NEVER_CAPITAL: if a capital were
    # in it, a credit glued to one would be missed.
    never = re.compile(f"[{NEVER_CAPITAL}]")
    assert [hex(c) for c in range(sys.maxunicode + 1) if chr(c).isupper() and never.fullmatch(chr(c))] == []


@pytest.mark.parametrize("text, expected", [
    ("Vista aérea da regiãoRODNEY COSTA/ELEVEN/ESTADÃO CONTEÚDO", ("Vista aérea da região", "RODNEY COSTA/ELEVEN/ESTADÃO CONTEÚDO")),
    ("Вид на городÉLODIE MARTIN/AFP", ("Вид на город", "ÉLODIE MARTIN/AFP")),
])
def test_a_credit_glued_to_a_word_in_any_script_is_read(text: str, expected: tuple[str, str]) -> None:
    assert split_caption_credit(text) == expected


@pytest.mark.parametrize("joiner", ["/", " ∙ ", " - ", ", "])
def test_a_byline_naming_its_wire_under_the_headline_makes_no_picture(joiner: str) -> None:
    from captions import parse_dump
    page = parse_dump(
        "Storm hits the coast overnight\n"
        f"By Jo Li{joiner}AFP\n"
        "The storm brought winds of 120 km/h to the coast on Tuesday, cutting power to thousands of homes.\n"
        "Officials said schools would stay closed on Wednesday.\n")
    assert page.article.photos == []


def test_a_line_opened_by_a_byline_word_is_no_credit_alone() -> None:
    assert split_caption_credit("Por Ana Ruiz/EFE") == ("Por Ana Ruiz/EFE", None)


@pytest.mark.parametrize("text, expected", [
    ("Von Bord gehen Passagiere in Hamburg. Foto: dpa", ("Von Bord gehen Passagiere in Hamburg.", "dpa")),
    ("By Thursday, flood waters had receded. Photo: Reuters", ("By Thursday, flood waters had receded.", "Reuters")),
    ("Door Regen overstroomde straat in Gent. Foto: Belga", ("Door Regen overstroomde straat in Gent.", "Belga")),
    ("Di Stefano/ANSA", (None, "Di Stefano/ANSA")),
])
def test_a_caption_or_surname_opened_by_a_byline_word_keeps_its_credit(text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected
