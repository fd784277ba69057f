"""Small pure helpers over text, shared by the registry and the parsers."""
from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_FOLD_CHARS = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-", "\u00a0": " ",
                             "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None})
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>|<!--(?:(?!<!--).){0,2000}?-->")  # bounded: linear on "<!--" * n


def fold(text: str) -> str:
    """The key two spellings of one name share: case, spacing, quotes and dashes folded.

    Used both when the registry is loaded and when a credit part is looked up,
    so that aliases and lookups cannot drift apart.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_FOLD_CHARS)
    return " ".join(text.casefold().split()).strip(" .")


def squash(text: str) -> str:
    """Collapse runs of white space to one space and trim the ends."""
    return _SPACE.sub(" ", text).strip()


def strip_tags(line: str) -> str:
    """Remove stray HTML tags such as <p> or <iframe ...>; they are not text."""
    if "<" not in line:
        return line
    return _TAG.sub("", line)


def words_key(text: str) -> str:
    """Letters and digits only, case-folded: 'same words, ignoring case, spacing and punctuation'."""
    return " ".join(re.findall(r"\w+", fold(text)))
