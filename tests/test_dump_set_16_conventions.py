"""Conventions read on the sixteenth set of page dumps and set 7's blind half: the list item's mark a dump's
converter prints ("- "), a story's paragraph right above a caption (no alt text), a link to another story under a
"read also" label (no alt text either), French "Courtoisie", Italian papers' "© RIPRODUZIONE RISERVATA". Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


def _read(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_list_items_mark_is_no_part_of_its_caption() -> None:
    page = ("一周图片精选\n- 稻浪 10月8日,农民驾驶收割机收获晚稻。 新华社记者 周明 摄\n"
            "- 晒秋 10月9日,屋顶上晾晒着辣椒和玉米。 新华社发(吴岚 摄)\n")
    assert _read(page) == [(None, "稻浪 10月8日,农民驾驶收割机收获晚稻。", "新华社记者 周明"),
                           (None, "晒秋 10月9日,屋顶上晾晒着辣椒和玉米。", "新华社发(吴岚 摄)")]


def test_a_list_items_mark_opens_a_credit_under_its_caption() -> None:
    page = "Title\n\nBombeiros fazem buscas na área da pousada\n- Foto: Ana Lima/Folha do Vale\n\nO texto segue.\n"
    assert _read(page) == [(None, "Bombeiros fazem buscas na área da pousada", "Ana Lima/Folha do Vale")]


def test_a_paragraph_of_the_story_right_above_a_caption_is_no_alt_text() -> None:
    page = ("Title\nPar Claire Wagner\nLa commune a confirmé mardi le calendrier des travaux.\n"
            "Le tablier du pont, vu depuis la rive droite. (Photo : Luc Dessart)\n"
            "Le bourgmestre estime que la fermeture coûtera cher aux commerçants.\n"
            "Une boulangère de la Grand-Rue devant sa vitrine. (Photo : Luc Dessart)\n")
    assert _read(page) == [(None, "Le tablier du pont, vu depuis la rive droite.", "Luc Dessart"),
                           (None, "Une boulangère de la Grand-Rue devant sa vitrine.", "Luc Dessart")]


def test_alt_text_written_as_sentences_tells_what_its_caption_tells_of() -> None:
    page = ("Title\n\nThe ferry at the quay. Gulls circle above it.\n"
            "The morning ferry leaves the quay for the island [Jo Li/Reuters]\n"
            "A crowd on the pier. Some of them wave flags.\n"
            "Islanders wave flags from the pier as the ferry docks [Jo Li/Reuters]\n")
    assert [d for d, _, _ in _read(page)] == ["The ferry at the quay. Gulls circle above it.",
                                              "A crowd on the pier. Some of them wave flags."]


def test_a_paragraph_over_one_caption_leaves_the_other_pictures_alt_text() -> None:
    page = ("Title\n\nThe ferry at the quay with gulls above it\n"
            "The morning ferry leaves the quay for the island [Jo Li/Reuters]\n"
            "The council approved the new timetable on Monday.\n"
            "Islanders wave flags from the pier as the boat docks [Jo Li/Reuters]\n"
            "A crowd on the pier with flags\n"
            "A band plays on the pier to welcome the crew [Jo Li/Reuters]\n")
    assert [d for d, _, _ in _read(page)] == ["The ferry at the quay with gulls above it", None,
                                              "A crowd on the pier with flags"]


def test_alt_sentences_of_short_words_are_not_judged_by_the_words_they_share() -> None:
    # Korean words are mostly of two or three syllables: too few of four letters to compare with the caption
    page = ("제목\n\n비가 온다.\n서울 광장에서 시민들이 행진하고 있다. 연합뉴스\n한 남성이 걷는다.\n"
            "부산 해변에서 관광객들이 산책하고 있다. 연합뉴스\n개가 뛰어 논다.\n대구 공원에서 아이들이 놀고 있다. 연합뉴스\n")
    assert [d for d, _, _ in _read(page)] == ["비가 온다.", "한 남성이 걷는다.", "개가 뛰어 논다."]


@pytest.mark.parametrize("credit", ["Courtoisie", "COURTOISIE"])
def test_courtesy_in_french_names_no_one(credit: str) -> None:
    read = parse_credit(credit)
    assert (read.raw, read.photographers, read.agencies) == (credit, [], [])


def test_a_courtesy_credit_alone_over_its_caption_is_that_pictures() -> None:
    page = "Titre\n\nPhoto: Courtoisie\nLe maire lors de la cérémonie de réouverture du marché.\n"
    assert _read(page) == [(None, "Le maire lors de la cérémonie de réouverture du marché.", "Courtoisie")]


@pytest.mark.parametrize("notice", ["© RIPRODUZIONE RISERVATA", "© Riproduzione riservata"])
def test_the_italian_reproduction_reserved_notice_is_no_credit(notice: str) -> None:
    page = f"Titolo\n\nLe barche alla partenza davanti al porto (foto Ansa/Ciro Fusco)\n{notice}\nIscriviti alla newsletter\n"
    assert _read(page) == [(None, "Le barche alla partenza davanti al porto", "Ansa/Ciro Fusco")]


@pytest.mark.parametrize("link", ["Lesen Sie auch\nRadweg am Deich wird bis zum Sommer gesperrt",
                                  "LESEN SIE AUCH:\nRadweg am Deich wird bis zum Sommer gesperrt",
                                  "Lesen Sie auch: Radweg am Deich wird bis zum Sommer gesperrt"],
                         ids=["label-over-link", "label-in-capitals", "label-opening-link"])
def test_a_link_to_another_story_right_above_a_caption_is_no_alt_text(link: str) -> None:
    page = ("Titel\n\nEine weiße Fähre am Anleger unter Weiden\nDie neue Fähre legt am Anleger an. Foto: Lena Brandt\n\n"
            "Ein Mann in Warnweste mit einem Tau\nEin Mitarbeiter vertäut das Schiff. Foto: Lena Brandt\n\n"
            f"{link}\nAuch das alte Fährhaus soll saniert werden. Foto: Lena Brandt\n")
    assert [d for d, _, _ in _read(page)] == [
        "Eine weiße Fähre am Anleger unter Weiden", "Ein Mann in Warnweste mit einem Tau", None]
