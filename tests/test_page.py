"""Reading a page dump: each picture's alt text, caption and credit (SPEC: "The input: a page dump").

Every page here is invented for its test, written in the style of a real outlet.
A photo is shown as (description, caption, raw credit).
"""
from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from captions import load_registry, parse_page

Found = tuple[str | None, str | None, str | None]


def found(page: str) -> list[Found]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


# -- credit styles ------------------------------------------------------------

CREDIT_STYLES = [
    pytest.param(
        "Floods cut off villages in Sylhet\n"
        "\n"
        "Thousands have fled rising water in the north-east of the country.\n"
        "\n"
        "Residents wade through a flooded street in Sylhet on Tuesday. [Rafiq Hossain/AFP]\n",
        [(None, "Residents wade through a flooded street in Sylhet on Tuesday.", "Rafiq Hossain/AFP")],
        id="bracketed-name-agency",
    ),
    pytest.param(
        "Kim hosts foreign delegation in Pyongyang\n"
        "\n"
        "Kim Jong Un shakes hands with a visiting delegation at the Kumsusan guesthouse. [KCNA via KNS and AFP]\n",
        [(None, "Kim Jong Un shakes hands with a visiting delegation at the Kumsusan guesthouse.",
          "KCNA via KNS and AFP")],
        id="bracketed-via-chain",
    ),
    pytest.param(
        "Leaders meet for summer summit\n"
        "\n"
        "Delegates arrive at the conference hall in Hanoi on June 19, 2024. / Photo: Reuters / Reuters\n",
        [(None, "Delegates arrive at the conference hall in Hanoi on June 19, 2024.", "Reuters / Reuters")],
        id="slash-marker-photo-leadin",
    ),
    pytest.param(
        "Seoul marks Liberation Day\n"
        "\n"
        "| Veterans salute the flag at a ceremony in Seoul on Friday. / Yonhap |\n",
        [(None, "Veterans salute the flag at a ceremony in Seoul on Friday.", "Yonhap")],
        id="slash-marker-table-cell",
    ),
    pytest.param(
        "Rescue teams search for survivors\n"
        "\n"
        "A rescuer carries a child from the rubble of a collapsed building in Kathmandu, Nepal, May 2016. "
        "REUTERS/Damir Kovac\n",
        [(None, "A rescuer carries a child from the rubble of a collapsed building in Kathmandu, Nepal, May 2016.",
          "REUTERS/Damir Kovac")],
        id="agency-first-slash-name",
    ),
    pytest.param(
        "Kim tours a tractor plant\n"
        "\n"
        "Kim Jong Un tours a tractor factory in South Hamgyong province, state media said on Thursday. "
        "KCNA via REUTERS\n",
        [(None, "Kim Jong Un tours a tractor factory in South Hamgyong province, state media said on Thursday.",
          "KCNA via REUTERS")],
        id="agency-first-via",
    ),
    pytest.param(
        "Soldiers patrol the border\n"
        "\n"
        "South Korean marines patrol a beach on Yeonpyeong island on Monday. (AP Photo/Ahn Young-joon)\n",
        [(None, "South Korean marines patrol a beach on Yeonpyeong island on Monday.", "AP Photo/Ahn Young-joon")],
        id="parenthesised-ap-photo",
    ),
    pytest.param(
        "Srinagar under lockdown\n"
        "\n"
        "Empty roads in Srinagar as daily life stays on hold during the curfew. (Photo | Priya Menon, EPS)\n",
        [(None, "Empty roads in Srinagar as daily life stays on hold during the curfew.", "Priya Menon, EPS")],
        id="parenthesised-photo-pipe",
    ),
    pytest.param(
        "Floodwaters reach Townsville homes\n"
        "\n"
        "A man paddles a kayak down a flooded street in Townsville. (ABC News: Tom Hartley)\n",
        [(None, "A man paddles a kayak down a flooded street in Townsville.", "ABC News: Tom Hartley")],
        id="parenthesised-outlet-colon-name",
    ),
    pytest.param(
        "India: news in pictures\n"
        "\n"
        "Farmers march towards the state assembly in Mumbai on Monday. (PTI)\n",
        [(None, "Farmers march towards the state assembly in Mumbai on Monday.", "PTI")],
        id="parenthesised-agency-after-full-stop",
    ),
    pytest.param(
        "Putin meets governors at the Kremlin\n"
        "\n"
        "Vladimir Putin chairs a meeting with regional governors in Moscow. (Kremlin.ru)\n",
        [(None, "Vladimir Putin chairs a meeting with regional governors in Moscow.", "Kremlin.ru")],
        id="parenthesised-domain",
    ),
    pytest.param(
        "Kim Jong Un visits a kindergarten\n"
        "\n"
        "North Korean children perform a song for visitors in Pyongyang.\n"
        "Kim Jae-hoon/Reuters\n",
        [(None, "North Korean children perform a song for visitors in Pyongyang.", "Kim Jae-hoon/Reuters")],
        id="own-line-below-name-agency",
    ),
    pytest.param(
        "Storm batters the Carolinas\n"
        "\n"
        "A lifeguard stand lies toppled on the beach at Wrightsville on Friday.\n"
        "AP\n",
        [(None, "A lifeguard stand lies toppled on the beach at Wrightsville on Friday.", "AP")],
        id="own-line-below-bare-agency",
    ),
    pytest.param(
        "Ice Storm Closes Schools Across Vermont\n"
        "\n"
        "Hilda Park for The New York Times\n"
        "\n"
        "A school bus sits in a ditch on Route 7 after freezing rain coated the roads overnight.\n",
        [(None, "A school bus sits in a ditch on Route 7 after freezing rain coated the roads overnight.",
          "Hilda Park for The New York Times")],
        id="own-line-above-for-publication",
    ),
    pytest.param(
        "Monsoon rains flood Mumbai\n"
        "\n"
        "Image source, Getty Images\n"
        "Image caption, Commuters push their motorbikes through a flooded road in Mumbai\n",
        [(None, "Commuters push their motorbikes through a flooded road in Mumbai", "Getty Images")],
        id="image-source-above-image-caption",
    ),
    pytest.param(
        "Monsoon rains flood Mumbai\n"
        "\n"
        "Image copyright EPA\n"
        "Image caption, Children swim in a waterlogged square in Mumbai\n",
        [(None, "Children swim in a waterlogged square in Mumbai", "EPA")],
        id="image-copyright-above-image-caption",
    ),
    pytest.param(
        "Seven days in photographs\n"
        "\n"
        "Our editors choose the week's most memorable images.\n"
        "\n"
        "A man in a red coat stands on a frozen lake Image copyright Anna Berg/Reuters\n"
        "Image caption A fisherman waits by a hole in the ice on Lake Baikal in Siberia.\n",
        [("A man in a red coat stands on a frozen lake",
          "A fisherman waits by a hole in the ice on Lake Baikal in Siberia.", "Anna Berg/Reuters")],
        id="old-bbc-alt-image-copyright",
    ),
    pytest.param(
        "Storm Leaves Thousands Without Power\n"
        "\n"
        "Crews repair a downed line in Queens on Tuesday.Credit...Jane Doe/The New York Times\n",
        [(None, "Crews repair a downed line in Queens on Tuesday.", "Jane Doe/The New York Times")],
        id="credit-dots-glued",
    ),
    pytest.param(
        "Protesters rally in Budapest\n"
        "\n"
        "Demonstrators hold up their phones during a rally in Budapest, Hungary, December 16, 2018. "
        "Bernadett Szabo, EPA-EFE\n",
        [(None, "Demonstrators hold up their phones during a rally in Budapest, Hungary, December 16, 2018.",
          "Bernadett Szabo, EPA-EFE")],
        id="trailing-name-comma-agency",
    ),
    pytest.param(
        "Nuclear talks end without a deal\n"
        "\n"
        "A delegate waves from a bus leaving the talks venue in Geneva on Tuesday. Chung Min-ho/AP hide caption\n"
        "\n"
        "toggle caption Chung Min-ho/AP\n"
        "\n"
        "Diplomats said a new round could follow in the spring.\n",
        [(None, "A delegate waves from a bus leaving the talks venue in Geneva on Tuesday.", "Chung Min-ho/AP")],
        id="npr-hide-toggle-caption",
    ),
]


@pytest.mark.parametrize(("page", "expected"), CREDIT_STYLES)
def test_parse_page_credit_style(page: str, expected: list[Found]) -> None:
    assert found(page) == expected, page


# (lead-in word, headline, caption, credit): each lead-in gets its own small page
LEADIN_PAGES = [
    pytest.param("Photograph:", "Heatwave grips southern Europe",
                 "Tourists shelter from the sun by a fountain in Rome on Sunday.", "Marco Rossi/AFP",
                 id="photograph"),
    pytest.param("Photo:", "Haze returns to Singapore",
                 "Joggers run along the Marina Bay waterfront as haze blankets the city on Tuesday.", "Lim Wei Jie",
                 id="photo"),
    pytest.param("Photo by", "Dubai opens new metro line",
                 "Passengers board the first train at Expo station on Monday morning.", "Ahmed Kassab",
                 id="photo-by"),
    pytest.param("Credit:", "Wildfire forces evacuations in Victoria",
                 "Smoke rises over the hills near Bairnsdale on Thursday afternoon.", "Sam Bell/AAP",
                 id="credit"),
    pytest.param("Picture:", "Farmers count cost of dry winter",
                 "A farmer checks an empty dam on his property near Dubbo in New South Wales.", "Kate Lowe",
                 id="picture"),
    pytest.param("Image:", "Volcano erupts in Iceland",
                 "Lava flows from a fissure near Grindavik late on Monday night.", "Jon Olafsson/AFP",
                 id="image"),
    pytest.param("©", "Ice sculptures go on show in Harbin",
                 "Visitors walk among illuminated ice castles at the festival in Harbin on Friday.", "Zhao Lin/Xinhua",
                 id="copyright-sign"),
]


@pytest.mark.parametrize(("leadin", "headline", "caption", "credit"), LEADIN_PAGES)
def test_parse_page_leadin_word_at_caption_end(leadin: str, headline: str, caption: str, credit: str) -> None:
    page = f"{headline}\n\nOfficials urged residents to follow local advice.\n\n{caption} {leadin} {credit}\n"
    assert found(page) == [(None, caption, credit)], page


@pytest.mark.parametrize(("leadin", "headline", "caption", "credit"), LEADIN_PAGES)
def test_parse_page_leadin_word_on_its_own_line(leadin: str, headline: str, caption: str, credit: str) -> None:
    page = f"{headline}\n\nOfficials urged residents to follow local advice.\n\n{caption}\n{leadin} {credit}\n"
    assert found(page) == [(None, caption, credit)], page


# -- brackets and parentheses that are not credits ------------------------------

NOT_CREDITS = [
    pytest.param(
        "Minister defends budget\n"
        "\n"
        "The minister wrote that the figures were \"definately correct\" [sic]\n",
        id="sic",
    ),
    pytest.param(
        "Study questions sea wall plan\n"
        "\n"
        "The report found the wall would protect fewer homes than promised. [1]\n",
        id="footnote",
    ),
    pytest.param(
        "Ferry service suspended\n"
        "\n"
        "This story has been changed to include a statement from the operator. [Updated]\n",
        id="updated",
    ),
    pytest.param(
        "Quake death toll rises\n"
        "\n"
        "Rescue teams reached the town overnight, according to Turkey's state-run Anadolu Agency (AA)\n",
        id="aa-after-anadolu-agency",
    ),
    pytest.param(
        "Chipmaker plans listing\n"
        "\n"
        "The company said it would raise funds through an initial public offering (IPO)\n",
        id="ipo-after-initial-public-offering",
    ),
    pytest.param(
        "Council approves new bridge\n"
        "\n"
        "The plans were presented by the mayor (left) and her deputy (right)\n",
        id="right",
    ),
    pytest.param(
        "Sanctions tighten on Pyongyang\n"
        "\n"
        "Washington announced new measures against shipping firms on Friday. (Related story link)\n",
        id="related-story-link",
    ),
]


@pytest.mark.parametrize("page", NOT_CREDITS)
def test_parse_page_bracket_in_prose_makes_no_photo(page: str) -> None:
    assert found(page) == [], page


IN_CAPTIONS = [
    pytest.param(
        "A banner reads \"Goverment out\" [sic] at a protest in Lagos on Friday.", "[Ola Adeyemi/Reuters]",
        "Ola Adeyemi/Reuters", id="sic",
    ),
    pytest.param(
        "The council's flood map [1] is displayed at a meeting in Leeds on Monday.", "Photograph: Jo Hart/PA",
        "Jo Hart/PA", id="footnote",
    ),
    pytest.param(
        "[Updated] Firefighters tackle a blaze at a warehouse in Leeds on Monday.", "Photograph: Jo Hart/PA",
        "Jo Hart/PA", id="updated",
    ),
    pytest.param(
        "Rescuers search the rubble in Hatay, according to the Anadolu Agency (AA), on Tuesday.",
        "Photograph: Emre Yilmaz/Reuters", "Emre Yilmaz/Reuters", id="aa-after-anadolu-agency",
    ),
    pytest.param(
        "Traders follow the chipmaker's initial public offering (IPO) in Shanghai on Friday.", "(AP Photo/Wang Lei)",
        "AP Photo/Wang Lei", id="ipo-after-initial-public-offering",
    ),
    pytest.param(
        "Kim Jong Un (right) welcomes Vladimir Putin at the airport in Pyongyang.", "[Gavriil Grigorov/Sputnik]",
        "Gavriil Grigorov/Sputnik", id="right",
    ),
]


@pytest.mark.parametrize(("caption", "printed_credit", "credit"), IN_CAPTIONS)
def test_parse_page_bracket_in_a_caption_stays_in_it(caption: str, printed_credit: str, credit: str) -> None:
    page = f"News in pictures\n\n{caption} {printed_credit}\n"
    assert found(page) == [(None, caption, credit)], page


# -- caption labels ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "Drought shrinks the Rhine\n"
            "\n"
            "IMAGE: A barge passes exposed sandbanks near Kaub on Thursday. Photograph: Lena Vogt/dpa\n",
            [(None, "A barge passes exposed sandbanks near Kaub on Thursday.", "Lena Vogt/dpa")],
            id="image-label",
        ),
        pytest.param(
            "Drought shrinks the Rhine\n"
            "\n"
            "Image source, Reuters\n"
            "Image caption, A barge passes exposed sandbanks near Kaub on Thursday\n",
            [(None, "A barge passes exposed sandbanks near Kaub on Thursday", "Reuters")],
            id="image-caption-comma-label",
        ),
    ],
)
def test_parse_page_caption_label_is_not_part_of_caption(page: str, expected: list[Found]) -> None:
    assert found(page) == expected, page


# -- pictures with only a credit, or only a caption --------------------------------

def test_parse_page_credit_without_caption_is_a_photo() -> None:
    page = (
        "Rally draws thousands in Delhi\n"
        "\n"
        "IMAGE: Party workers wave flags at the Ramlila ground on Sunday. Photograph: Rohit Kumar/ANI Photo\n"
        "\n"
        "Photograph: Rohit Kumar/ANI Photo\n"
        "\n"
        "IMAGE: A supporter holds a poster about fuel prices. Photograph: Meena Rao/Reuters\n"
    )
    assert found(page) == [
        (None, "Party workers wave flags at the Ramlila ground on Sunday.", "Rohit Kumar/ANI Photo"),
        (None, None, "Rohit Kumar/ANI Photo"),
        (None, "A supporter holds a poster about fuel prices.", "Meena Rao/Reuters"),
    ], page


def test_parse_page_a_reporters_byline_with_its_address_alone_is_no_picture() -> None:
    # "Name 기자 name@mail" under a story's last paragraph: the story's writer, not a picture's credit
    page = (
        "[포토] 봄비 내린 도심\n"
        "10일 서울 도심에 봄비가 내렸다. 기상청은 주말까지 비가 이어질 것으로 내다봤다.\n"
        "시민들은 우산을 쓰고 출근길에 나섰다.\n"
        "이서윤 기자 seoyun@example.kr\n"
        "댓글 0\n"
    )
    assert found(page) == [], page


def test_parse_page_a_reporters_name_with_its_address_closing_a_caption_is_its_credit() -> None:
    page = "[포토] 봄비 내린 도심\n10일 시민들이 우산을 쓰고 출근하고 있다. 이서윤 기자 seoyun@example.kr\n댓글 0\n"
    # the address stays in the credit as printed (and names no one)
    assert found(page) == [(None, "10일 시민들이 우산을 쓰고 출근하고 있다.", "이서윤 기자 seoyun@example.kr")], page


def test_parse_page_chinese_caption_over_its_credit_alone() -> None:
    # no capitals, no spaces: the caption is a sentence by its length and its "。"; the title is neither
    page = (
        "·图片精选·\n"
        "春耕时节\n"
        "3月5日,农民在江西省南昌县的田间驾驶农机翻耕土地。\n"
        "新华社记者 周明远 摄\n"
    )
    assert found(page) == [(None, "3月5日,农民在江西省南昌县的田间驾驶农机翻耕土地。", "新华社记者 周明远")], page


def test_parse_page_mark_before_a_framed_credit_sets_it_off() -> None:
    page = "要闻\n\n3月5日,农民在田间驾驶农机翻耕土地。 ■新华社记者 周明远 摄\n"
    assert found(page) == [(None, "3月5日,农民在田间驾驶农机翻耕土地。", "新华社记者 周明远")], page


def test_parse_page_mark_a_users_file_adds_sets_a_framed_credit_off(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text('markers:\n  credit_marks: ["※"]\n', encoding="utf-8")
    page = "要闻\n\n3月5日,农民在田间驾驶农机翻耕土地。 ※新华社记者 周明远 摄\n"
    photos = parse_page(page, registry=load_registry(mine)).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("3月5日,农民在田间驾驶农机翻耕土地。", "新华社记者 周明远")], page


@pytest.mark.parametrize(
    "above",
    [
        pytest.param("春耕时节\n", id="title-without-full-stop"),
        pytest.param("农机下田。\n", id="too-short-for-a-sentence"),
    ],
)
def test_parse_page_no_caption_from_a_line_that_is_no_chinese_sentence(above: str) -> None:
    page = "·图片精选·\n" + above + "新华社记者 周明远 摄\n"
    assert found(page) == [(None, None, "新华社记者 周明远")], page


def test_parse_page_two_identical_credit_lines_are_two_photos() -> None:
    page = (
        "Rally draws thousands in Delhi\n"
        "\n"
        "IMAGE: Party workers wave flags at the Ramlila ground on Sunday. Photograph: Rohit Kumar/ANI Photo\n"
        "\n"
        "Photograph: Meena Rao/Reuters\n"
        "\n"
        "Photograph: Meena Rao/Reuters\n"
        "\n"
        "IMAGE: A supporter holds a poster about fuel prices. Photograph: Rohit Kumar/ANI Photo\n"
    )
    assert found(page) == [
        (None, "Party workers wave flags at the Ramlila ground on Sunday.", "Rohit Kumar/ANI Photo"),
        (None, None, "Meena Rao/Reuters"),
        (None, None, "Meena Rao/Reuters"),
        (None, "A supporter holds a poster about fuel prices.", "Rohit Kumar/ANI Photo"),
    ], page


@pytest.mark.parametrize("line", [
    pytest.param("The captain lifts his daughter beside the trophy. REUTERS The captain lifts his daughter beside the "
                 "trophy. REUTERS", id="caption-and-credit-twice"),
    pytest.param("The captain lifts his daughter beside the trophy. REUTERS The captain lifts his daughter beside the "
                 "trophy.", id="credit-between-the-copies"),
])
def test_parse_page_caption_printed_twice_on_one_line_around_its_credit(line: str) -> None:
    page = f"Champions celebrate with their families\n\n{line}\n\nThe squad marked the title on the pitch.\n"
    assert found(page) == [(None, "The captain lifts his daughter beside the trophy.", "REUTERS")], page


_WORD = st.text("abcdefghijklmnopqrstuvwxyzáéõç", min_size=2, max_size=9)
_SENTENCE = st.builds(lambda first, rest: " ".join([first.capitalize(), *rest]) + ".", _WORD,
                      st.lists(_WORD, min_size=3, max_size=12))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(caption=_SENTENCE, credit=st.sampled_from(["REUTERS", "AFP", "(Jo Li/AP)", "Foto: Ana Souza/Reuters"]))
def test_parse_page_a_caption_printed_twice_around_its_credit_reads_as_printed_once(caption: str, credit: str) -> None:
    once = f"{caption} {credit}"
    page = "Headline over the gallery\n\n{}\n"
    expected = found(page.format(once))
    assert [picture[1] for picture in expected] == [caption]
    assert found(page.format(f"{once} {once}")) == expected
    assert found(page.format(f"{once} {caption}")) == expected


@pytest.mark.parametrize(("line", "credit"), [
    pytest.param("The captain lifts his daughter. REUTERS The captain lifts his son. REUTERS", "REUTERS",
                 id="copies-differ"),
    pytest.param("The captain lifts his daughter. REUTERS The captain lifts his daughter. AFP", "AFP",
                 id="credits-differ"),
])
def test_parse_page_a_line_holding_no_identical_copies_is_read_whole(line: str, credit: str) -> None:
    caption = line.removesuffix(f" {credit}")
    assert found(f"Champions\n\n{line}\n") == [(None, caption, credit)], line


def test_parse_page_gallery_caption_printed_three_times_without_credit() -> None:
    dragons = "Paper dragons float on the Cheonggye stream on the festival's opening night."
    girl = "A girl holds a paper lantern shaped like a tiger at the festival in Seoul on Sunday."
    monks = "Monks carry a giant lotus lantern through the crowd near Jogyesa temple."
    page = (
        "Lanterns light up Seoul\n"
        "\n"
        "Visitors crowd the banks of the Cheonggye stream for the annual festival.\n"
        "\n"
        f"{dragons}\n{dragons}\n{dragons}\n"
        "Kim Hana/Yonhap\n"
        f"{girl}\n{girl}\n{girl}\n"
        f"{monks}\n{monks}\n{monks}\n"
        "Park Ji-won/Reuters\n"
    )
    assert found(page) == [
        (None, dragons, "Kim Hana/Yonhap"),
        (None, girl, None),
        (None, monks, "Park Ji-won/Reuters"),
    ], page


def test_parse_page_slide_gallery_last_slide_credit_cut_off() -> None:
    page = (
        "In pictures: harvest season in Punjab\n"
        "\n"
        "-\n"
        "A farmer loads wheat onto a tractor near Amritsar on Monday. (Photo | Anil Sharma, EPS)\n"
        "-\n"
        "Labourers rest in the shade of a tree near Ludhiana. (Photo | Anil Sharma, EPS)\n"
        "-\n"
        "Sacks of grain wait to be weighed at a market in Patiala.\n"
    )
    assert found(page) == [
        (None, "A farmer loads wheat onto a tractor near Amritsar on Monday.", "Anil Sharma, EPS"),
        (None, "Labourers rest in the shade of a tree near Ludhiana.", "Anil Sharma, EPS"),
        (None, "Sacks of grain wait to be weighed at a market in Patiala.", None),
    ], page


def test_parse_page_labelled_caption_without_credit() -> None:
    page = (
        "Drought shrinks the Rhine\n"
        "\n"
        "IMAGE: A barge passes exposed sandbanks near Kaub on Thursday.\n"
        "\n"
        "Shipping firms have cut loads by half.\n"
    )
    assert found(page) == [(None, "A barge passes exposed sandbanks near Kaub on Thursday.", None)], page


# -- the description (alt text) ---------------------------------------------------

def test_parse_page_alt_line_above_caption_is_description() -> None:
    page = (
        "Winter arrives in Mongolia\n"
        "\n"
        "Herders prepare for the coldest months of the year.\n"
        "\n"
        "Horses stand in deep snow by a white tent\n"
        "Horses graze near a herder's ger outside Ulaanbaatar on Monday. Photograph: Bat Erdene/Reuters\n"
        "A woman carries firewood across a frozen river\n"
        "A herder gathers wood for the stove in Tov province. Photograph: Bat Erdene/Reuters\n"
        "Smoke rises from chimneys over a city at dusk\n"
        "Smog hangs over Ulaanbaatar as families burn coal for heat. Photograph: Nomin Dorj/AFP\n"
    )
    assert found(page) == [
        ("Horses stand in deep snow by a white tent",
         "Horses graze near a herder's ger outside Ulaanbaatar on Monday.", "Bat Erdene/Reuters"),
        ("A woman carries firewood across a frozen river",
         "A herder gathers wood for the stove in Tov province.", "Bat Erdene/Reuters"),
        ("Smoke rises from chimneys over a city at dusk",
         "Smog hangs over Ulaanbaatar as families burn coal for heat.", "Nomin Dorj/AFP"),
    ], page


# Each page carries alt text for its last two photos; the line above the first
# caption is something else, so the first photo has no description.
ALT_TAIL = (
    "A woman carries firewood across a frozen river\n"
    "A herder gathers wood for the stove in Tov province. Photograph: Bat Erdene/Reuters\n"
    "Smoke rises from chimneys over a city at dusk\n"
    "Smog hangs over Ulaanbaatar as families burn coal for heat. Photograph: Nomin Dorj/AFP\n"
)
ALT_TAIL_FOUND: list[Found] = [
    ("A woman carries firewood across a frozen river",
     "A herder gathers wood for the stove in Tov province.", "Bat Erdene/Reuters"),
    ("Smoke rises from chimneys over a city at dusk",
     "Smog hangs over Ulaanbaatar as families burn coal for heat.", "Nomin Dorj/AFP"),
]
FIRST_CAPTION = "Horses graze near a herder's ger outside Ulaanbaatar on Monday."


@pytest.mark.parametrize(
    "above",
    [
        pytest.param("Winter comes early to the steppe in Mongolia\n", id="headline"),
        pytest.param("Winter comes early to the steppe in Mongolia\n"
                     "Herders are preparing for the coldest months of the year.\n", id="standfirst"),
        pytest.param("Winter comes early to the steppe in Mongolia\n\nBy Sarah Lind\n", id="byline"),
        pytest.param("Winter comes early to the steppe in Mongolia\n\n"
                     "Herders are preparing for the coldest months in a decade, officials said on Friday.\n\n",
                     id="body-paragraph-after-blank-line"),
        pytest.param("Winter comes early to the steppe in Mongolia\n\n3 / 9\n", id="slide-counter"),
        pytest.param("Winter comes early to the steppe in Mongolia\n\nIMG_1234.jpg\n", id="file-name"),
    ],
)
def test_parse_page_no_description_when_line_above_is_not_alt_text(above: str) -> None:
    page = above + f"{FIRST_CAPTION} Photograph: Bat Erdene/Reuters\n" + ALT_TAIL
    assert found(page) == [(None, FIRST_CAPTION, "Bat Erdene/Reuters"), *ALT_TAIL_FOUND], page


def test_parse_page_no_description_when_line_above_is_another_caption() -> None:
    page = (
        "Winter comes early to the steppe in Mongolia\n"
        "\n"
        "Horses stand in deep snow by a white tent\n"
        f"{FIRST_CAPTION} Photograph: Bat Erdene/Reuters\n"
        "Children skate on a frozen pond in the capital. Photograph: Nomin Dorj/AFP\n"
        + ALT_TAIL
    )
    assert found(page) == [
        ("Horses stand in deep snow by a white tent", FIRST_CAPTION, "Bat Erdene/Reuters"),
        (None, "Children skate on a frozen pond in the capital.", "Nomin Dorj/AFP"),
        *ALT_TAIL_FOUND,
    ], page


# -- repeats and markup -------------------------------------------------------------

def test_parse_page_caption_repeated_adjacent_is_one_photo() -> None:
    page = (
        "Cherry blossoms draw crowds in Tokyo\n"
        "\n"
        "Visitors take pictures under cherry trees in Ueno Park on Saturday. (Kyodo)\n"
        "Visitors take pictures under cherry trees in Ueno Park on Saturday. (Kyodo)\n"
    )
    assert found(page) == [(None, "Visitors take pictures under cherry trees in Ueno Park on Saturday.", "Kyodo")], page


def test_parse_page_caption_repeated_far_apart_is_one_photo() -> None:
    page = (
        "Cherry blossoms draw crowds in Tokyo\n"
        "\n"
        "Visitors take pictures under cherry trees in Ueno Park on Saturday. (Kyodo)\n"
        "\n"
        "The season peaked a week earlier than usual this year, forecasters said.\n"
        "\n"
        "Boats drift along the moat at Chidorigafuchi in central Tokyo. (Kyodo)\n"
        "\n"
        "Visitors take pictures under cherry trees in Ueno Park on Saturday. (Kyodo)\n"
    )
    assert found(page) == [
        (None, "Visitors take pictures under cherry trees in Ueno Park on Saturday.", "Kyodo"),
        (None, "Boats drift along the moat at Chidorigafuchi in central Tokyo.", "Kyodo"),
    ], page


def test_parse_page_stray_html_tags_are_not_text() -> None:
    page = (
        "<p>Cherry blossoms draw crowds in Tokyo</p>\n"
        "\n"
        "<p>Visitors take pictures under cherry trees in Ueno Park on Saturday. (Kyodo)</p>\n"
    )
    article = parse_page(page)
    assert (article.title, found(page)) == (
        "Cherry blossoms draw crowds in Tokyo",
        [(None, "Visitors take pictures under cherry trees in Ueno Park on Saturday.", "Kyodo")],
    ), page


# -- header and headline ------------------------------------------------------------

def test_parse_page_header_gives_date_and_section() -> None:
    page = " date 2024-06-19 World\nPutin arrives in Pyongyang\n"
    article = parse_page(page)
    assert (article.date, article.section) == (datetime.date(2024, 6, 19), "World"), page


def test_parse_page_malformed_date_is_null() -> None:
    page = " date 2024-13-45 World\nPutin arrives in Pyongyang\n"
    article = parse_page(page)
    assert (article.date, article.title) == (None, "Putin arrives in Pyongyang"), page


def test_parse_page_no_header_no_date_or_section() -> None:
    page = "Putin arrives in Pyongyang\n\nThe visit is his first in 24 years.\n"
    article = parse_page(page)
    assert (article.date, article.section) == (None, None), page


def test_parse_page_headline_is_first_non_empty_line() -> None:
    page = " date 2024-06-19 World\n\n\nPutin arrives in Pyongyang\n\nThe visit is his first in 24 years.\n"
    assert parse_page(page).title == "Putin arrives in Pyongyang", page


def test_parse_page_photo_line_is_the_caption_line() -> None:
    page = (
        " date 2024-06-19 World\n"
        "Putin arrives in Pyongyang\n"
        "\n"
        "Kim Jong Un welcomes Vladimir Putin at the airport in Pyongyang. [Gavriil Grigorov/Sputnik]\n"
    )
    assert [p.line for p in parse_page(page).photos] == [4], page


# -- the credit of a photo is read ----------------------------------------------------

def test_parse_page_credit_is_read_into_people_and_agencies() -> None:
    page = (
        "Putin arrives in Pyongyang\n"
        "\n"
        "Kim Jong Un welcomes Vladimir Putin at the airport. [Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo]\n"
    )
    credit = parse_page(page).photos[0].credit
    assert credit is not None, page
    assert (credit.photographers, credit.agencies, credit.via) == (
        ["Gavriil Grigorov"], ["Sputnik", "Kremlin Pool", "AP"], ["AP"]
    ), page


# -- agency names are whole tokens, never substrings of prose ----------------------------

@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "Cathedral reopens after repairs\n"
            "\n"
            "Restorers cleaned the medieval wall paintings in the Chapter house.\n",
            [],
            id="chapter-house-is-not-ap",
        ),
        pytest.param(
            "Cathedral reopens after repairs\n"
            "\n"
            "A restorer cleans a medieval wall painting in the Chapter house.\n"
            "Jo Hart/PA\n",
            [(None, "A restorer cleans a medieval wall painting in the Chapter house.", "Jo Hart/PA")],
            id="chapter-house-caption-keeps-its-own-credit",
        ),
        pytest.param(
            "Journalists held in Belarus\n"
            "\n"
            "Police detained three photographers outside the court on Monday.\n"
            "Reuters photographers were detained in Minsk on Monday.\n",
            [],
            id="agency-as-sentence-subject",
        ),
        pytest.param(
            "Journalists held in Belarus\n"
            "\n"
            "Several outlets reported the arrests, citing lawyers.\n"
            "\n"
            "Sources:\n"
            "  • Reuters\n"
            "  • Associated Press\n"
            "  • AFP\n",
            [],
            id="bullet-list-of-sources",
        ),
        pytest.param(
            "Journalists held in Belarus\n"
            "\n"
            "Police detained three photographers outside the court in Minsk.\n"
            "\n"
            "Sanctions\n"
            "\n"
            "The European Union said it would widen its measures against officials.\n",
            [],
            id="subheading",
        ),
    ],
)
def test_parse_page_agency_names_are_whole_tokens(page: str, expected: list[Found]) -> None:
    assert found(page) == expected, page


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


def test_marked_credits_a_blank_line_under_their_captions_take_the_caption_above() -> None:
    page = ("Gallery\n\nBoats race on the lake at dawn.\n\nPhoto: Getty Images\n\n"
            "A crowd cheers on the shore.\n\nPhoto: Jo Li/AFP\n\nThe fair runs until Sunday, with tickets at the gate.\n")
    assert _pairs(page) == [("Boats race on the lake at dawn.", "Getty Images"),
                            ("A crowd cheers on the shore.", "Jo Li/AFP")]


def test_bare_credits_a_blank_line_over_their_captions_keep_the_caption_below() -> None:
    page = ("Gallery\n\nOpening words of the story, set above the pictures.\n\nJo Li/AFP via Getty\n\n\n"
            "Boats race on the lake at dawn.\n\nAna Roe/Getty\n\n\nA crowd cheers on the shore.\n")
    assert _pairs(page) == [("Boats race on the lake at dawn.", "Jo Li/AFP via Getty"),
                            ("A crowd cheers on the shore.", "Ana Roe/Getty")]


def test_one_marked_credit_a_blank_line_apart_is_no_evidence() -> None:
    page = "Story\n\nThe fair opened on Friday.\n\nPhoto: Getty Images\n\nRiders lead the parade of horses.\n"
    assert _pairs(page) == [("Riders lead the parade of horses.", "Getty Images")]


def test_a_first_line_that_is_a_marked_credit_is_a_picture_not_the_headline() -> None:
    page = "Image: AFP\nTraders work on the floor of the exchange, where one face turns up in every photo.\n"
    article = parse_page(page)
    assert (article.title, _pairs(page)) == (None, [(None, "AFP")])


def test_a_first_line_naming_a_known_agency_alone_is_still_the_headline() -> None:
    assert parse_page("White House\n\nThe residence of the president since 1800.\n").title == "White House"


def test_a_cover_credit_takes_the_caption_below_on_a_page_printing_credits_over_captions() -> None:
    page = (" date 2025-05-10 \n\nJo Li/AFP via Getty\n\n\nGuests arrive at the cathedral for the christening.\n\n"
            "Ana Roe/Getty\n\n\nThe choir waits in the cloister.\n\nTom Hale/Getty\n\n\nBells ring out over the square.\n")
    assert _pairs(page) == [("Guests arrive at the cathedral for the christening.", "Jo Li/AFP via Getty"),
                            ("The choir waits in the cloister.", "Ana Roe/Getty"),
                            ("Bells ring out over the square.", "Tom Hale/Getty")]


def test_a_short_credit_next_to_a_caption_printing_it_in_full_is_the_same_pictures() -> None:
    page = ("Gallery\n1/9\nGetty Images\nA cyclist rides past snowy trees. (Photo by Jo Li/Getty Images)\n"
            "2/9\nXinhua\nChildren build a snowman in a park. (Xinhua/Wei Lan)\n")
    assert _pairs(page) == [("A cyclist rides past snowy trees.", "Jo Li/Getty Images"),
                            ("Children build a snowman in a park.", "Xinhua/Wei Lan")]


def test_a_credit_alone_is_no_part_of_a_credit_holding_its_letters_inside_a_word() -> None:
    page = "Gallery\nAP\nA crowd cheers in Osaka. (Kyodo/Japan Times)\n"
    assert _pairs(page) == [(None, "AP"), ("A crowd cheers in Osaka.", "Kyodo/Japan Times")]


@pytest.mark.parametrize("mark", ["(FOTO GALERIJA)", "(FOTO/VIDEO)", "(VIDEO)"])
def test_a_headline_closing_with_what_the_story_shows_in_brackets_is_the_title_and_credits_nothing(mark: str) -> None:
    headline = f"Počeo Beer Fest na Ušću {mark}"
    text = (f" date 2026-08-21 Beograd\n{headline}\n\nFestival piva otvoren je u sredu uveče uz nastupe bendova.\n\n"
            "Ušće je u sredu uveče bilo prepuno posetilaca. Foto: Kurir/Nemanja Nikolić\n")
    article = parse_page(text)
    assert article.title == headline
    assert [(p.caption, p.credit and p.credit.raw) for p in article.photos] == [
        ("Ušće je u sredu uveče bilo prepuno posetilaca.", "Kurir/Nemanja Nikolić")]
