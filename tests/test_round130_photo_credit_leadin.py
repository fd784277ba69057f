"""Round 130: a picture word before a two-word lead-in stays the caption's; a handout word before a slash credits."""
from captions import parse_page
from captions.parse.credit_in_line import split_caption_credit


def test_a_picture_word_before_the_bar_stays_the_captions_before_photo_credit() -> None:
    assert split_caption_credit("Representational image | Photo Credit: Getty Images/iStockphoto") == (
        "Representational image", "Getty Images/iStockphoto")


def test_a_handout_word_before_a_slash_and_a_platform_on_its_own_line_is_a_credit() -> None:
    page = ("Estiagem no Jacuí\n\nA Emater estima perdas de 40% na safra de arroz da região.\n\n"
            "O prefeito publicou um vídeo pedindo economia.\nReprodução / Instagram\n"
            "A Corsan informou que o abastecimento segue normal.\n")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("O prefeito publicou um vídeo pedindo economia.", "Reprodução / Instagram")]
