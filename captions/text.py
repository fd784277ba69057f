"""Small pure helpers over text, shared by the registry and the parsers."""
from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from typing import Iterable
from urllib.parse import urlsplit

_SPACE = re.compile(r"\s+")
# what fold makes of each character two spellings of a name differ by, as (form, plain) pairs: as for marker_form,
# a few searches for them cost a fraction of str.translate's look-up of every character of the text in a table;
# no plain is a form, so replacing them one after another is replacing them all at once
_FOLD_PAIRS = (("’", "'"), ("‘", "'"), ("‐", "-"), ("‑", "-"), ("–", "-"), ("—", "-"), ("\u00a0", " "),
               ("\u200b", ""), ("\u200c", ""), ("\u200d", ""), ("\u2060", ""), ("\ufeff", ""))
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# a tag, a comment, or a processing instruction a template left unrun ("<?php echo $x; ?>": printed by no browser;
# "$post->title", "$a > 1" inside it, "<?PHP" as PHP reads it too); bounded: linear on "<!--" * n
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>|<!--(?:(?!<!--).){0,2000}?-->"
                  r"|<\?(?:[Pp][Hh][Pp]|xml|=)(?:[^<]|<(?!\?)){0,2000}?\?>")


def fold(text: str) -> str:
    """The key two spellings of one name share: case, spacing, quotes and dashes folded.

    Used both when the registry is loaded and when a credit part is looked up,
    so that aliases and lookups cannot drift apart.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        for form, plain in _FOLD_PAIRS:
            if form in text:
                text = text.replace(form, plain)
    return " ".join(text.casefold().split()).strip(" .")


# Scripts Unicode gives case that print none: Georgian (Mkhedruli letters are Ll since Mtavruli was added in
# Unicode 11, yet papers print names in Mkhedruli alone; Mtavruli is an all-capitals display style) and Cherokee
# (its syllabary is printed in the letters Unicode calls capitals). Armenian, Osage and Adlam have real capitals.
_NO_CAPITALS = re.compile(r"[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F\u13A0-\u13FF\uAB70-\uABBF]")


# The zero-width non-joiner Persian prints inside a word, between two parts of a name ("صادقی‌نیا", "علی‌رضا"),
# and the joiner: they print as nothing and belong to the word they stand in.
WORD_JOINERS = "\u200c\u200d"


def caseless(c: str) -> bool:
    """Whether a character is a letter of a script with no capitals in print: Arabic, Hebrew, Hindi, Thai,
    Chinese, Korean ..., and Georgian and Cherokee, whose letters Unicode gives a case their print does not use."""
    return c.isalpha() and (c.lower() == c.upper() or (not c.isascii() and _NO_CAPITALS.match(c) is not None))


def cased(text: str) -> bool:
    """Whether the text holds a letter with capitals and small letters (Latin, Greek, Cyrillic, Armenian ...); a
    text in a script with none (Arabic, Hindi, Chinese, Georgian) holds none."""
    return any((c.isupper() or c.islower()) and not caseless(c) for c in text)


# The forms a marker's character is printed in besides its plain one: typographic apostrophes ("Image
# d’illustration", "Photo d’archives"), the no-break and narrow spaces French typography puts before a colon
# ("Photo\u00a0:", "Crédit\u202f:"), the full-width colon of Chinese and Japanese type ("图片来源：") and the Ethiopic
# wordspace Amharic type prints for a label's colon ("ፎቶ፡ Name", round 82). A marker
# is listed once, in plain characters; it is matched in any of these forms.
TYPOGRAPHIC_FORMS = {"'": "’‘ʼ′", " ": "\u00a0\u202f\u2009\u2007", ":": "：\u1361"}
_MARKER_FORM = str.maketrans({form: plain for plain, forms in TYPOGRAPHIC_FORMS.items() for form in forms})
# a space of a marker's pattern is any white space (all the forms above are): a class of its own in each of
# thousands of phrases would make compiling the markers' patterns several times slower
_MARKER_CLASS = {plain: "[" + re.escape(plain + forms) + "]" for plain, forms in TYPOGRAPHIC_FORMS.items()} | {" ": r"\s"}
MARKER_SPACE = _MARKER_CLASS[" "]  # what a space of a marker's pattern matches
# the plain characters and their forms: a phrase opening with one has no first letter (see marker_alternation)
_TYPOGRAPHIC_CHARS = frozenset("".join(plain + forms for plain, forms in TYPOGRAPHIC_FORMS.items()))


# The forms as (form, plain) pairs, for marker_form: str.translate would look every character of a line up in a
# table, each miss raising (and dropping) a KeyError inside, where a few searches for the forms, none of them
# ASCII, cost a tenth of that; lines are marker_form'd several times each
_MARKER_FORM_PAIRS = tuple((form, plain) for plain, forms in TYPOGRAPHIC_FORMS.items() for form in forms)


def marker_form(text: str) -> str:
    """A text lower-cased with its typographic forms made plain (TYPOGRAPHIC_FORMS), for finding markers in it by
    plain string search; one character for one, so a marker's place in it is its place in the text (but where
    lower-casing itself moves letters: "İ")."""
    low = text.lower()
    if not low.isascii():
        for form, plain in _MARKER_FORM_PAIRS:
            if form in low:
                low = low.replace(form, plain)
    return low


def marker_pattern(phrase: str) -> str:
    """A marker as a regex matching it as listed or printed with typographic forms of its apostrophes, spaces
    and colons: "Image d'illustration" matches "Image d’illustration", "Photo :" matches "Photo\u00a0:"."""
    phrase = phrase.translate(_MARKER_FORM)
    return "".join(_MARKER_CLASS.get(c) or re.escape(c) for c in phrase)


def marker_alternation(phrases: Iterable[str], *, any_case: bool = False) -> str:
    """The phrases as one regex alternation, longest first (so "Photographs:" wins over "Photo"), each matching
    the typographic forms of its apostrophes, spaces and colons too ("Image d’illustration", "Photo\u00a0:").

    `any_case`, for a pattern compiled with re.IGNORECASE: the phrases are grouped by their first letter, each
    group of a cased one behind a look-ahead for it: "(?=[Pp])(?:Photographs:|Photo:)|(?=[Ff])(?:Foto:)|...". The
    regex engine tries an alternation's phrases one by one wherever it is tried, fast past one opening with a
    character of one case (CJK, Arabic, a digit) but slow past one matched in any case: an alternation of the
    ~2,700 credit lead-ins cost 30 to 90 µs a try, 5 to 15 as grouped. The groups give the match the plain
    alternation gives: no character can open phrases of two groups (see `_first_letter`), and each group keeps
    its phrases' order."""
    ordered = sorted(dict.fromkeys(phrases), key=len, reverse=True)
    if not any_case:
        return _by_length(ordered)
    # a first letter's key -> its phrases -> their first characters. The empty phrase, last in `ordered`, matches
    # anywhere: it makes a group of its own, the last (under "", with the phrases opening with a space, it could
    # come ahead of a later letter's group)
    groups: dict[str | None, dict[str, str]] = {}
    for phrase in ordered:
        groups.setdefault(_first_letter(phrase) if phrase else None, {}).setdefault(phrase, phrase[:1])
    alternatives = []
    for group in groups.values():
        firsts = sorted(set(group.values()))
        if any(c.lower() != c.upper() for c in firsts):
            alternatives.append(f"(?=[{''.join(re.escape(c) for c in firsts)}])(?:{_by_length(group)})")
        else:  # the engine passes over these phrases fast as they are
            alternatives.append(_by_length(group))
    return "|".join(alternatives)


def _by_length(ordered: Iterable[str]) -> str:
    """Phrases, longest first, as an alternation giving the match the plain one gives, with the phrases that end in
    the same typographic form sharing it: "(?:Photographs|Foto|Bild)[:：፡]|Photo\\sby|...". A class holding a
    character past Latin-1 costs the regex compiler some 75 µs each time it is written, and most of the ~2,800
    credit lead-ins end in a colon: written once, compiling their pattern takes some 60 ms, not 120.

    Each phrase's pattern matches as many characters as it has, so the plain alternation matches the longest phrase
    found. A shared form's group stands where its longest phrase would; a phrase in it is tried before the longer
    ones it has moved ahead of, which is the same unless one of them can match where it does. So a phrase stays in
    its place when a longer one's key opens with its key (`_match_key`): "Photo:" when "Photo: courtesy" is listed."""
    phrases = list(dict.fromkeys(p.translate(_MARKER_FORM) for p in ordered))
    keys = [_match_key(p) for p in phrases]
    sorted_keys = sorted(keys)

    def opens_longer(key: str) -> bool:
        """Whether a longer phrase's key opens with this one: a key opening with it comes next after it (and its
        equals) in order if any does; it is longer, as a key is as long as its phrase."""
        at = bisect_right(sorted_keys, key)
        return at < len(sorted_keys) and sorted_keys[at].startswith(key)

    alternatives: list[str | tuple[list[str], str]] = []  # a phrase's pattern, or heads sharing a form's class
    shared: dict[str, list[str]] = {}  # a form's class -> the heads of the phrases sharing it, in alternatives
    for phrase, key in zip(phrases, keys):
        last = _MARKER_CLASS.get(phrase[-1]) if len(phrase) > 1 else None
        if last is None or opens_longer(key):
            alternatives.append(marker_pattern(phrase))
        elif last in shared:
            shared[last].append(marker_pattern(phrase[:-1]))
        else:
            shared[last] = heads = [marker_pattern(phrase[:-1])]
            alternatives.append((heads, last))
    return "|".join(a if isinstance(a, str) else _sharing(*a) for a in alternatives)


def _sharing(heads: list[str], last: str) -> str:
    """The heads of phrases followed by the class of the form they end in: "(?:Foto|Bild)[:：፡]"."""
    return f"{heads[0]}{last}" if len(heads) == 1 else f"(?:{'|'.join(heads)}){last}"


def _match_key(phrase: str) -> str:
    """A phrase, its typographic forms made plain, as the key of each of its characters (see _first_letter), white
    space as a space: one character for one, so that where two phrases' patterns both match at one place of a text,
    in any case or not, the longer one's key opens with the shorter one's."""
    if phrase.isascii():
        return phrase.lower().translate(_ASCII_SPACES)
    return "".join(" " if c.isspace() else c.lower().upper().casefold()[:1] for c in phrase)


# every ASCII character str.isspace and the regex engine's \s take for white space: the separators U+001C to
# U+001F as well as "\t\n\x0b\x0c\r"
_ASCII_SPACES = str.maketrans({c: " " for c in map(chr, range(128)) if c.isspace()})


def _first_letter(phrase: str) -> str:
    """The key of a phrase's first letter: every character the regex engine matches in any case with it has the
    same (its case folded from its small letter's capital: "I", "i", "ı" and "İ" give "i", "ſ" and "S" give "s";
    checked over all of Unicode on Pythons 3.10 to 3.13). Empty for a space or a typographic form
    (TYPOGRAPHIC_FORMS), whose patterns match several characters: those phrases make one group."""
    c = phrase[:1]
    if not c or c.isspace() or c in _TYPOGRAPHIC_CHARS:
        return ""
    return c.lower().upper().casefold()[:1]


def squash(text: str) -> str:
    """Collapse runs of white space to one space and trim the ends."""
    return _SPACE.sub(" ", text).strip()


def strip_tags(line: str) -> str:
    """Remove stray HTML tags such as <p> or <iframe ...> (they are not text) and decode entities; words in angle
    brackets that no tag could be ("<Love Story>", a title) stay.

    Only complete references are decoded (`&amp;`, `&#233;`, `&#xE9;`), not
    the legacy ones without a semicolon browsers also read (`&copy`), which
    prose such as "AT&T" or "R&D" could hold. Tags go first, so an escaped
    tag (`&lt;p&gt;`) stays as text.
    """
    if "<" in line:
        line = _TAG.sub(_tag_or_words, line)
    if "&" in line:
        line = _ENTITY.sub(_entity, line)
    return line


# A tag's name, and the attributes a tag may print with no value ("<video controls autoplay>", old pages' "<TD
# NOWRAP>"): one case each. A title's words ("<Love Story>", "<Man on Fire>") mix them.
_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[:-][A-Za-z0-9]+)*")
_BARE_ATTRIBUTE = re.compile(r"[a-z][a-z0-9_:.-]*|[A-Z][A-Z0-9_:.-]*")


def _tag_or_words(match: re.Match[str]) -> str:
    """Nothing for a tag; the text itself for words in angle brackets that no tag could be.

    Korean and Japanese pages print a film's or a book's title so, and a note
    ("개막작 <Love Story>의 주연", "...陸地へ<JR仙台駅 2011年5月3日撮影>"): a span
    with no attribute's value, quote or closing slash, holding a letter
    outside ASCII, or opening with no tag's name, or with words after it no
    attribute is spelled as, is text. "<br>", "</p>", "<img src=...>", "<image>"
    and "<Title>" alone are tags.
    """
    tag = match.group()
    inner = tag[1:-1]
    if tag.startswith(("</", "<!--", "<?")) or any(c in inner for c in "=\"'") or inner.endswith("/"):
        return ""
    if any(c.isalpha() and not c.isascii() for c in inner):
        return tag
    name, *attributes = inner.split()
    if _TAG_NAME.fullmatch(name) and all(_BARE_ATTRIBUTE.fullmatch(a) for a in attributes):
        return ""
    return tag


def _entity(match: re.Match[str]) -> str:
    char = html.unescape(match.group())
    # A line break or other control character from `&#10;` would split or hide text.
    return " " if len(char) == 1 and unicodedata.category(char) == "Cc" else char


# What a text saved decomposed (NFD, as macOS file names and some exporters write it) holds: a letter followed by
# combining marks (diacritics of Latin, Greek and Cyrillic, marks for symbols, half marks, the kana voicing marks
# of "か" + U+3099 for "が", Arabic's madda and hamza above and below, "أ" as "ا" + U+0654, the second half of an
# Indic two-part vowel sign, Bengali "ো" as "ে" + "া", Sinhala, Tamil, Malayalam, Kannada, Telugu and Oriya alike),
# and a Hangul syllable spelled as its conjoining jamo (lead, vowel, tail)
_DECOMPOSED = re.compile(r".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a"
                         r"\u0653-\u0655\u09be\u09d7\u0b3e\u0b56\u0b57\u0bbe\u0bd7\u0c56\u0cc2\u0cd5\u0cd6\u0d3e\u0d57"
                         r"\u0dca\u0dcf\u0ddf]+"
                         r"|[\u1100-\u115f][\u1160-\u11a7][\u11a8-\u11ff]?")


def composed(text: str) -> str:
    """The text with its decomposed accents composed (NFC), the rest as it is: "Fabati\u0301a" reads "Fabatía",
    as the markers, the registry and the other pages spell it. Only letters and their marks are composed: NFC
    of the whole text would also trade the CJK compatibility ideographs (U+F900...) a page prints for others."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return _DECOMPOSED.sub(lambda m: unicodedata.normalize("NFC", m.group()), text)


# A separator between a caption's parts or a credit's ("Name / Agency", "Photo | Name", "caption – Name") with a
# no-break, narrow or thin space beside it, as French and some CMS typography print it; and the bar printed as the
# full-width "｜" of CJK type or the broken "¦", between spaces. Markers and rules spell these separators with a
# plain space and "|".
_SPACED_SEPARATOR = re.compile(r"[\u00a0\u202f\u2009\u2007](?=[/|｜¦\-–—])|(?<=[/|｜¦\-–—])[\u00a0\u202f\u2009\u2007]")
_NO_BREAK_SPACES = "\u00a0\u202f\u2009\u2007"
_OTHER_BAR = re.compile(r"(?<= )[｜¦](?= )")


def read_form(text: str) -> str:
    """A page's text as the parser reads it: decomposed accents composed (`composed`), a separator's no-break
    spaces plain and its other bars "|". Each is a spelling a dump may differ in without meaning anything else."""
    text = composed(text)
    if not text.isascii():
        if any(space in text for space in _NO_BREAK_SPACES):
            text = _SPACED_SEPARATOR.sub(" ", text)
        if "｜" in text or "¦" in text:
            text = _OTHER_BAR.sub("|", text)
    return text


def split_lines(text: str) -> list[str]:
    """The lines of a text whose lines end in LF, CRLF or CR alone (old Mac files), numbered alike."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def unpadded(lines: list[str]) -> list[str]:
    """The lines of a dump closing every line of text after the first (the header, the crawler's) with spaces or
    tabs, without them; other dumps' lines as they are. A space closing a line marks where the dump wrapped a block
    (CleanLine.wrapped) only on a page whose other lines have none: closing every one, spaces pad them."""
    if any(line[-1:] not in " \t" for line in lines[1:] if line and not line.isspace()):
        return lines
    return [line.rstrip(" \t") for line in lines]


def words_key(text: str) -> str:
    """Letters and digits only, case-folded: 'same words, ignoring case, spacing and punctuation'."""
    return " ".join(re.findall(r"\w+", fold(text)))


# The tags a page or a pasted fragment of one opens with. A page dump's first
# line may start with "<" too ("<< Back to the gallery", "<3 this picture"),
# so markup is told by these tags, not by "<" alone.
_OPENING_TAG = re.compile(
    r"<(?:!doctype\s+html|(?:html|head|body|meta|title|link|script|style|figure|img|picture|p|div|article|section)(?=[\s>/]|$))")


def looks_like_html(text: str) -> bool:
    """Whether text is HTML rather than a page dump: it opens, after any comments, with a doctype or a tag pages
    open with.

    Those tags are html, head, body, what a head holds (meta, title, link,
    script, style: a page may leave out its html and head tags) and the blocks
    a pasted fragment starts with: figure, img, picture, p, div, article, section.
    """
    head = text[:1024].lstrip("\ufeff \t\r\n").lower()
    while head.startswith("<!--"):  # a comment is no evidence alone: "<!-- exported by ... -->" over a page dump
        end = head.find("-->")
        if end < 0:
            return True  # a comment running past the window opens markup (a licence banner), never a dump
        head = head[end + 3:].lstrip()
    return not head or _OPENING_TAG.match(head) is not None  # nothing but comments: markup


# A URL's parts as RFC 3986 splits them, each optional (so any text matches): the scheme, the host, the path.
_URL_PARTS = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?://([^/?#]*))?([^?#]*)")


def url_host_and_path(url: str) -> tuple[str, str]:
    """A URL's host and path. A host urlsplit refuses ("http://[::1", a full-width "＃" in it) is a broken link a
    page may print or a crawler keep: its parts are split as RFC 3986 does."""
    try:
        parts = urlsplit(url)
        return parts.netloc, parts.path
    except ValueError:
        found = _URL_PARTS.match(url)
        assert found is not None  # every part is optional
        return found[1] or "", found[2]
