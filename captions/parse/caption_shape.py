"""What a caption looks like: a sentence, not a heading, in a script with capitals or without.

Pure tests on one line's text (an illustrative note's on the lines next to it too), used by the stages that
decide which lines are captions.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import cased, fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .layout import Row

# A word in lower case, in any script with cases ("city", "über", "город"): a sentence has one, a name or label
# may not. Found by its first two letters; scripts without case (Chinese, Japanese, Korean) have none.
_SENTENCE_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{2}")
# Letters of the scripts that have no capitals: Chinese, Japanese, Korean. A sentence in one has no lower-case
# word to show it is prose; it shows it by its length and its full stop ("...获得冠军。", "... 정리하고 있다.").
# Korean stories close with the reporter's "Name 기자" under the last paragraph: that byline is no credit
# (markers.yaml byline_titles), so the paragraph does not read as a caption over it. (Thai: no page to check
# the rule on, and no full stop.)
_CASELESS_LETTER = re.compile(r"[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3]")
# Of those, the scripts that put no spaces between words: Chinese, Japanese.
_UNSPACED_LETTER = re.compile(r"[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]")
# Scripts with no capitals that put no spaces between words and space phrases instead: Thai, Lao, Khmer, Burmese.
# A caption in one is a phrase or two ("ชาวบ้านช่วยกันขนข้าวของขึ้นที่สูง", villagers carry their things to high
# ground): counted by its letters, not its words.
_PHRASED_LETTER = re.compile(r"[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]")
# A line ending a sentence: its full stop, in any script, and the quotes or brackets that may close after it.
# a wire's dateline opening a story's first paragraph: place, date, the agency in brackets, a dash ("LONDON, June 5
# (Reuters) - ", "Cidade da Praia, 15 Set (Inforpress) – "): the story's lede, no caption. The agency in brackets is
# a name, capitalised: a caption's "Jo Smith, 28 (centre) - the top scorer - lifts ..." or "(L) - " is no dateline
_POSITION = r"(?:[LRC]|From|Left|Right|Centre|Center|Front|Back|Top|Bottom)\b"  # "(L)", "(From left)": no agency
_WIRE_DATELINE = re.compile(r"[^\W\d_][^()\n]{0,50}?\d[^()\n]{0,20}"
                            rf"\((?!{_POSITION})[^\W\d_a-z][^()\n]{{1,29}}\)\s*[-–—]{{1,2}}\s")
_ENDS_SENTENCE = re.compile(r"[.!?。！？…][」』”’\"'»)）]*$")
MIN_CASELESS_LETTERS = 12  # fewer are a title or a name ("紅火迎新春", "河北灤州:冬日大棚農事忙")
MIN_SHORT_CASELESS_LETTERS = 6  # a short caption in a script with no capitals, where its place shows it ("中国选手刘虹。")
MAX_ABBREVIATION = 4  # letters of a capitalised word a dot may close inside a sentence ("Sept.", "Fla.", "Dr.")
MIN_CAPTION_WORDS = 3  # fewer words are a label or a name, not a caption
MIN_HEADING_WORDS = 2  # by default: one capitalised word is a name or a label ("Reuters"), not a heading
HEADING_TOLERANCE = 10  # a heading may hold one lower-case word in this many (a slip, a name particle)
QUOTE_OPENERS = "«“„\"'‘‹「『"  # a line opening with one is a quotation, no label
QUOTE_CLOSERS = "'’\"”»›」』"  # and one closing a quotation
UNCASED_STOPS = "।॥؟"  # the Devanagari full stops and the Arabic question mark close a sentence too



MIN_UNCASED_CAPTION_WORDS = 5  # words of a phrase in a script with no capitals that may be a caption with no stop
MIN_PHRASED_LETTERS = 12  # letters of a Thai (Lao, Khmer, Burmese) phrase that may be one: fewer are a name or a label


def _phrased(text: str) -> bool:
    """Whether one of the text's spaced runs holds a phrase's letters of a script spacing phrases (Thai): a dozen or
    more, the vowel and tone marks not counted. A menu's or a byline's run of short words ("หน้าแรก ข่าวภูมิภาค
    ข่าวการเมือง", "นายสมชาย ใจดี", a title and a name) holds none (review 35)."""
    return any(sum(c.isalpha() for c in _PHRASED_LETTER.findall(run))
               >= MIN_PHRASED_LETTERS for run in text.split())


def uncased_phrase(text: str) -> bool:
    """Words of a script with no capitals but spaces between them (Arabic, Hebrew, Bengali), five or more, no
    letter of a cased script: a caption printed with no full stop, or a heading (the letters cannot say). In a
    script spacing phrases, not words (Thai), a dozen of its letters or more count as those words."""
    return ((len(text.split()) >= MIN_UNCASED_CAPTION_WORDS or _phrased(text))
            and not text.rstrip().endswith((":", "："))
            and not cased(text) and caseless_letters(text) == 0
            and any(c.isalpha() for c in text))


def uncased_sentence(text: str) -> bool:
    """A sentence of a script with no capitals but spaces between words (Malayalam, Arabic, Hindi): three words
    or more, ending in a full stop, no letter of a cased script ("ആനകൾക്ക് വെള്ളം നൽകുന്ന പാപ്പാന്മാർ.").
    Alone it is no caption (a story's paragraph is such a sentence); where a gallery's other slides print their
    captions is a place that makes it one."""
    return (len(text.split()) >= MIN_CAPTION_WORDS and ends_sentence(text.rstrip())
            and not cased(text) and caseless_letters(text) == 0
            and any(c.isalpha() for c in text))


def closes_abbreviation(word: str) -> bool:
    """Whether a dot right after `word` closes an abbreviation, no sentence: a letter's ("a.m.", "U.S."), a
    capitalised word's of MAX_ABBREVIATION letters at most ("St.", "Sept.", "No. 10"). A CJK full stop closes no
    word (""), and so a sentence."""
    return len(word) == 1 or (word[:1].isupper() and len(word) <= MAX_ABBREVIATION)


def ends_sentence(text: str) -> bool:
    """Whether a line's text (stripped of trailing spaces) ends a sentence ("... the flood.", "...冠军。", "... “Go!”")."""
    return _ENDS_SENTENCE.search(text) is not None

def wire_dateline(text: str) -> bool:
    """Whether a text opens with a wire's dateline ("LONDON, June 5 (Reuters) - "): a story's lede, no caption."""
    return _WIRE_DATELINE.match(text) is not None


def heading(text: str, small_words: frozenset[str], *, min_words: int = MIN_HEADING_WORDS) -> bool:
    """A title-case heading of `min_words` words or more, in a script with capitals (a Japanese caption is none)."""
    words = text.split()
    return len(words) >= min_words and any(c.isupper() for c in text) and title_case(words, small_words)


def caption_like(row: "Row", i: int, headline: int, small_words: frozenset[str]) -> bool:
    """Prose a caption could be: words in a sentence, not a heading, not the headline."""
    text = row.before
    if i == headline or row.kind != "text" or not text:
        return False
    if row.labelled or caseless_sentence(text):
        return True
    if wire_dateline(text):
        return False
    words = text.split()
    if len(words) < MIN_CAPTION_WORDS or not any(m[0].islower() for m in _SENTENCE_WORD.finditer(text)):
        return False
    return not title_case(words, small_words)


def caseless_sentence(text: str) -> bool:
    """A sentence in a script without capitals: mostly its letters, a dozen or more, ending in a full stop."""
    if not _ENDS_SENTENCE.search(text):
        return False
    caseless = caseless_letters(text)
    return caseless >= MIN_CASELESS_LETTERS and 2 * caseless > sum(c.isalpha() for c in text)


def short_caseless_sentence(text: str) -> bool:
    """A short sentence in a script without capitals, closed by that script's full stop ("中国选手杨家玉。", not a
    control's "努力加载中,请稍后..."): a caption only where its place shows it. One holding a colon is a label's
    line, the page's furniture ("来源:新华网。", "责编:王明。"), as a slide's phrase holding one is (assembly.py)."""
    text = text.strip()
    caseless = caseless_letters(text)
    return (text.endswith(("。", "！", "？")) and ":" not in text and "：" not in text
            and caseless >= MIN_SHORT_CASELESS_LETTERS and 2 * caseless > len(text))


def caseless_letters(text: str) -> int:
    """How many of the text's letters are of a script without capitals (Chinese, Japanese, Korean)."""
    return len(_CASELESS_LETTER.findall(text))


def unspaced_letters(text: str) -> int:
    """How many of the text's letters are Chinese or Japanese: scripts with no capitals and no spaces."""
    return len(_UNSPACED_LETTER.findall(text))


def title_case(words: list[str], small_words: frozenset[str]) -> bool:
    """A heading: nearly every word that is not a short function word is capitalised."""
    if not words or words[-1].endswith("."):
        return False
    content = lower = 0
    allowed = len(words) // HEADING_TOLERANCE
    for word in words:
        if word[:1].islower():
            if word.rstrip(".,:;!?") in small_words:
                continue
            lower += 1
            if lower > allowed:
                return False
        content += 1
    return content > 0


def illustrative_note(rows: Sequence[Row], i: int, notes: frozenset[str]) -> bool:
    """Whether row i is a note saying its picture only illustrates the story, alone or by its credit: the picture's
    caption (`notes`: markers.yaml illustrative_notes, folded). In a caption's block it is that picture's: its alt
    line over the caption ("Illustrative image" / "A worker ..."), a remark under it or under its credit."""
    def text(j: int) -> bool:
        return 0 <= j < len(rows) and rows[j].kind == "text"

    def worded(j: int) -> bool:  # a caption's text, or a paragraph's: more than a credit alone
        return text(j) and bool(rows[j].before.strip())

    return (text(i) and fold(rows[i].before.strip()) in notes
            and not (worded(i - 1) or worded(i + 1) or (text(i - 1) and worded(i - 2))))
