"""Round 130: a caption naming the kind of picture keeps its last word before a two-word lead-in."""
from captions.parse.credit_in_line import split_caption_credit


def test_a_picture_word_before_the_bar_stays_the_captions_before_photo_credit() -> None:
    assert split_caption_credit("Representational image | Photo Credit: Getty Images/iStockphoto") == (
        "Representational image", "Getty Images/iStockphoto")
