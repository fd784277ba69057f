"""Round 134 (set html75): conventions several outlets share, each with an example page in examples/."""
from captions import parse_page
from captions.parse.credit_in_line import split_caption_credit
from html_story import figure, pictures


def test_a_caption_box_named_the_medias_footer_is_the_pictures_caption() -> None:
    body = ('<div class="ue-c-article__media"><figure class="ue-c-article__media-img-container">'
            '<img src="https://img.example.org/1.jpg" alt="Un puerto"></figure>'
            '<figcaption class="ue-c-article__media-footer"><span class="ue-c-article__media-description">'
            'Un barco entra en el puerto al amanecer.</span><span class="ue-c-article__media-source">'
            'MARTA GIL</span></figcaption></div>')
    assert pictures(body) == [("Un barco entra en el puerto al amanecer.", "MARTA GIL")]


def test_a_figure_in_the_pages_footer_is_still_no_picture() -> None:
    body = ('<p>Story text.</p><div class="page-footer"><figure><img src="https://img.example.org/2.jpg" alt="">'
            '<figcaption>Our newsroom at night. Photo: Jo Li</figcaption></figure></div>')
    assert pictures(body) == []


def test_a_supplier_after_a_japanese_captions_when_and_where_is_its_credit() -> None:
    assert split_caption_credit("崩れた斜面=2026年3月1日午後、山里町、県提供") == ("崩れた斜面=2026年3月1日午後、山里町", "県提供")


def test_a_supplier_after_a_comma_and_no_when_and_where_stays_in_the_caption() -> None:
    assert split_caption_credit("雪に覆われた水田、市民提供") == ("雪に覆われた水田、市民提供", None)


def test_a_races_name_closing_a_caption_is_its_organisers_credit_not_a_person() -> None:
    page = ("Race day\n\nMore than 9,000 runners set off at dawn on Sunday.\n\n"
            "The leaders pass the water station. (Twin Rivers Marathon)\n")
    assert [(p.credit.photographers, p.credit.agencies) for p in parse_page(page).photos if p.credit] == [
        ([], ["Twin Rivers Marathon"])]


def test_a_wires_note_between_plus_marks_after_the_credit_is_neither_caption_nor_credit() -> None:
    assert split_caption_credit("Il coro canta in piazza. ANSA/UFFICIO STAMPA +++ ANSA PROVIDES ACCESS TO THIS HANDOUT "
                                "PHOTO; NO ARCHIVING; NO LICENSING +++") == ("Il coro canta in piazza.", "ANSA/UFFICIO STAMPA")


def test_plus_signs_in_a_caption_are_no_wire_note() -> None:
    assert split_caption_credit("Lo score finale, 2+2 +++ vittoria") == ("Lo score finale, 2+2 +++ vittoria", None)


def test_a_figure_whose_whole_alt_text_names_a_map_is_no_picture() -> None:
    body = ('<figure><img src="https://img.example.org/3.png" alt="地図"><figcaption>新しい航路の位置</figcaption></figure>'
            '<p>Story text.</p>' + figure("Islanders queue at the ticket office. Photo: Dana Whitlock", alt="A queue"))
    assert pictures(body) == [("Islanders queue at the ticket office.", "Dana Whitlock")]


def test_an_alt_text_describing_a_map_is_a_pictures() -> None:
    body = figure("A teacher points at the old chart of the bay. Photo: Dana Whitlock", alt="Map of the bay on a wall")
    assert pictures(body) == [("A teacher points at the old chart of the bay.", "Dana Whitlock")]
