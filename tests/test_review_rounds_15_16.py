"""Where the conventions of rounds 15 and 16 stop (issue #11 review): pages of outlets not seen that print the same
shapes for other reasons. A gallery of alt lines and captions with no blank lines, a news-in-brief column of
dateline items, a lead picture's slash credit over the story's date, a site's copyright notice glued to a
story's last paragraph, a story's paragraph closing with its source under an image's box.

Every page here is written for these tests, in the styles such outlets use.
"""
from __future__ import annotations

from captions import parse_page, split_caption_credit
from captions.parse.html.page import read_html
from tests.html_story import HEAD, TAIL, pictures


def _read(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


_GALLERY = ("In pictures: storm sweeps across the country\n\nShare\n"
            "A woman shelters under an umbrella on a windy street.\n"
            "Commuters brave Storm Ellen on Oxford Street in London on Monday. Photo: Henry Nicholls/Reuters\n"
            "Waves crash against a seafront wall beside a lighthouse.\n"
            "The harbour at Porthcawl was closed to boats until Tuesday. Photo: Ben Birchall/PA\n"
            "A fallen tree lies across a car in a residential road.\n"
            "Fire crews cleared roads in Leeds overnight. Photo: Danny Lawson/PA\n")


def test_a_gallerys_alt_lines_under_the_captions_before_them_stay_alt_text() -> None:
    # printed with no blank lines, each alt line runs on from the caption above it, not from the story
    assert [description for description, *_ in _read(_GALLERY)] == [
        "A woman shelters under an umbrella on a windy street.",
        "Waves crash against a seafront wall beside a lighthouse.",
        "A fallen tree lies across a car in a residential road."]


def test_a_storys_paragraphs_between_captions_are_no_alt_text_on_a_story_page() -> None:
    page = _GALLERY.replace("In pictures: storm sweeps across the country", "Storm sweeps across the country")
    assert [description for description, *_ in _read(page)] == [None, None, None]


_BRIEFS = ("Kuwait in brief\n\n"
           "KUWAIT: The Ministry of Health announced on Sunday that vaccination centres will open longer hours. — KUNA\n"
           "KUWAIT: The Interior Ministry said patrols arrested 45 drivers over the weekend for reckless driving.\n"
           "KUWAIT: The Fire Force said firefighters put out a blaze at a warehouse in Shuwaikh. — KUNA\n")


def test_an_item_of_a_dateline_news_column_between_two_sourced_ones_is_no_caption() -> None:
    # "— KUNA" names where a story came from; a gallery's dateline captions say they are pictures ("— KUNA photo")
    captions = [caption for _, caption, _ in _read(_BRIEFS)]
    assert "KUWAIT: The Interior Ministry said patrols arrested 45 drivers over the weekend for reckless driving." \
        not in captions


def test_a_slash_credit_over_the_storys_date_is_a_pictures_not_a_byline() -> None:
    page = ("Floods hit northern Italy\nAP Photo/Jane Smith\n3 June 2026 14:20\n"
            "The floods forced 5,000 people from their homes, officials said.\n")
    assert _read(page) == [(None, None, "AP Photo/Jane Smith")]


def test_a_copyright_notice_glued_to_a_storys_last_paragraph_is_no_credit() -> None:
    line = "Il confronto si è chiuso con un impegno a rivedere il calendario. © RIPRODUZIONE RISERVATA"
    assert split_caption_credit(line) == (line, None)
    assert _read(f"Il sindaco incontra i commercianti\n\n{line}\n") == []


def test_a_paragraph_closing_with_its_source_after_an_images_box_is_the_storys() -> None:
    body = ('<div class="story"><div class="img-wrap"><img src="https://example.com/council.jpg" alt=""></div>'
            "The council voted 7-2 on Tuesday to approve the budget, the mayor said. (Town News)</div>"
            "<p>The budget raises property taxes by 3 percent.</p>")
    assert pictures(body) == []


def test_a_caption_closing_with_a_marked_credit_after_an_images_box_is_its_caption() -> None:
    body = ('<div class="pic_artikel"><div class="pic"><img src="https://example.com/rakit.jpg" alt=""></div>'
            "Siswa menyeberangi sungai dengan rakit bambu. (Foto: Dedi Kurniawan/wartaPriangan)</div>"
            "<p>Pemerintah berjanji membangun jembatan darurat.</p>")
    assert pictures(body) == [("Siswa menyeberangi sungai dengan rakit bambu.", "Dedi Kurniawan/wartaPriangan")]


def test_an_archive_or_social_media_word_after_an_arabic_photographers_lead_in_names_no_one() -> None:
    # round 16 reads an unknown name in a script with no capitals after "تصوير:" as the photographer's
    caption = "افتتح المحافظ محطة المياه الجديدة صباح اليوم"
    for credit in ("تصوير: أرشيفية", "تصوير: مواقع التواصل الاجتماعي"):
        body = (f'<div class="img-cont"><img src="https://example.com/a.jpg" alt=""><span class="img-cap">{caption}'
                f'</span><span class="img-credit">{credit}</span></div>')
        article = read_html(HEAD + body + TAIL)
        assert [(p.credit.photographers, p.credit.agencies) for p in article.photos if p.credit] == [([], [])]
