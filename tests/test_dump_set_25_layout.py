"""Round 24 (dump set 25), layout: the last of a gallery's credits standing a blank line under their captions keeps
its caption over the text below it; an uncredited slide's phrase with no full stop, where the gallery's captions
are printed so in a script with no capitals, is its caption; an alt line over a caption where the page's captions
end with no full stop."""
from __future__ import annotations

from captions import parse_page

GALLERY = ("Harvest festival in pictures\n\nGalería\n\n1/3\n\n"
           "Pickers carry baskets of grapes down the terraces at dawn.\n\nFoto: Ana Ruiz\n\n2/3\n\n"
           "A tractor tows the first load of the season to the cooperative.\n\nFoto: Ana Ruiz\n\n3/3\n\n"
           "Children tread grapes in a wooden vat on the village square.\n\nFoto: Luis Gil / EFE\n\n"
           "Share on Facebook\n\nShare on X\n")

ALBUM = ("معرض الكتاب في صور\n\nانطلق المعرض السنوي للكتاب مساء الأحد بمشاركة واسعة من دور النشر العربية.\n\n"
         "1/4\nزوار يتصفحون الكتب في جناح دور النشر المحلية خلال اليوم الأول - (تصوير: سامي الحربي)\n\n"
         "2/4\nطلاب المدارس يستمعون إلى قراءة قصصية في الخيمة الثقافية للمعرض - (تصوير: سامي الحربي)\n\n"
         "3/4\n{third}\n\n"
         "4/4\nالكاتب يوقع روايته الجديدة لقرائه في القاعة الكبرى - (تصوير: هند العتيبي)\n\nشارك الخبر\n")

STORY = ("Nuovo ponte sul fiume Metauro, via ai lavori\n\ndi Marco Bianchi\n\n"
         "Il cantiere del nuovo ponte sul fiume Metauro\n"
         "Gli operai al lavoro sul cantiere del ponte sul fiume Metauro a Fano (foto: Luca Rossi)\n\n"
         "I lavori dureranno diciotto mesi, ha detto il sindaco.\n\n"
         "Il sindaco durante il sopralluogo con i tecnici della Provincia (foto: Ansa)\n\n"
         "Il ponte vecchio resterà aperto ai pedoni fino all'estate.\n\n"
         "{last}\n")


def pictures(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def descriptions(page: str) -> list[str | None]:
    return [p.description for p in parse_page(page).photos]


def test_the_last_credit_a_blank_line_under_its_caption_keeps_it_over_share_buttons() -> None:
    assert pictures(GALLERY)[-1] == ("Children tread grapes in a wooden vat on the village square.", "Luis Gil / EFE")


def test_a_credit_apart_takes_no_paragraph_above_where_the_pages_credits_stand_right_under_their_captions() -> None:
    page = ("Fire closes the old market\n\nFirefighters spray water on the roof of the market hall.\nFoto: Ana Ruiz\n\n"
            "The fire started shortly after midnight, the police said.\n\n"
            "Traders watch from behind the police tape on the square.\nFoto: Luis Gil\n\n"
            "The market will stay closed until the end of the month.\n\nFoto: Eva Mora\n\n"
            "Traders say they will ask the city for help\n")
    assert pictures(page)[-1] == (None, "Eva Mora")


def test_an_uncredited_slides_phrase_is_its_caption_where_the_gallerys_captions_end_with_no_full_stop() -> None:
    third = "عائلات تتجول بين أجنحة كتب الأطفال في الطابق الثاني من المعرض"
    assert pictures(ALBUM.format(third=third))[2] == (third, None)


def test_a_slides_phrase_closing_with_brackets_is_no_caption_of_its_own() -> None:
    # an agency agencies.yaml does not know ("(بنا)", Bahrain's, is known since round 25 and credits its slide)
    third = "عائلات تتجول بين أجنحة كتب الأطفال في الطابق الثاني - (نينا)"
    assert len(pictures(ALBUM.format(third=third))) == 3


def test_a_slides_phrase_is_no_caption_where_the_gallerys_captions_end_with_full_stops() -> None:
    page = ALBUM.replace(" - (تصوير", ". - (تصوير").format(third="عائلات تتجول بين أجنحة كتب الأطفال في الطابق الثاني")
    assert len(pictures(page)) == 3


def test_an_alt_line_over_a_caption_where_the_pages_captions_end_with_no_full_stop() -> None:
    page = STORY.format(last="Una veduta del vecchio ponte chiuso alle auto da gennaio (foto: Luca Rossi)")
    assert descriptions(page) == ["Il cantiere del nuovo ponte sul fiume Metauro", None, None]


def test_with_two_credited_captions_only_the_page_shows_too_little_to_read_the_line_as_alt_text() -> None:
    assert descriptions(STORY.format(last="Iscriviti alla newsletter")) == [None, None]
