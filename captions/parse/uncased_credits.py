"""Credits in scripts with no capitals (Chinese, Japanese, Korean), where a name's shape says nothing.

What the credit reader asks of such a credit before splitting it at its
joiners: names framed by words ("新华社记者 许畅 摄", see `framed`), a wire
glued to the outlet that distributes it ("AP연합뉴스"), a place glued to an
agency ("평양사진공동취재단").
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from ..knowledge.markers import Markers, fold
from ..knowledge.registry import AgencyRegistry
from .caption_shape import caseless_letters
from .credit_parts import Kind, Part
from .framed import MAX_FRAMED_HEAD, NameFrames, uncased_name

MAX_PLACE_LETTERS = 4  # a place printed before an agency's name in a script with no capitals: "평양", "판문점"
MAX_SUPPLIER_WORDS = 3  # "버스 승객" (a bus passenger), "독자 김동욱씨" (reader Kim Dong-wook): who supplied a picture
MAX_SUPPLIER_LETTERS = 20  # letters of a supplier's words, at most: "한국사진기자협회" has eight
MIN_PLACED_AGENCY = 3  # letters of such an agency's name: "사진공동취재단", "新华社"; not "共同" ("日中共同" is prose)
# A Japanese company's name opened by its letters in capitals, the rest in kanji or kana: "JR北海道" (Hokkaido
# Railway), "NTT東日本", "NEXCO中日本" (the expressway companies), handing out pictures of storms and closures.
_ACRONYM_LED = re.compile(r"[A-Z]{2,6}(?=[^\x00-\x7f])")
_JAPANESE_PARTICLES = tuple("をにでがはもとへ")  # close a phrase, never a name ("山田さん", "気象庁" do not)
_COPYRIGHT_SIGN = re.compile(r"[©ⓒ]")
_HIRAGANA = re.compile("[\u3041-\u309f]")  # no outlet's name before a credit's names holds it
_HAN_NAME = re.compile("[\u3400-\u4dbf\u4e00-\u9fff·]+")  # a Chinese name's characters, "·" joining a transcribed one
_SPACED_PICTURE = (" 图", " 圖", "\u3000图", "\u3000圖")  # the word for picture after a space: only a known source before it  # "뉴스1 © News1 Name 기자": the outlet printed twice, around the sign


class UncasedCredits:
    """The readings of credits in scripts with no capitals; `read_part(text, joiner)` reads one part as the reader does."""

    def __init__(self, registry: AgencyRegistry, markers: Markers, read_part: Callable[[str, str], Part],
                 join: re.Pattern[str], longest_credit: int) -> None:
        self.registry = registry
        self.markers = markers
        self._read_part = read_part
        self._join = join
        self._frames = NameFrames.of(markers)
        uncased_spellings = sorted((key for key in registry.spellings() if uncased_name(
            key.replace(" ", ""), longest_credit) and len(key) >= MIN_PLACED_AGENCY), key=len, reverse=True)
        # by their last letter, longest first: a chunk ends in those of its own only (a credit's © made every
        # chunk try all 700 with `endswith`, some 0.1 ms a credit)
        self._uncased_by_last: dict[str, tuple[str, ...]] = {}
        for key in uncased_spellings:
            self._uncased_by_last[key[-1]] = (*self._uncased_by_last.get(key[-1], ()), key)

    def distributed(self, chunk: str) -> tuple[str, str] | None:
        """(agency, distributor) of a known agency printed glued to the one that distributes it, else None.

        "AP연합뉴스", "로이터연합뉴스", "AFP=연합뉴스": Korean outlets print the
        wire's name right before Yonhap's (markers.yaml glued_distributors), Japanese
        papers before Kyodo's or Jiji's, after an equals sign: "ロイター＝共同", "AFP＝時事".
        """
        for distributor in self.markers.glued_distributors:
            if chunk.endswith(distributor) and len(chunk) > len(distributor):
                agency = chunk[: -len(distributor)].rstrip(" =＝")  # Japanese papers' "ロイター＝共同", full width
                if self.registry.credited_name(agency) is not None:
                    return agency, distributor
        return None

    def placed(self, chunk: str) -> tuple[str, str] | None:
        """(place, agency) of a known agency printed after a place, in a script with no capitals, else None.

        "평양사진공동취재단", "판문점 사진공동취재단": the place (Pyongyang,
        Panmunjom) glued or next to the name of the pool there. The credit reader keeps a
        pool's place as part of its name and drops any other agency's (a dateline's).
        """
        if chunk.isascii() or self.registry.credited_name(chunk) is not None:
            return None
        for spelling in self._uncased_by_last.get(chunk[-1:], ()):
            if chunk.endswith(spelling) and len(chunk) > len(spelling):
                place = chunk[: -len(spelling)].strip()
                if uncased_name(place, MAX_PLACE_LETTERS) and caseless_letters(place) == len(place):
                    # only East Asian pools print their place so; in Arabic a word before "بنا" (BNA, also "with us")
                    # is the caption's: "أهلا بنا" (welcome us), "مر بنا" (passed us by)
                    return place, chunk[len(chunk) - len(spelling):]
        return None

    def framed(self, text: str) -> tuple[Part, ...] | None:
        """The parts of a credit whose names the words around them mark, else None.

        "新华社记者 许畅 摄": Xinhua (the outlet), then 许畅, a person. The outlet
        is one word or a known agency; a date or place there is no outlet.
        """
        framed = self._frames.split(text)
        if framed is None:
            return None
        head, people, source = framed
        if not people and not source:  # "陸上自衛隊第10師団撮影": an organisation, named as printed
            return (Part(head, Kind.ORG, head, ""),)
        parts: list[Part] = []
        if head:
            seen = set()
            for part in self._read_plain(head):
                agency = self.registry.recognise(part.name) if part.kind is Kind.AGENCY else None
                if agency is not None and agency.name in seen:
                    continue  # "뉴스1 © News1": one agency printed twice
                seen.add(agency.name if agency is not None else part.name)
                if part.kind is Kind.DROPPED:
                    parts.append(part)
                elif part.kind is Kind.AGENCY or (" " not in part.text.strip() and uncased_name(part.name, MAX_FRAMED_HEAD)
                                                   and not _HIRAGANA.search(part.name)):
                    # one word: "데일리안 Name 기자" names the outlet; "있다. Name 기자" is the caption's last words, and
                    # so is Japanese in hiragana, the script of its particles and endings, before a bracket:
                    # "記者会見に臨む首相（山田太郎撮影）" is a caption and its photographer, "新华社发(汪建云摄)" an outlet's
                    kind = part.kind if part.kind is Kind.AGENCY else Kind.ORG
                    parts.append(Part(part.text, kind, part.name, part.joiner))
                else:
                    return None  # a date or place before the names: not an outlet ("2011年4月1日午後0時、Name撮影")
        joiner = "/" if parts else ""
        for name in people:
            parts.append(Part(name, Kind.PERSON, name, joiner))
            joiner = ","
        if source:  # "视觉中国 图", "Name/视觉中国 图": the source is a known agency, else named as printed
            read = self._read_part(source, "")
            if not parts and read.kind is not Kind.AGENCY and text.rstrip(")） ").endswith(_SPACED_PICTURE):
                return None  # "具体路线如下 图" (the route is as in the picture): a sentence's last words, no source
            kind = Kind.AGENCY if read.kind is Kind.AGENCY else Kind.ORG
            parts.append(Part(source, kind, read.name if kind is Kind.AGENCY else source, "/" if parts else ""))
        return tuple(parts)

    def role_led(self, text: str) -> tuple[Part, ...] | None:
        """The parts of a credit naming people after a role word with no closing "摄", else None.

        "新华社记者王毓国", "记者 张三", "本报记者 李四、王五": Chinese papers print their staff so after a lead-in
        ("图/记者 张三") or in brackets, the closing "photographed" left off. The role word (markers.yaml
        name_roles, two letters or more) frames the names as "摄" would; before it, nothing, a known agency or
        one word of an outlet's ("本报", this paper, names no one). Alone on a line such text is a story's byline,
        so the reading marks it (CreditReading.role_led) and only a lead-in or brackets make it a credit.
        """
        body = text.strip().replace("\u3000", " ")
        role = self._frames.last_role(body)
        if role is None:
            return None
        at, width = role
        head, names = body[:at].strip(), body[at + width:].strip()
        people = [n for n in re.split(r"[\s、,，]+", names) if n]
        if not people or not all(uncased_name(n) and _HAN_NAME.fullmatch(n) for n in people) \
                or len(head) > MAX_FRAMED_HEAD:
            return None  # Chinese names only: Korean and Japanese print the role after the name ("Name 기자")
        parts: list[Part] = []
        if head:
            known = self.registry.credited_name(head)
            if known is not None:
                parts.append(Part(head, Kind.AGENCY, known, ""))
            elif uncased_name(head, MAX_FRAMED_HEAD) and not _HIRAGANA.search(head):
                # "本报", "本台" (this paper, this station: markers.yaml's placeholders) name the outlet itself: no one
                own = fold(head) in self.markers.placeholder_set
                parts.append(Part(head, Kind.DROPPED if own else Kind.ORG, "" if own else head, ""))
            else:
                return None
        joiner = "/" if parts else ""
        for name in people:
            parts.append(Part(name, Kind.PERSON, name, joiner))
            joiner = ","
        return tuple(parts)

    def _read_plain(self, text: str) -> list[Part]:
        """The parts of a credit split at its joiners, each read on its own."""
        pieces = self._join.split(text)
        chunks = (piece for i in range(0, len(pieces), 3) for piece in _COPYRIGHT_SIGN.split(pieces[i] or ""))
        return [self._read_part(chunk, "") for piece in chunks if (chunk := piece.strip())]

    @staticmethod
    def drop_words_beside_agencies(parts: list[Part]) -> None:
        """Drop, in place, each word of a script with no capitals next to a known agency across a slash.

        "파니탄/로이터": a person or, in Korean datelines, a place; unknown which, it names no one.
        """
        for n, part in enumerate(parts):
            neighbour = parts[n + 1] if n + 1 < len(parts) and parts[n + 1].joiner == "/" else (
                parts[n - 1] if n and part.joiner == "/" else None)
            if part.kind is Kind.PROSE and neighbour is not None and neighbour.kind is Kind.AGENCY and uncased_name(part.text):
                parts[n] = Part(part.text, Kind.DROPPED, "", part.joiner)


def supplier_of(chunk: str, supplied_words: Sequence[str]) -> str | None:
    """Who supplied the picture, where a word saying so closes the credit ("한국사진기자협회 제공"), else None.

    One to MAX_SUPPLIER_WORDS words of a script with no capitals before it; anything longer is a sentence.
    """
    for word in supplied_words:
        if chunk.endswith(word):
            supplier = chunk[: -len(word)].strip()
            if supplier.endswith(_JAPANESE_PARTICLES):
                continue  # "無料で提供" (provided free), "情報を提供": a phrase, no one who supplied it
            letters = supplier.replace(" ", "")
            letters = letters[acronym.end():] if (acronym := _ACRONYM_LED.match(letters)) else letters
            if supplier and len(supplier.split()) <= MAX_SUPPLIER_WORDS and uncased_name(letters, MAX_SUPPLIER_LETTERS):
                return supplier
    return None


def acronym_led(supplier: str) -> bool:
    """Whether a supplier's name opens with a company's letters in capitals before letters of a script with no
    capitals ("JR北海道"): no person's name is so written, a company's is."""
    return _ACRONYM_LED.match(supplier) is not None
