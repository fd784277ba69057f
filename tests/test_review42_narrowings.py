"""Review 42: rounds 77 and 78's rules tried on text they should not touch (invented pages).

Round 78 let a word saying a picture was handed over ("Courtesy", "Handout") make a credit of the name closing a
caption's last sentence, and let one word of a script with no capitals ("கோப்புப்படம்", file picture) make a credit
alone on its line. One plain capitalised word after the handed-over word is prose's as often as a body's ("Courtesy
Week"), and Hebrew and Arabic space their words, so one word alone there is one word ("ארכיון", archive), as
"Archive" alone is: neither is read as a credit.
"""
from __future__ import annotations

import pytest

from captions import parse_page

_HEAD = "Flood in the valley\n\nThe river rose all night and closed two roads on Monday.\n\n"
_TAIL = "\n\nOfficials said the road would reopen on Friday after crews checked the bridge.\n"


def _credits(text: str) -> list[str | None]:
    return [p.credit.raw if p.credit else None for p in parse_page(text).photos]


@pytest.mark.parametrize("line", [
    "The school marks the day each year. Courtesy Week",
    "Volunteers thanked the mayor for her help. Courtesy Counts",
    "Children wave flags at the parade. Handout Day",
])
def test_plain_word_after_handed_over_word_is_no_credit(line: str) -> None:
    assert _credits(_HEAD + line + _TAIL) == []


@pytest.mark.parametrize("line, credit", [
    ("A crew clears branches at the pumping station. Courtesy Millbrook Water Department",
     "Courtesy Millbrook Water Department"),
    ("La dépression vue par satellite mercredi à six heures. Capture d'écran Météo-France",
     "Capture d'écran Météo-France"),
    ("Une femme regarde l'eau depuis sa fenêtre. Capture d'écran Facebook", "Capture d'écran Facebook"),
    ("El equipo celebra la victoria en el estadio. Gentileza ANDE", "Gentileza ANDE"),
])
def test_named_source_after_handed_over_word_still_credits(line: str, credit: str) -> None:
    assert _credits(_HEAD + line + _TAIL) == [credit]


@pytest.mark.parametrize("page", [
    "שיטפונות בצפון\n\nהגשמים הכבדים גרמו להצפות בכמה יישובים בגליל.\n\nארכיון\n\n"
    "המשטרה סגרה את הכביש לתנועה עד להודעה חדשה.\n",
    "שיטפונות בצפון\n\nהגשמים הכבדים גרמו להצפות בכמה יישובים בגליל.\n\nיח\"צ\n\n"
    "המשטרה סגרה את הכביש לתנועה עד להודעה חדשה.\n",
    "أمطار غزيرة في المدينة\n\nتسببت الأمطار الغزيرة في إغلاق عدد من الطرق الرئيسية.\n\nأرشيفية\n\n"
    "وقالت الشرطة إن الطرق ستفتح غدا.\n",
])
def test_one_spaced_uncased_word_alone_is_no_credit(page: str) -> None:
    assert _credits(page) == []


def test_glued_file_picture_alone_still_credits() -> None:
    page = "颱風過境\n\n颱風造成淹水，市府已開設收容所。\n\n資料照\n\n市府呼籲民眾注意安全。\n"
    assert _credits(page) == ["資料照"]


@pytest.mark.parametrize("credit, agencies", [
    ("Photo: Courtesy of the Royal Family", ["Royal Family"]),  # capitalised: an institution, not a private family
    ("Photo: Courtesy of the Addams Family", ["Addams Family"]),
    ("Photo: Courtesy of the Haddad family", []),  # news style's private family, in lower case: names no one
])
def test_family_word_in_lower_case_only(credit: str, agencies: list[str]) -> None:
    from captions.parse.credit import parse_credit
    assert parse_credit(credit).agencies == agencies


_SPORT = (" date 2026-05-20 Sport\nHosts beat champions in extra time to reach the final\nReuters\n20 May 2026, 17:30\n"
          "{line}\nPlayers celebrate the winning goal in the second half of extra time at the national stadium on "
          "Tuesday. Photo: Ivan Kovač\nThe hosts came from behind twice before the substitute scored in the 118th "
          "minute.\n")


@pytest.mark.parametrize("line", ["Subscribe to our daily newsletter", "Sign up for our morning briefing",
                                  "Follow our live coverage of the final", "Sigue nuestro canal de WhatsApp",
                                  "Suivez-nous sur Instagram et Facebook"])
def test_call_to_follow_or_subscribe_is_no_lead_alt(line: str) -> None:
    """Round 78's label over a whole-sentence caption took any four words; a call to the reader is furniture."""
    assert [p.description for p in parse_page(_SPORT.format(line=line)).photos] == [None]


def test_a_picture_s_label_over_a_whole_sentence_caption_stays_its_alt_text() -> None:
    page = _SPORT.format(line="Players celebrating the winner")
    assert [p.description for p in parse_page(page).photos] == ["Players celebrating the winner"]


@pytest.mark.parametrize("line", ["The story so far", "Reporting by the sports desk", "From our correspondent in Madrid",
                                  "Guardar para leer después", "Add to your saved stories",
                                  "Comments are closed on this story"])
def test_a_line_under_the_head_opening_as_no_description_is_no_lead_alt(line: str) -> None:
    """Round 78's label over a whole-sentence caption, sharing no word with it, opens as a description does."""
    assert [p.description for p in parse_page(_SPORT.format(line=line)).photos] == [None]


@pytest.mark.parametrize("line", ["A man with a broom outside a door", "Un hombre con una escoba frente a una puerta"])
def test_a_described_picture_under_the_head_is_the_lead_alt(line: str) -> None:
    assert [p.description for p in parse_page(_SPORT.format(line=line)).photos] == [line]
