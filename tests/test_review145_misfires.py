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
