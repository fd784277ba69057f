"""A first line of MIN_PARAGRAPH_WORDS words or more running past a sentence's end is no headline (layout.py)."""
from __future__ import annotations

from captions import parse_page
from captions.parse.layout import paragraph

TWO_SENTENCES = ("Firefighters walk past the burnt-out shell of a bakery on the high street in Elmford on Sunday "
                 "morning, hours after the fire broke out. Nobody was inside the building when the roof fell in")
ONE_SENTENCE = ("Elmford's high street reopens to traffic on Monday morning after a weekend of clearing work "
                "following the bakery fire that destroyed three shops and left the post office without power")


def test_a_long_first_line_of_two_sentences_is_no_headline() -> None:
    assert parse_page(f"{TWO_SENTENCES}\nThe council said the street would reopen on Monday.\n").title is None


def test_such_a_line_over_a_credit_is_the_pictures_caption() -> None:
    photos = parse_page(f"{TWO_SENTENCES}\nPhoto by Elmford Echo.\nThe council met on Monday.\n").photos
    assert [(p.caption, p.credit and p.credit.raw) for p in photos] == [(TWO_SENTENCES, "Elmford Echo")]


def test_a_long_headline_of_one_sentence_stays_the_headline() -> None:
    assert parse_page(f"{ONE_SENTENCE}\nThe council said the street would reopen.\n").title == ONE_SENTENCE


def test_a_short_first_line_of_two_sentences_stays_the_headline() -> None:
    title = "Bakery fire closes high street. Three shops lost"
    assert parse_page(f"{title}\nThe council said the street would reopen.\n").title == title


def test_an_initials_full_stop_ends_no_sentence() -> None:
    assert not paragraph("U.S. and E.U. trade envoys meet in Geneva for a third round of talks on steel and "
                         "aluminium tariffs as farmers on both sides of the Atlantic wait for word on the quotas")


def test_a_full_stop_after_a_number_ends_one() -> None:
    assert paragraph("Residents leave the flooded district of Millbrook by boat on Saturday, March 9, 2024. "
                     "More than two hundred homes were evacuated as the river burst its banks overnight, police said")


def test_a_cjk_full_stop_ends_one() -> None:
    assert paragraph("배우 김하늘이 2일 오후 부산 해운대구 영화의 전당에서 열린 제19회 부산국제영화제 개막식에 참석해 레드카펫을 밟고 있다. "
                     "김하늘은 올해 영화제의 개막식 사회를 맡아 관객들에게 인사를 건넸다 그는 이날 오후 늦게 무대에 올라 축하 공연을 소개하고 "
                     "관객들과 함께 박수를 치며 영화제의 시작을 알렸다")


def test_a_capitalised_abbreviations_full_stop_ends_no_sentence() -> None:
    assert not paragraph("No. 10 insists the Prime Minister knew nothing of the garden party as pressure mounts on "
                         "Downing Street over the leaked photographs of staff drinking during the lockdown")


def test_a_long_headline_opening_with_st_stays_the_headline() -> None:
    title = ("St. Louis mayor unveils plan to rebuild the riverfront after the floods, promising new parks, "
             "housing and a flood wall residents have demanded for more than a decade")
    assert parse_page(f"{title}\nThe council said the plan would cost $40 million.\n").title == title


def test_a_long_headline_asking_and_going_on_stays_the_headline() -> None:
    title = ("Is this the most dangerous junction in Britain? Drivers say they have had enough of near misses at "
             "the crossroads as the council finally agrees to review the layout")
    assert parse_page(f"{title}\nThe council said it would report in the spring.\n").title == title
