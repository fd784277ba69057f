"""Conventions of the press seen on blind set Q (issue #11, round 22): Gulf papers' "(تصوير - Name)" with a dash
for the lead-in's colon, the Qatar News Agency as the Arabic press prints it ("قنا"), a planner's "Rendering"
naming no one, and the rails of other stories French and Spanish sites name "lire-aussi", "more-news" and
"mas-noticias" in their class names.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

from captions.parse.html.page import read_html
from tests.html_story import pictures

STORY = ('<p>The council met on Monday to vote on the plan for the new line and its six stations across the '
         'valley, after two years of hearings.</p>')


def figure(caption: str, src: str = "https://cdn.example/1.jpg") -> str:
    return f'<figure><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>'


def names(caption: str) -> tuple[list[str], list[str]]:
    return _names(figure(caption))


def _names(picture: str) -> tuple[list[str], list[str]]:
    markup = f"<html><body><main><article>{picture}</article></main></body></html>"
    credit = read_html(markup).photos[0].credit
    assert credit is not None
    return credit.photographers, credit.agencies


def rail(class_name: str) -> str:
    """A story with its own picture, then a rail of other stories holding a captioned card."""
    card = (f'<article class="card">{figure("Players on the training pitch.", "https://cdn.example/t.jpg")}'
            '<h4><a href="/sport/derby">The club prepares the derby</a></h4></article>')
    return (f'<html><body><main><article class="story">{figure("The new bridge at dusk. Photo: Ana Ruiz")}{STORY}'
            f'</article><section class="{class_name}"><h3>More</h3>{card}</section></main></body></html>')


def test_a_dash_after_the_arabic_photography_word_is_its_colon() -> None:
    assert pictures(figure("صالة المسافرين في المبنى الجديد (تصوير - سالم الكواري)")) == [
        ("صالة المسافرين في المبنى الجديد", "سالم الكواري")]


def test_the_name_after_the_dashed_photography_word_is_the_photographers() -> None:
    assert names("صالة المسافرين في المبنى الجديد (تصوير - سالم الكواري)") == (["سالم الكواري"], [])


def test_the_qatar_news_agency_in_arabic_is_known_and_named_as_printed() -> None:
    assert names("سياح في السوق خلال الموسم الماضي (أرشيفية - قنا)") == ([], ["قنا"])


def test_rendering_names_no_one_before_the_office_that_drew_it() -> None:
    picture = ('<figure><img src="https://cdn.example/1.jpg" alt=""><figcaption><span class="caption">The station '
               'as planned.</span> <span class="credits">Rendering Ufficio dei trasporti</span></figcaption></figure>')
    assert _names(picture) == ([], ["Ufficio dei trasporti"])


def test_a_captioned_card_in_a_more_news_rail_is_no_picture() -> None:
    assert [p.caption for p in read_html(rail("more-news")).photos] == ["The new bridge at dusk."]


def test_a_captioned_card_in_a_spanish_more_news_rail_is_no_picture() -> None:
    assert [p.caption for p in read_html(rail("mas-noticias__list")).photos] == ["The new bridge at dusk."]


def test_a_captioned_card_in_a_french_read_also_rail_is_no_picture() -> None:
    assert [p.caption for p in read_html(rail("a-lire-aussi")).photos] == ["The new bridge at dusk."]


def test_news_alone_in_a_class_name_names_no_rail() -> None:
    markup = rail("news-list more")
    assert [p.caption for p in read_html(markup).photos] == ["The new bridge at dusk.", "Players on the training pitch."]
