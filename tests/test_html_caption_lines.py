"""An HTML picture's `line` is the line where its caption's text stands in the markup as read, whatever the markup
spells it with: a tag (`<em>Ann</em> Lee`) or an entity other than `&amp; &lt; &gt;` (`&eacute;`, `&#233;`,
`&nbsp;`) in its first words, where it took the line of the picture before (i186). Every page here is written for
these tests."""
from __future__ import annotations

import pytest

from captions.parse.html.page import read_html

PAGE = ('<!DOCTYPE html><html><head><title>Lock gates opened | The Canal Example</title></head><body>\n'
        '<figure><img src="a.jpg" alt="Gates of the lock">\n'
        '<figcaption>The new gates of the lock at Brenmoor on Tuesday. Photo: Lea Brandt/Canal Trust</figcaption>\n'
        '</figure>\n'
        '<p>The work took a year.</p>\n'
        '<figure><img src="b.jpg" alt="A barge in the lock">\n'
        '<figcaption>SECOND</figcaption>\n'
        '</figure>\n'
        '</body></html>')


@pytest.mark.parametrize("spelled, read", [
    ("<em>Ann</em> Vasquez steers the first barge through. Photo: Lea Brandt/Canal Trust",
     "Ann Vasquez steers the first barge through."),
    ('<span class="place">Brenmoor:</span> <b>a barge</b> goes through the lock. Photo: Lea Brandt/Canal Trust',
     "Brenmoor: a barge goes through the lock."),
    ("Ren&eacute;e Ostrow steers the first barge through. Photo: Lea Brandt/Canal Trust",
     "Renée Ostrow steers the first barge through."),
    ("Ren&#233;e Ostrow steers the first barge through. Photo: Lea Brandt/Canal Trust",
     "Renée Ostrow steers the first barge through."),
    ("Ren&#xE9;e Ostrow steers the first barge through. Photo: Lea Brandt/Canal Trust",
     "Renée Ostrow steers the first barge through."),
    ("A&nbsp;barge goes through the lock at dawn. Photo: Lea Brandt/Canal Trust",
     "A barge goes through the lock at dawn."),
    ("&ldquo;Steady&rdquo;, calls the keeper as a barge goes through. Photo: Lea Brandt/Canal Trust",
     "“Steady”, calls the keeper as a barge goes through."),
], ids=["em-around-a-name", "tags-and-a-space-between", "named-entity", "decimal-entity", "hex-entity",
        "no-break-space", "curly-quotes"])
def test_a_caption_spelled_with_a_tag_or_an_entity_early_keeps_its_own_line(spelled: str, read: str) -> None:
    photos = read_html(PAGE.replace("SECOND", spelled)).photos
    assert [(p.line, p.caption.replace("\u00a0", " ") if p.caption else None) for p in photos] == [
        (3, "The new gates of the lock at Brenmoor on Tuesday."), (7, read)]


def test_a_caption_spelled_with_a_tag_is_found_where_it_stands_not_in_a_later_paragraph() -> None:
    page = PAGE.replace("SECOND", "<em>Ann</em> Vasquez steers the first barge through. Photo: Lea Brandt/Canal Trust")
    page = page.replace("</body>", "<p>Ann Vasquez steers the first barge through, said the keeper.</p>\n</body>")
    assert [p.line for p in read_html(page).photos] == [3, 7]
