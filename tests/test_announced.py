"""Pictures a sentence announces: the sentence-ending lines after "These photos show ..." are captions."""
from __future__ import annotations

from captions import parse_page

CAPTIONS = ["The footbridge hangs from one cable.", "Volunteers carry a sofa out of a flooded house.",
            "Mud marks the shop fronts at shoulder height."]
INTRO = "The river rose two metres in one night."


def captions_of(text: str) -> list[str | None]:
    return [p.caption for p in parse_page(text).photos]


# The captions with a second sentence each: a page of these reads as a story by its lines' shape too, so that
# only an announcement can make them captions (three short one-sentence lines read as a gallery's: sentence_runs)
STORY_LINES = [f"{c} It rained again later." for c in CAPTIONS]


def page(intro: str, *, heading: str = "Millbridge, photographed March 2", lines: list[str] = CAPTIONS) -> str:
    return "\n".join(["After the flood", intro, heading, *lines])


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
    assert captions_of(page(f"These photos show what we found. {INTRO}", lines=STORY_LINES)) == []


def test_a_page_without_an_announcement_keeps_its_paragraphs() -> None:
    assert captions_of(page(INTRO, lines=STORY_LINES)) == []


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


CREDITED = ["Moradores retiram lama de uma loja", "Um barco ficou encalhado na praça", "Crianças carregam móveis"]


def credited_story(announcement: str) -> str:
    return "\n".join(["A cheia do Taquari", "A água baixou em Lajeado.", announcement, "Ana Souza/Reuters",
                      CREDITED[0], CREDITED[1], "Rui Prado/AFP", CREDITED[2], "Ana Souza/Reuters"])


def test_an_announcement_over_a_credit_is_no_caption_the_line_below_is() -> None:
    photos = parse_page(credited_story("A seguir, confira 12 fotos da limpeza.")).photos
    assert [(p.caption, p.credit and p.credit.raw) for p in photos] == [
        (CREDITED[0], "Ana Souza/Reuters"), (CREDITED[1], "Rui Prado/AFP"), (CREDITED[2], "Ana Souza/Reuters")]


def test_a_count_may_stand_between_an_announcements_words() -> None:
    assert captions_of(page(f"{INTRO} These 5 photos show what our reporters found.")) == CAPTIONS


def test_a_sentence_over_the_first_credit_that_announces_nothing_stays_its_caption() -> None:
    photos = parse_page(credited_story("A limpeza começou na segunda-feira.")).photos
    assert photos[0].caption == "A limpeza começou na segunda-feira."


SLIDES = ["Fishing boats sit locked in the ice along the north quay.",
          "The ferry terminal stood empty on Thursday morning. Every crossing was cancelled.",
          "An icebreaker cuts a channel toward the grain silos."]
STANDFIRST = "The cold snap has frozen the inner harbour for the first time since 1987. Ferries were cancelled."


def slidelist(headline: str, *lines: str) -> str:
    return "\n".join([headline, headline, STANDFIRST, *lines])


def test_under_a_headline_saying_photos_show_the_lines_after_the_standfirst_are_captions() -> None:
    photos = parse_page(slidelist("Striking photos show the frozen harbour", *SLIDES)).photos
    assert [(p.description, p.caption, p.credit) for p in photos] == [(None, c, None) for c in SLIDES]


def test_a_headline_about_photos_over_a_bylined_story_shows_none() -> None:
    assert captions_of(slidelist("Leaked photos show the mayor at a party", "By Jo Li", *SLIDES)) == []


def test_a_headline_about_photos_over_a_story_quoting_people_shows_none() -> None:
    quoted = [*SLIDES[:2], "“We have never seen it so thick,” the harbour master said."]
    assert captions_of(slidelist("Striking photos show the frozen harbour", *quoted)) == []


def test_a_headline_about_photos_over_a_paragraph_longer_than_a_caption_shows_none() -> None:
    long = ("The council said on Tuesday that it would meet again on Friday to discuss the harbour budget, which was"
            " cut last spring after the port lost two of its three ferry contracts to a rival on the mainland.")
    assert captions_of(slidelist("New photos show the harbour", *SLIDES, long)) == []


def test_an_indonesian_announcement_and_kicker_captions() -> None:
    captions = ["GENANGAN – Seorang ibu menuntun sepedanya melewati jalan yang terendam.",
                "PERAHU – Nelayan memperbaiki jaring di atas perahu di depan rumahnya.",
                "DAPUR UMUM – Relawan memasak nasi bungkus untuk warga yang mengungsi."]
    intro = "Air laut pasang merendam kampung nelayan sejak Sabtu. Berikut beberapa foto dari lokasi."
    assert captions_of("\n".join(["Kampung nelayan terendam rob", intro, *captions])) == captions
