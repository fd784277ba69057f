"""A story's own source, printed under or closing its last paragraph: "Izvor: Hina", "(MTI)", "(Blic.rs / Tanjug)".

South Slavic, Baltic and Balkan portals (and many others) close agency copy with the agency named after the word
for "source", the very lead-in other lines credit a picture with ("Izvor: Facebook" under a photo). A credit alone
so opened, with no caption or alt text and no paragraph of the story after it, names where the words came from:
no picture of its own. The lead-ins are markers.yaml's story_source_leadins.

Wire copy reprinted anywhere closes the same way with the agency in round brackets, at the end of the last
paragraph ("... nursing mothers. (NAN)", "... nem sérültek meg. (MTI)") or on a line of its own under it
("(Blic.rs / Tanjug)"). A caption may close with its credit so too; what tells the story's
tag is the page: it names organisations only, it is the last thing the story prints (no paragraph ending a sentence after it),
the line above it is a paragraph of the story's, and no other picture on the page prints its credit in round
brackets. Turkish agencies sign their copy with its reporter and camera operator, joined by a spaced dash, before
the agency: "(Name - Name / İHA)" alone under the last paragraph is the story's whatever the page prints after it
(a picture's photographers are joined by a slash, a comma or a word).

A paper's or broadcaster's name alone under the last paragraph, bare (agencies.yaml, kind publication or
broadcaster), signs reprinted copy the same way ("... next year." over "The Boston Globe"): no picture either.

State and national agencies close their own dispatches with their editors' initials, capitals joined by slashes,
alone under the last paragraph ("PC/QCB", ANGOP; "JMF // ZO", Lusa): initials no agency list knows, no lead-in,
nothing of the story after them. They sign the copy, as a wire's end mark does: no picture.

Indian dailies close wire copy with the wire glued after a dash to the last sentence, as they credit a picture
under its caption: "... for two days.—PTI", the Bengali "... চলবে। —পিটিআই", the Hindi "... रहेगी। —पीटीआई". The
story's paragraph so closed is no caption: it names organisations only, it is the last thing the story prints under
its paragraphs, and it reads as a paragraph: two sentences or more, twenty words or more and half again as long as
the page's longest other caption. A caption's line glued to its credit so ("... বন্ধ। —পিটিআই।") keeps its picture.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .caption_shape import ends_sentence
from .credit_sides import ends_sentence_any_script
from .unmarked_tails import GLUED_DASH
from .credit_parts import Kind
from .layout import Found, Layout, Row
from .lines import CleanLine
from .markers import PageMarkers
from .outlet_byline import names_outlet
from .titled_paragraphs import prose

_SOURCE_KINDS = (Kind.AGENCY, Kind.ORG, Kind.WEAK_ORG)
_DESK_INITIALS = re.compile(r"[A-Z]{2,4}(?: ?//? ?[A-Z]{2,4}){1,3}")
_SENTENCE_GAP = re.compile(r"[.!?…।][\"”’)]*\s+(?=\S)")  # the danda ends a sentence too
MIN_SIGNED_SENTENCES = 2  # a story's paragraph, not a caption's line
SIGNED_OVER_CAPTIONS = 1.5  # words of a signed paragraph over the page's longest other caption
MIN_SIGNED_WORDS = 20  # and at least these: "<caption>। বৃহস্পতিবার সকালে। —পিটিআই।" is a caption and its time
_DASHES = frozenset({"-", "–", "—"})
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_NEWSROOM_KINDS = frozenset({"wire", "state media"})  # agencies that write stories, not only picture libraries


def without_story_source(layout: Layout, lines: list[CleanLine], pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures but a lone credit that closes the story under a source lead-in, or the story's bracketed tag."""
    leadins = tuple(w.casefold() for w in pm.markers.story_source_leadins)
    found = [f for f in found if not (leadins and (_story_source(layout, lines, leadins, f)
                                                  or _unknown_source_under_story(layout, lines, pm, leadins, f)))]
    found = [f for f in found if not _outlet_signature(layout, pm, f, found)]
    found = [f for f in found if not _desk_initials(layout, pm, f)]
    found = [f for f in found if not _wire_signoff(layout, lines, pm, f, found)]
    bracketed = [(f, i) for f in found if (i := _bracketed_row(layout, lines, f)) is not None]
    if len(bracketed) != 1:
        return found
    f, i = bracketed[0]
    if _names_sources(pm, f) and _story_tag(layout, f, i):
        return [g for g in found if g is not f]
    if _reporters_signature(pm, f) and _story_tag(layout, f, i, signed=not layout.rows[i].before):
        return [g for g in found if g is not f]
    return found


def _story_source(layout: Layout, lines: list[CleanLine], leadins: tuple[str, ...], f: Found) -> bool:
    if f.caption is not None or f.description is not None or f.lines != [f.line]:
        return False
    row = layout.rows[f.line]
    if row.kind != "text" or row.credit is None or row.before or row.alt is not None:
        return False
    if not lines[f.line].text.lstrip().casefold().startswith(leadins):
        return False
    return not _paragraph_after(layout.rows, f.line)


def _unknown_source_under_story(layout: Layout, lines: list[CleanLine], pm: PageMarkers, leadins: tuple[str, ...],
                                f: Found) -> bool:
    """Whether a "caption" over a source lead-in is the story's last paragraph, the source naming no one known.

    Al Jazeera Net's "المصدر: الجزيرة + وكالات" (Al Jazeera + agencies) sits right under the last paragraph, with
    no blank line between: read so, the paragraph would be a picture's caption, credited to no person or agency.
    A source a reader can name ("Izvor: Hina") keeps its picture: a caption over it reads the same way."""
    if f.caption is None or f.description is not None or f.credit is None:
        return False
    i = max(f.lines)
    row = layout.rows[i]
    if row.kind != "text" or row.before or row.alt is not None or row.credit != f.credit \
            or not lines[i].text.lstrip().casefold().startswith(leadins) or _paragraph_after(layout.rows, i):
        return False
    if not (prose(f.caption) and ends_sentence(f.caption.rstrip())):
        return False
    reading = pm.credits.read(f.credit)
    if not reading.parts or any(p.kind is not Kind.PROSE for p in reading.parts) or pm.registry.recognise(f.credit):
        return False
    return _story_above(layout.rows, min(f.lines))


def _outlet_signature(layout: Layout, pm: PageMarkers, f: Found, found: list[Found]) -> bool:
    """Whether a picture is only a known paper's or broadcaster's bare name alone on the line under the story's last
    paragraph: reprinted copy signed with the outlet it came from ("... next year." over "The Boston Globe"). Where
    the page credits another picture with that name alone on its line, the last one is a credit too, its habit."""
    if f.description is not None or f.credit is None:
        return False
    i = next((j for j in f.lines if layout.rows[j].credit == f.credit and not layout.rows[j].before), None)
    if i is None or layout.rows[i].marked or not names_outlet(f.credit, pm) or _paragraph_after(layout.rows, i):
        return False
    outlet = pm.registry.recognise(f.credit)
    if any(g is not f and g.credit is not None and pm.registry.recognise(g.credit) is outlet
           and any(layout.rows[j].credit == g.credit and not layout.rows[j].before for j in g.lines) for g in found):
        return False
    if f.caption is not None and not (prose(f.caption) and ends_sentence(f.caption.rstrip())):
        return False
    return _story_above(layout.rows, min(f.lines))


def _desk_initials(layout: Layout, pm: PageMarkers, f: Found) -> bool:
    """Whether a picture is only editors' initials alone under the story's last paragraph ("PC/QCB")."""
    if f.caption is not None or f.description is not None or f.credit is None or f.lines != [f.line]:
        return False
    row = layout.rows[f.line]
    if row.kind != "text" or row.before or row.marked or row.alt is not None \
            or _DESK_INITIALS.fullmatch(f.credit) is None or _paragraph_after(layout.rows, f.line):
        return False
    initials = re.split(r"\s*/+\s*", f.credit)
    return all(pm.registry.recognise(p) is None for p in initials) and _story_above(layout.rows, f.line)


def _wire_signoff(layout: Layout, lines: list[CleanLine], pm: PageMarkers, f: Found, found: list[Found]) -> bool:
    """Whether a picture is only the story's last paragraph signed by a wire after a glued dash ("...—PTI")."""
    if f.caption is None or f.description is not None or f.credit is None or f.lines != [f.line]:
        return False
    row = layout.rows[f.line]
    if row.kind != "text" or row.alt is not None or row.credit != f.credit or not row.before:
        return False
    text = lines[f.line].text.rstrip().rstrip("।.").rstrip()
    dash = len(text) - len(f.credit) - 1
    if not text.endswith(f.credit) or dash < 1 or GLUED_DASH.match(text, dash) is None:
        return False
    rows, closes = layout.rows, ends_sentence_any_script  # the story may be Bengali's or Hindi's, closed by a danda
    if not _names_sources(pm, f) or _paragraph_after(rows, f.line, closes) or not _story_above(rows, f.line, closes):
        return False
    words = len(f.caption.split())
    longest = max((len(g.caption.split()) for g in found if g is not f and g.caption), default=0)
    return len(_SENTENCE_GAP.findall(f.caption.strip())) + 1 >= MIN_SIGNED_SENTENCES \
        and words >= max(MIN_SIGNED_WORDS, SIGNED_OVER_CAPTIONS * longest)


def _bracketed_row(layout: Layout, lines: list[CleanLine], f: Found) -> int | None:
    """The row printing the picture's credit in round brackets closing its line ("... meg. (MTI)"), if any."""
    if f.credit is None:
        return None
    for i in f.lines:
        if layout.rows[i].credit == f.credit and lines[i].text.rstrip().endswith(f"({f.credit})"):
            return i
    return None


def _names_sources(pm: PageMarkers, f: Found) -> bool:
    """Whether a credit names organisations only, as a story's tag does ("MTI", "Blic.rs / Tanjug"): no
    photographer ("Jo Li/AFP") and no word for a photo ("AA Photo")."""
    parts = pm.credits.read(f.credit or "").parts
    return bool(parts) and all(p.kind in _SOURCE_KINDS for p in parts)


def _reporters_signature(pm: PageMarkers, f: Found) -> bool:
    """Whether a credit is a wire's story signature: two people or more joined by a spaced dash, then the wire after
    a slash ("Name - Name / İHA": Turkish agencies sign their copy with the reporter and the camera operator so). A
    picture's two photographers are joined by a slash, a comma or a word, not by a dash."""
    parts = pm.credits.read(f.credit or "").parts
    people, wire = parts[:-1], parts[-1] if parts else None
    if wire is None or len(people) < 2 or wire.kind is not Kind.AGENCY or wire.joiner != "/":
        return False
    if any(p.kind is not Kind.PERSON for p in people) or any(p.joiner not in _DASHES for p in people[1:]):
        return False
    if len(_SPACED_DASH.findall(f.credit or "")) != len(people) - 1:
        return False  # "Name-Surname" is one person's double name, not two people
    agency = pm.registry.recognise(wire.text)
    return agency is not None and agency.kind in _NEWSROOM_KINDS


def _story_tag(layout: Layout, f: Found, i: int, signed: bool = False) -> bool:
    """Whether a bracketed credit (on row i) closes the story's last paragraph, or stands alone right under it.

    A wire's signature naming its reporters alone on its line (`signed`) is the story's even where the page prints
    more after it (a related story's teaser, the headline and standfirst a dump moved under the body)."""
    rows = layout.rows
    row = rows[i]
    if row.kind != "text" or f.description is not None or row.alt is not None \
            or (not signed and _paragraph_after(rows, i)):
        return False
    if row.before:
        paragraph, start = row.before, i
    else:
        start = next((j for j in range(i - 1, -1, -1) if rows[j].kind != "blank"), -1)
        if start < 0 or rows[start].kind != "text" or rows[start].credit is not None:
            return False
        paragraph = rows[start].before
    return prose(paragraph) and ends_sentence(paragraph.rstrip()) and _story_above(rows, start)


def _story_above(rows: list[Row], i: int, closes: Callable[[str], bool] = ends_sentence) -> bool:
    """Whether the story's paragraphs run above the line: two paragraphs of prose, ending sentences, with no credit."""
    paragraphs = [r for r in rows[:i] if r.kind == "text" and r.credit is None and prose(r.before)
                  and closes(r.before.rstrip())]
    return len(paragraphs) >= 2


def _paragraph_after(rows: list[Row], i: int, closes: Callable[[str], bool] = ends_sentence) -> bool:
    return any(r.kind == "text" and prose(r.before) and closes(r.before.rstrip()) for r in rows[i + 1:])
