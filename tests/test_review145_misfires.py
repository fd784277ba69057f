"""Review 145: misfires of rounds 138, 141 and 143 narrowed (an empty credit slot's dash with text right under it,
a Korean list's pointed items under a credited pointed caption, a place's name glued to a known wire's capitals
read as a web address). Every page here is invented for its test."""
from captions import parse_page
from captions.parse.credit_in_line import split_caption_credit


def found(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


def test_a_dash_over_a_quotations_author_is_no_empty_credit_slot() -> None:
    page = ("Ten quotes to start your week\n\nOur readers sent us these lines most often this year.\n\n"
            "“The best way out is always through.” —\nRobert Frost\n\n"
            "“Whatever you are, be a good one.” —\nAbraham Lincoln\n")
    assert found(page) == []


def test_a_hard_wrapped_dialogues_dashes_are_no_empty_credit_slots() -> None:
    page = ("Рыбаки вернулись в порт\n\n"
            "Вечером в порт вернулись последние траулеры. Капитан сказал: «Мы шли домой три дня». -\n"
            "Мы рады, - ответил начальник порта. Он добавил, что улов был хорошим. -\n"
            "Будем ждать весны, - сказал он журналистам.\n\nСезон лова закрыт до апреля.\n")
    assert found(page) == []


def test_a_dash_over_its_slides_credit_alone_closes_the_caption() -> None:
    page = ("Povodně zasáhly jižní Čechy\n\nVoda zaplavila náměstí v Písku. -\nFoto: Jana Horáková / ČTK\n\n"
            "Most přes Otavu byl uzavřen. -\nFoto: Martin Beneš\n")
    assert found(page) == [("Voda zaplavila náměstí v Písku.", "Jana Horáková / ČTK"),
                           ("Most přes Otavu byl uzavřen.", "Martin Beneš")]


KOREAN_LEAD = "▲ 시장이 2일 시청에서 청년 주거 대책을 발표하고 있다. /사진=서울시 제공"
LEAD = ("시장이 2일 시청에서 청년 주거 대책을 발표하고 있다.", "서울시 제공")


def test_korean_pointed_list_items_under_their_introducing_paragraph_are_no_captions() -> None:
    page = "\n".join(["서울시, 청년 월세 지원 확대", "", KOREAN_LEAD, "",
                      "서울시가 청년 월세 지원 대상을 늘린다고 2일 밝혔다. 지원 대상은 다음과 같다.", "",
                      "▲ 만 19세 이상 39세 이하 무주택 청년", "▲ 월세 60만원 이하 주택 거주자", "",
                      "신청은 다음 달 1일부터 받는다. 시는 올해 2만 명을 지원할 계획이다."])
    assert found(page) == [LEAD]


def test_a_korean_personnel_lists_pointed_lines_are_no_captions() -> None:
    page = "\n".join(["한빛은행 임원 인사", "", KOREAN_LEAD, "", "한빛은행은 5일 다음과 같이 임원 인사를 단행했다.", "",
                      "▲ 전략기획본부장 박정호", "▲ 리스크관리본부장 이수진", "▲ 디지털전환본부장 최영훈"])
    assert found(page) == [LEAD]


def test_a_place_name_glued_to_a_wires_capitals_is_no_web_address() -> None:
    assert split_caption_credit("A chuva alagou a avenida Paulista na tarde desta terça em São Paulo.AE/Divulgação") \
        == ("A chuva alagou a avenida Paulista na tarde desta terça em São Paulo.", "AE/Divulgação")
