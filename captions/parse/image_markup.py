"""A picture's markup kept as text by the dump: its alt text is a description, its address never text.

Dumps made from Markdown print a picture as `![alt text](address)` (linked:
`[![alt](address)](link)`), some inside `<image>...</image>` (the tags go
with the other markup), and some with the address written out before the
alt attribute (`data:image/...,"address" alt="alt text"`). A line made only
of such markup (and table edges) is no caption, no credit and no headline:
the alt text it carries describes the picture whose caption follows. Markup
opening a line of text is cut off it, its alt text kept for that line.
"""
from __future__ import annotations

import re

# The alt text may hold one level of brackets ("[BREAKING] ..."); the address one of parentheses.
_MARKDOWN = re.compile(
    r"\[?!\[(?P<alt>(?:[^\[\]\n]|\[[^\[\]\n]*\]){0,2000})\]"
    r"\((?P<address>(?:[^()\s]|\([^()\s]*\)){0,4000})(?:\s+\"[^\"\n]{0,500}\")?\)"
    r"(?:\]\((?:[^()\s]|\([^()\s]*\)){0,4000}\))?")
_ATTRIBUTE = re.compile(
    r"(?P<address>data:image/[^\s\"]{0,200}(?:\"[^\"\s]{0,4000}\")?|https?://\S{1,4000})"
    r"\s+alt=\"(?P<alt>[^\"\n]{0,2000})\"")
_EDGES = " \t|"


def image_alt(text: str) -> str | None:
    """The alt text of the pictures a line is made of ("" when they carry none), None if it holds more.

    A line of several pictures gives the alt text only where one alone carries any.

    >>> image_alt('![A boy runs.](https://example.org/boy.jpg) |')
    'A boy runs.'
    >>> image_alt('![](https://example.org/boy.jpg) A boy runs.') is None
    True
    """
    alt, rest = opening_markup(text)
    return alt if alt is not None and not rest else None


def opening_markup(text: str) -> tuple[str | None, str]:
    """The alt text of the pictures' markup opening a line ("" when they carry none; None when no markup
    opens it), and the text after it.

    >>> opening_markup('![](https://example.org/boy.jpg) A boy runs. Photo: Jo Li')
    ('', 'A boy runs. Photo: Jo Li')
    """
    if "![" not in text and "alt=" not in text:
        return None, text
    for pattern in (_MARKDOWN, _ATTRIBUTE):
        alts: list[str] = []
        end = 0
        for m in pattern.finditer(text):
            if text[end:m.start()].strip(_EDGES):
                break
            alts.append(m.group("alt").strip())
            end = m.end()
        if alts:
            said = [alt for alt in alts if alt]
            return (said[0] if len(said) == 1 else ""), text[end:].strip(_EDGES)
    return None, text


def markup_address(text: str) -> str | None:
    """The address of the first picture's markup opening a line, None where none opens it.

    >>> markup_address('![A boy runs.](https://example.org/boy.jpg)')
    'https://example.org/boy.jpg'
    """
    for pattern in (_MARKDOWN, _ATTRIBUTE):
        m = pattern.match(text.lstrip(_EDGES))
        if m is not None:
            return m.group("address")
    return None
