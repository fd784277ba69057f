"""A gallery's caption-credit separator closing a caption, no credit after it ("... na návsi. -"): round 141."""
from captions import parse_page
from captions.parse.credit_in_line import split_caption_credit


def _captions(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_captions_closed_by_a_dash_with_no_credit_are_pictures_with_no_credit() -> None:
    page = ("Bouřka nad Třebíčí\n\nPadlý strom zablokoval vjezd do nemocnice. -\n\n"
            "Voda zaplavila podchod u nádraží. -\n")
    assert _captions(page) == [("Padlý strom zablokoval vjezd do nemocnice.", None),
                               ("Voda zaplavila podchod u nádraží.", None)]


def test_the_first_line_closed_so_is_a_caption_not_the_headline() -> None:
    page = "Padlý strom zablokoval vjezd do nemocnice. -\nVoda zaplavila podchod u nádraží. -\n"
    article = parse_page(page)
    assert (article.title, len(article.photos)) == (None, 2)


def test_one_line_closed_so_is_no_picture() -> None:
    page = "Bouřka nad Třebíčí\n\nPadlý strom zablokoval vjezd do nemocnice. -\n\nOprava potrvá do pátku.\n"
    assert _captions(page) == []


def test_a_dash_after_no_sentences_end_stays_in_the_text() -> None:
    assert split_caption_credit("posted by Jana Malá -") == ("posted by Jana Malá -", None)


def test_the_separator_goes_from_a_caption_read_alone() -> None:
    assert split_caption_credit("Voda zaplavila podchod u nádraží. -") == ("Voda zaplavila podchod u nádraží.", None)
