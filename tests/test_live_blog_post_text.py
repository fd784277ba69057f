"""A live blog's post prints its time, its writer, its headline and its text: the text under the headline is the
post's, never the alt text of the picture under it; and where two sentences run on from the text above name what
their captions tell of, the dump prints its alt lines so, and a third in words of its own is alt text too. Every
line here is written for these tests."""
from __future__ import annotations

from captions import parse_page
from captions.parse.layout import Row
from captions.parse.live_posts import under_post_headline
from captions.parse.page import parse_dump

POST = "{time}\nKari Nordhus\nJournalist\n{head}\n{text}\n{alt}{caption} Foto: Ola Vik / Vestlandsposten\nDel\n"


def _post(time: str, head: str, text: str, caption: str, alt: str = "") -> str:
    return POST.format(time=time, head=head, text=text, alt=alt + "\n" if alt else "", caption=caption)


PAGE = ("Stormen herjer\n\n"
        + _post("15:10", "Trær over veien", "Flere trær har blåst ned over fylkesveien. Veien er stengt.",
                "Mannskaper rydder veien ved Os.", "To gravemaskiner løfter et tre bort fra veien.")
        + _post("14:25", "Båt slet seg", "En båt slet seg i havna. Havnevakta fikk den sikret.",
                "Motorbåten ble slept til kaia.", "Hvit motorbåten driver mot en molo i høye bølger.")
        + _post("13:40", "Taket blåste av", "Siri Eide sendte oss dette bildet av garasjen. – Det tok sekunder, sier hun.",
                "Garasjen i Fitjar uten tak.")
        + _post("12:55", "Strømmen borte", "Over 4000 kunder er uten strøm, melder nettselskapet.",
                "Montører er på vei til området.", "Sølvfarget strømmast som ligger knekt over en gårdsvei."))


def _row(text: str) -> Row:
    """One text row, as the layout builds it under a headline."""
    return parse_dump("Head\n\n" + text).layout.rows[-1]


def test_the_line_under_a_post_headline_under_its_time_and_writer_is_the_posts_text() -> None:
    rows = [_row("15:10"), _row("Kari Nordhus"), _row("Trær over veien"), _row("Flere trær har blåst ned.")]
    assert under_post_headline(rows, 3)


def test_the_line_under_a_paragraph_is_not_under_a_post_headline() -> None:
    rows = [_row("15:10"), _row("Kari Nordhus"), _row("Flere trær har blåst ned."), _row("To maskiner løfter et tre.")]
    assert not under_post_headline(rows, 3)


def test_post_text_is_no_alt_and_alt_lines_in_other_words_are_kept() -> None:
    assert [p.description for p in parse_page(PAGE).photos] == [
        "To gravemaskiner løfter et tre bort fra veien.", "Hvit motorbåten driver mot en molo i høye bølger.", None,
        "Sølvfarget strømmast som ligger knekt over en gårdsvei."]
