"""Small pure helpers over text, shared by the registry and the parsers."""
from __future__ import annotations

import html
import re
import unicodedata

_SPACE = re.compile(r"\s+")
_FOLD_CHARS = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-", "\u00a0": " ",
                             "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None})
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>|<!--(?:(?!<!--).){0,2000}?-->")  # bounded: linear on "<!--" * n


def fold(text: str) -> str:
    """The key two spellings of one name share: case, spacing, quotes and dashes folded.

    Used both when the registry is loaded and when a credit part is looked up,
    so that aliases and lookups cannot drift apart.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_FOLD_CHARS)
    return " ".join(text.casefold().split()).strip(" .")


def cased(text: str) -> bool:
    """Whether the text holds a letter with capitals and small letters (Latin, Greek, Cyrillic, Armenian ...); a
    text in a script with none (Arabic, Hindi, Chinese) holds none."""
    return any(c.isupper() or c.islower() for c in text)


def squash(text: str) -> str:
    """Collapse runs of white space to one space and trim the ends."""
    return _SPACE.sub(" ", text).strip()


def strip_tags(line: str) -> str:
    """Remove stray HTML tags such as <p> or <iframe ...> (they are not text) and decode entities.

    Only complete references are decoded (`&amp;`, `&#233;`, `&#xE9;`), not
    the legacy ones without a semicolon browsers also read (`&copy`), which
    prose such as "AT&T" or "R&D" could hold. Tags go first, so an escaped
    tag (`&lt;p&gt;`) stays as text.
    """
    if "<" in line:
        line = _TAG.sub("", line)
    if "&" in line:
        line = _ENTITY.sub(_entity, line)
    return line


def _entity(match: re.Match[str]) -> str:
    char = html.unescape(match.group())
    # A line break or other control character from `&#10;` would split or hide text.
    return " " if len(char) == 1 and unicodedata.category(char) == "Cc" else char


def split_lines(text: str) -> list[str]:
    """The lines of a text whose lines end in LF, CRLF or CR alone (old Mac files), numbered alike."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


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
