"""Conventions read from dumps43 (round 66): Thai captions over their credit lines, the Chinese press's "下同"
(same below), Japanese credits after "＝撮影・", a credit line opening its caption's block, and a photographer's
name alone in the brackets closing a caption on a page that closes its captions so."""
from __future__ import annotations

from captions import parse_page


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(page).photos]


THAI = (" date 2025-11-12 ข่าวภูมิภาค\nฝนถล่มลำปาง น้ำวังเอ่อท่วมตลาดเก่า\n\nข่าวสดออนไลน์\n12 พ.ย. 2568 07:15 น.\n\n"
        "ระดับน้ำในแม่น้ำวังเพิ่มสูงขึ้นอย่างรวดเร็วหลังฝนตกหนักตลอดคืน ทำให้น้ำไหลเข้าท่วมพื้นที่ตลาดเก่า\n\n"
        "ชาวบ้านยกของขึ้นชั้นสองของบ้าน\nภาพ : เทศบาลนครลำปาง\n\n"
        "อาสาสมัครขนย้ายผู้ป่วยติดเตียงออกจากบ้านที่ถูกน้ำท่วม (ภาพจาก อบจ.ลำปาง)\n\n"
        "เจ้าหน้าที่เร่งนำกระสอบทรายมาวางกั้นน้ำบริเวณชุมชนริมน้ำ\n\nขอบคุณภาพ : สวท.ลำปาง\n")


def test_thai_phrase_over_a_credit_line_is_its_caption_and_dotted_abbreviations_are_bodies() -> None:
    assert _read(THAI) == [
        ("ชาวบ้านยกของขึ้นชั้นสองของบ้าน", "เทศบาลนครลำปาง", [], ["เทศบาลนครลำปาง"]),
        ("อาสาสมัครขนย้ายผู้ป่วยติดเตียงออกจากบ้านที่ถูกน้ำท่วม", "อบจ.ลำปาง", [], ["อบจ.ลำปาง"]),
        (None, "สวท.ลำปาง", [], ["สวท.ลำปาง"])]


def test_thai_date_over_a_credit_alone_is_no_caption() -> None:
    page = " date 2025-11-12 ข่าว\nหัวข่าว น้ำท่วม\n\n12 พ.ย. 2568 07:15 น.\nขอบคุณภาพ : เทศบาลนครลำปาง\n\nเนื้อข่าว\n"
    assert _read(page) == [(None, "เทศบาลนครลำปาง", [], ["เทศบาลนครลำปาง"])]


SAME_BELOW = (" date 2025-08-14 港聞\n暴雨襲港 黃大仙多處水浸\n\n"
              "黃大仙下邨對開馬路嚴重水浸，多輛私家車被困。（陳志明攝，下同）\n渠務署人員到場清理渠口。\n居民涉水離開屋苑。\n\n"
              "天文台今早發出黑色暴雨警告信號，九龍東多區錄得每小時逾100毫米雨量。\n")


def test_same_below_covers_the_captions_right_under_it() -> None:
    name = (["陳志明"], [])
    assert _read(SAME_BELOW) == [("黃大仙下邨對開馬路嚴重水浸，多輛私家車被困。", "陳志明", *name),
                                 ("渠務署人員到場清理渠口。", "陳志明", *name),
                                 ("居民涉水離開屋苑。", "陳志明", *name)]


def test_same_below_stops_at_a_blank_line() -> None:
    page = SAME_BELOW.replace("被困。（陳志明攝，下同）\n", "被困。（陳志明攝，下同）\n\n")
    assert _read(page)[0] == ("黃大仙下邨對開馬路嚴重水浸，多輛私家車被困。", "陳志明", ["陳志明"], [])
    assert "渠務署人員到場清理渠口。" not in [c for c, *_ in _read(page)]


def test_japanese_credit_after_equals_and_photographed_leadin() -> None:
    page = (" date 2026-06-20 岡山\n岡山県北部で大雨\n\n増水して茶色く濁った旭川（20日午前8時30分、真庭市勝山）＝撮影・山本和也\n\n"
            "岡山県北部は19日夜から激しい雨が降った。\n\n土砂崩れで寸断された県道（20日午前7時10分、真庭市蒜山）＝本社ヘリから撮影・山本和也\n\n"
            "市は約1万世帯に避難指示を出した。\n\n避難所で毛布を配る市職員（20日午前6時、真庭市の勝山小）\n")
    assert _read(page) == [("増水して茶色く濁った旭川（20日午前8時30分、真庭市勝山）", "山本和也", ["山本和也"], []),
                           ("土砂崩れで寸断された県道（20日午前7時10分、真庭市蒜山）", "山本和也", ["山本和也"], []),
                           ("避難所で毛布を配る市職員（20日午前6時、真庭市の勝山小）", None, [], [])]


APP = (" date 2026-03-09 National\nFlood relief operations continue\n\n"
       "MULTAN, Mar 9 (APP): Relief operations continued on Monday in the flood-hit districts of south Punjab.\n\n"
       "MULTAN: Rescue workers shift a family to a boat at Sher Shah bridge. APP Photo by Tariq Mehmood\n\n"
       "MUZAFFARGARH: Volunteers distribute cooked food among flood victims. APP/Nadeem Akhtar\n\n"
       "Photo: PID\nProvincial Minister for Relief visiting a medical camp set up for flood victims in Alipur.\n\n"
       "BAHAWALPUR: Army personnel repair an embankment of the Sutlej river. APP Photo by Zafar Iqbal\n\n"
       "RAJANPUR: Doctors examine children at a mobile health unit. Photo courtesy: DHQ Hospital Rajanpur\n\n"
       "Officials said the water level at Head Panjnad was receding.\n")


def test_a_credit_line_opening_a_block_with_its_caption_credits_it() -> None:
    assert ("Provincial Minister for Relief visiting a medical camp set up for flood victims in Alipur.", "PID", [],
            ["PID"]) in _read(APP)


def test_a_credit_line_over_a_running_paragraph_stays_a_picture_alone() -> None:
    page = APP.replace("in Alipur.\n\n", "in Alipur.\nThe camp treated 400 patients on Monday.\n\n")
    assert (None, "PID", [], ["PID"]) in _read(page)


CATALAN = (" date 2026-02-11 Catalunya\nLa nevada talla carreteres al Pirineu\n\n"
           "La nevada caiguda des de dilluns ha obligat a tallar deu carreteres del Pirineu.\n\n"
           "Cotxes atrapats a l'entrada de Vielha a primera hora del matí (Jordi Puigdevall)\n\n"
           "Segons el Servei Català de Trànsit, cal portar cadenes a la C-28.\n\n"
           "Un esquiador baixa per una pista de Baqueira (Marc Arias / EFE)\n\n"
           "La plaça de la Seu d'Urgell coberta de neu (Europa Press)\n")


def test_a_name_in_closing_brackets_is_a_credit_where_the_page_closes_captions_so() -> None:
    assert _read(CATALAN)[0] == ("Cotxes atrapats a l'entrada de Vielha a primera hora del matí", "Jordi Puigdevall",
                                 ["Jordi Puigdevall"], [])


def test_one_bracketed_credit_is_no_habit() -> None:
    page = CATALAN.replace(" (Europa Press)", ".")
    assert "Jordi Puigdevall" not in [credit for _, credit, *_ in _read(page)]


def test_armenian_archival_credit_names_no_one() -> None:
    page = (" date 2026-02-03 Հասարակություն\nԳյումրիում ձնահյուսերը փակել են փողոցները\n\n"
            "Գյումրիում գիշերը տեղացած առատ ձյան պատճառով քաղաքապետարանը փակել է փողոցները։\n\n"
            "Գյումրու փողոցները ձյան տակ, 2023 թվականի փետրվար\nԼուսանկարը՝ արխիվային\n\n"
            "Օդերևութաբանները կանխատեսում են, որ ձյունը կդադարի երեկոյան։\n")
    assert _read(page) == [("Գյումրու փողոցները ձյան տակ, 2023 թվականի փետրվար", "արխիվային", [], [])]


def test_same_below_stops_at_a_paragraph_run_on_under_the_captions() -> None:
    # review 35: a story's paragraph of two sentences or more printed right under the run, no blank line between, is
    # no caption the mark covers
    page = SAME_BELOW.replace("居民涉水離開屋苑。\n",
                              "居民涉水離開屋苑。\n天文台表示，暴雨將持續。市民應留在安全地方，避免前往低窪地區。\n")
    captions = [c for c, *_ in _read(page)]
    assert "居民涉水離開屋苑。" in captions
    assert not any(c and c.startswith("天文台表示") for c in captions)


def test_thai_menu_or_name_over_a_credit_line_is_no_caption() -> None:
    # review 35: a dozen Thai letters make a phrase only in one spaced run: a menu's short words ("home, regional news,
    # politics, sport") and a title with a name ("Mr Somchai Jaidee") hold none, vowel and tone marks not counted
    page = (" date 2025-11-12 ข่าว\nหัวข่าว น้ำท่วม\n\nหน้าแรก ข่าวภูมิภาค ข่าวการเมือง ข่าวกีฬา\nขอบคุณภาพ : สวท.ลำปาง\n\n"
            "นายสมชาย ใจดี\nภาพ : มติชน\n")
    assert [c for c, *_ in _read(page)] == [None, None]


def test_a_bracketed_name_the_story_prints_is_no_photographer_by_habit() -> None:
    # review 35: on a page closing its captions with bracketed credits, a name the story prints is the caption's
    # subject named in brackets, no photographer's
    page = (" date 2026-02-11 Política\nEl Parlament debat el pressupost\n\n"
            "Els diputats arriben al Parlament a primera hora del matí (Quique García / EFE)\n\n"
            "La consellera respon les preguntes de l'oposició a la cambra (Europa Press)\n\n"
            "El president del grup parla amb la premsa al passadís (Oriol Junqueras)\n\n"
            "Junqueras va dir que el seu grup no donarà suport als comptes.\n")
    assert not any(p == ["Oriol Junqueras"] for *_, p, _ in _read(page))
