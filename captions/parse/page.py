"""Reading a page dump: text in, an Article (and what could not be read) out.

The parse is a pipeline of pure stages, each taking the last one's output
and building new values:

1. clean (lines.py): each line without markup, table edges or page controls,
   and what it is: blank, furniture, a list item or text; a gallery run onto
   one line is split into a line a picture (run_on.py; credits printed
   bare, run_on_unbracketed.py); a page whose paragraphs the dump
   hard-wrapped has each put back on one line (hard_wrapped.py); a credit wrapped
   after a joiner (`Name /`, then `AFP`) is put back on one line (wrapped.py);
   a page whose bulleted lines open slides (`• caption` over its credit,
   `• NAME / AFP` over the legend) has them read as text (bullets.py);
2. split (credit_in_line.py): the credit each text line carries, and the
   caption before it (the header's section slot too, where it prints the
   lead picture's caption and credit: `header_caption`); a short line of names where the page's other slides
   print their credit, between a caption and its copy, is one, and a
   line printing a caption twice around its credit is read once
   (between_copies.py); a joined credit the page prints elsewhere closing
   a line after a space is that line's (repeated_tail.py); a body's name
   after a caption's full stop is its credit where the page closes two or more
   captions with a bare credit so (habitual_tails.py); a slide counter
   opening a lower-case line over a credit alone is cut off it (counters.py); a credit alone printed again
   opening the next line is that line's caption's (credit_again.py);
3. assemble (layout.py, then pictures.py; assembly.py keeps what it has found): fold repeated
   lines, find the headline, pair credits printed on their own line with their captions
   (own_line_credits.py), keep lines a page
   marks as captions, and print each caption with its credit once; on a
   page with no credit, captions a frame announces (announced.py,
   framed_gallery.py, titled_slides.py) or a run of short one-sentence lines
   (sentence_runs.py);
   a line under a picture's markup printing its alt text again
   (under_markup.py); uncredited lines closing with the tail the page's
   credited captions close with ("...=15日午後、館山市", caption_tails.py), or
   inside a block of credited captions opening with one dateline ("KUWAIT: ...",
   caption_heads.py);
   lines a page marks as captions, two or more, by a pointer opening them
   ("△ ...") or a bracket closing them with the day they were taken
   ("...(1月8日撮影)", caption_marks.py);
   on a page with no credit where nothing was found, a line placing someone
   in the picture ("(left)") under pictures' markup, or naming one of a pair
   ("(左写真)"), a caption on each (positioned.py);
   a numbered run of captions ("1. ...", "2. ...") where the page shows it
   prints pictures, its numbers cut off (counters.py);
   a credit for the story's pictures as a whole ("All photos by Name") is
   no picture's, and those printing no credit take it (blanket.py); where
   slide counters close their slides ("1 av 5" under the first), nothing
   after the last is a slide (closing_counters.py); a gallery's introduction
   opening its first slide ("Retour en images sur ...") is no caption of its
   picture (introduction_slides.py); a caption pointing at the pictures above
   and below it ("▲▼ ...") under two pictures' markup is each one's
   (pair_pointers.py); where two AP captions or more open with the same Title Case run before a capitalised
   sentence ("Tropical Weather Damaged homes ..."), that run is the wire slide's slug, cut off each (wire_slugs.py);
4. describe (alt.py; lead_alt.py for the lead picture's line under the head): the alt text right above each caption, where the page
   carries alt text at all, or a picture's markup does (under_markup.py).

`parse_dump` runs the first three and returns a ParsedPage; the Article
(stage 4 and the models) and the notes (notes.py: credits the page prints
broken at the end of a line, for the audit) are built from it when first
asked for, so counting credits builds neither.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..knowledge.registry import AgencyRegistry, bundled_registry
from ..text import read_form, split_lines, unpadded
from .alt import describe
from .among_captions import captions_among_captions
from .announced import announced_captions, announcement_words_in, announcing_rows
from .bare_credit_lines import bare_credit_captions
from .between_copies import credits_between_copies
from .blanket import blanket_credit, with_blanket_credit
from .bullets import bulleted_slides
from .caption_heads import dateline_captions
from .caption_marks import marked_captions
from .caption_tails import tailed_captions
from .positioned import positioned_captions
from .positioned_among import positioned_among_captions
from .counters import counted_captions, numbered_captions, numbered_run
from .credit_again import credits_printed_again
from .credit_in_line import Split, split_line
from .closing_counters import without_slide_past_the_count
from .cut_short import without_cut_credit
from .file_mark_over_credit import file_marks_over_credits
from .framed_gallery import framed_gallery
from .hard_wrapped import rejoin_hard_wrapped
from .introduction_slides import without_introduction
from .labelled_slides import labelled_slides
from .labels_alone import labels_joined
from .layout import Found, Layout, headline_frames_pictures, lay_out
from .lines import CleanLine, clean_lines
from .markers import PageMarkers, markers_for
from .notes import Note, unreadable_credits
from .outlet_byline import outlet_bylines
from .over_counter import alts_over_counters
from .pair_pointers import paired_pictures
from .photographed_by import after_photographer_leadin, unknown_uncased_names
from .pictures import find_pictures
from .habitual_tails import bare_tails_by_habit
from .repeated_tail import credits_repeated_at_line_ends
from .run_on import split_run_on
from .sentence_runs import sentence_run_captions
from .story_source import without_story_source
from .titled_slides import titled_slide_captions
from .under_markup import captions_under_markup
from .unstopped_captions import unstopped_captions
from .same_below import same_below_captions, same_below_marked
from .wire_slugs import without_wire_slugs
from .wrapped import rejoin_wrapped_credits
from .writer_contact import writers_addresses

if TYPE_CHECKING:
    from ..catalog.models import Article, Credit

HEADER = re.compile(r" date (\S+)[ \t]*(.*)$")
MIN_HEADER_CAPTION_WORDS = 2  # a caption in the header's section slot: fewer words are a lead-in's or a label


@dataclass
class ParsedPage:
    """A page as the parser read it: its pictures, the Article, notes on what it could not read whole."""

    id: str
    source: str
    date: _dt.date | None
    section: str | None
    lines: list[CleanLine] = field(repr=False)
    layout: Layout = field(repr=False)
    found: list[Found] = field(repr=False)
    markers: PageMarkers = field(repr=False)

    @property
    def credits(self) -> list[Credit | None]:
        """The credit of each picture, None where it prints none, in order."""
        return [self._credit(f) for f in self.found]

    def _credit(self, f: Found) -> Credit | None:
        if f.credit is None:
            return None
        if f.entrant:  # a contest entrant's name alone: one photographer, whatever its shape would say
            from ..catalog.models import Credit

            return Credit.model_construct(raw=f.credit, photographers=[f.credit], agencies=[], via=[])
        if (people := self._photographers(f)) is not None:  # "تصوير: Name", "（撮影・Name）", "(撮影/Name、Name)"
            from ..catalog.models import Credit

            return Credit.model_construct(raw=f.credit, photographers=people, agencies=[], via=[])
        return self.markers.credits.credit(f.credit)

    def _photographers(self, f: Found) -> list[str] | None:
        """The photographers a credit names after a lead-in saying a person took the picture, else None."""
        assert f.credit is not None
        leadins = self.markers.markers.photographer_leadins
        if not leadins:
            return None
        name = unknown_uncased_names(self.markers.credits.read(f.credit), self.markers.markers)
        if name is None:
            return None
        for i in f.lines:
            text = self._texts.get(self.layout.rows[i].no, "")
            at = text.rfind(f.credit)
            if at > 0:
                return name if after_photographer_leadin(text[:at], self.markers.markers) else None
        return None

    @cached_property
    def _texts(self) -> dict[int, str]:
        return {line.no: line.text for line in self.lines}

    @property
    def agencies_and_via(self) -> list[tuple[tuple[str, ...], tuple[str, ...]] | None]:
        """Each picture's credited agencies and those it came via, None where it prints no credit:
        all that counting credits needs, read without building a model (nor importing pydantic)."""
        names_of = self.markers.credits.agencies_and_via
        return [None if f.credit is None else ((), ()) if f.entrant or self._photographers(f) is not None
                else names_of(f.credit) for f in self.found]

    @cached_property
    def article(self) -> Article:
        """The Article: the pictures with their alt text (stage 4), as models."""
        from ..catalog.models import (  # pydantic when an Article is asked for, not to count credits
            Article,
            Photo,
        )

        pm, rows = self.markers, self.layout.rows
        descriptions = describe(self.layout, self.found, pm.small_words, pm.related_labels,
                                headline_frames_pictures(self.layout.title, pm), pm.markers.subhead_openers,
                                pm.is_byline, pm.markers.description_openers, pm.picture_position,
                                pm.markers.byline_labels, pm.markers.particles)
        descriptions = alts_over_counters(self.layout, self.lines, pm, self.found, descriptions)
        # Built from the parser's own checked values: no validation needed.
        photos = [
            Photo.model_construct(
                id=f"{self.id}/{n}",
                line=rows[f.line].no,
                description=description,
                caption=f.caption,
                credit=self._credit(f),
            )
            for n, (f, description) in enumerate(zip(self.found, descriptions), 1)
        ]
        return Article.model_construct(id=self.id, source=self.source, date=self.date, section=self.section,
                                       title=self.layout.title, photos=photos)

    @cached_property
    def notes(self) -> tuple[Note, ...]:
        """Credits the page prints broken at the end of a line, in line order."""
        return unreadable_credits(self.lines, self.markers)


def parse_dump(text: str, *, id: str = "page", source: str = "-", registry: AgencyRegistry | None = None,
               date: _dt.date | None = None) -> ParsedPage:
    """Read one page dump: its pictures; `date` is used when the page has no header date."""
    pm = markers_for(registry or bundled_registry())
    raw_lines, same_below = same_below_marked(unpadded(split_lines(read_form(text))), pm)  # "（Name攝，下同）": read as "（Name攝）"
    section, first = None, 0
    if raw_lines and (header := HEADER.match(raw_lines[0])):
        date = parse_date(header.group(1)) or date
        section = header.group(2).strip() or None
        first = 1
    lines = labels_joined(rejoin_hard_wrapped(clean_lines(raw_lines, pm, header=bool(first)), pm), pm)
    lines = rejoin_wrapped_credits(split_run_on(lines, pm), pm)
    lines = bulleted_slides(lines, pm)
    splits = [split_line(line.text, pm) if line.kind == "text" and i >= first else None
              for i, line in enumerate(lines)]
    if section and (lead := header_caption(section, pm)) is not None:
        lines[0], splits[0] = lines[0]._replace(kind="text", text=section), lead
    splits = bare_tails_by_habit(lines, credits_repeated_at_line_ends(lines, splits), pm)
    splits = file_marks_over_credits(lines, splits, pm)  # "... em 2024 (Arquivo)" over "Foto: ANGOP"
    lines, splits = counted_captions(lines, splits, pm)
    lines, splits = credits_printed_again(lines, splits, pm)
    layout = lay_out(lines, credits_between_copies(lines, splits, pm), first, pm.small_words, pm.credits.names_agency,
                     section, pm.holds_leadin, pm.is_menu_item)
    layout = outlet_bylines(layout, pm)  # "GZH" alone under the standfirst: the story's byline
    layout = writers_addresses(layout, lines, pm)  # "Name name@paper.com" naming the byline's writer: a contact
    # the announcing phrases' words the text rows hold, looked for once: most pages hold none
    announcing_words = announcement_words_in((row.before for row in layout.rows if row.kind == "text"), pm)
    layout = layout._replace(announcements=announcing_rows(layout, pm, announcing_words),
                             blanket=blanket_credit(lines, layout.rows, pm))
    layout = numbered_run(layout, pm)
    found = numbered_captions(layout, find_pictures(layout, pm.small_words, pm.related_labels,
                                                    headline_frames_pictures(layout.title, pm),
                                                    pm.illustrative_notes, names_person=pm.credits.names_person))
    found = titled_slide_captions(layout, pm, found)
    found = framed_gallery(layout, lines, pm, found)
    found = announced_captions(layout, pm, found, lines)
    found = sentence_run_captions(layout, pm, found)
    found = captions_under_markup(layout, found)
    found = tailed_captions(layout, pm, found)
    found = dateline_captions(layout, lines, pm, found)
    found = marked_captions(layout, raw_lines, pm, found)
    found = positioned_captions(layout, pm, found)
    found = captions_among_captions(layout, lines, pm, found)
    found = positioned_among_captions(layout, pm, found)  # "中国选手Name(右二)。" under a credited caption
    found = unstopped_captions(layout, pm, found)
    found = bare_credit_captions(layout, pm, found)  # "<caption>." over "Laura Sanjuán", on a page printing so
    found = same_below_captions(layout, lines, pm, found, same_below)
    found = labelled_slides(layout, found)
    found = without_cut_credit(layout.rows, found, pm.leadin)
    found = without_slide_past_the_count(layout.rows, lines, found)
    found = without_introduction(layout, pm, found, announcing_words)  # "Retour en images sur ...": no caption
    found = with_blanket_credit(layout, pm, found)
    found = without_story_source(layout, lines, pm, found)
    found = paired_pictures(layout, raw_lines, pm, found)  # "▲▼ ..." under two pictures' markup: a caption each
    found = without_wire_slugs(pm, found)  # "Tropical Weather Damaged homes ... (AP Photo/Name)": AP's slide slug
    return ParsedPage(id, source, date, section, lines, layout, found, pm)


def parse_page(text: str, *, id: str = "page", source: str = "-", registry: AgencyRegistry | None = None) -> Article:
    """Find every picture on a page dump: its alt text, caption and credit.

    >>> [p.credit.raw for p in parse_page("Title\\nA boy runs. [Jo Li/AFP]").photos]
    ['Jo Li/AFP']
    """
    return parse_dump(text, id=id, source=source, registry=registry).article


def header_caption(section: str, pm: PageMarkers) -> Split | None:
    """The header's section slot printing the lead picture's caption and its credit, read as a line.

    The slot holds a section name ("Mundo", "In Pictures") on most pages; some
    outlets fill it with their lead picture's text, caption and credit
    ("Desfile Cívico - Reprodução", "... in Westminster Abbey. Photo: Name/PA").
    Only both read as the picture: a credit alone there ("Name/Getty") repeats
    the first slide's, a name alone or a lead-in's one word ("In pictures: ...")
    is a title.
    """
    split = split_line(section, pm)
    if split.credit is None or split.before_is_alt or len(split.before.split()) < MIN_HEADER_CAPTION_WORDS:
        return None
    return split


def parse_date(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None
