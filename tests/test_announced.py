"""Pictures a sentence announces: the sentence-ending lines after "These photos show ..." are captions."""
from __future__ import annotations

from captions import parse_page

CAPTIONS = ["The footbridge hangs from one cable.", "Volunteers carry a sofa out of a flooded house.",
            "Mud marks the shop fronts at shoulder height."]
INTRO = "The river rose two metres in one night."


def captions_of(text: str) -> list[str | None]:
    return [p.caption for p in parse_page(text).photos]


def page(intro: str, *, heading: str = "Millbridge, photographed March 2") -> str:
    return "\n".join(["After the flood", intro, heading, *CAPTIONS])


def test_the_lines_after_an_announcing_sentence_are_uncredited_captions() -> None:
    photos = parse_page(page(f"{INTRO} These photos show what our reporters found.")).photos
    assert [(p.description, p.caption, p.credit) for p in photos] == [(None, c, None) for c in CAPTIONS]


def test_a_byline_in_brackets_may_close_the_announcing_line() -> None:
    assert captions_of(page(f"{INTRO} These photos show what we found. (Courier team)")) == CAPTIONS


def test_japanese_announcement_and_dated_heading() -> None:
    captions = ["火災で焼失した商店街の跡です。建物はほとんど残っていません。", "道路の両脇には崩れ落ちた家屋が並んでいました。",
                "避難所の前には支援物資を待つ人の列ができていました。"]
    text = "\n".join(["地震から1カ月。被災地の様子を写真で紹介します。(取材班)", "", "山里町(震度6強)=1月28日撮影", "", *captions])
    assert captions_of(text) == captions


def test_an_announcement_the_story_goes_on_after_announces_nothing() -> None:
    assert captions_of(page(f"These photos show what we found. {INTRO}")) == []


def test_a_page_without_an_announcement_keeps_its_paragraphs() -> None:
    assert captions_of(page(INTRO)) == []


def test_a_page_that_prints_a_credit_is_read_by_its_credits() -> None:
    text = page(f"{INTRO} These photos show what we found.") + "\nA boy wades down Mill Lane. (Jo Li/AFP)"
    assert [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos] == [
        ("A boy wades down Mill Lane.", "Jo Li/AFP")]


UNENDED = ["Families wave flags from the harbour wall", "A cadet climbs the rigging to furl the sail",
           "Crowds on the pier cheering the smallest crew"]
STORY = ["Thousands gathered on the harbour wall to watch the fleet return.", "The ships left in May for the race."]


def story(headline: str, tail: list[str] = UNENDED) -> str:
    return "\n".join([headline, *STORY, *tail])


def test_lines_ending_no_sentence_after_a_photos_headlines_story_are_captions() -> None:
    photos = parse_page(story("Tall ships return (Photos)")).photos
    assert [(p.description, p.caption, p.credit) for p in photos] == [(None, c, None) for c in UNENDED]


def test_other_picture_marks_close_a_headline_alike() -> None:
    assert captions_of(story("Tall ships return [PHOTOS]")) == UNENDED
    assert captions_of(story("Regresan los veleros (+Fotos)")) == UNENDED


def test_a_gallery_heading_frames_the_run_alike() -> None:
    assert captions_of("Harbour news\nIn Pictures: Tall ships return\n" + story("By Jo Li")) == UNENDED


def test_without_a_mark_the_lines_after_the_story_are_left() -> None:
    assert captions_of(story("Tall ships return")) == []


def test_a_run_of_headings_is_no_captions() -> None:
    links = ["Harbour Road to Close", "Mayor Backs New Race", "Tall Ships Festival Dates"]
    assert captions_of(story("Tall ships return (Photos)", [*links, UNENDED[0]])) == []
