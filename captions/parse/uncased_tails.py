"""Credits closing captions in Japanese and Korean, marked by what stands around them.

Japanese dailies glue the credit to the caption after "＝" ("...ルーム＝ロイター"),
Korean ones open the brackets closing a caption with a word for "photo"
("...있다. [사진 서울시]"), and a Japanese story taken from a wire closes
with the wire's name in brackets ("...と述べた。（共同）"), which is no
credit. Korean ones close a caption with who supplied the picture, unmarked
("...있다. 해운대구청 제공"). credit_in_line.py tries these among its conventions, for page dumps
and HTML alike.
"""
from __future__ import annotations

import re

from .credit_edges import strip_leadin, trim_credit
from .credit_parts import Kind
from .credit_reading import Context
from .framed import uncased_name
from .markers import SENTENCE_CLOSERS, PageMarkers

MAX_SOURCE_WORDS = 3  # "[사진 서울시]", "[사진 한국관광공사 강원지사]": a source named after a word for "photo"
MAX_SOURCE_LETTERS = 12  # letters of one of its words: "한국사진기자협회" has eight
_KANA = re.compile(r"[\u3040-\u30ff]")  # hiragana and katakana: the text is Japanese
# Where a credit whose names are framed by words may start: after a full stop of any script, or a slash marker.
CLAUSE_END = re.compile(rf"[。！？]\s*|[{re.escape(SENTENCE_CLOSERS)}]\s+|\s[/|]\s*")
# What a credit's "＝" follows in a Japanese caption: a kana, a kanji or a closing bracket ("ルーム＝", "区）＝")
_EQUALS_AFTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff)）」』〕]")


def sourced(before: str, inner: str, pm: PageMarkers) -> str | None:
    """'[사진 서울시]', '(사진=서울시)': a bracket closing a caption, opening with a word for "photo", names the
    picture's source.

    The word (markers.yaml's enclosed_leadins) is prose outside such a
    bracket ("사진 전시회"), so it is read only in one that closes a caption,
    after a space only where the caption's last sentence ends before it. The
    source is read as a marked credit is, or is one to three words of a
    script with no capitals, named as printed: an office, a company, a site
    ("서울시", "국토교통부", "셔터스톡").
    """
    inner = inner.strip()
    lead = next((w for w in pm.markers.enclosed_leadins if inner.startswith(w)), None)
    before = before.rstrip()
    if lead is None or not before:
        return None
    sign = inner[len(lead) : len(lead) + 1]
    if not (sign == "=" or (sign == " " and before[-1] in SENTENCE_CLOSERS + "。")):
        return None
    if len(strip_leadin(inner, pm)) < len(inner) - len(lead) - 1:
        return None  # a longer lead-in ("사진 제공=연합뉴스") is read as any lead-in is
    if not (credit := trim_credit(inner[len(lead) + 1 :], pm)):
        return None
    if pm.credits.is_credit(credit, Context.MARKED):
        return credit
    words = credit.split()
    if len(words) <= MAX_SOURCE_WORDS and all(uncased_name(w, MAX_SOURCE_LETTERS) for w in words):
        return credit
    return None


def equals_tail(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'...ディーリングルーム＝ロイター', '...（27日、東京都練馬区）＝共同': a credit after "＝" closing a caption.

    Japanese papers print it (Nikkei, Asahi, Yomiuri, Sankei, Tokyo Shimbun).
    The same sign opens when and where a picture was taken ("...＝15日午後、
    館山市"), so what follows it is a credit only when it names its source as
    one (Context.EQUALS); the sign must follow a kanji, a kana or a closing
    bracket, so "AFP=연합뉴스" and "제주=연합뉴스" stay whole credits. After the when and where, the
    source is the last of the parts "、" separates ("...＝5日、東京都内、ロイター").
    """
    at = max(text.rfind("＝", earliest), text.rfind("=", earliest))
    if at <= 0 or not _EQUALS_AFTER.match(text, at - 1):
        return None
    credit = trim_credit(text[at + 1 :], pm)
    if credit and pm.credits.is_credit(credit, Context.EQUALS):
        return text[:at], credit
    if credit and (named := _led_in(credit, pm)) and pm.credits.is_credit(named, Context.MARKED):
        # "...（3日、広島市）＝撮影・Name", "＝本社ヘリから撮影・Name": a lead-in after the sign says who, as a source's
        # own words do; when and where carry none
        return text[:at], named
    comma = text.rfind("、", at)
    if comma > at and (credit := trim_credit(text[comma + 1 :], pm)) and pm.registry.credited_name(credit) is not None:
        # "...＝2月5日、ロイター", "...＝8日、石川県庁、代表撮影": when, where, then the source, a known agency or pool
        # named whole (a place or a person in the last place is read by framed names, "、Name撮影", or not at all)
        return text[:comma], credit
    return None


def _led_in(credit: str, pm: PageMarkers) -> str | None:
    """The names after a lead-in opening `credit`, or opening it after where the picture was taken from ("本社ヘリから
    撮影・Name": from the paper's helicopter, photographed by Name; markers.yaml name_vantage_words), else None."""
    starts = [0] + [i + len(w) for w in pm.markers.name_vantage_words if (i := credit.find(w)) > 0]
    for start in starts:
        rest = credit[start:].lstrip()
        if (named := strip_leadin(rest, pm)) != rest and named:
            return named
    return None


def story_source(before: str) -> bool:
    """Whether a wire's name in brackets after `before` closes a Japanese story, not a caption.

    A story syndicated from a wire closes its last sentence with the wire's
    name ("...集まっている。（共同）"); a Japanese caption closes with no "。"
    ("...たち=15日夕（共同）"). Chinese captions do close with one
    ("...上岸躲避台风。(新华社/图)"): only text holding kana is Japanese.
    """
    before = before.rstrip()
    return before.endswith("。") and _KANA.search(before) is not None


def supplied_tail(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'... 걷고 있다. 해운대구청 제공': who supplied the picture, after the caption's last sentence, unmarked.

    Korean dailies close a caption so, as they close one with "Name 기자": the
    word saying the picture was supplied ("제공", markers.yaml's supplied_words)
    frames the one to three words before it. Only right after a sentence's
    end: "... 무료 제공" inside a sentence is prose; and of more than one word
    before it only a body ("...구청", "...협회") or a known agency. Japanese
    dailies print it after the when and where closing the caption, set off by
    "、" as "、Name撮影" is ("...＝1日午後、輪島市、石川県提供": markers.yaml's
    caption_tails say what that run is).
    """
    comma = text.rfind("、", earliest)
    if comma > 0 and pm.caption_tail is not None and pm.caption_tail.search(text[:comma]):
        start = comma + 1
    elif ends := list(CLAUSE_END.finditer(text, earliest)):
        start = ends[-1].end()
    else:
        return None
    credit = trim_credit(text[start:], pm)
    if not credit or start == 0 or text[start - 1] in "/|" or not text[: start].strip():
        return None
    return (text[:start].rstrip().removesuffix("、"), credit) if supplied_credit(credit, pm) else None


def supplied_credit(credit: str, pm: PageMarkers) -> bool:
    """Whether a credit says who supplied the picture ("해운대구청 제공", "독자 제공"): one to three words framed by the
    supplied word, more than one only where they name a body or a known agency."""
    parts = pm.credits.read(credit).parts if credit else []
    if len(parts) != 1 or not parts[0].supplied:
        return False
    if len(credit.split()) > 2 and parts[0].kind not in (Kind.ORG, Kind.AGENCY):
        return False  # "... 열렸다. 주차장 무료 제공" (parking provided free): a phrase, no one named
    return credit.split()[0] not in pm.markers.supplied_manner_words  # "무료 제공" (provided free): how, not who


def dated_credit(text: str, earliest: int, pm: PageMarkers) -> tuple[str, str] | None:
    """'... 있다. 2014.4.18/뉴스1 © News1 Name 기자': a credit opened by the day the picture was taken, glued by a slash
    (markers.yaml's dated_credit_openings), at a line's start or after the caption's last sentence.

    News1 and the pages reposting its pictures print every credit so. The date marks the credit as a lead-in
    would, read only where what follows names a known agency or names framed by words ("Name 기자"); the date is
    no part of the credit (credit_edges.trim_credit cuts it).
    """
    if pm.dated_head is None:
        return None
    starts = [0, *(m.end() for m in CLAUSE_END.finditer(text, earliest))]
    for start in reversed(starts):
        if not pm.dated_head.match(text[start:]):
            continue
        credit = trim_credit(text[start:], pm)
        reading = pm.credits.read(credit) if credit else None
        if reading is not None and (reading.framed or Kind.AGENCY in reading.kinds) \
                and pm.credits.is_credit(credit, Context.MARKED):
            return text[:start].rstrip(), credit
    return None
