"""Layout conventions read on the twenty-second set of page dumps: a word for a picture before a slash counter
("Photo 3 / 6", "Foto 3/12") parts a gallery's slides as "3 / 6" does, and a slide's uncredited caption in a script
with no capitals (Malayalam, Arabic) is read by its place, as one with a lower-case word is. Every text here is
invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_page


@pytest.mark.parametrize("word", ["Photo", "Foto", "Bild", "Image"])
def test_a_word_for_a_picture_before_a_slash_counter_parts_the_slides(word: str) -> None:
    page = ("Title\n\nStandfirst of the gallery, a sentence long.\n\n"
            f"{word} 1 / 3\nRiders parade before the first race.\n© Tom Hale / Daily Post\n\n"
            f"{word} 2/3\nFamilies picnic on the lawn by the track.\n\n"
            f"{word} 3 / 3\nA jockey waves to the crowd after winning.\n© Ann Vo / Daily Post\n\n"
            "Read also\nThe next meeting is in May\n")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("Riders parade before the first race.", "Tom Hale / Daily Post"),
        ("Families picnic on the lawn by the track.", None),
        ("A jockey waves to the crowd after winning.", "Ann Vo / Daily Post")]


def test_a_slash_counter_with_its_word_opening_a_caption_is_cut_off() -> None:
    page = ("Title\n\nStory text goes on here, at some length.\n\n"
            "Foto 2/8 Riders parade before the first race.\nFoto: Tom Hale\n\nThe story ends here.\n")
    assert [p.caption for p in parse_page(page).photos] == ["Riders parade before the first race."]


def test_an_uncredited_slide_in_a_script_with_no_capitals_is_a_caption() -> None:
    page = ("بالصور: معرض الكتاب\n\nافتتح المعرض أبوابه صباح الجمعة بمشاركة دور نشر كثيرة.\n\n"
            "1/3\nزوار يتجولون بين أجنحة دور النشر.\nتصوير: سامي الحداد\n"
            "2/3\nكاتب يوقع روايته الجديدة لقرائه.\n"
            "3/3\nطفلة تقرأ قصة في جناح الأطفال.\nتصوير: ليلى منصور\n\nشارك\n")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("زوار يتجولون بين أجنحة دور النشر.", "سامي الحداد"), ("كاتب يوقع روايته الجديدة لقرائه.", None),
        ("طفلة تقرأ قصة في جناح الأطفال.", "ليلى منصور")]


def test_a_phrase_with_no_full_stop_in_a_slide_of_a_script_with_no_capitals_is_no_caption() -> None:
    # a heading's shape or a link's: the letters cannot tell it from a caption, and no full stop says it is one
    page = ("بالصور: معرض الكتاب\n\nافتتح المعرض أبوابه صباح الجمعة بمشاركة دور نشر كثيرة.\n\n"
            "1/3\nزوار يتجولون بين أجنحة دور النشر.\nتصوير: سامي الحداد\n"
            "2/3\nجائزة الرواية\n"
            "3/3\nطفلة تقرأ قصة في جناح الأطفال.\nتصوير: ليلى منصور\n\nشارك\n")
    assert [p.caption for p in parse_page(page).photos] == [
        "زوار يتجولون بين أجنحة دور النشر.", "طفلة تقرأ قصة في جناح الأطفال."]


def test_a_sentence_in_a_script_with_no_capitals_outside_slides_stays_story_text() -> None:
    page = ("معرض الكتاب\n\nافتتح المعرض أبوابه صباح الجمعة.\n\nزوار يتجولون بين أجنحة دور النشر.\n"
            "تصوير: سامي الحداد\n\nكاتب يوقع روايته الجديدة لقرائه.\n\nانتهى المعرض مساء الأحد.\n")
    assert [p.caption for p in parse_page(page).photos] == ["زوار يتجولون بين أجنحة دور النشر."]


GALLERY = ("In pictures: Lantern night\n\nStandfirst of the gallery, a sentence long.\n\n"
           "1 / 3\nVolunteers hang paper lanterns along the railings.\nPhoto: Nadia Rahman\n"
           "2 / 3\n{line}\nA boy raises his lantern as the procession sets off.\nPhoto: Tom Vo\n"
           "3 / 3\nMusicians play on the steps of the customs house.\nPhoto: Nadia Rahman\n\nTags\n")


def test_an_alt_line_under_a_slide_counter_over_its_credited_caption_is_alt_text_even_alone() -> None:
    page = GALLERY.format(line="A boy holding a paper fish lantern above his head")
    assert [p.description for p in parse_page(page).photos] == [
        None, "A boy holding a paper fish lantern above his head", None]


@pytest.mark.parametrize("line", ["The procession sets off at dusk from the quay.", "Lanterns Light Up The Quay",
                                  "ON THE QUAY TONIGHT", "The quay"],
                         ids=["sentence", "heading", "capitals", "two-words"])
def test_a_line_under_a_slide_counter_shaped_otherwise_is_no_alt_text(line: str) -> None:
    page = GALLERY.format(line=line)
    assert [p.description for p in parse_page(page).photos] == [None, None, None]


def test_a_slides_caption_wrapped_over_two_lines_gives_no_alt_text() -> None:
    # the line under the counter is the caption's first half: the caption below it goes on in lower case
    page = GALLERY.replace("A boy raises his lantern", "the procession sets off").format(
        line="A boy raises his lantern above his head as")
    assert [p.description for p in parse_page(page).photos] == [None, None, None]


STORY = ("港町に冬の風物詩\n\n{first}\n\n　港町の浜辺で、干しダラ作りが最盛期を迎えている。\n\n"
         "{second}\n\n　干しダラは来月上旬から市内の直売所で販売される。\n")


def test_a_japanese_tailed_line_alone_is_a_caption_where_another_tailed_caption_is_credited() -> None:
    page = STORY.format(first="棚でタラを干す漁業者たち＝13日午前、港町浜通り（撮影・山本健太）",
                        second="雪の中で干しダラを確かめる漁業者＝13日午後、港町浜通り")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("棚でタラを干す漁業者たち＝13日午前、港町浜通り", "山本健太"), ("雪の中で干しダラを確かめる漁業者＝13日午後、港町浜通り", None)]


def test_a_japanese_tailed_line_alone_with_no_credited_caption_closing_so_is_no_picture() -> None:
    # the only credited caption closes with no tail: no line of the page shows the habit
    page = STORY.format(first="棚でタラを干す漁業者たち（撮影・山本健太）",
                        second="雪の中で干しダラを確かめる漁業者＝13日午後、港町浜通り")
    assert [p.caption for p in parse_page(page).photos] == ["棚でタラを干す漁業者たち"]


def test_a_japanese_tailed_line_run_on_with_a_paragraph_is_no_picture() -> None:
    page = STORY.format(first="棚でタラを干す漁業者たち＝13日午前、港町浜通り（撮影・山本健太）",
                        second="　漁協によると、今季は水揚げが多い。\n雪の中で干しダラを確かめる漁業者＝13日午後、港町浜通り")
    assert [p.caption for p in parse_page(page).photos] == ["棚でタラを干す漁業者たち＝13日午前、港町浜通り"]


@pytest.mark.parametrize("line", ["【関連】北陸で記録的な積雪＝12日、金沢市", "※この記事を更新しました＝13日",
                                  "関連記事\n\n首相、経済対策の策定を指示＝12日"])  # a headline under "related stories"
def test_a_japanese_tailed_line_alone_opened_by_a_mark_or_under_a_related_label_is_no_picture(line: str) -> None:
    # a pointer to another story, a note on this one: no picture's caption
    page = STORY.format(first="棚でタラを干す漁業者たち＝13日午前、港町浜通り（撮影・山本健太）", second=line)
    assert [p.caption for p in parse_page(page).photos] == ["棚でタラを干す漁業者たち＝13日午前、港町浜通り"]


def test_a_subhead_under_a_storys_rule_over_a_credited_caption_is_no_alt_text() -> None:
    # rules ("---") part a story's sections, not slides: no other picture opens right under one
    page = ("Council approves the harbour plan\n\nThe council voted on Tuesday to approve the plan.\n\n"
            "Councillors listen to the debate in the chamber.\nPhoto: Tom Hale / Harbour Gazette\n\n"
            "Work starts in spring, the council said.\n\n---\nWhat happens next for the harbour\n"
            "The harbour master walks along the old pier on Monday.\nPhoto: Ann Vo / Harbour Gazette\n\n"
            "---\nThe plan will cost ten million pounds over five years, the council said.\n")
    assert [(p.description, p.caption) for p in parse_page(page).photos] == [
        (None, "Councillors listen to the debate in the chamber."),
        (None, "The harbour master walks along the old pier on Monday.")]


def test_a_sentence_with_no_capitals_under_a_storys_rule_is_no_caption() -> None:
    # one picture opens under a rule ("---"): sections of a story, not a gallery's slides
    page = ("المجلس يوافق على خطة الميناء\n\nصوت المجلس يوم الثلاثاء على الخطة بعد نقاش طويل.\n\n"
            "---\nمدير الميناء يتجول على الرصيف القديم يوم الاثنين.\nتصوير: سامي الحداد\n\n"
            "تبدأ الأعمال في الربيع بحسب المجلس.\n\n---\nستكلف الخطة عشرة ملايين خلال خمس سنوات.\n")
    assert [p.caption for p in parse_page(page).photos] == ["مدير الميناء يتجول على الرصيف القديم يوم الاثنين."]
