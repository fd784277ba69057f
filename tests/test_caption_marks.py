"""Captions a page marks line by line, two or more: a pointer opening them ("△ ..."), a bracket closing them with
the day they were taken ("...(1月8日撮影)") or the camera data ("...(ニコンZ6 絞りf4 60分の1秒)")."""
from __future__ import annotations

from pathlib import Path

from captions import load_registry, parse_page


def found(text: str, **kwargs: object) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text, **kwargs).photos]


def page(*lines: str) -> str:
    return "\n".join(["寒潮来袭 多地降雪", "", "3月11日起,受寒潮影响,北方多地出现大范围降雪。", "", *lines])


def test_lines_a_pointer_opens_are_captions_with_no_credit() -> None:
    assert found(page("△ 3月11日,行人在雪中撑伞走过广场。", "", "↑ 3月12日清晨拍摄的雪后公园。")) == [
        ("3月11日,行人在雪中撑伞走过广场。", None), ("3月12日清晨拍摄的雪后公园。", None)]


def test_one_pointed_line_is_no_evidence() -> None:
    assert found(page("△ 3月11日,行人在雪中撑伞走过广场。")) == []


def test_a_pointed_line_ending_no_sentence_is_a_link() -> None:
    assert found(page("△ 3月11日,行人在雪中撑伞走过广场。", "▲ 点击查看更多雪景图片", "▲ 3月12日,环卫工人清扫积雪。")) == [
        ("3月11日,行人在雪中撑伞走过广场。", None), ("3月12日,环卫工人清扫积雪。", None)]


def test_a_credited_pointed_line_keeps_its_credit_and_shows_the_habit() -> None:
    assert found(page("△ 3月11日,行人在雪中撑伞走过广场。 新华社记者 周明远 摄", "△ 3月12日,环卫工人在路上清扫积雪。")) == [
        ("3月11日,行人在雪中撑伞走过广场。", "新华社记者 周明远"), ("3月12日,环卫工人在路上清扫积雪。", None)]


def test_a_pointed_caption_printed_again_is_one_picture() -> None:
    caption = "△ 3月11日,行人在雪中撑伞走过广场。"
    assert found(page(caption, "△ 3月12日,环卫工人在路上清扫积雪。", caption)) == [
        ("3月11日,行人在雪中撑伞走过广场。", None), ("3月12日,环卫工人在路上清扫积雪。", None)]


def test_korean_pointed_lines_with_no_credit_are_no_captions() -> None:
    # Korean pages print ▲ before a story's bulleted sentences too: a pointed Hangul sentence is no caption alone
    assert found(page("▲ 시민들이 눈 덮인 광장을 걷고 있다.", "▲ 환경미화원이 도로의 눈을 치우고 있다.")) == []


def test_lines_closing_with_the_day_they_were_photographed_are_captions() -> None:
    assert found(page("雪に埋もれた車を掘り出す住民(2月3日撮影)", "運休を知らせる駅の掲示板<2026年2月3日撮影>")) == [
        ("雪に埋もれた車を掘り出す住民(2月3日撮影)", None), ("運休を知らせる駅の掲示板<2026年2月3日撮影>", None)]


def test_one_photographed_line_is_no_evidence() -> None:
    assert found(page("雪に埋もれた車を掘り出す住民(2月3日撮影)")) == []


def test_a_place_heading_closing_with_the_day_is_no_caption() -> None:
    assert found(page("北見市(震度5)=2月3日撮影", "網走市(震度4)=2月3日撮影", "雪に埋もれた車を掘り出す住民。")) == []


def test_a_users_file_adds_a_pointer(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("markers:\n  caption_pointers: ['☞']\n", encoding="utf-8")
    lines = page("☞ 3月11日,行人在雪中撑伞走过广场。", "☞ 3月12日,环卫工人在路上清扫积雪。")
    assert found(lines) == []
    assert found(lines, registry=load_registry(mine)) == [
        ("3月11日,行人在雪中撑伞走过广场。", None), ("3月12日,环卫工人在路上清扫积雪。", None)]


def test_pointed_lines_in_a_script_with_capitals_are_left_alone() -> None:
    # no page in a script with capitals has shown pointed captions; there a pointer opens links and figures
    assert found(page("▲ Residents clear snow from the road.", "▲ A bus waits at the closed station.")) == []


def test_lines_closing_with_camera_data_are_captions() -> None:
    assert found(page("雪原を駆けるキタキツネ。(ニコンD750 70~300ミリ 絞りf8 1000分の1秒)",
                      "朝もやの湖に浮かぶ小舟。(キヤノンEOS R 24~105ミリ 絞りf11 250分の1秒)")) == [
        ("雪原を駆けるキタキツネ。(ニコンD750 70~300ミリ 絞りf8 1000分の1秒)", None),
        ("朝もやの湖に浮かぶ小舟。(キヤノンEOS R 24~105ミリ 絞りf11 250分の1秒)", None)]


def test_camera_data_in_latin_script_marks_captions_too() -> None:
    assert found(page("Fog lifts over the harbour at dawn. (Nikon D750, 70-200 mm, f/4, 1/500 s)",
                      "A heron waits on the frozen pier. (Canon EOS R6, f/8, 1/1000 s, ISO 400)")) == [
        ("Fog lifts over the harbour at dawn. (Nikon D750, 70-200 mm, f/4, 1/500 s)", None),
        ("A heron waits on the frozen pier. (Canon EOS R6, f/8, 1/1000 s, ISO 400)", None)]


def test_one_kind_of_setting_is_no_camera_data() -> None:
    # rainfall in millimetres, a keyboard's F11 key: one kind of setting alone says nothing of a photograph
    assert found(page("一日の雨量は平年の二倍を超えた。(最大40ミリ)", "各地で川の水位が上がった。(1時間に30ミリ)")) == []


def test_a_line_of_camera_data_alone_is_no_caption() -> None:
    assert found(page("(ニコンD750 70~300ミリ 絞りf8 1000分の1秒)", "(キヤノンEOS R 24~105ミリ 絞りf11 250分の1秒)")) == []


def test_an_entrants_name_alone_at_the_same_place_over_each_entry_is_its_credit() -> None:
    article = parse_page(page("高橋陽子", "小樽市(2月8日)", "運河に雪が舞う夜の情景です。(ニコンZ6 24~70ミリ 絞りf4 60分の1秒)",
                              "村上健", "旭川市(2月14日)", "霧氷の並木に朝日が差し込みました。(キヤノンEOS R6 絞りf8 500分の1秒)"))
    assert [(p.credit.raw, p.credit.photographers, p.credit.agencies) for p in article.photos if p.credit] == [
        ("高橋陽子", ["高橋陽子"], []), ("村上健", ["村上健"], [])]


def test_entries_laid_out_unalike_leave_the_credit_empty() -> None:
    assert found(page("高橋陽子", "小樽市(2月8日)", "運河に雪が舞う夜の情景です。(ニコンZ6 24~70ミリ 絞りf4 60分の1秒)",
                      "旭川市の公園で2月14日に撮った一枚", "霧氷の並木に朝日が差し込みました。(キヤノンEOS R6 絞りf8 500分の1秒)")) == [
        ("運河に雪が舞う夜の情景です。(ニコンZ6 24~70ミリ 絞りf4 60分の1秒)", None),
        ("霧氷の並木に朝日が差し込みました。(キヤノンEOS R6 絞りf8 500分の1秒)", None)]


def test_a_users_file_adds_a_kind_of_camera_setting(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    lines = page("Nebel liegt über dem Hafen am Morgen. (Blende 8, Belichtung 1/250)",
                 "Ein Reiher wartet auf dem Steg am See. (Blende 11, Belichtung 1/500)")
    assert found(lines) == []
    mine.write_text("markers:\n  camera_settings: ['Blende \\d+', 'Belichtung 1/\\d+']\n", encoding="utf-8")
    assert found(lines, registry=load_registry(mine)) == [
        ("Nebel liegt über dem Hafen am Morgen. (Blende 8, Belichtung 1/250)", None),
        ("Ein Reiher wartet auf dem Steg am See. (Blende 11, Belichtung 1/500)", None)]
