"""A marked credit opening its caption's line: `Foto: Jo Li/dpa Karnevalisten feiern in Köln.`

Some galleries print the credit overlay over the legend, and a dump runs the
two onto one line: a lead-in, the credit, then the caption. Text after a
lead-in is read as a credit only where the page shows where the credit ends:

- a known agency closing a part of it (`Jo Li/dpa`, `Name/ZUMA Press Wire/dpa`,
  `Name via AP`), the longest such run of words that holds no prose;
- a closing bracket (`Foto: (Jo Li/dpa) ...`, `(Photo: Jo Li) ...`);
- a separator after it (`Foto: Jo Li | ...`, `Photo: Jo Li — ...`).

Elsewhere (`Фото: <a sentence>`, `Photos: <a headline>`) the line is left as it is.
"""
from __future__ import annotations

import re

from ..text import fold, marker_form
from .caption_shape import MIN_CAPTION_WORDS  # what follows the credit must read as a caption
from .credit_edges import courtesy_words
from .credit_in_brackets import MAX_ACRONYM
from .credit_parts import Kind, Part
from .credit_reading import MAX_CREDIT, Context
from .markers import CONTROL_WINDOW, PageMarkers, opens

_SEPARATORS = (" | ", " — ", " – ", " - ")
_PART_BREAK = re.compile(r"\s*/\s*|\s+(?:via|vía)\s+|,\s*", re.IGNORECASE)  # where a credit's last part starts
_CAPTION_STARTS = "\"“‘'«„¿¡"


def credit_first(text: str, pm: PageMarkers) -> tuple[str, str] | None:
    """(caption, credit) of a line a marked credit opens, or None where the line is not one."""
    if pm.leadin is None or not opens(marker_form(text[:CONTROL_WINDOW]), pm.credit_first_starts):
        return None
    bracket = _bracketed_first(text, pm)
    if bracket is not None:
        return bracket
    rest = _after_leadin(text, pm)
    if rest is None:
        return None
    if rest[:1] in "([":
        return _bracketed_first(rest, pm, marked=True)
    return _ended_by_agency(rest, pm) or _ended_by_separator(rest, pm)


def _after_leadin(text: str, pm: PageMarkers) -> str | None:
    """The text after the lead-in opening it, if a lead-in that can only introduce a credit opens it."""
    m = pm.leadin.match(text)  # type: ignore[union-attr]
    if m is None or m.start(1) > 0:
        return None
    word = m.group(1)
    if fold(word.strip()) in courtesy_words(pm) and word[:1].isupper():
        return text  # "(Courtesy of Name) ...": capitalised, the words open the credit and stay in it (SPEC)
    if word[-1].isalpha() and text[m.end(1):m.end(1) + 1].isalpha():
        return None  # the start of a longer word: "Fotos" is not "Foto" + "s"
    if word.isalpha():
        return None  # a bare word ("Credit", "Copyright") may start a sentence: "Credit Suisse said ..."
    return text[m.end():]


def bracketed_first(text: str, pm: PageMarkers) -> tuple[str, str] | None:
    """(caption, credit) of a caption element's text a credit in brackets opens, with no lead-in: "(Name | The
    Daily Example) Plows clear ...", "(Utah Department of Transportation) A crew ...", as the Salt Lake Tribune
    prints every caption. Read in a caption element only: in a story's text "(Reuters) -" opens a wire's dateline."""
    if text[:1] not in "([":
        return None
    closing = ")" if text[0] == "(" else "]"
    end = text.find(closing, 1, MAX_CREDIT + 2)
    inner = text[1:end].strip() if end > 0 else ""
    if not inner or not pm.credits.is_credit(inner, Context.ENCLOSED) or not (named := pm.credits.read(inner).named()):
        return None  # "(File) ...", "(Archive) ...": a marker naming no one may open a caption's sentence
    if len(named) == 1 and _tag_alone(named[0]):
        return None
    return _checked(inner, text[end + 1:], pm, Context.ENCLOSED)


def _tag_alone(part: Part) -> bool:
    """Whether one name alone in brackets opening a caption tags what follows rather than credits it: a person's
    name, or what reads as one ("(Jane Doe) The winner ...", "(Manchester United) ...", "(New York) ..."), and an
    acronym no registry knows ("(EN) The minister ...", "(FR) Le ministre ...": a bilingual caption's language).
    With no lead-in, a bracket credits the picture where its form shows it: a known agency, a body named by its
    kind ("(Utah Department of Transportation)"), a marker ("(Tribune file photo)"), a name and its outlet."""
    acronym = part.text.isupper() and len(part.text) <= MAX_ACRONYM and part.kind is not Kind.AGENCY
    return part.kind is Kind.PERSON or acronym


def _bracketed_first(text: str, pm: PageMarkers, *, marked: bool = False) -> tuple[str, str] | None:
    """'(Photo: Jo Li) A man ...' or, after a lead-in, '(Jo Li/dpa) A man ...'."""
    closing = {"(": ")", "[": "]"}.get(text[:1])
    if closing is None:
        return None
    end = text.find(closing, 1, MAX_CREDIT + 2)
    if end < 0:
        return None
    inner = text[1:end].strip()
    if not marked:
        unmarked = _after_leadin(inner, pm)
        if unmarked is None:
            return None  # "(Reuters) A man ...", "(from left) ...": a bracket without a lead-in is no mark
        inner = unmarked.strip()
    return _checked(inner, text[end + 1:], pm)


def _ended_by_agency(rest: str, pm: PageMarkers) -> tuple[str, str] | None:
    """'Jo Li/dpa Karnevalisten ...': the longest run of words without prose that ends in a known agency."""
    registry = pm.credits.registry
    window = rest[:MAX_CREDIT + 1]
    ends = [m.start() for m in re.finditer(r"\s+", window)]
    for end in reversed(ends):
        head = rest[:end]
        last = _PART_BREAK.split(head)[-1].strip()
        if not last or registry.credited_name(last) is None or pm.credits.has_prose(head):
            continue
        found = _checked(head, rest[end:], pm)
        if found is not None:
            return found
    return None


def _ended_by_separator(rest: str, pm: PageMarkers) -> tuple[str, str] | None:
    """'Jo Li | Karnevalisten ...': the first separator, with a credit before it."""
    window = rest[:MAX_CREDIT + 3]
    places = sorted((i, len(sep)) for sep in _SEPARATORS if (i := window.find(sep)) > 0)
    if not places:
        return None
    at, width = places[0]
    head = rest[:at]
    if pm.credits.has_prose(head):
        return None
    return _checked(head, rest[at + width:], pm)


def _checked(credit: str, caption: str, pm: PageMarkers, context: Context = Context.MARKED) -> tuple[str, str] | None:
    """The pair, if the credit reads as one after a lead-in and the rest as a caption."""
    credit, caption = credit.strip().rstrip(",;:").strip(), caption.strip()
    credits = pm.credits
    if not credit or not caption or len(caption.split()) < MIN_CAPTION_WORDS:
        return None
    if not (caption[:1].isupper() or caption[:1].isdigit() or caption[:1] in _CAPTION_STARTS):
        return None
    if not credits.is_credit(credit, context) or credits.is_credit(caption, Context.OWN_LINE):
        return None  # "Foto: Jo Li/dpa Name/AFP": two credits, no caption
    if len(caption) <= MAX_CREDIT and credits.read(caption).kinds <= {Kind.ORG, Kind.AGENCY, Kind.DROPPED, Kind.PERSON}:
        return None  # "Photo credit: Name | Nation Media Group", "Mynd: RÚV – Name": the credit's last part, no caption
    return caption, credit
