"""Pictures whose markup says nothing: no figure, no caption or credit class (captions/parse/html/bare.py).

Every page here is written for these tests, in the styles blogs, small
outlets and hand-made pages use. A text by an image is its caption only when
a convention makes it one; story text after an image never is.
"""
from __future__ import annotations

import pytest

from captions.knowledge.html_conventions import bundled_conventions, conventions_from
from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Mill reopens | Upper Dale Notes</title></head><body><article>\n"
TAIL = "\n</article></body></html>"
STORY = ("<p>The volunteers of the Brook Mill Trust opened the doors of the old corn mill to visitors on Saturday "
         "morning, after eleven years of fundraising.</p>")
LATER = ("<p>The mill will open every Saturday from June until the end of September, and entry is free for "
         "everyone who lives in the parish.</p>")


def pictures(body: str, **kwargs) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL, **kwargs)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param('<p><img src="wheel.jpg" alt="A water wheel" width="1024" height="683"><br>\n'
                 '<em>The wheel turned again on Saturday. Photo: Dan Ashby</em></p>' + STORY,
                 [("A water wheel", "The wheel turned again on Saturday.", "Dan Ashby")], id="img-br-italic"),
    pytest.param('<p><a href="stones.jpg"><img src="stones-600x400.jpg" alt="Millstones"></a><br>'
                 '<em>The original millstones.</em></p>' + STORY,
                 [("Millstones", "The original millstones.", None)], id="linked-img-br-italic"),
    pytest.param('<div align="center"><img src="fire.jpg" alt="Flames"><br>\nFlames shoot from the elevator late '
                 'Monday. (Ledger photo/Greta Ollsen)</div>' + STORY,
                 [("Flames", "Flames shoot from the elevator late Monday.", "Ledger photo/Greta Ollsen")], id="centred-div"),
    pytest.param('<center><img src="chief.jpg" alt="Fire chief"><br><font size="-1">The chief talks with the manager. '
                 'Photo by Mike Saunders</font></center>' + STORY,
                 [("Fire chief", "The chief talks with the manager.", "Mike Saunders")], id="center-font"),
    pytest.param('<div align="center"><img src="trucks.jpg" alt=""><br><i>Trucks wait outside the elevator.</i><br>'
                 '<font size="-2">AP Photo/Nati Harnik</font></div>' + STORY,
                 [(None, "Trucks wait outside the elevator.", "AP Photo/Nati Harnik")], id="credit-on-its-own-line"),
    pytest.param('<p><img src="aerial.jpg" alt="The bridge from the air"></p>\n<p><small>The bridge carries 14,000 '
                 'vehicles a day. (Photo: Riverton Council)</small></p>' + STORY,
                 [("The bridge from the air", "The bridge carries 14,000 vehicles a day.", "Riverton Council")],
                 id="small-paragraph-below"),
    pytest.param('<p><img src="vote.jpg" alt="A vote"></p><p style="text-align: center;">Councillors vote to end the toll.'
                 '</p>' + STORY,
                 [("A vote", "Councillors vote to end the toll.", None)], id="centred-paragraph-below"),
    pytest.param('<div style="text-align: center;"><img src="vote.jpg" alt="A vote"><p><em>Councillors vote to end the toll.'
                 '</em></p></div>' + STORY,
                 [("A vote", "Councillors vote to end the toll.", None)], id="box-of-image-and-caption"),
    pytest.param('<div class="story"><img src="vote.jpg" alt="A vote"><br><i>Councillors vote to end the toll.</i><br><br>'
                 'The toll ends in July after forty years, the council said on Tuesday.<br><br>The booths come down in '
                 'the summer.</div>',
                 [("A vote", "Councillors vote to end the toll.", None)], id="line-before-a-blank-line"),
    pytest.param('<figure class="wp-block-image size-large"><img src="vote.jpg" alt="A vote"></figure><p class="has-text-align-'
                 'center has-small-font-size">Councillors vote to end the toll.</p>' + STORY,
                 [("A vote", "Councillors vote to end the toll.", None)], id="figure-with-a-small-paragraph-under-it"),
    pytest.param('<p><img src="vote.jpg" alt="A vote"></p><p>&nbsp;</p><p><em>Councillors vote to end the toll.</em></p>' + STORY,
                 [("A vote", "Councillors vote to end the toll.", None)], id="spacer-paragraph-between"),
    pytest.param('<p><img src="vote.jpg" alt="A vote"></p><p>Councillors vote to end the toll.</p><p>Photo: Riverton Post</p>'
                 + STORY,
                 [("A vote", "Councillors vote to end the toll.", "Riverton Post")], id="credit-paragraph-after-caption"),
    pytest.param('<p><img src="vote.jpg" alt="A vote"></p><p>Councillors vote to end the toll. Photo: Riverton Post</p>'
                 + STORY,
                 [("A vote", "Councillors vote to end the toll.", "Riverton Post")], id="plain-paragraph-closing-with-credit"),
    pytest.param('<table><tr><td><img src="curlew.jpg" alt="A curlew"></td></tr><tr><td><font size="1">A curlew on Black '
                 'Fell. Photo &copy; Alan Pryce</font></td></tr></table>' + STORY,
                 [("A curlew", "A curlew on Black Fell.", "Alan Pryce")], id="table-cell-below"),
    pytest.param('<dl><dt><a href="big.jpg"><img src="faehre.jpg" alt="Eine Fähre"></a></dt><dd>Die neue Fähre legt an. '
                 'Foto: Klaus Rieder</dd></dl>' + STORY,
                 [("Eine Fähre", "Die neue Fähre legt an.", "Klaus Rieder")], id="dt-dd"),
    pytest.param('<div>' + STORY + '<a href="big.jpg"><img class="lazyload" data-src="taufe.jpg" src="data:image/gif;base64,R0lGOD" '
                 'alt="Eine Taufe"></a><noscript><img src="taufe.jpg" alt="Eine Taufe"></noscript>\n<span style="font-size:11px">'
                 'Die Bürgermeisterin tauft die Fähre. Foto: Gemeinde Neuhofen</span>' + LATER + '</div>',
                 [("Eine Taufe", "Die Bürgermeisterin tauft die Fähre.", "Gemeinde Neuhofen")], id="lazy-linked-img-styled-span"),
])
def test_a_caption_printed_by_an_image_by_convention(body, expected):
    assert pictures(body) == expected


def test_a_style_printed_under_two_pictures_and_nowhere_else_marks_their_captions():
    body = ('<p class="p1">The volunteers opened the doors of the old corn mill to visitors on Saturday morning, after '
            'eleven years of fundraising.</p><p class="p1"><img src="a.jpg" alt="Wheel"></p><p class="p2">The wheel turns.</p>'
            '<p class="p1">More than three hundred people queued along the lane before ten, many with old photographs '
            'of the mill.</p><p class="p1"><img src="b.jpg" alt="Queue"></p><p class="p2">The queue by the church.</p>')
    assert pictures(body) == [("Wheel", "The wheel turns.", None), ("Queue", "The queue by the church.", None)]


def test_a_style_printed_under_one_picture_only_is_no_caption():
    body = ('<p><img src="toll.jpg" alt="A toll booth"></p><p class="lead">Drivers will no longer pay a toll from July, '
            'the council has confirmed.</p>' + STORY)
    assert pictures(body) == []


def test_two_pictures_side_by_side_take_the_captions_of_the_cells_below_them():
    body = ('<table><tr><td><img src="lapwing.jpg" alt="Lapwing"></td><td><img src="snipe.jpg" alt="Snipe"></td></tr>'
            '<tr><td class="caption-cell"><i>Lapwing at six sites.</i></td><td class="caption-cell"><i>A snipe drumming. '
            'Picture: Jean Tully</i></td></tr></table>' + STORY)
    assert pictures(body) == [("Lapwing", "Lapwing at six sites.", None), ("Snipe", "A snipe drumming.", "Jean Tully")]


@pytest.mark.parametrize("body", [
    pytest.param('<p><img src="queue.jpg" alt="A queue"></p>' + STORY + LATER, id="story-paragraph-after-image"),
    pytest.param('<p><img src="ron.jpg" alt="Ron" align="left" width="150" height="150">"We always said we would grind '
                 'flour here again," Mr Whitley said. <em>Photo: Jo Li</em></p>' + STORY, id="image-floated-into-story-text"),
    pytest.param('<p><img src="goal.jpg" alt="A goal"></p><p><span style="font-size: 12pt; color: #000000;">Captain Theo '
                 'Marsh put us in front with a free kick that went in off the post before half time.</span></p>'
                 '<p><span style="font-size: 12pt; color: #000000;">Coach Lee Barnard said he was proud of the whole squad '
                 'and of every parent who drove to the final.</span></p>', id="pasted-spans-on-every-paragraph"),
    pytest.param(STORY + '<div class="latest-item"><a href="/news/u12/"><img src="u12-300x200.jpg" alt=""></a><p><em>U12s head '
                 'to Blackpool tournament</em></p></div>', id="teaser-card-in-italics"),
    pytest.param('<p><img src="mayor.jpg" alt="The mayor"></p><p><em>How long will the toll booths stay?</em></p>'
                 '<p>They come down in the summer, and the six staff move to other jobs at the council.</p>'
                 '<p><em>Who pays for the ironwork?</em></p><p>The council, once the survey is done in the autumn.</p>'
                 '<p><em>And the civic society?</em></p>' + STORY, id="interview-questions-in-italics"),
    pytest.param('<p><img src="lead.jpg" alt="Lead"></p><p><em>By Jane Doe</em></p>' + STORY, id="byline"),
    pytest.param('<p><img src="lead.jpg" alt="Lead"></p><p><small>June 3, 2025</small></p>' + STORY, id="date-alone"),
    pytest.param(STORY + '<p><img src="last.jpg" alt="Last"></p><p>Copyright 2025 The Associated Press. All rights reserved. '
                 'This material may not be published, broadcast, rewritten or redistributed.</p>', id="copyright-notice"),
    pytest.param('<p><img src="lead.jpg" alt="Lead"></p><p><small>Posted on June 3, 2025 by admin</small></p>' + STORY,
                 id="posted-on"),
    pytest.param(STORY + '<div class="author-box"><img src="hettie.jpg" alt="Hettie Marsh"><p><em>Hettie has lived in '
                 'Upper Dale for forty years.</em></p></div>', id="writers-box"),
    pytest.param('<p><img src="lead.jpg" alt="Lead"></p><p><i>Editor\'s note: this story was updated on Monday.</i></p>'
                 + STORY, id="editors-note"),
    pytest.param('<p align="center"><img src="printer.gif" width="16" height="16" alt="Print"><br><em>Print this story</em></p>'
                 + STORY, id="icon"),
    pytest.param('<p style="text-align: center;"><a href="cup.jpg"><img src="cup-600x400.jpg" alt="The cup"></a><br>'
                 'Click to enlarge</p>' + STORY, id="click-to-enlarge"),
    pytest.param('<table><tr><td><img src="/weather/cloudy.png" alt="cloudy"></td><td><img src="/weather/rain.png" alt="rain">'
                 '</td></tr><tr><td>cloudy</td><td>rain</td></tr></table>' + STORY, id="one-word-under-icons"),
    pytest.param('<div class="story"><img src="vote.jpg" alt="A vote"><br><br><i>The toll ends in July after forty years, '
                 'the council said.</i><br><br>The booths come down in the summer.</div>', id="text-after-a-blank-line"),
    pytest.param('<figure class="wp-block-image"><img src="queue.jpg" alt="A queue"></figure>' + STORY + LATER,
                 id="figure-with-story-under-it"),
    pytest.param('<p><img src="dale.jpg" alt="The valley"><br>Upper Dale Notes is written by volunteers.</p>' + STORY,
                 id="plain-line-after-break"),
])
def test_a_text_by_an_image_that_no_convention_makes_a_caption_gives_no_picture(body):
    assert pictures(body) == []


def test_a_users_html_mapping_adds_openings_that_are_no_caption():
    body = '<p><img src="lead.jpg" alt="Lead"></p><p><em>Sponsored by Hadley Motors of Ashgrove</em></p>' + STORY
    assert pictures(body) == []  # "Sponsored" is bundled
    body = '<p><img src="lead.jpg" alt="Lead"></p><p><em>Presented by Hadley Motors of Ashgrove</em></p>' + STORY
    assert pictures(body) == [("Lead", "Presented by Hadley Motors of Ashgrove", None)]
    conventions = conventions_from({"story_openings": ["Presented by"]}, base=bundled_conventions())
    assert pictures(body, conventions=conventions) == []


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param('<div class="article-image"><img src="faerja.jpg" alt="En färja"><div class="bildtext">Färjan lägger till i '
                 'Vaxholm. <span class="fotograf">Foto: Lars Eklund/TT</span></div></div>' + STORY,
                 [("En färja", "Färjan lägger till i Vaxholm.", "Lars Eklund/TT")], id="swedish-bildtext"),
    pytest.param('<div class="media"><img src="veer.jpg" alt="Een veerpont"><p class="media__onderschrift">De pont legt aan '
                 'in Amsterdam-Noord. Foto: ANP</p></div>' + STORY,
                 [("Een veerpont", "De pont legt aan in Amsterdam-Noord.", "ANP")], id="dutch-onderschrift"),
])
def test_a_caption_class_named_in_another_language_is_a_caption(body, expected):
    assert pictures(body) == expected


@pytest.mark.parametrize("width", ["²", "٣٠٠", "12px", "-5", ""])
def test_an_image_sized_in_any_digits_reads_as_its_size_says(width: str) -> None:
    body = (f'<p><img src="wheel.jpg" alt="A water wheel" width="{width}"><br>\n'
            '<em>The wheel turned again on Saturday. Photo: Dan Ashby</em></p>' + STORY)
    assert pictures(body) == [("A water wheel", "The wheel turned again on Saturday.", "Dan Ashby")]


def test_a_caption_sure_by_its_credit_counts_toward_the_style_the_page_prints_under_its_pictures() -> None:
    story = "<p>" + "Story text of the article. " * 6 + "</p>"
    box = ('<div class="nota-imagen"><img src="/img/{0}.jpg" alt="" width="800" height="533">'
           '<div class="nota-pie">{1}</div></div>')
    page = (f"<html><body><article><h1>Ajolotes</h1>{story}"
            + box.format("lab", "Un ejemplar en el laboratorio. Foto cortesía UNAM") + story
            + box.format("canal", "Trajineras en el embarcadero de Cuemanco.") + story + "</article></body></html>")
    from captions.parse.html.page import read_html
    assert [(p.caption, p.credit.raw if p.credit else None) for p in read_html(page).photos] == [
        ("Un ejemplar en el laboratorio.", "UNAM"), ("Trajineras en el embarcadero de Cuemanco.", None)]
