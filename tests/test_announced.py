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
