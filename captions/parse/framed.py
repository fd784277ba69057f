"""Credits whose names are marked by the words around them, not by capitals.

Chinese, Japanese and Korean print no capitals, so a name's shape says
nothing; their outlets frame it instead: "新华社记者 许畅 摄" (Xinhua reporter
Xu Chang, photographed), "新华社发(汪建云摄)" (released by Xinhua, photographed
by ...), "ⓒ데일리안 홍효식 기자" (Dailian, Hong Hyo-sik, reporter). The words
are data (markers.yaml: name_suffixes, name_roles, name_suffix_words,
name_picture_suffixes, name_vantage_words); this module only finds where the
names and the outlet before them stand.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..text import WORD_JOINERS, caseless
from ..knowledge.markers import Markers

MIN_FRAMED_NAME, MAX_FRAMED_NAME = 2, 6  # letters of one name: Chinese and Korean print 2-4, Japanese up to 6
MAX_FRAMED_HEAD = 24  # characters before the names: an outlet, "2014.4.18/뉴스1 © News1"
MAX_SOURCE_LETTERS = 8  # a picture's source before "图" or after the names: "视觉中国", "中国新闻社"; longer is prose
_NAME_LIST_SPLIT = re.compile(r"[\s、,，]+")  # "韦林 陆思远", "谷口雄介、富田公善"
_MARKS = ("Mn", "Mc")  # combining vowel and tone signs
_OPENINGS = "(（"
_NAME_JOINERS = str.maketrans("", "", "·" + WORD_JOINERS)  # taken out before a name's letters are counted
_CLAUSE_MARKS = "、。，,=＝"  # no vantage point holds one: a caption's clauses stand before it


def uncased_name(word: str, longest: int = MAX_FRAMED_NAME) -> bool:
    """Whether a word is a name in a script with no capitals: 2 to `longest` such letters ("许畅", "홍효식").

    A "·" may join the parts of a transcribed name ("阿卜杜拉·买买提"), a zero-width non-joiner a Persian one's
    ("صادقی‌نیا").
    """
    letters = word.translate(_NAME_JOINERS)
    # a vowel or tone sign (Thai "สมชาย ใจดี", Devanagari "राहुल") is a mark, not a letter, and belongs to the one before
    return (MIN_FRAMED_NAME <= len(letters) <= longest and letters[:1].isalpha()
            and all((caseless(c) and not c.isascii()) or unicodedata.category(c) in _MARKS
                    for c in letters))


@dataclass(frozen=True)
class NameFrames:
    """The words that frame a name, longest first."""

    suffixes: tuple[str, ...]    # after the names: "摄", "撮影", "기자"
    roles: tuple[str, ...]       # between the outlet and the names: "记者", "发"
    prose: tuple[str, ...]       # words ending in a suffix that are prose: "拍摄" (photographed)
    pictures: tuple[str, ...] = ()  # "/图" (picture) after the names: they follow a role word
    vantages: tuple[str, ...] = ()  # "から" (from) between where it was taken from and the names
    bodies: tuple[str, ...] = ()  # "師団", "庁": what ends an organisation's name, no person's

    @classmethod
    def of(cls, m: Markers) -> "NameFrames":
        def longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(sorted(words, key=len, reverse=True))
        return cls(longest_first(m.name_suffixes), longest_first(m.name_roles), tuple(m.name_suffix_words),
                   longest_first(m.name_picture_suffixes), longest_first(m.name_vantage_words),
                   tuple(m.organisation_endings))

    def split(self, text: str) -> tuple[str, list[str], str] | None:
        """(what stands before the names, the names, the source after them) of a framed credit, else None.

        The names follow the last role word ("新华社记者岳月伟摄"), else fill
        the bracket the credit closes with ("新华社发(汪建云摄)"), else are the
        last word ("데일리안 홍효식 기자"). A role word ending what is before
        them is dropped; so is a leading "©". A slash may stand before the
        suffix ("记者 Name/摄"); a word for "picture" there ("/图", " 图") frames
        names only after a role word; with none, the one word before it is the
        picture's source ("视觉中国 图"). A source may follow the names after a
        slash ("新京报记者 Name/视觉中国 图": the agency that distributes it).
        Names after a vantage word ("本社ヘリから Name撮影") have no outlet:
        what is before them is where they stood.
        """
        body = text.rstrip().replace("\u3000", " ")  # an ideographic space stands where a space does: "视觉中国　图"
        closed = body.endswith((")", "）"))
        if closed:
            body = body[:-1].rstrip()
        picture = next((x for x in self.pictures if body.endswith(x)), None)
        suffix = picture or next((x for x in self.suffixes if body.endswith(x)), None)
        if suffix is None or body.endswith(self.prose):
            return None
        body = body[: -len(suffix)].rstrip().removesuffix("/").removesuffix("／").rstrip()
        opening = max(body.rfind(c) for c in _OPENINGS) if closed else -1
        last = self.last_role(body)
        vantage = max(((i, len(v)) for v in self.vantages if (i := body.rfind(v)) >= 0), default=None)
        if picture and not (last and last[0] > opening):
            # "网络/图", "视觉中国 图": a source, not a person, stands before "picture"; one word of it is read
            source = body[opening + 1:].strip()
            return ("", [], source) if _one_word(source) and not body[:opening + 1].strip(_OPENINGS + " ") else None
        if vantage and vantage[0] > max(opening, last[0] if last else -1):
            point = body[:vantage[0]].lstrip(_OPENINGS)
            if len(point) > MAX_FRAMED_HEAD or any(c in point for c in _CLAUSE_MARKS):
                return None  # "...=仙台市で、本社ヘリからName撮影" whole: a caption before the credit
            head, names = "", body[sum(vantage):]  # "本社ヘリから": a vantage point names no one
        elif last and last[0] > opening:  # "(東南網記者 劉瑋 攝)": the names follow the role word
            at, width = last
            head, names = body[:at], body[at + width:]
        elif opening >= 0:
            head, names = body[:opening], body[opening + 1:]
        else:  # the last word; Hong Kong papers set it off by a full-width slash: "資料圖片／Name攝" (file picture)
            at = max(body.rfind(" "), body.rfind("／"))
            head, names = body[:max(at, 0)], body[at + 1:]
        body_name = names.strip().lstrip("©ⓒ").strip()
        if not picture and body_name.endswith(self.bodies) and len(body_name) <= MAX_FRAMED_HEAD \
                and not any(c in body_name for c in _CLAUSE_MARKS + " "):
            # "陸上自衛隊第10師団撮影": a body photographed it, no person; "Caption(海上保安庁撮影)"
            # is a caption and its credit, which the bracket splits
            return None if head.strip() else (body_name, [], "")
        names, slash, source = names.strip().replace("／", "/").partition("/")  # "Name／视觉中国 图" as "Name/..."
        if slash and not _one_word(source.strip()):
            return None
        people = [n for n in _NAME_LIST_SPLIT.split(names.strip()) if n]
        if not people or not all(uncased_name(n) for n in people):
            return None
        head = head.strip().lstrip(_OPENINGS + "©ⓒ").strip()
        for role in self.roles:  # "新华社发(": the role word before the bracket names no one
            if head.endswith(role):
                head = head[: -len(role)].rstrip()
                break
        if len(head) > MAX_FRAMED_HEAD:
            return None
        return head, people, source.strip()

    def last_role(self, body: str) -> tuple[int, int] | None:
        """Where the last role word of `body` starts and its length, else None: each role word (two letters or
        more) where it last stands; of two ending at one place the longer is the role ("见习记者", trainee
        reporter, not "记者" after a word "见习")."""
        ends: dict[int, int] = {}
        for r in self.roles:
            if len(r) > 1 and (i := body.rfind(r)) >= 0:
                ends[i + len(r)] = max(ends.get(i + len(r), 0), len(r))
        return max(((end - width, width) for end, width in ends.items()), default=None)


def _one_word(text: str) -> bool:
    """Whether a credit's source is one word of a script with no capitals: "视觉中国", "新华社", not a clause."""
    return uncased_name(text, MAX_SOURCE_LETTERS)


def unclosed(text: str, words: tuple[str, ...], *, glued: bool) -> str:
    """The credit as printed without the word for "photographed" or "picture" closing it after the names.

    "新华社记者 Name 摄" is "新华社记者 Name", "新华社/图" is "新华社": a lead-in placed after the names
    (markers.yaml closing_picture_words, `words` longest first). Glued to the name ("Name撮影") only where
    the words framed the names; one inside the bracket closing the credit ("新华社发(Name摄)") is kept.
    """
    word = next((w for w in words if text.endswith(w)), None)
    if word is None:
        return text
    before = text[: -len(word)]
    rest = before.rstrip(" \u3000/／")
    return rest if rest and (glued or rest != before) else text
