"""Conventions of the press seen on blind set R (issue #11, round 23): "(Photo supplied)" closing a caption with
no colon, a photographer joined to the paper by a spaced bullet ("Name • Paper"), a video's poster under the
Arabic word for video ("فيديو: ..."), and the body running a World Heritage site credited as "Weltkulturerbe ...".

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

from captions.parse.credit import parse_credit
from tests.html_story import pictures


def figure(caption: str, src: str = "https://cdn.example/1.jpg") -> str:
    return f'<figure><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>'


def test_photo_supplied_in_brackets_closing_a_caption_is_its_credit() -> None:
    assert pictures(figure("Volunteers fold paper lanterns on Thursday. (Photo supplied)")) == [
        ("Volunteers fold paper lanterns on Thursday.", "Photo supplied")]


def test_photo_supplied_names_no_one() -> None:
    credit = parse_credit("Photo supplied")
    assert (credit.photographers, credit.agencies) == ([], [])


def test_a_spaced_bullet_joins_the_photographer_to_the_paper() -> None:
    credit = parse_credit("Colin MacIsaac • Fundy Shore News")
    assert (credit.photographers, credit.agencies) == (["Colin MacIsaac"], ["Fundy Shore News"])


def test_a_video_poster_under_the_arabic_word_for_video_is_no_picture() -> None:
    poster = ('<div class="video-box"><figure><img src="https://cdn.example/poster.jpg" alt="فيديو">'
              '<figcaption>فيديو: جولة داخل المكتبة</figcaption></figure></div>')
    assert pictures(figure("قاعة القراءة في المكتبة. (تصوير: فهد العتيبي)") + poster) == [
        ("قاعة القراءة في المكتبة.", "فهد العتيبي")]


def test_a_caption_only_mentioning_a_video_is_still_a_picture() -> None:
    assert pictures(figure("مشاهد من فيديو نشرته البلدية. (تصوير: فهد العتيبي)")) == [
        ("مشاهد من فيديو نشرته البلدية.", "فهد العتيبي")]


def test_a_world_heritage_site_credits_as_a_body() -> None:
    credit = parse_credit("Tom Reiter/Weltkulturerbe Eisenwerk Kellbach")
    assert (credit.photographers, credit.agencies) == (["Tom Reiter"], ["Weltkulturerbe Eisenwerk Kellbach"])
