"""Text in a figure that is no picture's (page controls) and figures that print no photograph (charts, videos)."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Harvest festival | The Daily Example</title></head><body>\n"
TAIL = "\n</body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def test_photo_sales_button_after_the_credit_is_no_caption_text() -> None:
    body = ('<figure class="photo"><img src="a.jpg" alt="Lamb"><figcaption class="caption">'
            '<div class="caption-text"><p>A girl leads her lamb around the show ring.</p></div>'
            '<span class="tnt-byline">Jo Li/The Daily Example</span>'
            '<div class="tnt-buy-photo"><a href="https://photos.example/buy" class="btn">Buy Now</a></div>'
            '</figcaption></figure>')
    assert pictures(body) == [("Lamb", "A girl leads her lamb around the show ring.", "Jo Li/The Daily Example")]


@pytest.mark.parametrize("control", ["Click to enlarge", "Open this photo in gallery", "Bild vergrößern",
                                     "Agrandir l’image", "Ver galería", "Lihat Foto"])
def test_enlarge_or_gallery_control_in_a_caption_is_no_caption_text(control: str) -> None:
    body = (f'<figure><img src="a.jpg" alt="Pie"><figcaption><span class="hint">{control}</span>'
            '<p>Judges taste the pies. (Jo Li/AP)</p></figcaption></figure>')
    assert pictures(body) == [("Pie", "Judges taste the pies.", "Jo Li/AP")]


@pytest.mark.parametrize("figure", [
    # the figure's own class says chart
    '<figure class="image image_chart"><img src="c.png" alt="A graph"><figcaption>Yen against the dollar, 2026</figcaption></figure>',
    '<figure class="article__media article__media--graphic"><img src="c.png" alt="">'
    '<figcaption>Source: a ministry. <span class="credit">The Daily Example</span></figcaption></figure>',
    # the caption opens with a chart's or a video's label
    '<figure><img src="m.png" alt=""><figcaption>Grafik: So verläuft die Umleitung. <span class="credit">Nordbote</span></figcaption></figure>',
    '<figure><img src="p.jpg" alt=""><figcaption><span>Vídeo: Imágenes del incendio.</span><span class="credit">Foto: JCYL</span>'
    '</figcaption></figure>',
    # the credit names a graphics desk
    '<figure><img src="c.png" alt=""><figcaption>Yields, 2016-2026. <span class="credit">INFOGRAPHIE LE QUOTIDIEN</span></figcaption></figure>',
    '<figure><img src="c.png" alt=""><figcaption>Rates since 2020. <span class="credit">Reuters Graphics</span></figcaption></figure>',
])
def test_chart_map_or_video_figure_is_no_picture(figure: str) -> None:
    assert pictures(figure) == [], figure


@pytest.mark.parametrize("figure", [
    # a photo wrapped in "fig-graphic" (the figure's own class names no chart)
    '<figure class="art"><div class="fig-graphic"><img src="a.jpg" alt="Rep. Jo Li"></div><figcaption>Rep. Jo Li. | Ana Ruiz/AP</figcaption></figure>',
    # "Videos" opens no video's caption; "Graphic" alone in a credit is a Ghanaian daily's name
    '<figure><img src="a.jpg" alt="Rep. Jo Li"><figcaption>Videos of the crash spread online. (Daily Graphic)</figcaption></figure>',
])
def test_photo_whose_words_only_look_like_a_chart_stays(figure: str) -> None:
    assert len(pictures(figure)) == 1, figure


def test_page_dump_control_over_a_caption_is_not_its_alt_text() -> None:
    page = ("Flood clean-up begins\n\nResidents returned on Sunday.\n\n"
            "Residents carry chairs out of a house\nResidents carry chairs out of a flooded house on Sunday. (Jo Li/AP)\n\n"
            "Volunteers with sandbags\nVolunteers unload sandbags near the river. (Jo Li/AP)\n\n"
            "A boat on the street\nA boat floats down the high street on Saturday. (Ana Ruiz/Reuters)\n\n"
            "Open this photo in gallery:\nA dog rescued from a roof sits in a boat. (Ana Ruiz/Reuters)\n")
    photos = parse_page(page).photos
    assert [(p.description, p.caption) for p in photos][-1] == (None, "A dog rescued from a roof sits in a boat.")


def test_page_dump_sales_button_closing_a_credit_line_goes() -> None:
    page = "Fair\n\nA girl leads her lamb around the show ring on Tuesday.\nJo Li/The Daily Example Buy Now\n"
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("A girl leads her lamb around the show ring on Tuesday.", "Jo Li/The Daily Example")]


def test_buy_now_opening_a_caption_stays() -> None:
    page = "Shops\n\nBuy now, pay later plans grew fast this year, lenders said. (Jo Li/AP)\n"
    assert [p.caption for p in parse_page(page).photos] == ["Buy now, pay later plans grew fast this year, lenders said."]


def test_a_control_over_each_uncredited_slide_still_marks_the_slides() -> None:
    slides = ["A man walks through the ruins of his village on Sunday.",
              "Rescuers carry a woman to an ambulance in the old town.",
              "Families sleep in tents set up in front of the town hall."]
    page = "Les images\n\n" + "".join(f"-\nVoir le diaporama\n{caption}\n" for caption in slides)
    assert [p.caption for p in parse_page(page).photos] == slides


@pytest.mark.parametrize("button", ['<a class="btn btn-sm" href="https://photos.example/buy">Kup zdjęcie</a>',
                                    '<span role="button" tabindex="0">Powiększ</span>'])
def test_a_button_in_a_caption_is_no_caption_text_in_any_language(button: str) -> None:
    body = (f'<figure><img src="a.jpg" alt="Most"><figcaption><p>Nowy most nad rzeką. (Jan Nowak/PAP)</p>{button}'
            '</figcaption></figure>')
    assert pictures(body) == [("Most", "Nowy most nad rzeką.", "Jan Nowak/PAP")]


def test_users_extend_the_labels_of_figures_that_are_no_pictures() -> None:
    from captions.knowledge.html_conventions import bundled_conventions, conventions_from

    figure = '<figure><img src="d.png" alt=""><figcaption>Diagramm: Fahrgäste pro Jahr. (Jo Li/dpa)</figcaption></figure>'
    mine = conventions_from({"not_picture_labels": ["Diagramm:"]}, base=bundled_conventions())
    assert len(read_html(HEAD + figure + TAIL).photos) == 1
    assert read_html(HEAD + figure + TAIL, conventions=mine).photos == []
