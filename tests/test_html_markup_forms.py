"""The same picture written in other markup (source wrapped onto lines, wrappers, image attributes) reads the same:
what benchmarks/metamorphic_html.py measures over whole pages, here on small pages of our own."""
from __future__ import annotations

import pytest

from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Quay wall repaired | The Harbour Example</title></head><body>\n"
TAIL = "\n</body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


CAPTION = "Masons reset a stone in the quay wall at a low tide on a Monday morning. (Photo: Rui Santos/Harbour Board)"


@pytest.mark.parametrize("caption", [
    CAPTION,
    CAPTION.replace(" ", "\n        "),                     # a template wrapping its source a word a line
    CAPTION.replace(" a ", "\n a\n ").replace(" on ", "\n on\n "),  # short words alone on their source lines
])
def test_newlines_in_a_captions_source_are_spaces(caption: str) -> None:
    body = f'<figure><img src="quay.jpg" alt="Masons on a wall"><figcaption>{caption}</figcaption></figure>'
    assert pictures(body) == [("Masons on a wall",
                               "Masons reset a stone in the quay wall at a low tide on a Monday morning.",
                               "Rui Santos/Harbour Board")], caption


def _boxed(figure: str, boxed: bool) -> str:
    return f'<div class="figure-wrap">{figure}</div>' if boxed else figure


@pytest.mark.parametrize("boxed", [False, True])
def test_a_one_item_list_after_a_boxed_figure_captions_it(boxed: bool) -> None:
    # a photo essay's figure with no caption of its own, its caption the one-item list printed right after it
    figure = '<figure class="essay-image"><img src="nets.jpg" alt="Nets drying on a rail"></figure>'
    body = (f'<article><p>The fleet came in at dawn.</p>{_boxed(figure, boxed)}'
            '<ul><li><p>Nets dry on the rail at Porto Leme after the night catch</p></li></ul>'
            '<p>By noon the market was empty.</p></article>')
    assert pictures(body) == [("Nets drying on a rail", "Nets dry on the rail at Porto Leme after the night catch", None)]


@pytest.mark.parametrize("boxed", [False, True])
def test_a_paragraph_under_a_boxed_captionless_figure_captions_it(boxed: bool) -> None:
    figure = ('<figure class="wp-block-image size-large"><img width="1024" height="683" src="lamp-1024x683.jpg" '
              'alt="A lamp on a pole"></figure>')
    body = (f'<div class="entry-content"><p>The parish council swapped every street lamp in the village for an amber '
            f'one that points down, and split the bill with the park authority.</p>{_boxed(figure, boxed)}'
            '<p class="has-small-font-size">One of the new lamps on the top road. Photo: Tomas Weir</p>'
            '<p>Volunteers took readings on clear nights across two winters, and their best was among the darkest '
            'ever taken in the county, the society said.</p></div>')
    assert pictures(body) == [("A lamp on a pole", "One of the new lamps on the top road.", "Tomas Weir")]


@pytest.mark.parametrize("boxed", [False, True])
def test_one_caption_after_a_row_of_boxed_figures_captions_each(boxed: bool) -> None:
    first = '<figure class="foto-cos"><div class="foto-autor">PERE ROCA</div><img src="a.jpg" alt="A crane lifts a beam"></figure>'
    second = '<figure class="foto-cos"><div class="foto-autor">JANA MIRÓ</div><img src="b.jpg" alt="The new beam in place"></figure>'
    body = (f'<div class="cos"><p>The old footbridge came down in a day.</p><div class="fotos-doble">'
            f'{_boxed(first, boxed)}{_boxed(second, boxed)}'
            '<p class="peu-foto">The crane set the new beam before the evening train.</p></div></div>')
    caption = "The crane set the new beam before the evening train."
    assert pictures(body) == [("A crane lifts a beam", caption, "PERE ROCA"), ("The new beam in place", caption, "JANA MIRÓ")]


STORY = ('<article><h1>Ferry fares rise in May</h1><figure><img src="ferry.jpg" alt="A ferry at the pier">'
         '<figcaption>The morning ferry leaves Porto Leme. Photo: Rui Santos</figcaption></figure>'
         '<p>Fares on the island ferry will rise by a tenth in May, the operator said.</p></article>')
FERRY = [("A ferry at the pier", "The morning ferry leaves Porto Leme.", "Rui Santos")]


@pytest.mark.parametrize("image", [
    '<img src="/thumbs/derby.jpg" alt="Derby">',
    '<a href="/uploads/derby.jpg"><img src="/thumbs/derby.jpg" alt="Derby"></a>',   # a lightbox's link to its file
])
def test_a_rail_card_with_its_headline_beside_is_no_picture_however_its_image_links(image: str) -> None:
    rail = (f'<div class="rail"><div class="rail-item">{image}<a href="/sport/derby-ends-level">City derby ends in a '
            'goalless draw</a><span class="image-caption">Photo by Ana Lima</span></div></div>')
    assert pictures(STORY + rail) == FERRY, image


@pytest.mark.parametrize("image", [
    '<img src="clip.jpg" alt="Waves over the harbour wall">',
    '<span><img src="clip.jpg" alt="Waves over the harbour wall"></span>',
    '<picture><source srcset="clip.webp" type="image/webp"><img src="clip.jpg" alt="Waves over the harbour wall"></picture>',
])
def test_a_video_posters_image_is_no_picture_however_it_is_wrapped(image: str) -> None:
    # the player is named two levels above the image: a span or picture element around the image is no level
    body = ('<p>The swell lifted the pontoons more than a metre above the quay wall overnight, broke two of their '
            'moorings and left a fishing boat resting on the slipway by the old customs house.</p>'
            f'<div class="videoplayer"><div class="clip-frame">{image}</div>'
            '<div class="videoinfo"><span class="copyright">© HTV</span></div></div>')
    assert pictures(body) == [], image


@pytest.mark.parametrize("notice", [
    "Copyright © Harbour Herald. All rights reserved.",
    "Copyright © Harbour Herald. All\n      rights reserved.",   # the phrase wrapped onto two lines of the markup
])
def test_a_copyright_notice_under_the_story_is_no_picture_however_its_source_wraps(notice: str) -> None:
    body = ('<div class="article-wrap"><article><p>The harbour board opened the rebuilt sea wall on Friday.</p>'
            '<span class="photo"><img data-src="https://h.example/a.jpg" alt=""><em class="img_desc">The new wall at '
            'high tide.</em></span><p>Work took two winters.</p><span class="photo"><img data-src="https://h.example/b.jpg" '
            f'alt=""></span></article><p class="copyright">{notice}</p></div>')
    assert pictures(body) == [(None, "The new wall at high tide.", None)], notice


NOTE = "This story was changed on 4 June to give the right height of the new sea wall."


@pytest.mark.parametrize("note", [NOTE, NOTE.replace(" ", "\n      ")])
def test_a_short_italic_note_wrapped_in_the_markup_is_no_story_paragraph(note: str) -> None:
    # captions in italics under images (img, br, em) are unlike the story only while no story paragraph is in
    # italics: a note's length is its printed text's, not its markup's indentation
    story = ("<p>The harbour board opened the rebuilt sea wall on Friday after two winters of work and a long "
             "argument with the fishermen about the height of the new slipway.</p>")
    body = ('<div class="entry-content">'
            '<p><img src="https://h.example/uploads/wall-1024x683.jpg" alt="A sea wall" width="1024" height="683"><br>\n'
            '<em>The new wall at high tide on Friday.</em></p>' + story +
            '<p><a href="https://h.example/uploads/slip.jpg"><img src="https://h.example/uploads/slip-600x400.jpg" '
            'alt="A slipway" width="600" height="400"></a><br>\n<em>The slipway the fishermen asked for.</em></p>'
            + story + f'<p><em>{note}</em></p></div>')
    assert pictures(body) == [("A sea wall", "The new wall at high tide on Friday.", None),
                              ("A slipway", "The slipway the fishermen asked for.", None)], note


@pytest.mark.parametrize("caption", [
    "The lighthouse keeper climbs the stairs. Photograph: Rui Santos/Harbour Board",
    "The light&shy;house keeper climbs the stairs. Photo&shy;graph: Rui Santos/Harbour Board",  # where words may break
])
def test_soft_hyphens_print_nothing_in_a_caption(caption: str) -> None:
    body = f'<figure><img src="keeper.jpg" alt="A keeper on the stairs"><figcaption>{caption}</figcaption></figure>'
    assert pictures(body) == [("A keeper on the stairs", "The lighthouse keeper climbs the stairs.",
                               "Rui Santos/Harbour Board")], caption


IMAGE = '<img src="https://h.example/nets.jpg" alt="Nets on the quay" width="1200" height="800">'


@pytest.mark.parametrize("fallback", ["", f"<noscript>{IMAGE}</noscript>"])   # a lazy loader's copy for no script
def test_a_noscript_copy_of_the_image_before_it_is_no_second_image(fallback: str) -> None:
    # the credit line beside the caption in the picture's box is its credit while the box prints one image
    body = ('<p>The cooperative bought new nets with the grant from the fisheries fund, the first in a decade.</p>'
            f'<div class="story-image">{IMAGE}{fallback}<div class="image-info"><div class="origin">Photo: Ana '
            'Lima/Harbour Herald</div><div class="caption">New nets on the quay on Tuesday morning.</div></div></div>'
            '<p>They arrived on Tuesday and were on the boats by the weekend.</p>')
    assert pictures(body) == [("Nets on the quay", "New nets on the quay on Tuesday morning.",
                               "Ana Lima/Harbour Herald")], fallback
