"""Round 143 (set uE): a gallery's permalink anchor after each credit, and a Korean page's uncredited pointed
captions under its credited one; each with an example page in examples/."""
from captions import parse_page
from captions.parse.credit_in_line import split_caption_credit


def found(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


def test_a_permalink_anchor_after_the_credit_is_furniture() -> None:
    assert split_caption_credit("Soldiers pile sandbags along the river wall on May 8. (Tomas Varga/AFP/Getty Images) #") \
        == ("Soldiers pile sandbags along the river wall on May 8.", "Tomas Varga/AFP/Getty Images")


def test_a_sign_glued_to_a_word_at_the_lines_end_stays() -> None:
    assert split_caption_credit("Pupils at the Brook Lane school write their first program in C#") \
        == ("Pupils at the Brook Lane school write their first program in C#", None)


KOREAN_HEAD = ["[포토] 물 빠지길 기다리며", "", "밤새 내린 폭우로 저지대 마을 세 곳이 물에 잠겼다.", ""]
CREDITED = "▲ 14일 새벽 주민들이 물에 잠긴 논을 바라보고 있다. /청양=윤서진 기자 seojin7@"
CAPTION = "14일 새벽 주민들이 물에 잠긴 논을 바라보고 있다."


def test_korean_pointed_lines_under_a_credited_pointed_caption_are_captions() -> None:
    page = "\n".join([*KOREAN_HEAD, CREDITED, "", "▲ '잠겨버린 논'", "▲ 물길이 된 마을 앞 도로", "▲"])
    assert found(page) == [(CAPTION, "청양=윤서진 기자 seojin7@"), ("'잠겨버린 논'", None), ("물길이 된 마을 앞 도로", None)]


def test_korean_pointed_list_items_holding_a_colon_are_no_captions() -> None:
    page = "\n".join([*KOREAN_HEAD, CREDITED, "", "▲ 대피 장소: 장평초등학교 체육관", "▲ 문의: 군청 재난안전과"])
    assert found(page) == [(CAPTION, "청양=윤서진 기자 seojin7@")]


def test_korean_list_items_run_on_one_pointed_line_are_no_caption() -> None:
    page = "\n".join([*KOREAN_HEAD, CREDITED, "", "▲ 장평면 대치리 ▲ 장평면 분향리 ▲ 청남면 인양리", "▲ '잠겨버린 논'"])
    assert found(page) == [(CAPTION, "청양=윤서진 기자 seojin7@"), ("'잠겨버린 논'", None)]


def test_korean_pointed_lines_with_no_credited_pointed_caption_stay_text() -> None:
    page = "\n".join([*KOREAN_HEAD, f"{CAPTION} /청양=윤서진 기자 seojin7@", "", "▲ '잠겨버린 논'", "▲ 물길이 된 마을 앞 도로"])
    assert found(page) == [(CAPTION, "청양=윤서진 기자 seojin7@")]


def test_korean_pointed_line_closing_the_dump_with_no_credit_was_cut_before_it() -> None:
    page = "\n".join([*KOREAN_HEAD, CREDITED, "", "▲ 물길이 된 마을 앞 도로. /청양=윤서진 기자 seojin7@", "",
                      "▲ 주민들이 모여 있는 마을 회관"])
    assert found(page) == [(CAPTION, "청양=윤서진 기자 seojin7@"),
                           ("물길이 된 마을 앞 도로.", "청양=윤서진 기자 seojin7@")]
