"""Spellings a page dump may differ in without meaning anything else (m170, from benchmarks/metamorphic.py): a
decomposed accent or Hangul syllable (NFD), a no-break space beside a separator, the bar printed "｜" or "¦".
The page reads as its plain spelling does."""
from __future__ import annotations

import unicodedata

import pytest

from captions import parse_page
from captions.text import composed, read_form, unpadded


def _read(page: str) -> list[tuple]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else None,
             p.credit.agencies if p.credit else None) for p in parse_page(page).photos]


_SPANISH = (" date 2024-03-02 Fotos\nLa semana en imágenes\n\n"
            "Vecinos limpian la costanera tras la crecida del río en Paraná. Foto: Ramiro Ibáñez\n\n"
            "Un puesto de frutas en el mercado de Santa Fe al amanecer. Foto: Lucía Peña\n")
_KOREAN = (" date 2024-03-02 사진\n항구의 폭풍\n\n어선들이 방파제 뒤에 피항해 있다. 김민준 기자\n\n"
           "주민들이 해변을 청소하고 있다. 사진=한빛일보\n")


def test_a_name_with_decomposed_accents_is_read_as_the_composed_one():
    assert _read(unicodedata.normalize("NFD", _SPANISH)) == [
        ("Vecinos limpian la costanera tras la crecida del río en Paraná.", "Ramiro Ibáñez", ["Ramiro Ibáñez"], []),
        ("Un puesto de frutas en el mercado de Santa Fe al amanecer.", "Lucía Peña", ["Lucía Peña"], [])]


def test_hangul_spelled_in_conjoining_jamo_is_read_as_its_syllables():
    assert _read(unicodedata.normalize("NFD", _KOREAN)) == [
        ("어선들이 방파제 뒤에 피항해 있다.", "김민준 기자", ["김민준"], []),
        ("주민들이 해변을 청소하고 있다.", "한빛일보", [], ["한빛일보"])]


@pytest.mark.parametrize("text, expected", [
    ("Iba\u0301n\u0303ez", "Ibáñez"),
    ("\u1112\u1161\u11ab\u1107\u1175\u11be", "한빛"),
    ("か\u3099", "が"),
    ("\uf900 and 豈", "\uf900 and 豈"),   # a CJK compatibility ideograph is no decomposed letter: it stays
    ("plain ASCII", "plain ASCII"),
], ids=["latin", "hangul", "kana", "compatibility-ideograph", "ascii"])
def test_composed_composes_letters_and_their_marks_only(text, expected):
    assert composed(text) == expected


def test_a_slideshow_date_line_with_no_break_spaces_around_its_slash_is_still_chrome():
    page = (" date 2024-03-02 Pictures\nHarbour storm\n\n"
            "Agency Wire\u00a0/\u00a0Tuesday, March 05, 2024\n"
            "Fishing boats shelter behind the breakwater in Port Vella. REUTERS/Mira Sandoval\n\n"
            "Agency Wire\u00a0/\u00a0Tuesday, March 05, 2024\n"
            "A wave breaks over the harbour wall at dawn. REUTERS/Tomas Echevarne\n")
    assert _read(page) == [
        ("Fishing boats shelter behind the breakwater in Port Vella.", "REUTERS/Mira Sandoval", ["Mira Sandoval"],
         ["Reuters"]),
        ("A wave breaks over the harbour wall at dawn.", "REUTERS/Tomas Echevarne", ["Tomas Echevarne"], ["Reuters"])]


@pytest.mark.parametrize("bar", ["｜", "¦"], ids=["full-width", "broken"])
def test_a_credit_split_by_another_bar_reads_as_one_split_by_the_bar(bar):
    page = (" date 2024-03-02 Fotos\nTemporal en el puerto\n\n"
            f"Barcos de pesca se resguardan tras el rompeolas de Puerto Vela. RAMIRO IBAÑEZ {bar} EFE\n\n"
            f"Una ola rompe sobre el muro del puerto al amanecer. LUCÍA PEÑA {bar} EFE\n")
    assert _read(page) == [
        ("Barcos de pesca se resguardan tras el rompeolas de Puerto Vela.", "RAMIRO IBAÑEZ | EFE", ["RAMIRO IBAÑEZ"],
         ["EFE"]),
        ("Una ola rompe sobre el muro del puerto al amanecer.", "LUCÍA PEÑA | EFE", ["LUCÍA PEÑA"], ["EFE"])]


@pytest.mark.parametrize("text, expected", [
    ("Mira Sandoval\u00a0/\u00a0AFP", "Mira Sandoval / AFP"),
    ("Photo\u202f|\u2009Mira Sandoval", "Photo | Mira Sandoval"),
    ("la digue\u00a0– Photo\u202f: AFP", "la digue – Photo\u202f: AFP"),   # a colon's no-break space: markers match it
    ("20\u00a0h\u00a030", "20\u00a0h\u00a030"),   # no separator beside it: the page's own spacing stays
    ("Tokyo｜Osaka", "Tokyo｜Osaka"),   # a bar with no spaces around it is a word's, not a separator
], ids=["slash", "bar", "dash-and-colon", "no-separator", "unspaced-bar"])
def test_read_form_makes_only_a_separators_spacing_and_bar_plain(text, expected):
    assert read_form(text) == expected


_WRAPPED = (" date 2024-05-01 Photos\nHarvest in the quiet valley\n\n"
            "Farmers gather the last of the barley harvest near the river at Orlen, where the\n"
            "summer floods reached the lower fields twice this year. (Associated\nPress)\n\n"
            "The valley's cooperative says the yield was lower than in any year since the\n"
            "drought, and that several families have left their farms for work in the\n"
            "towns along the coast.\n\n"
            "A tractor crosses the old stone bridge over the river at dusk near Orlen. (Associated\nPress)\n")


@pytest.mark.parametrize("pad", [" ", "  ", "\t"], ids=["space", "two-spaces", "tab"])
def test_a_hard_wrapped_dump_padding_every_line_reads_as_the_unpadded_one(pad):
    padded = "\n".join(line + pad for line in _WRAPPED.split("\n"))
    assert [(c, raw) for c, raw, _, _ in _read(padded)] == [
        (("Farmers gather the last of the barley harvest near the river at Orlen, where the summer floods reached "
          "the lower fields twice this year."), "Associated Press"),
        ("A tractor crosses the old stone bridge over the river at dusk near Orlen.", "Associated Press")]


@pytest.mark.parametrize("lines, expected", [
    (["Title", "ab  ", "cd ", "", "ef\t"], ["Title", "ab", "cd", "", "ef"]),
    ([" date 2024-05-01 Photos", "ab ", "cd "], [" date 2024-05-01 Photos", "ab", "cd"]),
    (["Title", "ab  ", "cd"], ["Title", "ab  ", "cd"]),   # one line unpadded: a space closing another means a wrap
], ids=["all-padded", "header-unpadded", "one-unpadded"])
def test_unpadded_drops_spaces_only_where_every_line_has_them(lines, expected):
    assert unpadded(lines) == expected


_ALT_OVER_BLANK = (" date 2024-04-09 Photos\nToday's pictures from the coast\n\n"
                   "fishermen mending nets\n\n"
                   "Fishermen mend their nets on the quay at Port Vella before the evening tide. Photo: Mira Sandoval\n\n"
                   "a boy on a seawall\n\n"
                   "A boy walks along the seawall as waves break below him in Cala Verde. Photo: Tomas Echevarne\n\n"
                   "More pictures will follow tomorrow.\n")


@pytest.mark.parametrize("blank", ["\n\n", "\n\n\n", "\n\n\n\n"], ids=["one", "two", "three"])
def test_alt_text_over_a_run_of_blank_lines_reads_as_over_one(blank):
    page = parse_page(_ALT_OVER_BLANK.replace("\n\n", blank))
    assert [(p.description, p.caption, p.credit.raw) for p in page.photos] == [
        ("fishermen mending nets", "Fishermen mend their nets on the quay at Port Vella before the evening tide.",
         "Mira Sandoval"),
        ("a boy on a seawall", "A boy walks along the seawall as waves break below him in Cala Verde.",
         "Tomas Echevarne")]


@pytest.mark.parametrize("space", [" ", "  ", "   "], ids=["one", "two", "three"])
def test_a_short_caption_closed_by_a_full_stop_and_spaces_before_its_bracketed_agency_stays_a_caption(space):
    page = parse_page(" date 2024-09-10 Fotos\nEl huracán en diez imágenes\n\n"
                      f"Muelle de Port Vella.{space}(Reuters)\n\nCala Verde, Islas Lindas.{space}(Reuters)\n\n"
                      "El huracán tocó tierra el domingo por la noche.\n")
    assert [(p.caption, p.credit.raw, p.credit.photographers) for p in page.photos] == [
        ("Muelle de Port Vella.", "Reuters", []), ("Cala Verde, Islas Lindas.", "Reuters", [])]


@pytest.mark.parametrize("space", ["", " ", "\u202f", "\u00a0"], ids=["none", "space", "narrow-no-break", "no-break"])
def test_a_gallery_run_onto_one_line_is_cut_at_a_french_leadin_in_any_of_its_spacings(space):
    line = (f"Des bateaux de pêche à l'abri derrière la digue de Port-Vella, dimanche matin Photo{space}: Mira Sandoval "
            f"/ AFPUne vague se brise sur le mur du port de Cala Verde au lever du jour Photo{space}: TOMAS ECHEVARNE / "
            f"REUTERSDes habitants nettoient la plage après la tempête, lundi Photo{space}: Lucie Marchand / AFP\n")
    page = parse_page(" date 2024-09-10 Photos\nLa tempête en images\n\n" + line +
                      "\nLa tempête a touché la côte dimanche soir.\n")
    assert [(p.caption, p.credit.raw) for p in page.photos] == [
        ("Des bateaux de pêche à l'abri derrière la digue de Port-Vella, dimanche matin", "Mira Sandoval / AFP"),
        ("Une vague se brise sur le mur du port de Cala Verde au lever du jour", "TOMAS ECHEVARNE / REUTERS"),
        ("Des habitants nettoient la plage après la tempête, lundi", "Lucie Marchand / AFP")]


@pytest.mark.parametrize("dash", ["-", "–", "—"], ids=["hyphen", "en", "em"])
def test_a_site_logos_alt_text_with_any_dash_is_no_credit(dash):
    page = parse_page(f"CERRAR\n\nEl Faro del Sur {dash} Logo\n\nPortada Mundo Ciudad Deportes\n"
                      "Mundo 10 de septiembre de 2024\n\nCinco imágenes del temporal en la costa\n\n"
                      "Las olas y el viento dejaron daños en tres puertos.\n\nMuelle de Port Vella.\n\n"
                      "Muelle de Port Vella.\n\nCala Verde. (Reuters)\n\nCala Verde. (Reuters)\n\n"
                      "El temporal se alejó el lunes.\n")
    assert [(p.caption, p.credit.raw) for p in page.photos] == [("Cala Verde.", "Reuters")]


@pytest.mark.parametrize("slash", ["/", "／"], ids=["ascii", "full-width"])
def test_chinese_and_japanese_credits_read_alike_with_either_slash(slash):
    page = parse_page(" date 2025-02-01 图片\n春运首日\n\n"
                      f"1月14日清晨,上海虹桥站,旅客排队进站。晨报记者 李明远{slash}视觉中国 图\n\n"
                      f"1月14日,杭州东站,志愿者为旅客指路。(新华社{slash}图)\n\n"
                      f"港の防波堤で網を直す漁師たち=2日午前、港町(撮影{slash}山本花子)\n\n春运将持续40天。\n")
    assert [(p.caption, p.credit.raw, p.credit.photographers, p.credit.agencies) for p in page.photos] == [
        ("1月14日清晨,上海虹桥站,旅客排队进站。", f"晨报记者 李明远{slash}视觉中国", ["李明远"], ["晨报", "视觉中国"]),
        ("1月14日,杭州东站,志愿者为旅客指路。", "新华社", [], ["Xinhua"]),
        ("港の防波堤で網を直す漁師たち=2日午前、港町", "山本花子", ["山本花子"], [])]


@pytest.mark.parametrize("mark", ["©", "Photo ©", "Photo: ©", "Foto: ©", "(c)", "Photo (c)", "Photo: (c)", "Foto: (c)"])
def test_a_copyright_sign_after_a_leadin_or_typed_as_c_in_brackets_leaves_the_caption_clean(mark):
    page = parse_page(" date 2025-06-01 Sport\nHarbour race\n\n"
                      f"Runners cross the line at the harbour race. {mark} Mira Sandoval | Stockhouse.com\n\n"
                      "The race drew two thousand runners.\n")
    assert [(p.caption, p.credit.raw) for p in page.photos] == [
        ("Runners cross the line at the harbour race.", "Mira Sandoval | Stockhouse.com")]


_RAIN = "많은 비가 내린 12일 서울 강남역 일대에서 시민들이 우산을 쓰고 걸어가고 있다."


@pytest.mark.parametrize("gap, caption", [(1, _RAIN), (3, None)], ids=["one-blank", "three-blanks"])
@pytest.mark.parametrize("unit", [1, 2], ids=["as-printed", "doubled"])
def test_a_dump_doubling_its_blank_lines_keeps_their_distances_in_its_own_unit(gap, caption, unit):
    # three blank lines part a caption from the credit closing it; a dump doubling them all prints six
    lines = ["비 오는 강남역", *[""] * unit, _RAIN, *[""] * (gap * unit), "사진=연합뉴스"]
    assert [(p.caption, p.credit.raw) for p in parse_page("\n".join(lines)).photos] == [(caption, "연합뉴스")]
