"""A caption saying where someone stands in the picture, right under another picture's caption (round 93).

A photo story printed one slide a line prints a credit on some slides and none on others; a line right under a
found caption, saying where someone stands ("(left)", "(右二)"), is a picture of its own with no credit. Every
page here is written for these tests.
"""
from __future__ import annotations

from captions import parse_page

_HEAD = ("Harvest festival fills the square\n\n"
         "Thousands of visitors came to the town square on Saturday for the annual harvest festival.\n\n")
_TWO = ("Stallholders set out pumpkins before the gates open on Saturday morning. Photo: Ana Ruiz/Valley Times\n"
        "A brass band leads the parade along Mill Street. Photo: Ana Ruiz/Valley Times\n")
_PLACED = "Festival chair Jo Li (left) hands the first prize to grower Sam Okafor.\n"
_TAIL = "\nThe festival returns next year on the first Saturday of October.\n"


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_placed_line_under_two_credited_captions_is_a_picture() -> None:
    assert _read(_HEAD + _TWO + _PLACED + _TAIL) == [
        ("Stallholders set out pumpkins before the gates open on Saturday morning.", "Ana Ruiz/Valley Times"),
        ("A brass band leads the parade along Mill Street.", "Ana Ruiz/Valley Times"),
        ("Festival chair Jo Li (left) hands the first prize to grower Sam Okafor.", None)]


def test_a_chinese_placed_line_under_a_credited_caption_is_a_picture() -> None:
    page = ("女子竞走决赛 本地选手夺冠\n\n8月2日,在市体育中心进行的女子20公里竞走决赛中,本地选手李晓梅夺得冠军。\n\n"
            "选手李晓梅冲过终点。本报记者 王明 摄\n8月2日,选手们在比赛开始前热身。本报记者 王明 摄\n"
            "选手张红(右二)与队友在终点庆祝。\n\n责任编辑:赵云\n")
    assert _read(page)[2:] == [("选手张红(右二)与队友在终点庆祝。", None)]


def test_a_placed_paragraph_a_blank_line_apart_is_the_story() -> None:
    assert _read(_HEAD + _TWO + "\n" + _PLACED + _TAIL) == _read(_HEAD + _TWO + _TAIL)


def test_one_caption_above_is_no_gallery() -> None:
    one = "Stallholders set out pumpkins before the gates open on Saturday morning. Photo: Ana Ruiz/Valley Times\n"
    assert _read(_HEAD + one + _PLACED + _TAIL) == [
        ("Stallholders set out pumpkins before the gates open on Saturday morning.", "Ana Ruiz/Valley Times")]


def test_a_placed_line_cut_at_the_dump_end_is_left_out() -> None:
    cut = "Festival chair Jo Li (left) hands the first prize to grower Sam\n"
    assert len(_read(_HEAD + _TWO + cut)) == 2


def test_a_placed_paragraph_of_more_sentences_than_the_captions_is_the_story() -> None:
    said = ("Festival chair Jo Li (left) said the fair raised $40,000 for the food bank, a record. "
            "Organisers thanked the volunteers.\n")
    assert _read(_HEAD + _TWO + said + _TAIL) == _read(_HEAD + _TWO + _TAIL)


def test_a_placed_line_ending_no_sentence_under_captions_that_end_one_is_no_caption() -> None:
    teaser = "Mayor Jo Li (left) and her rival clash over the town budget\n"
    assert _read(_HEAD + _TWO + teaser + _TAIL) == _read(_HEAD + _TWO + _TAIL)


def test_a_chinese_story_paragraph_under_the_captions_is_the_story() -> None:
    page = ("女子竞走决赛 本地选手夺冠\n8月2日,在市体育中心进行的女子20公里竞走决赛中,本地选手李晓梅夺得冠军。\n"
            "选手李晓梅冲过终点。本报记者 王明 摄\n8月2日,选手们在比赛开始前热身。本报记者 王明 摄\n"
            "赛后,李晓梅(左)在接受采访时表示,这是她第一次获得全国冠军,她将继续努力,争取在明年的世锦赛上取得好成绩。\n"
            "责任编辑:赵云\n")
    assert [caption for caption, _ in _read(page)] == ["选手李晓梅冲过终点。", "8月2日,选手们在比赛开始前热身。"]


def test_a_placed_line_right_over_a_credited_caption_is_its_alt_text() -> None:
    page = (_HEAD + "Pumpkins on a stall\n"
            "Stallholders set out pumpkins before the gates open on Saturday morning. Photo: Ana Ruiz/Valley Times\n"
            "Jo Li (left) and Sam Okafor hold a giant pumpkin.\n"
            "Festival chair Jo Li hands the first prize to grower Sam Okafor. Photo: Ana Ruiz/Valley Times\n"
            "A band on a street\nA brass band leads the parade along Mill Street. Photo: Ana Ruiz/Valley Times\n" + _TAIL)
    assert [(p.description, p.caption) for p in parse_page(page).photos] == [
        ("Pumpkins on a stall", "Stallholders set out pumpkins before the gates open on Saturday morning."),
        ("Jo Li (left) and Sam Okafor hold a giant pumpkin.",
         "Festival chair Jo Li hands the first prize to grower Sam Okafor."),
        ("A band on a street", "A brass band leads the parade along Mill Street.")]


def test_a_placed_line_over_a_credit_alone_a_blank_line_below_is_left_to_it() -> None:
    assert _read(_HEAD + _TWO + _PLACED + "\nPhoto: Ana Ruiz/Valley Times\n" + _TAIL) == [
        ("Stallholders set out pumpkins before the gates open on Saturday morning.", "Ana Ruiz/Valley Times"),
        ("A brass band leads the parade along Mill Street.", "Ana Ruiz/Valley Times"),
        (None, "Ana Ruiz/Valley Times")]


def test_a_placed_caption_printed_again_cut_short_is_no_second_picture() -> None:
    credited = "Festival chair Jo Li (left) hands the first prize to grower Sam Okafor. Photo: Ana Ruiz/Valley Times\n"
    again = "Festival chair Jo Li (left) hands the first prize to…\n"
    one = "Stallholders set out pumpkins before the gates open on Saturday morning. Photo: Ana Ruiz/Valley Times\n"
    assert _read(_HEAD + one + credited + again + _TAIL) == [
        ("Stallholders set out pumpkins before the gates open on Saturday morning.", "Ana Ruiz/Valley Times"),
        ("Festival chair Jo Li (left) hands the first prize to grower Sam Okafor.", "Ana Ruiz/Valley Times")]
