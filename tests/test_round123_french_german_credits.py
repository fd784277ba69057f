"""Credits of the French and German press closing a caption (round 123). Every text here is invented."""
from __future__ import annotations

from captions import parse_page


def _first(text: str) -> tuple[str | None, str | None, list[str], list[str]]:
    photo = parse_page(text).photos[0]
    return photo.caption, photo.credit.raw, photo.credit.photographers, photo.credit.agencies


def test_brackets_after_the_sentence_join_a_photographer_to_the_paper_with_pour() -> None:
    text = ("Titre de l'article\n\nUne scierie du village, le 6 mai. (Paul Gérard/Collectif Sillage pour Libération)\n\n"
            "La scierie avait fermé en 2019.\n")
    assert _first(text) == ("Une scierie du village, le 6 mai.", "Paul Gérard/Collectif Sillage pour Libération",
                            ["Paul Gérard"], ["Collectif Sillage", "Libération"])


def test_bare_photo_word_goes_before_a_name_stopped_before_the_paper() -> None:
    text = "Titre de l'article\n\nLes commandes arrivent. Photo Lise Morel. Le Figaro\n\nLa suite du texte ici.\n"
    assert _first(text)[:2] == ("Les commandes arrivent.", "Lise Morel. Le Figaro")


def test_copyright_sign_before_a_colon_leadin_leaves_the_caption() -> None:
    text = "Titel\n\nDie alte Brücke wird abgerissen. © Foto: Anna Berg/dpa\n\nDer Gemeinderat stimmte zu.\n"
    assert _first(text) == ("Die alte Brücke wird abgerissen.", "Anna Berg/dpa", ["Anna Berg"], ["dpa"])
