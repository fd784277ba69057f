"""Pictures in the markup WordPress and Drupal print: caption boxes, credit plugins, gallery blocks, fields."""
from __future__ import annotations

from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Bridge reopens | The Daily Example</title></head><body>\n"
TAIL = "\n</body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def test_wordpress_caption_boxes_in_one_post_are_one_picture_each() -> None:
    # [caption] prints div.wp-caption around the image and its p.wp-caption-text: the box is no caption
    body = ('<div class="entry-content"><p>The bridge opened on Thursday.</p>'
            '<div id="attachment_15" class="wp-caption aligncenter"><img src="truck.jpg" alt="A truck on a bridge">'
            '<p class="wp-caption-text">The first truck across. Photo: Jo Li/The Daily Example</p></div>'
            '<p>It cost $4 million.</p>'
            '<div id="attachment_16" class="wp-caption alignright"><img src="heron.jpg" alt="A heron">'
            '<p class="wp-caption-text">A heron below the piers. <span class="image-credit">Photo by Sam Ford</span></p></div></div>')
    assert pictures(body) == [("A truck on a bridge", "The first truck across.", "Jo Li/The Daily Example"),
                              ("A heron", "A heron below the piers.", "Sam Ford")]


def test_media_credit_around_an_uncaptioned_image_is_its_credit() -> None:
    # the Media Credit plugin's container holds the image and its span.media-credit
    body = ('<div class="entry-content"><p>The engineer said the bridge is rated for farm trucks.</p>'
            '<div class="media-credit-container alignleft"><img src="braun.jpg" alt="Hollis Braun">'
            '<span class="media-credit">Ana Ruiz/AP</span></div><p>More text.</p></div>')
    assert pictures(body) == [("Hollis Braun", None, "Ana Ruiz/AP")]


def test_name_bar_organisation_in_a_credit_element_is_one_credit() -> None:
    body = ('<figure class="wp-caption"><div class="media-credit-container"><img src="crew.jpg" alt="A crew">'
            '<span class="media-credit">Kelsey Marsh | The Daily Example</span></div>'
            '<figcaption class="wp-caption-text">Crews pour the deck.</figcaption></figure>')
    assert pictures(body) == [("A crew", "Crews pour the deck.", "Kelsey Marsh | The Daily Example")]


def test_caption_sentence_before_a_bar_in_a_credit_element_is_the_caption() -> None:
    body = '<figure><img src="a.jpg" alt="Jo Li"><p class="story-credit">Rep. Jo Li. | Alex Wong/Getty Images</p></figure>'
    assert pictures(body) == [("Jo Li", "Rep. Jo Li.", "Alex Wong/Getty Images")]


def test_figures_of_a_quote_a_table_or_a_post_are_not_pictures() -> None:
    body = ('<figure class="wp-block-pullquote"><blockquote><p>We had a line before the gates opened.</p>'
            '<cite>Rosa Teague, fair board</cite></blockquote></figure>'
            '<figure class="wp-block-table"><table><tr><td>2025</td><td>11,040</td></tr></table>'
            '<figcaption class="wp-element-caption">Source: Fair Board</figcaption></figure>'
            '<figure class="wp-block-embed is-provider-twitter"><blockquote class="twitter-tweet"><p>Best tacos.</p></blockquote>'
            '<figcaption class="wp-element-caption">A food booth got its share of praise.</figcaption></figure>')
    assert pictures(body) == []


def test_gallery_credit_goes_on_its_captioned_pictures() -> None:
    body = ('<figure class="wp-block-gallery has-nested-images">'
            '<figure class="wp-block-image"><img src="goat.jpg" alt="A goat"><figcaption class="wp-element-caption">'
            'A doe in the show ring.</figcaption></figure>'
            '<figure class="wp-block-image"><img src="quilt.jpg" alt="Quilts"><figcaption class="wp-element-caption">'
            'Quilts in the barn.</figcaption></figure>'
            '<figcaption class="blocks-gallery-caption wp-element-caption">Scenes from the fair. Photos by Luca Brenner</figcaption>'
            '</figure>')
    assert pictures(body) == [("A goat", "A doe in the show ring.", "Luca Brenner"),
                              ("Quilts", "Quilts in the barn.", "Luca Brenner")]


def test_gallery_caption_goes_on_each_uncaptioned_picture() -> None:
    body = ('<figure class="wp-block-gallery"><ul class="blocks-gallery-grid">'
            '<li class="blocks-gallery-item"><figure><img src="f1.jpg" alt="Fireworks"></figure></li>'
            '<li class="blocks-gallery-item"><figure><img src="f2.jpg" alt="Families on a lawn"></figure></li></ul>'
            '<figcaption class="blocks-gallery-caption">Fireworks closed the fair. Photos: Luca Brenner/AP</figcaption></figure>')
    assert pictures(body) == [("Fireworks", "Fireworks closed the fair.", "Luca Brenner/AP"),
                              ("Families on a lawn", "Fireworks closed the fair.", "Luca Brenner/AP")]


def test_drupal_photographer_field_beside_an_image_field_without_its_label() -> None:
    body = ('<article class="media media--type-image"><div class="field field--name-field-media-image field__item">'
            '<img src="rider.jpg" alt="A woman at a bus stop"></div>'
            '<div class="field field--name-field-photographer field--label-inline">'
            '<div class="field__label">Photographer</div><div class="field__item">Cole Barrera</div></div></article>')
    assert pictures(body) == [("A woman at a bus stop", None, "Cole Barrera")]


def test_drupal7_caption_and_photographer_fields_with_an_inline_label() -> None:
    body = ('<div class="content clearfix">'
            '<div class="field field-name-field-image"><div class="field-items"><div class="field-item even">'
            '<img src="nest.jpg" alt="An osprey nest"></div></div></div>'
            '<div class="field field-name-field-image-caption"><div class="field-items"><div class="field-item even">'
            'An osprey lands on its nest.</div></div></div>'
            '<div class="field field-name-field-photographer field-label-inline"><div class="field-label">Photographer:&nbsp;</div>'
            '<div class="field-items"><div class="field-item even">Gus Pellerin</div></div></div></div>')
    assert pictures(body) == [("An osprey nest", "An osprey lands on its nest.", "Gus Pellerin")]


def test_teaser_article_in_a_related_view_is_not_a_picture() -> None:
    # each teaser of a Drupal view is an <article>: the rail around it still says what it is
    body = ('<div class="view view-related-content"><div class="views-row"><article class="node node--view-mode-card">'
            '<article class="media"><div class="field field--name-field-media-image"><img src="bike.jpg" alt="A bike lane"></div>'
            '<div class="field field--name-field-credit">Cole Barrera/The Daily Example</div></article>'
            '<h3><a href="/bike-lanes">City paints bike lanes</a></h3></article></div></div>')
    assert pictures(body) == []


def test_wordpress_article_tagged_share_keeps_its_pictures() -> None:
    # the post's own classes name its tags ("tag-share-the-road"): they say nothing of its parts
    body = ('<article class="post type-post has-post-thumbnail tag-share-the-road"><figure class="wp-caption">'
            '<img src="a.jpg" alt="Cyclists"><figcaption class="wp-caption-text">Cyclists on Main Street. Photo: Jo Li/AP'
            '</figcaption></figure></article>')
    assert pictures(body) == [("Cyclists", "Cyclists on Main Street.", "Jo Li/AP")]


def test_picture_whose_image_links_where_its_headline_does_is_a_teaser() -> None:
    # Newspack's homepage-articles block after a post: captioned and credited, no rail word around it
    body = ('<div class="wp-block-newspack-blocks-homepage-articles show-caption"><article class="post-has-image">'
            '<figure class="post-thumbnail"><a href="https://example.org/2025/07/30/mill-site/" rel="bookmark">'
            '<img src="mill.jpg" alt="Rubble"></a><figcaption>Crews cleared the boiler house. '
            '<span class="image-credit">Jo Li / The Daily Example</span></figcaption></figure>'
            '<div class="entry-wrapper"><h3 class="entry-title"><a href="/2025/07/30/mill-site/">State pays for cleanup</a>'
            '</h3></div></article></div>')
    assert pictures(body) == []


def test_picture_linking_to_its_image_file_is_the_story_s() -> None:
    body = ('<h1>Bridge reopens</h1><figure><a href="/uploads/truck-full.jpg"><img src="truck.jpg" alt="A truck"></a>'
            '<figcaption>The first truck across. Photo: Jo Li/AP</figcaption></figure><h2><a href="/">Home</a></h2>')
    assert pictures(body) == [("A truck", "The first truck across.", "Jo Li/AP")]


def test_caption_element_holding_an_icon_and_its_text_is_still_the_caption() -> None:
    body = ('<div class="post-image"><img src="a.jpg" alt="A truck"><div class="image-caption">'
            '<img class="camera-icon" src="camera.svg" alt="">The first truck across. Photo: Jo Li/AP</div></div>')
    assert pictures(body) == [("A truck", "The first truck across.", "Jo Li/AP")]


def test_story_article_ends_the_walk_up_to_a_rail_word() -> None:
    # a page-wide wrapper above the story ("menu-closed" when the menu is shut) says nothing of its pictures
    body = ('<div class="site-wrapper menu-closed"><article class="post"><h1>Bridge reopens</h1>'
            '<figure><img src="a.jpg" alt="A truck"><figcaption>The first truck across. Photo: Jo Li/AP</figcaption>'
            '</figure><p>One.</p><p>Two.</p><p>Three.</p></article></div>')
    assert pictures(body) == [("A truck", "The first truck across.", "Jo Li/AP")]


def test_media_entity_in_a_field_named_teaser_inside_the_story_is_the_story_s() -> None:
    # Thunder's article shows its "teaser media" as the story's lead picture
    body = ('<article class="node node--view-mode-full"><h1>Neue Fähre</h1>'
            '<div class="field field--name-field-teaser-media"><article class="media media--type-image">'
            '<div class="field field--name-field-image"><img src="f.jpg" alt="Eine Fähre"></div><div class="media-caption">'
            '<div class="field field--name-field-caption">Die neue Fähre in Hallstatt.</div>'
            '<div class="field field--name-field-copyright">© Theresa Lechner</div></div></article></div>'
            '<p>Eins.</p></article>')
    assert pictures(body) == [("Eine Fähre", "Die neue Fähre in Hallstatt.", "Theresa Lechner")]


def test_caption_without_a_full_stop_before_a_bar_in_a_credit_element_is_the_caption() -> None:
    body = ('<figure><img src="a.jpg" alt="Crowds"><p class="photo-credit">Crowds fill the square on Saturday night'
            ' | Ana Ruiz/AFP</p></figure>')
    assert pictures(body) == [("Crowds", "Crowds fill the square on Saturday night", "Ana Ruiz/AFP")]


def test_story_whose_headline_and_lead_image_link_to_itself_keeps_its_picture() -> None:
    body = ('<article class="post"><h1 class="entry-title"><a href="/2025/04/bridge/" rel="bookmark">Bridge reopens</a>'
            '</h1><figure><a href="/2025/04/bridge/"><img src="a.jpg" alt="A truck"></a><figcaption>The first truck'
            ' across. Photo: Jo Li/AP</figcaption></figure><p>One.</p></article>')
    assert pictures(body) == [("A truck", "The first truck across.", "Jo Li/AP")]


def test_lazy_images_sharing_a_placeholder_under_one_caption_are_two_pictures() -> None:
    # WP Rocket gives every image the same data: placeholder; the real address is in data-lazy-src
    placeholder = "data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%3E%3C/svg%3E"
    body = "".join(f'<figure><img src="{placeholder}" data-lazy-src="{name}.jpg" alt=""><figcaption>Fireworks over the '
                   f'fair. Photo: Jo Li/AP</figcaption></figure>' for name in ("one", "two"))
    assert pictures(body) == [(None, "Fireworks over the fair.", "Jo Li/AP")] * 2


def test_lazy_images_sharing_a_placeholder_address_under_one_caption_are_two_pictures() -> None:
    # a3 Lazy Load's placeholder is one GIF's address in src; data-src holds the image's
    body = "".join(f'<figure><img class="lazy lazy-hidden" src="/plugins/a3-lazy-load/lazy_placeholder.gif" '
                   f'data-src="{name}.jpg" alt=""><figcaption>Fireworks over the fair. Photo: Jo Li/AP</figcaption>'
                   f'</figure>' for name in ("one", "two"))
    assert pictures(body) == [(None, "Fireworks over the fair.", "Jo Li/AP")] * 2


def test_featured_image_caption_plugin_prints_caption_and_source() -> None:
    body = ('<article class="post"><h1>Bridge reopens</h1><div class="post-thumbnail"><img src="a.jpg" alt="A truck"></div>'
            '<div class="ccfic"><span class="ccfic-text">The first truck across.</span> <span class="ccfic-source">'
            'Source: <a href="https://photos.example/jo">Jo Li/AP</a></span></div><p>One.</p></article>')
    assert pictures(body) == [("A truck", "The first truck across.", "Jo Li/AP")]


def test_photographer_line_in_the_writer_s_byline_box_is_no_picture() -> None:
    # "By NAME / Photos by NAME" beside the writer's headshot: the story's photographer, no picture's credit
    body = ('<article><h1>Bridge reopens</h1><div class="article-byline"><img src="ola.jpg" alt="Ola Berg">'
            '<span class="author-name">Ola Berg</span><div class="photographer">Photographer: Jo Li</div></div>'
            '<p>One.</p></article>')
    assert pictures(body) == []


def test_users_name_the_credit_words_that_mark_a_credit_wherever_it_stands() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from captions.knowledge.html_conventions import bundled_conventions, conventions_from
    from captions.parse.html.marks import Marks

    node = LexborHTMLParser('<span class="fotograf-line">Jo Li</span>').css_first("span")
    bundled = bundled_conventions()
    extended = conventions_from({"credit_words": ["fotograf"], "standalone_credit_words": ["fotograf"]}, base=bundled)
    assert (Marks(bundled).is_strong_credit(node), Marks(extended).is_strong_credit(node)) == (False, True)


def test_a_php_tag_the_server_left_unrun_prints_nothing() -> None:
    # Lexbor keeps "<?php ... ?>" as a node with no tag name, where a browser makes a comment of it: once, every
    # page holding one failed with "'NoneType' object has no attribute 'startswith'"
    body = ('<div class="entry-content"><p>The bridge opened on Thursday.</p><?php echo get_the_ad(); ?>'
            '<div id="attachment_15" class="wp-caption aligncenter"><img src="truck.jpg" alt="A truck on a bridge">'
            '<p class="wp-caption-text">The first truck across. Photo: Jo Li/The Daily Example</p></div></div>')
    assert pictures(body) == [("A truck on a bridge", "The first truck across.", "Jo Li/The Daily Example")]
