"""Page furniture in the languages presses print it (round 40, written from knowledge, not from a page): a label over
a link to another story is no alt text, a slide counter is no caption, an advertisement's label, a video button and
a copyright notice are neither caption nor credit. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions.parse.page import parse_page


def _read(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit and p.credit.raw) for p in parse_page(page).photos]


@pytest.mark.parametrize("label", ["Baca juga", "Đọc thêm", "Citește și", "Διαβάστε επίσης", "Voir aussi",
                                   "Przeczytaj także", "Ayrıca okuyun", "Kapcsolódó", "اقرأ أيضا", "यह भी पढ़ें",
                                   "相关阅读", "관련기사", "Siehe auch", "Ver también"])
def test_a_read_also_label_opening_a_link_makes_it_no_alt_text(label: str) -> None:
    page = (" date 2026-04-09 News\nA headline over the story\n\nThe story's first paragraph, which ends here.\n\n"
            f"{label}: Another story's headline about the market\n"
            "The old bridge after the flood last spring. (Photo: Archive)\n")
    assert _read(page) == [(None, "The old bridge after the flood last spring.", "Archive")]


@pytest.mark.parametrize(("first", "second"), [("1 от 2", "2 от 2"), ("1 no 2", "2 no 2"), ("Slika 1/2", "Slika 2/2"),
                                               ("Kuva 1/2", "Kuva 2/2"), ("사진 1/2", "사진 2/2"), ("1枚目", "2枚目"),
                                               ("1／2", "2／2"), ("写真 1/2", "写真 2/2")],
                         ids=["bulgarian", "latvian", "croatian", "finnish", "korean", "japanese", "full-width",
                              "japanese-slash"])
def test_a_slide_counter_in_other_presses_is_no_caption(first: str, second: str) -> None:
    page = (" date 2026-06-21 News\nSpring fair in the square\n\n"
            f"{first}\nTraders set out their stalls in front of the town hall.\nPhoto: Eva Novak\n"
            f"{second}\nPhoto: Eva Novak\n")
    assert _read(page) == [(None, "Traders set out their stalls in front of the town hall.", "Eva Novak"),
                           (None, None, "Eva Novak")]


@pytest.mark.parametrize("line", ["Anzeige", "Publicidad", "Реклама", "REKLAMA", "広告", "광고", "Watch video",
                                  "Video ansehen", "Ver vídeo", "Tüm hakları saklıdır.",
                                  "© 2026 Example Dagblad. Alle rechten voorbehouden."])
def test_an_advertisement_label_a_video_button_and_a_copyright_notice_are_furniture(line: str) -> None:
    page = ("Title\n\nThe mayor cuts the ribbon at the reopened market hall. Photo: Jan Kowal\n"
            f"{line}\nThe story goes on to tell what the market will sell next year, and who will run it.\n")
    assert _read(page) == [(None, "The mayor cuts the ribbon at the reopened market hall.", "Jan Kowal")]


@pytest.mark.parametrize("control", ["Cliquez pour agrandir", "Zum Vergrößern klicken", "Powiększ zdjęcie",
                                     "Увеличить фото", "Clique para ampliar", "사진 크게보기"])
def test_an_enlarge_button_after_a_caption_is_dropped(control: str) -> None:
    page = f"Title\n\nThe mayor cuts the ribbon at the reopened market hall. Photo: Jan Kowal {control}\n"
    assert _read(page) == [(None, "The mayor cuts the ribbon at the reopened market hall.", "Jan Kowal")]


@pytest.mark.parametrize("notice", ["Tüm hakları saklıdır.", "© 2026 Example Dagblad. Alle rechten voorbehouden.",
                                    "Kaikki oikeudet pidätetään.", "Copyright © 2026 Example. Všechna práva vyhrazena.",
                                    "版权所有 © 2026 示例日报"])
def test_a_copyright_notice_over_a_repeated_credit_is_no_caption(notice: str) -> None:
    page = ("Title\n\nThe market hall opened again on Monday after a year of work. Foto: Jan Kowal\n\n"
            f"{notice}\nFoto: Jan Kowal\n")
    assert _read(page) == [(None, "The market hall opened again on Monday after a year of work.", "Jan Kowal"),
                           (None, None, "Jan Kowal")]


@pytest.mark.parametrize("notice", ["本文版权归示例日报所有，未经授权不得转载。", "未經授權不得轉載。",
                                    "記事・写真の無断転載を禁じます。", "<저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지>"])
def test_a_reprint_notice_over_a_repeated_credit_is_no_caption(notice: str) -> None:
    page = ("Title\n\nThe market hall opened again on Monday after a year of work. Foto: Jan Kowal\n\n"
            f"{notice}\nFoto: Jan Kowal\n")
    assert _read(page) == [(None, "The market hall opened again on Monday after a year of work.", "Jan Kowal"),
                           (None, None, "Jan Kowal")]
