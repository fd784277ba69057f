"""What a text printed by a bare image says of itself: a caption's length and words, a credit closing it, a credit
printed alone in the block under it (bare.py asks these of the text by an image no markup names)."""
from __future__ import annotations

from selectolax.lexbor import LexborNode

from ...knowledge.html_conventions import HtmlConventions
from .leadin_sources import credit_after_sentence
from .marks import Marks, clean
from .set_apart import holds_image
from .tree import first_element, next_element
from ..caption_shape import wire_dateline
from ..credit_in_line import split_caption_credit
from ...knowledge.registry import AgencyRegistry

MAX_CAPTION = 500        # characters: a longer text by an image is story text
MAX_CREDIT_LINE = 120    # characters of a credit printed alone on the line under a caption
CAPTION_BLOCKS = frozenset({"p", "div", "span", "small", "em", "i", "font", "center", "cite", "b", "strong"})


def caption_sized(lines: list[str], registry: AgencyRegistry, conv: HtmlConventions) -> bool:
    """A caption's length and words: two words or more (one word by an image is a label: "Print", "cloudy"),
    one of them in lower case, or a credit alone.

    A byline, an editor's note or a read-more link (html.yaml's story_openings) is none, nor a copyright
    notice (story_phrases).
    """
    text = " ".join(lines)
    if not text or len(text) > MAX_CAPTION or _opens_story(text, conv.story_openings):
        return False
    if conv.copyright_notice(text):
        return False
    words = text.split()
    # a date or a name alone ("June 3, 2024", "Jane Doe") has no word in lower case, in a script that has cases
    if len(words) >= 2 and (not any(ch.islower() or ch.isupper() for ch in text)
                            or any(w[0].islower() and w.isalpha() for w in words if len(w) >= 2)):
        return True
    return split_caption_credit(text, registry)[1] is not None


def _opens_story(text: str, openings: tuple[str, ...]) -> bool:
    low = text.casefold()
    for opening in openings:
        word = opening.casefold()
        if low.startswith(word) and not (word[-1].isalnum() and low[len(word):len(word) + 1].isalnum()):
            return True
    return False


def closes_with_credit(lines: list[str], registry: AgencyRegistry) -> bool:
    text = " ".join(lines)
    return split_caption_credit(text, registry)[1] is not None or credit_after_sentence(text, registry)[1] is not None


def closes_with_marked_credit(lines: list[str], registry: AgencyRegistry) -> bool:
    """Whether the text closes with a credit printed as a picture's: after a lead-in ("(Foto: Name/Outlet)") or
    joined by a slash ("(ANTARA FOTO/Name)"). A source alone ("(Reuters)", "(Town News)") closes a story's
    paragraph as often, printed under an image's box in a story's body."""
    text = " ".join(lines)
    before, credit = split_caption_credit(text, registry)
    if credit is None or before is None:
        return False
    tail = text[len(before):] if text.startswith(before) else text
    return "/" in credit or tail.strip(" ()[]—–-|,.") != credit


def credit_line_after(block: LexborNode, registry: AgencyRegistry) -> list[str]:
    """A credit printed alone in the block after a caption block: `<p>Caption</p><p>Photo: Name</p>`."""
    below = next_element(block)
    if below is None or below.tag not in CAPTION_BLOCKS or holds_image(below):
        return []
    text = clean(below.text(deep=True) or "")
    if not text or len(text) > MAX_CREDIT_LINE:
        return []
    before, credit = split_caption_credit(text, registry)
    return [text] if before is None and credit else []


def marked_credit(block: LexborNode, marks: Marks) -> str | None:
    """The text of an element the markup marks a credit, printed alone after a caption block."""
    below = next_element(block)
    if below is None or not marks.is_credit(below) or marks.is_caption(below) or holds_image(below):
        return None
    text = clean(below.text(deep=True) or "")
    return text if text and len(text) <= MAX_CREDIT_LINE else None


def opening_caption(below: LexborNode | None, marks: Marks, registry: AgencyRegistry) -> LexborNode | None:
    """The story's first paragraph as the caption of the image right above the story's box: set apart whole in
    italic or small type and closing with a credit after a lead-in (`<div class=feat-img><img></div><div
    class=content><p><em>Residents wade ... PICTURE: NAME</em></p><p>Story ...`). WordPress themes print the
    featured image in a box of its own above the story, and papers of southern and eastern Africa type its caption
    as the story's opening paragraph (round 86). A paragraph set so with no credit is an editor's note or a
    standfirst; one credited by a source alone (`(Reuters)`) a story's dateline. Nor is a paragraph opening with a
    wire's dateline (`LUSAKA, Aug 12 (Reuters) - ...`) or a byline (story_openings), nor one whose words before the
    credit are a credit too (`Text by NAME. Photos: NAME`, the story's credits line): the story's (review 48)."""
    if below is None or below.tag not in ("div", "section", "article"):
        return None
    first = first_element(below)
    if first is None or first.tag != "p" or holds_image(first) or next_element(first) is None:
        return None
    text = clean(first.text(deep=True) or "")
    if not marks.beside.style_keys(first) or not closes_with_marked_credit([text], registry):
        return None
    if wire_dateline(text) or _opens_story(text, marks.conv.story_openings):
        return None
    head = split_caption_credit(text, registry)[0] or ""
    if split_caption_credit(head.rstrip(" .;,"), registry)[0] is None:
        return None  # the words before the credit are a credit alone: a credits line, no caption
    return first
