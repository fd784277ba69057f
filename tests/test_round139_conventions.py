"""Round 139: offices closing an AP caption's opening title, two-letter wires in lower case after a photographer,
South Asian wires' sign-offs closing a story's paragraph, Reuters' file-photo lead-in variants, Czech surnames in
capitals. Every text here is invented."""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page, split_caption_credit


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def _story(first: str, second: str, credit_one: str = "(AP Photo/Evan Vucci)",
           credit_two: str = "(AP Photo/Julia Demaree)") -> str:
    return (" date 2026-01-02 Politics\nTwo of a kind\n\nThe story's first paragraph runs here, a sentence.\n\n"
            f"{first} {credit_one}\n\nThe story goes on in a second paragraph.\n\n{second} {credit_two}\n")


@pytest.mark.parametrize("title", ["Harbor City Mayor", "Lake State Governor", "German Chancellor",
                                   "UN Secretary-General", "Ontario Premier", "Ohio Senator", "House Speaker",
                                   "US Attorney General"])
def test_an_office_before_two_names_opening_ap_captions_is_no_slug(title: str) -> None:
    first = f"{title} Delia Okafor speaks to reporters outside the building, Monday, Jan. 5, 2026."
    second = f"{title} Martin Lowell waves to supporters after the vote, Tuesday, Jan. 6, 2026."
    assert [caption for caption, _ in _read(_story(first, second))] == [first, second]


def test_a_slug_holding_a_year_and_closing_with_an_office_is_still_cut() -> None:
    first = "Election 2026 Harbor City Mayor Supporters cheer at a rally, Tuesday, Nov. 3, 2026, in Harbor City."
    second = "Election 2026 Harbor City Mayor Candidate Delia Okafor votes, Tuesday, Nov. 3, 2026, in Harbor City."
    assert [caption for caption, _ in _read(_story(first, second))] == [first.split(None, 5)[5],
                                                                        second.split(None, 5)[5]]


def test_a_slug_before_two_names_is_still_cut() -> None:
    first = "Winter Storm Delia Okafor clears snow from her driveway, Monday, Jan. 5, 2026, in Granite Falls."
    second = "Winter Storm Martin Lowell pushes a stalled car, Monday, Jan. 5, 2026, in Granite Falls."
    assert [caption for caption, _ in _read(_story(first, second))] == [first.split(None, 2)[2],
                                                                        second.split(None, 2)[2]]


@pytest.mark.parametrize("raw", ["Harriet Combe/pa", "Leon Tremblay/cp", "Ana Ruiz/ae"])
def test_two_letters_known_only_as_a_variant_after_a_photographer_stay_as_printed(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, [raw.split("/")[0]], [])


@pytest.mark.parametrize("raw, agency", [("Selin Aydemir/aa", "Anadolu"), ("Marit Lunde/ap", "AP"),
                                         ("Harriet Combe/PA", "PA"), ("Leon Tremblay/CP", "CP")])
def test_two_letters_named_by_an_alias_or_in_capitals_are_the_wire(raw: str, agency: str) -> None:
    assert parse_credit(raw).agencies == [agency]


_BENGALI_STORY = (" date 2026-07-14 রাজ্য\nবন্যায় ভাসল গ্রাম\n\n"
                  "নদীর জল বাড়তে থাকায় রবিবার রাতেই গ্রাম ছেড়েছেন বহু মানুষ। প্রশাসন শিবিরে খাবারের ব্যবস্থা করেছে।\n\n"
                  "স্থানীয় স্কুলবাড়িতে সোমবার সকাল পর্যন্ত প্রায় এক হাজার মানুষ আশ্রয় নিয়েছেন। চিকিৎসকেরাও পৌঁছেছেন।\n\n"
                  "জলমগ্ন রাস্তা দিয়ে নৌকায় শিবিরে যাচ্ছেন গ্রামবাসীরা। —নিজস্ব চিত্র।\n\n")
_BENGALI_SIGNED = ("জেলাশাসক সোমবার দুপুরে পরিস্থিতি খতিয়ে দেখেন এবং উদ্ধারকাজে আরও নৌকা পাঠানোর নির্দেশ দেন। আবহাওয়া "
                   "দফতর জানিয়েছে, আগামী দু’দিন উপকূলের জেলাগুলিতে ভারী বৃষ্টি চলবে।")


def test_a_wires_signoff_after_a_dash_closing_a_bengali_story_is_no_picture() -> None:
    assert _read(_BENGALI_STORY + _BENGALI_SIGNED + " —পিটিআই\n") == [
        ("জলমগ্ন রাস্তা দিয়ে নৌকায় শিবিরে যাচ্ছেন গ্রামবাসীরা।", "নিজস্ব চিত্র")]


def test_a_wires_signoff_after_a_dash_closing_a_hindi_story_is_no_picture() -> None:
    page = (" date 2026-07-14 देश\nबाढ़ से घिरे गांव\n\n"
            "नदी का जलस्तर बढ़ने के बाद रविवार रात से ही कई गांवों के लोग घर छोड़ने लगे। शिविरों में भोजन की व्यवस्था है।\n\n"
            "स्थानीय स्कूल में बने शिविर में करीब एक हजार लोगों ने शरण ली। डॉक्टरों की एक टीम भी पहुंची है।\n\n"
            "पानी भरी सड़क पर नाव से शिविर की ओर जाते ग्रामीण। —पीटीआई\n\n"
            "जिलाधिकारी ने सोमवार दोपहर हालात का जायजा लिया और बचाव कार्य के लिए और नावें भेजने का निर्देश दिया। "
            "मौसम विभाग ने कहा है कि अगले दो दिन तटीय जिलों में भारी बारिश जारी रहेगी। —पीटीआई\n")
    assert _read(page) == [("पानी भरी सड़क पर नाव से शिविर की ओर जाते ग्रामीण।", "पीटीआई")]


def test_a_wires_signoff_glued_to_an_english_storys_last_stop_is_no_picture() -> None:
    page = (" date 2026-07-14 Nation\nFloods cut off villages\n\n"
            "Hundreds of families left their homes on Sunday night as the river rose. Food has been arranged.\n\n"
            "Nearly a thousand people had taken shelter at a school by Monday. Doctors have reached the camp.\n\n"
            "Villagers travel by boat along a flooded road on Monday.—PTI\n\n"
            "The district collector reviewed the situation on Monday afternoon and ordered more boats for the rescue "
            "work. The weather office said heavy rain would continue in the coastal districts for two more days.—PTI\n")
    assert _read(page) == [("Villagers travel by boat along a flooded road on Monday.", "PTI")]


def test_a_caption_glued_to_the_wire_last_on_a_bengali_page_keeps_its_picture() -> None:
    caption = "আমহার্স্ট স্ট্রিটে বিকল হয়ে পড়া একটি ট্যাক্সি ঠেলছেন স্থানীয়রা। বৃহস্পতিবার সকালে।"
    assert _read(_BENGALI_STORY + caption + " —পিটিআই।\n")[-1] == (caption, "পিটিআই")



@pytest.mark.parametrize("label", ["FILE PHOTO:", "OLD FILE PHOTO:", "NEW FILE PHOTO", "NEW FILE PHOTO:", "FILE PHOTO -"])
def test_reuters_file_photo_words_stay_in_a_caption_a_bracketed_wire_closes(label: str) -> None:
    caption = f"{label} Passengers wait on a platform at the central station in Berlin, Germany, January 10, 2024."
    assert split_caption_credit(f"{caption} (Reuters)") == (caption, "Reuters")


@pytest.mark.parametrize("label", ["FILE PHOTO:", "OLD FILE PHOTO:", "NEW FILE PHOTO:"])
def test_reuters_file_photo_words_before_a_sentence_with_no_credit_make_no_credit(label: str) -> None:
    line = f"{label} Signal workers repair a track switch near Hanover, Germany, February 12, 2026."
    assert split_caption_credit(line) == (line, None)


def test_file_photo_before_a_credit_alone_is_still_its_lead_in() -> None:
    assert split_caption_credit("FILE PHOTO: REUTERS") == (None, "REUTERS")


@pytest.mark.parametrize("raw, photographer, agencies", [
    ("Foto: Petr KRČ, ČTK", "Petr KRČ", ["ČTK"]), ("Foto: Eva SMRŽ", "Eva SMRŽ", []),
    ("Foto: Tomáš VLK, ČTK", "Tomáš VLK", ["ČTK"]), ("Foto: Jan NOVÁK, ČTK", "Jan NOVÁK", ["ČTK"])])
def test_a_czech_surname_in_capitals_is_a_person(raw: str, photographer: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([photographer], agencies)


@pytest.mark.parametrize("raw", ["Kent FRS", "Foto: Správa SŽDC"])
def test_vowelless_capitals_with_no_marked_syllable_stay_a_body(raw: str) -> None:
    # "FRS": no marked letter in the name; "SŽDC": no r or l between consonants
    credit = parse_credit(raw)
    assert (credit.photographers, len(credit.agencies)) == ([], 1)
