"""Alt text in a script with no capitals, on its own line right over each credited caption, no blank lines.

The pages are invented, in the style of Korean and Arabic dailies' dumps. A photo is shown as its description.
"""
from __future__ import annotations

from pathlib import Path

from captions import parse_page

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

HEAD = "해변 축제 개막…관광객 몰려\n예시일보\n"


def descriptions(page: str) -> list[str | None]:
    return [p.description for p in parse_page(page).photos]


def test_phrases_over_three_credited_captions_are_their_alt_text() -> None:
    page = (HEAD + "무대에서 춤추는 공연단\n축제 첫날인 4일 공연단이 무대에서 춤을 추고 있다. [연합뉴스]\n"
            + "관광객들은 밤늦게까지 공연을 즐겼다.\n"
            + "불꽃놀이를 보는 시민들\n해변을 찾은 시민들이 불꽃놀이를 보고 있다. [뉴스1]\n"
            + "모래 조각을 만드는 아이들\n어린이들이 모래 조각을 만들고 있다. [사진 예시시]\n")
    assert descriptions(page) == ["무대에서 춤추는 공연단", "불꽃놀이를 보는 시민들", "모래 조각을 만드는 아이들"]


def test_two_such_phrases_show_no_habit_and_are_left_alone() -> None:
    page = (HEAD + "무대에서 춤추는 공연단\n축제 첫날인 4일 공연단이 무대에서 춤을 추고 있다. [연합뉴스]\n"
            + "관광객들은 밤늦게까지 공연을 즐겼다.\n"
            + "불꽃놀이를 보는 시민들\n해변을 찾은 시민들이 불꽃놀이를 보고 있다. [뉴스1]\n")
    assert descriptions(page) == [None, None]


# Review 121: lines over credited captions that are no alt text, though three or more stand so.

def test_the_storys_paragraphs_closed_by_no_stop_are_no_alt_text() -> None:
    page = ("أمطار غزيرة تغمر شوارع المدينة\nصحيفة المثال\n"
            + "شهدت المدينة أمس أمطارا غزيرة أدت إلى غمر عدد من الشوارع الرئيسية وتعطل حركة المرور لساعات\n"
            + "سيارات عالقة في المياه وسط المدينة يوم السبت. تصوير: أحمد علي\n"
            + "وقالت هيئة الأرصاد إن الأمطار ستستمر حتى منتصف الأسبوع مع انخفاض في درجات الحرارة\n"
            + "عمال البلدية يفتحون مجاري تصريف المياه. (رويترز)\n"
            + "وأكد المحافظ أن فرق الطوارئ تعمل على مدار الساعة لسحب المياه من الأنفاق والطرق\n"
            + "مواطنون يعبرون شارعا غمرته المياه. (أ ف ب)\n")
    assert descriptions(page) == [None, None, None]


def test_a_listicles_numbered_items_are_no_alt_text() -> None:
    page = (HEAD + "올봄 가볼 만한 국내 여행지를 소개한다.\n"
            + "1. 경주 대릉원 돌담길\n대릉원 돌담길을 따라 벚꽃이 활짝 피어 있다. [사진 경주시]\n"
            + "신라 고분 사이로 난 길은 해 질 무렵이 특히 아름답다.\n"
            + "2. 진해 여좌천 벚꽃길\n여좌천을 찾은 관광객들이 벚꽃 터널을 걷고 있다. [연합뉴스]\n"
            + "3. 구례 산수유 마을\n구례 산수유 마을이 노란 꽃으로 물들어 있다. [사진 구례군]\n")
    assert descriptions(page) == [None, None, None]


def test_subheads_opened_by_a_mark_are_no_alt_text() -> None:
    page = (HEAD + "■ 여름철 냉방비 걱정\n한 시민이 아파트 관리비 고지서를 살펴보고 있다. [연합뉴스]\n"
            + "■ 소상공인 대책 요구\n서울의 한 식당 주인이 전기 계량기를 확인하고 있다. 김지훈 기자\n"
            + "■ 정부 지원 방안 검토\n산업통상자원부 관계자가 브리핑을 하고 있다. [뉴스1]\n")
    assert descriptions(page) == [None, None, None]


def test_times_over_the_captions_are_no_alt_text() -> None:
    page = ("台風10号、九州に上陸\n例示新聞\n台風10号は20日朝、鹿児島県に上陸した。\n"
            + "8月20日 午前 7時\n強風で倒れた街路樹＝20日午前、鹿児島市（共同）\n気象庁は大雨特別警報を出した。\n"
            + "8月20日 午前 8時\n冠水した道路を歩く人＝20日午前、宮崎市（共同）\n"
            + "8月20日 午前 9時\n避難所に集まった住民＝20日午前、熊本市（共同）\n")
    assert descriptions(page) == [None, None, None]


def test_a_gallerys_titles_in_a_script_printing_no_spaces_are_no_alt_text() -> None:
    page = ("组图：江南春色\n示例日报\n西湖晨雾\n4月5日，游客在杭州西湖边欣赏晨雾美景。新华社记者 王明 摄\n"
            + "太湖油菜花\n4月5日，市民在无锡太湖边的油菜花田中拍照。新华社记者 李华 摄\n"
            + "拙政园游人\n4月5日，游客在苏州拙政园游览。新华社记者 张强 摄\n")
    assert descriptions(page) == [None, None, None]


def test_alt_phrases_among_paragraphs_closed_by_no_stop_are_kept() -> None:
    page = parse_page((EXAMPLES / "uncased-alt-lines-among-unstopped-paragraphs.txt").read_text(encoding="utf-8"))
    assert [p.description for p in page.photos] == [
        "زوار بين رفوف الكتب", "طفلة تقرأ قصة مصورة", None, "رجل مسن يتصفح كتابا قديما"]
