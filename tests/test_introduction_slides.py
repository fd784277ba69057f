"""A gallery's introduction printed on its first slide is no caption of that picture (introduction_slides.py)."""
from __future__ import annotations

from captions import parse_page

INTRO = "Des milliers de coureurs ont pris le départ dimanche matin sous la pluie, malgré le vent."
ANNOUNCEMENT = "Retour en images sur cette matinée."
FIRST = "Les coureurs s'élancent sur le pont de pierre, dimanche 14 avril."
SECOND = "Un bénévole tend des gobelets d'eau au ravitaillement du dixième kilomètre."


def slides(first_slide: list[str]) -> str:
    """A slideshow: its headline, the first slide (a credit alone over `first_slide`), a second slide."""
    return "\n\n".join(["Le marathon en images", "LÉA MARTIN / AFP", *first_slide, "PAUL ROUX / SIPA", SECOND])


def read(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]


def test_the_caption_after_the_introduction_is_the_first_pictures() -> None:
    assert read(slides([f"{INTRO} {ANNOUNCEMENT}", FIRST])) == [
        (FIRST, "LÉA MARTIN / AFP"), (SECOND, "PAUL ROUX / SIPA")]


def test_an_introduction_in_two_paragraphs_is_passed_over_whole() -> None:
    assert read(slides([INTRO, ANNOUNCEMENT, FIRST]))[0] == (FIRST, "LÉA MARTIN / AFP")


def test_a_first_slide_printing_only_the_introduction_has_no_caption() -> None:
    assert read(slides([f"{INTRO} {ANNOUNCEMENT}", "Réalisation : Léa Martin"])) == [
        (None, "LÉA MARTIN / AFP"), (SECOND, "PAUL ROUX / SIPA")]


def test_a_paragraph_pointing_at_the_picture_before_an_announcement_of_its_own_is_the_caption() -> None:
    pointing = "Les coureurs s'élancent sous la pluie, comme ici sur le pont de pierre."
    assert read(slides([pointing, ANNOUNCEMENT, "Réalisation : Léa Martin"])) == [
        (pointing, "LÉA MARTIN / AFP"), (SECOND, "PAUL ROUX / SIPA")]


def test_an_introduction_in_its_own_paragraph_before_an_announcement_alone_is_no_caption() -> None:
    assert read(slides([INTRO, ANNOUNCEMENT, "Réalisation : Léa Martin"])) == [
        (None, "LÉA MARTIN / AFP"), (SECOND, "PAUL ROUX / SIPA")]


def test_the_caption_may_follow_the_announcement_on_its_line() -> None:
    assert read(slides([f"{INTRO} {ANNOUNCEMENT} {FIRST}"]))[0] == (FIRST, "LÉA MARTIN / AFP")


def test_a_credit_closing_the_line_closes_the_slide_alike() -> None:
    text = "\n\n".join(["Le marathon en images", f"{INTRO} {ANNOUNCEMENT} {FIRST} [© LÉA MARTIN / AFP]",
                        f"{SECOND} [© PAUL ROUX / SIPA]"])
    assert read(text) == [(FIRST, "LÉA MARTIN / AFP"), (SECOND, "PAUL ROUX / SIPA")]


def test_the_first_slide_printed_again_is_the_same_picture() -> None:
    # the slideshow's opening view, then its list of slides, bulleted
    first_slide = [f"{INTRO} {ANNOUNCEMENT}", FIRST, "Réalisation : Léa Martin"]
    listed = [f"  • {line}" if line.isupper() else f"    {line}" for line in
              ["LÉA MARTIN / AFP", *first_slide, "PAUL ROUX / SIPA", SECOND]]
    text = "\n\n".join(["Le marathon en images", "LÉA MARTIN / AFP", *first_slide, *listed])
    assert read(text) == [(FIRST, "LÉA MARTIN / AFP"), (SECOND, "PAUL ROUX / SIPA")]


def test_a_first_slide_without_an_announcement_keeps_its_caption() -> None:
    assert read(slides([f"{INTRO} Les coureurs s'élancent sur le pont."]))[0] == (
        f"{INTRO} Les coureurs s'élancent sur le pont.", "LÉA MARTIN / AFP")


def test_only_the_first_slide_opens_with_an_introduction() -> None:
    later = f"Un coureur franchit la ligne. {ANNOUNCEMENT} La foule applaudit."
    assert read(slides([FIRST]) + f"\n\nLÉA MARTIN / AFP\n\n{later}")[2] == (later, "LÉA MARTIN / AFP")


def test_a_storys_lead_picture_is_no_slide() -> None:
    # a credit alone over the story's paragraphs, no picture after them: nothing there is a slide's
    story = ["Les organisateurs attendaient deux fois moins de monde.", "La course a été créée il y a trente ans.",
             "Le parcours traverse six quartiers de la ville.", "La prochaine édition aura lieu en avril."]
    text = "\n\n".join(["Le marathon sous la pluie", "LÉA MARTIN / AFP", f"{INTRO} {ANNOUNCEMENT}", *story])
    assert read(text) == [(None, "LÉA MARTIN / AFP")]


def test_a_title_in_quotation_marks_announces_nothing() -> None:
    caption = "Des visiteurs devant l'affiche de l'exposition « Retour en images sur le marathon », samedi."
    assert read(slides([caption])) == [(caption, "LÉA MARTIN / AFP"), (SECOND, "PAUL ROUX / SIPA")]


def test_someones_words_in_quotation_marks_announce_nothing() -> None:
    caption = "« Voici en images ce qu'il reste du parcours », a écrit un coureur sur les réseaux sociaux, dimanche."
    assert read(slides([caption])) == [(caption, "LÉA MARTIN / AFP"), (SECOND, "PAUL ROUX / SIPA")]
