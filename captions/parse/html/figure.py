"""One picture from the markup: its caption, credit and alt text, from its container and caption elements.

Pure: parsed elements in, an HtmlPicture out. Where caption and credit share
one text, they are split as page dumps are (`split_caption_credit`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from selectolax.lexbor import LexborNode

from .capital_tails import credit_in_capitals, handed_out
from .fuller_credit import fuller_bracketed_credit
from .cards import all_links, card_link, credited_card, headline_in, text_beside
from .conventions import conventions_for
from .furniture import reader_lines
from .leadin_sources import (MAX_NAME_WORDS, SENTENCE_END, credit_after_sentence, credit_by_leadin, quotation,
                             set_in_capitals, without_leadin, without_worded_leadin)
from .marks import Marks, clean, container_of, has_own_image
from .repeats import image_urls, is_image_file
from .tree import inside_one_of, tag_of
from ..credit import reader_for
from ..credit_after_leadin import MAX_BODY_SOURCE_WORDS
from ..credit_parts import Kind
from ..credit_first import bracketed_first
from ..credit_in_line import split_caption_credit
from ..markers import markers_for
from ..pair_pointers import opens_with_pair_pointer
from ..photographed_by import after_photographer_leadin
from ...knowledge.html_conventions import HtmlConventions
from ...knowledge.markers import fold
from ...knowledge.registry import AgencyRegistry

MAX_LOOSE_CREDIT = 120  # characters of an unmarked line in a figure read as its credit
MAX_UNCAPTIONED_LINES = 2  # lines of text in a figure with no caption element, one of which may be its credit
_BLOCK_BREAK = "\n"
# Formatting tags run on within a line of text; every other element boundary is a line break.
_INLINE = frozenset({"a", "em", "i", "b", "strong", "u", "sup", "sub", "small", "abbr", "time", "mark",
                     "q", "bdi", "bdo", "font", "-text", "wbr", "s", "dfn", "data", "code", "var", "ruby", "rb"})
_SEPARATOR_END = re.compile(r"\s*(?:[|/]|\s-|\s–|\s—)\s*$")
_CLOSING_INITIAL = re.compile(r"\s[^\W\d_]\.$")  # a name closed by its initial: "Laurent M."


@dataclass
class HtmlPicture:
    """One picture read from the markup, before it becomes a Photo."""

    offset: int                    # where in the markup its caption (or credit) was found, for the line number
    description: str | None
    caption: str | None
    credit: str | None             # as printed, without lead-in or brackets
    structured_credit: str | None  # from the page's ImageObject metadata
    credit_source: str | None
    images: list[str] = field(default_factory=list)
    by_photographer: bool = False  # the credit follows a lead-in saying a person took the picture ("تصوير:")
    placed_row: int | None = None  # the caption's block, for each image of a row one caption places (placed_group.py)
    slide: bool = False            # printed in a box named a gallery (gallery.mark_slides), for once_each
    paired: bool = False           # the caption opens pointing at two pictures, "▲▼ ..." (pair_pointers.py)


def read_picture(container: LexborNode, holders: list[LexborNode], marks: Marks, registry: AgencyRegistry,
                 structured: dict[str, str]) -> HtmlPicture | None:
    """The picture a container and its caption and credit elements print, or None when they print neither.

    `structured` maps image URLs to the credits the page's JSON-LD gives them; `marks` is the page's.
    """
    conv = marks.conv
    credit_nodes: list[LexborNode] = []
    caption_lines: list[str] = []
    for holder in holders:
        if marks.is_credit(holder) and not marks.is_caption(holder):
            credit_nodes.append(holder)
            continue
        # a figure inside a caption is a picture of its own, read on its own: its text is no part of this caption
        figures = {f.mem_id for f in holder.css("figure") if f.mem_id != holder.mem_id}
        inner_credits = _outermost(n for n in holder.traverse(include_text=False)
                                   if n.mem_id != holder.mem_id and marks.is_credit(n) and not _holds_caption(n, marks)
                                   and not (figures and inside_one_of(n, figures)))
        credit_nodes.extend(inner_credits)
        skip = {n.mem_id for n in inner_credits} | figures
        caption_lines.extend(reader_lines(_lines(holder, marks, skip), registry))
    card = card_link(container, holders, marks)
    teaser = all_links(holders, marks) or card is not None
    credits = _unlabelled([line for node in credit_nodes for line in reader_lines(_lines(node, marks, set()), registry)], conv)
    caption_lines = _unlabelled(caption_lines, conv)  # slide counters went with reader_lines
    printed_before, credit = _credit_text(credits, registry)
    if printed_before:  # a credit element that holds a caption too: "Rep. Jo Li. | Alex Wong/Getty"
        caption_lines = caption_lines + [printed_before]
    own_credits = []
    rest = []
    for line in caption_lines:
        before, found = split_caption_credit(line, registry)
        if credit is None and before is None and found:
            own_credits.append(_unbracketed(found))
        elif found is None:
            if before:
                rest.append(before)  # the line without page controls ("hide caption")
        else:
            rest.append(line)
    if credit is None and own_credits:
        rest, own_credits = _file_marker_as_caption(rest, own_credits, registry)
        credit = own_credits[0]
    if credit is None and not teaser and len(rest) >= 2 and rest[-2][-1:] in SENTENCE_END \
            and not quotation(rest[-2]) and _credit_line(rest[-1], registry):
        credit = rest.pop()  # Berria's "<span>...</span> <span>BILBOKO UDALA</span>", El País's "<span>Name</span>"
    if credit is None and (container.tag == "figure" or _one_picture_box(container)):
        credit = _loose_credit(container, holders, marks, registry)
    text = clean(" ".join(rest))
    if text and credit is None:
        text, credit = _split(text, registry)
        if credit is None and not teaser and (after_leadin := credit_by_leadin(text, registry)):
            text, credit = "", after_leadin  # "Фото: Харківська міська рада": the lead-in says what the rest is
        elif credit is None and not teaser:
            text, credit = credit_after_sentence(text, registry)
    elif text and credit is not None:
        text, credit = fuller_bracketed_credit(_without_separator(text), credit, registry)
    caption = text or None
    if teaser and caption is not None:
        return None  # a teaser: its "caption" is a headline linking elsewhere (a linked credit alone is a credit)
    if card is not None and text_beside(card, container):
        return None  # a story's card: its headline beside the credited picture, in one link ("Mehr zum Thema")
    if caption is None and (link := card_link(container, holders, marks, captioned=False)) is not None \
            and headline_in(link, holders):
        return None  # a story's card whose picture prints a credit only: "<a><img><p>(Foto: X)</p><h4>Headline</h4></a>"
    if caption is None and credit is None:
        return None
    if caption is None and credited_card(container, holders):
        return None  # a rail's card, its credit beside its link: "<li><a href><img><h3>Headline</h3></a><span>Photo: X"
    if caption is None and not (container.tag == "figure"
                                or any(container_of(h, levels=1, marks=marks) for h in holders)
                                or marks.picture_box(container, holders)):
        return None  # a credit alone with no picture right by it: the text's copyright line ("© dpa")
    if caption is None and container.tag != "figure" and not has_own_image(container, marks):
        return None  # a credit alone beside the story's figures, each with its own: the story's copyright line
    images = _images(container)
    structured_credit = next((structured[u] for u in images if u in structured), None)
    structured_credit = structured_credit or _microdata_credit(container)
    source = "printed" if credit else None
    by_photographer = credit is not None and any(
        _after_photographer_leadin(clean(" ".join(printed)), credit, registry) for printed in (credits, caption_lines))
    if credit is None and structured_credit:
        credit, source = structured_credit, "structured"
    return HtmlPicture(
        offset=0,
        description=_description(container, marks),
        caption=caption, credit=credit, structured_credit=structured_credit, credit_source=source, images=images,
        by_photographer=by_photographer,
        paired=bool(caption_lines) and opens_with_pair_pointer(caption_lines[0], registry.markers.pair_pointers),
    )


def _after_photographer_leadin(printed: str, credit: str, registry: AgencyRegistry) -> bool:
    """Whether the credit is printed after a lead-in saying a person took the picture: "تصوير: Name" in a credit
    element, "... - تصوير: Name" closing a caption (markers.yaml's photographer_leadins)."""
    at = printed.rfind(credit)
    return at > 0 and after_photographer_leadin(printed[:at], registry.markers)


def _unlabelled(lines: list[str], conv: HtmlConventions) -> list[str]:
    """Lines without labels and without a line printed twice.

    A line that is a label ("Image caption", "Credit", a field's "Photographer:") goes; a label ending in
    a colon ("Main image:") goes from the start of a line. Other labels at a
    line's start are left to the page-dump split, which knows them as lead-ins.
    """
    out: list[str] = []
    for line in lines:
        for label in conv.labels:
            if label.endswith(":") and line.startswith(label):
                line = line[len(label):].strip()
        if line and line.rstrip(":").rstrip() not in conv.labels and line not in out:
            out.append(line)
    return out


def _credit_line(line: str, registry: AgencyRegistry) -> bool:
    """Whether a caption element's last line, in an element of its own under the caption's sentence, is its credit:
    a name set in capitals ("BILBOKO UDALA"), or names alone, a person's or an agency's ("Pablo Salcedo",
    "Mario Gil (EFE)"); a place ("Madrid") or a control ("WATCH VIDEO") is none."""
    if _ui_words(line, registry):
        return False
    if set_in_capitals(line):
        return True
    if fold(line) in registry.markers.org_words:
        return False  # "Community", "Media": a kind of body alone, a section's label, names no body (review 39)
    kinds = reader_for(registry).read(line).kinds
    words = len(line.split())
    # a body's name, told by its body's word, runs longer than a person's: "Consorcio Provincial de Bomberos de Valencia"
    named = words <= MAX_NAME_WORDS or (kinds == {Kind.ORG} and words <= MAX_BODY_SOURCE_WORDS)
    return named and line[-1:] not in SENTENCE_END and bool(kinds) and kinds <= {Kind.PERSON, Kind.AGENCY, Kind.ORG}


def _ui_words(line: str, registry: AgencyRegistry) -> bool:
    """Whether a line holds a word sentences and page controls use ("READ MORE", "WATCH VIDEO"), other than the
    linking words of a body's name ("MINISTRY OF HEALTH")."""
    markers = registry.markers
    return any((w := fold(word)) in markers.prose and w not in ("of", "and") and w not in markers.particles
               for word in line.split())


def _one_picture_box(container: LexborNode) -> bool:
    """An element other than a figure that holds one image: a picture's box (`<div class="img"><img><div>Foto: X</div>
    <div class="caption">...</div></div>`), whose lines beside the caption element may print its credit."""
    return len(container.css("img, amp-img")) == 1


def _loose_credit(figure: LexborNode, holders: list[LexborNode], marks: Marks, registry: AgencyRegistry) -> str | None:
    """A credit printed in the figure (or a picture's box) outside its caption, in an element no class name marks:
    a line that reads as a credit."""
    skip = {h.mem_id for h in holders}
    lines = _unlabelled(reader_lines(_lines(figure, marks, skip), registry), marks.conv)
    if (not holders or figure.tag != "figure") and len(lines) > MAX_UNCAPTIONED_LINES:
        return None  # a figure of text (a quote, a card), or a box holding story text, not a picture's credit line
    for line in lines:
        if len(line) <= MAX_LOOSE_CREDIT:
            before, credit = split_caption_credit(line, registry)
            if before is None and credit and (holders or _picture_credit(line, credit, registry)):
                return credit
    return None


def _picture_credit(line: str, credit: str, registry: AgencyRegistry) -> bool:
    """Whether a credit alone in an uncaptioned figure is a picture's: it names an agency, or a picture's label
    opens it ("Image source, Jo Li"). A chart's "Source: Eurostat" or a sponsor's "Sponsored by Acme" is not."""
    low = line.lower()
    labelled = any(low.startswith(label.lower()) for label in registry.markers.description_leadins)
    return labelled or reader_for(registry).names_agency(credit)


def _holds_caption(node: LexborNode, marks: Marks) -> bool:
    return any(marks.is_caption(n) for n in node.traverse(include_text=False) if n.mem_id != node.mem_id)


def _outermost(nodes: Iterator[LexborNode]) -> list[LexborNode]:
    """The nodes inside none of the others, asked of each node's ancestors (at most MAX_NESTING), not of every
    node kept: thousands of credit elements side by side in one caption took quadratic time."""
    out: list[LexborNode] = []
    kept: set[int] = set()
    for node in nodes:
        if not inside_one_of(node, kept):
            out.append(node)
            kept.add(node.mem_id)
    return out


def _lines(node: LexborNode, marks: Marks, skip: set[int]) -> list[str]:
    """The element's visible text, one line per block; hidden labels, controls, headers and `skip` elements left out.

    A walk with its own stack: markup nested thousands deep is no reason to fail.
    """
    parts: list[str] = []
    furniture = marks.conv.caption_furniture_tags
    stack: list[LexborNode | str] = [_BLOCK_BREAK]
    stack.extend(reversed(list(node.iter(include_text=True))))
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        tag = tag_of(item)
        if tag == "-text":
            # a newline in the markup's text is a space as a browser prints it, no line: a CMS that wraps its
            # source ("a\n  neon sign") would otherwise cut a caption into lines, the short ones read as labels
            parts.append((item.text_content or "").replace(_BLOCK_BREAK, " "))
            continue
        if tag.startswith("-") or item.mem_id in skip or tag in furniture or marks.is_hidden(item) or marks.is_control(item) \
                or marks.is_counter(item):
            parts.append(_BLOCK_BREAK)
            continue
        inline = tag in _INLINE
        if not inline:
            parts.append(_BLOCK_BREAK)
            stack.append(_BLOCK_BREAK)
        stack.extend(reversed(list(item.iter(include_text=True))))
    return [line for raw in "".join(parts).split(_BLOCK_BREAK) if (line := clean(raw))]


def _credit_text(lines: list[str], registry: AgencyRegistry) -> tuple[str | None, str | None]:
    """The caption a credit element prints before a bar, if any, and its credit without lead-in or brackets.

    Before the bar is a caption when it ends as a sentence does ("Rep. Jo Li. | Alex Wong/Getty") or is
    longer than a name; "Kelsey Marsh | The Daily Example" (the Media Credit plugin's "NAME | ORGANISATION")
    is one credit.
    """
    text = clean(" ".join(lines))
    if " | " in text:
        head, tail = text.rsplit(" | ", 1)
        if head.rstrip()[-1:] in SENTENCE_END or len(without_leadin(head, registry).split()) > MAX_NAME_WORDS:
            return head.strip() or None, _credit_alone(tail, registry)
    before, found = split_caption_credit(text, registry)
    # Kazinform's credit element: "Caption. Фото: Name / Kazinform". A sentence opening with a lead-in of its own
    # is a first credit ("Source: Ministry of ... Photo: AFP", "© 2024 Group. All rights reserved. Photo: AFP")
    if before and found and text.startswith(before) and before[-1:] in SENTENCE_END \
            and len(before.split()) > MAX_NAME_WORDS and without_leadin(before, registry) == before.strip() \
            and without_leadin(rest := text[len(before):].strip(), registry) != rest:
        return before, _credit_alone(rest, registry)
    return None, _credit_alone(text, registry)


def _credit_alone(text: str, registry: AgencyRegistry) -> str | None:
    # Ouest-France's span "| SDIS 29", Pikiran Rakyat's "/Dok. BPBD" glued to the caption's stop: the bar or the
    # slash sets the credit apart and names no one; a doubled one ("//") opens a web address. Tuples, not "|/":
    # the empty string is in every string, and a bar alone must be emptied (review 44)
    text = text[1:].strip() if text[:1] in ("|", "/") and text[1:2] not in ("|", "/") else text
    if not text:
        return None
    text = without_worded_leadin(text, registry)
    before, credit = split_caption_credit(text, registry)
    if credit and not before:
        return credit
    stripped = without_leadin(text, registry)
    if not stripped and fold(text) in registry.markers.standalone:
        return text  # "Cortesía" alone: a courtesy word opens a credit, and alone is one naming no one
    if stripped[:1] + stripped[-1:] in ("()", "[]"):
        stripped = without_leadin(stripped[1:-1].strip(), registry)  # "(Zdroj: Name)": a lead-in inside the brackets
    if stripped != text:
        before, credit = split_caption_credit(stripped, registry)
        if credit and not before:
            return credit
    # "Neringos savivaldybės nuotr.", "Laurent M.": the stop is the abbreviation's or the initial's, no sentence's end
    # "D.R." (droits réservés, direitos reservados): a placeholder printed with its stops keeps them, as "Jr."
    kept = stripped.endswith(registry.markers.postposed_leadins) or _CLOSING_INITIAL.search(stripped) \
        or fold(stripped) in registry.markers.placeholder_set
    return (stripped if kept else stripped.rstrip(".").strip()) or None


def _split(text: str, registry: AgencyRegistry) -> tuple[str, str | None]:
    """The caption, "" where the credit is all the text, and the credit; the text whole where it holds none."""
    caption, credit = split_caption_credit(text, registry)
    if credit is None:
        tail = credit_in_capitals(text, conventions_for(registry).picture_words, registry) or handed_out(text, registry)
        opened = bracketed_first(text, markers_for(registry))  # "(Name | The Salt Lake Tribune) Plows work ..."
        if tail is None and opened is not None and split_caption_credit(opened[0], registry)[1] is None:
            tail = opened
        return tail if tail is not None else (text, None)
    # "... en el lago. Foto Afp": the word goes, as before any name; "Foto Prensa Libre: Name" is the outlet's
    # photo desk signing, printed whole
    credit = credit if ":" in credit else without_worded_leadin(credit, registry)
    return (_without_lone_leadin(_without_separator(caption), registry) if caption else ""), credit


def _without_lone_leadin(caption: str, registry: AgencyRegistry) -> str:
    """"... on Tuesday. PHOTO | COURTESY OF KCCA": Nation Media's "PHOTO |" before another lead-in leaves a lead-in's
    word alone after the caption's last sentence; it is no word of the caption's."""
    head, _, last = caption.rpartition(" ")
    if head[-1:] in SENTENCE_END and fold(last) in reader_for(registry).colon_leadin_words:
        return head
    return caption


def _file_marker_as_caption(rest: list[str], own: list[str], registry: AgencyRegistry) -> tuple[list[str], list[str]]:
    """One figure, one picture: a file marker alone ("Imagem de arquivo") beside another credit line ("Foto: Name -
    AP") in its caption element is its caption, as RTP prints it; alone it stays a credit naming no one (round 53)."""
    files = registry.markers.file_marks
    markers, named = [c for c in own if fold(c) in files], [c for c in own if fold(c) not in files]
    return (rest + markers, named) if markers and named else (rest, own)


def _unbracketed(credit: str) -> str:
    """A credit printed alone in brackets, without them: "(Jo Li/The Daily Example)"."""
    if credit[:1] + credit[-1:] in ("()", "[]"):
        return credit[1:-1].strip()
    return credit


def _without_separator(text: str) -> str:
    return _SEPARATOR_END.sub("", text).strip()


def _images(container: LexborNode) -> list[str]:
    """The URLs the container's picture is printed from: its sources, and a link to its large rendition (a lightbox's)."""
    urls = [url for img in container.css("img, amp-img, source, [data-src], [data-lazy-src]") for url in image_urls(img)]
    urls.extend(href for a in container.css("a[href]") if is_image_file(href := a.attributes.get("href") or ""))
    return urls


def _description(container: LexborNode, marks: Marks) -> str | None:
    """The picture's alt text: the first image's alt (a noscript fallback counts), else a lazy loader's data-alt."""
    for img in container.css("img, amp-img"):
        alt = img.attributes.get("alt")
        if alt and (text := clean(alt)):
            return text
    for node in container.css("[data-alt]"):
        alt = node.attributes.get("data-alt")
        if alt and (text := clean(alt)):
            return text
    return None


def _microdata_credit(container: LexborNode) -> str | None:
    for meta in container.css("meta[itemprop]"):
        props = set((meta.attributes.get("itemprop") or "").split())
        if props & {"creditText", "copyrightHolder", "creator", "copyrightNotice"}:
            content = clean(meta.attributes.get("content") or "")
            if content:
                return content
    return None
