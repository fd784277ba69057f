"""What a dump keeps as text that is no text of the page: icons' names ("more-vertical", "camera icon") and a
letter a no-break space leaves when the page was read in the wrong code page ("Name Β\u00a0")."""
from __future__ import annotations

from pathlib import Path

import pytest

from captions import load_registry, parse_page
from captions.knowledge.errors import RegistryError

NBSP = "\u00a0"


def found(text: str, **kwargs: object) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(text, **kwargs).photos]


def page(*lines: str) -> str:
    return "\n".join(["Banjir rendam pasar", "", *lines])


CAPTION = "Warga membersihkan lumpur di pasar, Jumat (14/2/2025). Foto: ANTARA FOTO/Sari Wulandari"
READ = ("Warga membersihkan lumpur di pasar, Jumat (14/2/2025).", "ANTARA FOTO/Sari Wulandari")


def test_an_icon_name_alone_over_a_caption_is_no_description() -> None:
    other = "Petugas mengangkut sampah, Jumat (14/2/2025). Foto: ANTARA FOTO/Budi Hartono"
    assert found(page("more-vertical", CAPTION, "Banjir surut pada Kamis malam.", other)) == [
        (None, *READ), (None, "Petugas mengangkut sampah, Jumat (14/2/2025).", "ANTARA FOTO/Budi Hartono")]


def test_an_icon_name_run_into_a_label_is_cut_off() -> None:
    assert found(page(CAPTION, "zoom-in-whitePerbesar", CAPTION)) == [(None, *READ)]


def test_a_screen_readers_icon_label_run_into_a_caption_is_cut_off() -> None:
    caption = "طفل ينظر إلى الكاميرا خلال نزوحه مع أهله (رويترز)"
    assert found(page(caption, "", "camera icon" + caption)) == [(None, "طفل ينظر إلى الكاميرا خلال نزوحه مع أهله", "رويترز")]


def test_hyphenated_words_opening_a_sentence_stay() -> None:
    line = "well-known traders reopened their stalls on Friday, Feb. 14, 2025. REUTERS/Budi Hartono"
    assert found(page(line)) == [(None, "well-known traders reopened their stalls on Friday, Feb. 14, 2025.",
                                  "REUTERS/Budi Hartono")]


def test_a_letter_before_a_misread_no_break_space_is_no_part_of_the_credit() -> None:
    assert found(page(f"Warga membersihkan lumpur di pasar, Jumat (14/2/2025). REUTERS/Budi Hartono Β{NBSP}")) == [
        (None, "Warga membersihkan lumpur di pasar, Jumat (14/2/2025).", "REUTERS/Budi Hartono")]


def test_the_same_letter_before_an_ordinary_space_stays() -> None:
    assert found(page("Οι κάτοικοι καθαρίζουν την αγορά στο τμήμα Β της πόλης. REUTERS/Budi Hartono")) == [
        (None, "Οι κάτοικοι καθαρίζουν την αγορά στο τμήμα Β της πόλης.", "REUTERS/Budi Hartono")]


def test_a_users_own_icon_name(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("markers:\n  icon_names: ['ic_[a-z_]+']\n", encoding="utf-8")
    text = page("ic_photo_cameraWarga membersihkan lumpur di pasar, Jumat (14/2/2025). REUTERS/Budi Hartono")
    assert found(text, registry=load_registry(mine)) == [
        (None, "Warga membersihkan lumpur di pasar, Jumat (14/2/2025).", "REUTERS/Budi Hartono")]


def test_a_misdecoded_letter_is_one_letter(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("markers:\n  misdecoded_letters: ['Ã©']\n", encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_registry(mine)
    assert str(err.value) == f"{mine}: misdecoded_letters entry 'Ã©' must be one letter"


def test_a_hyphenated_word_run_into_a_quotation_mark_stays() -> None:
    line = "anti-“war” marchers crossed the bridge on Friday, Feb. 14, 2025. REUTERS/Budi Hartono"
    assert found(page(line)) == [(None, "anti-“war” marchers crossed the bridge on Friday, Feb. 14, 2025.",
                                  "REUTERS/Budi Hartono")]


def test_a_title_case_icon_label_glued_to_a_caption_or_a_credit_is_cut_off() -> None:
    text = "\n".join(["Bushfire threatens hills towns", "",
                      "Camera IconA water tanker waits at the fire front on Monday. Credit: Ana Reyes/The Courier", "",
                      "Crews worked through the night.", "", "Camera IconCredit: Fire Service", "",
                      "The Camera Icon Awards, due on Tuesday, were postponed.", "",
                      "Camera IconSmoke over the valley on Monday. Credit: Supplied"])
    assert found(text) == [(None, "A water tanker waits at the fire front on Monday.", "Ana Reyes/The Courier"),
                           (None, None, "Fire Service"), (None, "Smoke over the valley on Monday.", "Supplied")]
