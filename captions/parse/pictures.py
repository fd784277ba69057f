"""Stage 3b, assemble: the page's laid-out rows (layout.py) into pictures.

`find_pictures` takes, in order: lines carrying a caption and its credit; credits
printed on a line of their own, paired with the caption above or below
(the side by the page's habits: credit_sides.py);
lines a label or a repeat marks as captions; the uncredited slides of a
gallery. The same caption with the same credit is one picture; a last slide
the dump cut short is left out (cut_short.py).

Each function builds new values from its inputs; which lines the pictures
take is kept in a set owned by `find_pictures`.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from operator import attrgetter

from ..text import fold
from .alt import related_link
from .alt_over_credit import alt_blocks
from .between_copies import captions_printed_twice, copies_over_credits
from .caption_shape import (MIN_CAPTION_WORDS, caption_like, ends_sentence, heading, illustrative_note,
                            short_caseless_sentence, uncased_phrase, uncased_sentence)
from .counters import counted_slides
from .credit_sides import (MIN_EVIDENCE, Option, across_blank_lines, credits_alone_in_story, credits_closing_blocks,
                           credits_opening_blocks, credits_under_tail_credits, marked_under_captions, paragraphs_among_unstopped)
from .cut_short import cut_through, without_cut_slide
from .found_pictures import CreditsAbove, one_per_caption
from .layout import Found, Layout, closing_credit_under, last_line, under_separators
from .slides import last_slide_credit, tight_gallery, uncredited_slide_rows
from .titled_paragraphs import paragraphs_under_copies, prose

# A document number in a credit ("dpa:240618-99-446559/11"): six digits or more, with dashes, no letters.
# A credit line carrying one and no caption is a story's copyright notice, not a picture's credit.
_IDENTIFIER = re.compile(r"(?<![\w-])\d[\d-]{4,}\d(?![\w-])")
MIN_BULLETED_SLIDES = 3  # bulleted lines parting a page into slides, where nothing else does


_LINE_OF = attrgetter("line")


def find_pictures(layout: Layout, small_words: frozenset[str], related: frozenset[str] = frozenset(),
                  framed: bool = False, notes: frozenset[str] = frozenset(), *,
                  names_person: Callable[[str], bool]) -> list[Found]:
    """The pictures of a page, in line order, each caption with its credit once; `related` holds the folded
    labels over links to other stories, whose lines are no captions; `framed`: the headline says the page is
    pictures; `notes`: the folded notes saying a picture only illustrates the story, each a caption;
    `names_person`: whether a credit names a photographer."""
    return _Assembly(layout, small_words, related, framed, notes, names_person).run()


class _Assembly:
    """One page's pictures as they are found; `used` holds the rows pictures have taken."""

    def __init__(self, layout: Layout, small_words: frozenset[str], related: frozenset[str], framed: bool,
                 notes: frozenset[str], names_person: Callable[[str], bool]) -> None:
        self.related = related
        self.names_person = names_person
        self.framed = framed
        self.rows = layout.rows
        self.headline = layout.headline
        self.cover = layout.cover
        self.slides = layout.slides
        self.announcements = layout.announcements
        self.blanket = frozenset() if layout.blanket is None else layout.blanket.rows
        self.small_words = small_words
        self.used: set[int] = set()
        self.found: list[Found] = []
        self.tight: frozenset[int] = frozenset()  # separators of a gallery whose slides hold no blank line
        self.twice: dict[int, int] = {}  # captions printed twice over their credits: second copy -> first
        self.last = last_line(self.rows)  # dump's end
        self.notes = notes  # "Ilustratīvs attēls": a picture's whole caption (markers.yaml illustrative_notes)

    def take(self, *rows: int) -> None:
        self.used.update(rows)

    def caption_like(self, i: int, *, slide: bool = False, phrase: bool = False) -> bool:
        """Whether row i reads as a caption; `slide`: it stands where a gallery's other slides print theirs;
        `phrase`: the gallery's captions are phrases of a script with no capitals, printed with no full stop."""
        row = self.rows[i]
        if i in self.announcements:  # "A seguir, confira 12 fotos ...": the pictures follow it
            return False
        if self.related and related_link(self.rows, i, self.related):
            return False  # "Related: <headline>", or a headline under "Más galerías": a link to another story
        if self.related and fold(row.before.rstrip().rstrip(":：")) in self.related:
            return False  # the label itself, "Lesen Sie auch", "Prečítajte si tiež", over such links
        if illustrative_note(self.rows, i, self.notes):
            return True  # "Ilustratīvs attēls", "عکس تزئینی است": a note only a picture's caption prints
        if i in self.slides and row.kind == "text" and i != self.headline:  # a bulleted slide's text, any script
            return prose(row.before) and not heading(row.before, self.small_words)
        if slide and i != self.headline and row.kind == "text" and (
                uncased_sentence(row.before) or (phrase and uncased_phrase(row.before)
                                                 and not row.before.rstrip().endswith((")", "）"))
                                                 and ":" not in row.before and "：" not in row.before)):
            # the slide's place shows a sentence of a script with no capitals is a caption; a phrase closing with
            # brackets closes with a credit this reader did not read ("... - (بترا)"): no caption of its own; a
            # phrase holding a colon is a label's line ("اقرأ أيضا: ...", "अगली गैलरी देखें: ..."), a link
            return True
        return caption_like(row, i, self.headline, self.small_words)

    def run(self) -> list[Found]:
        rows, found = self.rows, self.found
        own: list[int] = []          # credits printed on a line of their own
        uncredited: list[int] = []   # rows a label or a repeat marks as captions, unless a credit takes them
        separators: list[int] = []
        # a line a slide counter opened ("4/6 <caption>") is a slide's caption, credited or not, between counted
        # captions showing their credits (counters.py)
        counted = counted_slides(rows)
        for i, row in enumerate(rows):
            if row.kind != "text":
                if row.separator:
                    separators.append(i)
            elif row.credit is None:
                if (row.labelled or row.repeats > 1 or (i in self.slides and prose(row.before))
                        or i in counted or illustrative_note(rows, i, self.notes)):
                    uncredited.append(i)
            elif row.before and not row.before_is_alt and i in self.blanket:
                # the text a blanket credit closes is a caption where the page shows it as one (blanket.py)
                if row.labelled or row.repeats > 1:
                    uncredited.append(i)
            elif row.before and not row.before_is_alt:
                self.take(i)
                found.append(Found(i, row.before, row.credit, i, [i]))
            else:
                own.append(i)
        in_line_order = len(found)  # the pictures so far come in line order; those added below may not
        self.tight = tight_gallery(self.rows, separators)
        for i, (alt, below) in alt_blocks(rows, own, self.headline, self.small_words).items():
            self.take(alt, i, below)  # "<alt>" / "<credit>" / blank / "<caption>": a list site's image blocks
            found.append(Found(below, rows[below].before, rows[i].credit, alt, [alt, i, below], rows[alt].before))
        own = [i for i in own if i not in self.used]
        if own:
            self.twice = copies_over_credits(rows, own, self.used | {self.headline})
            self._pair_own_credits(own)
            for f in found:
                if f.line in self.twice and (copy := self.twice[f.line]) not in self.used:
                    self.take(copy)  # the alt text printing the caption again: no picture, no description
                    f.lines.append(copy)
        for i in uncredited:
            # a short sentence of a script with no capitals printed again under itself ("中国选手杨家玉。" three times):
            # a gallery's caption repeated, too short for caption_like, but no story prints a sentence twice in a row
            if i not in self.used and (self.caption_like(i) or rows[i].repeats > 1
                                       and short_caseless_sentence(rows[i].before)):
                self.take(i)
                found.append(Found(i, rows[i].before, None, i, [i]))
        for i, copy in captions_printed_twice(rows, self.used | self.announcements | {self.headline}):
            self.take(i, copy)  # "MIAMI.", a blank line, "MIAMI." where credited captions are printed so
            found.append(Found(i, rows[i].before, None, i, [i, copy]))
        for copy, i in paragraphs_under_copies(rows, self.headline):
            if not self.used.intersection((copy, i)):  # a title printed again over each slide's caption
                self.take(copy, i)
                found.append(Found(i, rows[i].before, None, copy, [copy, i]))
        if len(separators) > 1:
            self._slides(separators)
        elif len(bullets := [i for i, row in enumerate(rows) if row.kind == "bullet"]) >= MIN_BULLETED_SLIDES:
            self._slides(bullets)  # "• <date>" over each teaser and its picture: bullets part the slides
        if len(found) > in_line_order:
            found.sort(key=_LINE_OF)
        self._alt_printed_again()
        found[:] = without_cut_slide(rows, found)
        return one_per_caption(found)

    def _alt_printed_again(self) -> None:
        """'<alt>' on a line, then '<alt> <caption> (credit)': the line above, printed again, is alt text.

        The figure's alt text, then its caption field, which the dump opens with
        the alt text a second time: the repeat is no part of the caption. Not where the whole caption, credit and
        all, is another picture's of the page: a gallery's last slide printing its first again under another alt
        line that opens as the caption does ("Kar altındaki Galata Kulesi") is that picture, printed again.
        """
        rows = self.rows
        printed = Counter((f.caption, f.credit) for f in self.found)
        for f in self.found:
            if printed[f.caption, f.credit] > 1:
                continue
            j = f.top - 1
            if not f.caption or f.description or j < 0 or j in self.used or j == self.headline:
                continue
            above = rows[j]
            alt = above.before
            if above.kind != "text" or above.credit is not None or not alt or len(alt.split()) < MIN_CAPTION_WORDS:
                continue
            rest = f.caption[len(alt):]
            if f.caption.startswith(alt) and rest[:1].isspace() and len(rest.split()) >= MIN_CAPTION_WORDS:
                self.take(j)
                # a lower-case word after it runs the alt's words on into one sentence: the alt text is the
                # caption's opening, cut short ("Boats carry villagers" over "Boats carry villagers along the
                # highway."), and the caption is printed whole
                if not rest.lstrip()[:1].islower():
                    f.caption = rest.strip()
                f.description, f.top = alt, j
                f.lines.append(j)

    def _pair_own_credits(self, own: list[int]) -> None:
        """Give each credit printed on a line of its own the caption it belongs to, if any."""
        rows, found = self.rows, self.found
        ups, downs, phrased = 0, 0, 0  # phrased: credits between a phrase and a sentence, read as under the phrase
        options: list[Option] = []
        for i in own:
            row = rows[i]
            if row.byline or self._next_to_byline(i):
                self.take(i)  # "Name 기자" alone: the story's writer; "사진=Name" against it credits the story's pictures
                continue
            up = self._neighbour(i, -1, blanks=False)
            if up is None:  # the caption's second copy a blank line above: the page's habit places it
                up = next((j for j in (i - 1, i - 2) if j in self.twice and j not in self.used), None)
            down = self._neighbour(i, +1, blanks=not row.before_is_alt)
            if row.before_is_alt or (down is not None and rows[down].labelled and (down == i + 1 or up is None)):
                up = None  # "Image source, X" right over "Image caption, ...": the credit of the caption below
            if i in self.blanket:  # a blanket credit alone takes the caption right above it, or none;
                # under the story's first line it is a byline ("Text and photos by Name" under the standfirst)
                # over a gallery's first slide separator ("Fotos: Name" / "Foto 1 de 3") it heads the gallery, and
                # the title above it, ending no sentence, is the gallery's (under a separator it is a slide's caption)
                heads_gallery = (i + 1 < len(rows) and rows[i + 1].separator and up is not None
                                 and not ends_sentence(rows[up].before.rstrip())
                                 and not any(rows[j].separator for j in range(up)))
                options.append((i, None if up == self._story_start() or heads_gallery else up, None))
                continue
            if row.closing:  # "/ Pool", "사진=Name 기자": its mark closes the caption above, never one below
                down = None
                if up is None:
                    up = self._sole_paragraph_over(i)
            if down is not None and self._in_run_of_alone(i, down):
                down = None  # the same credit printed line after line: the last is no more a caption's than the rest
            if up is not None and rows[up].counted and not (down is not None and rows[down].counted):
                down = None  # "3/12 Caption" over the credit: the counter opened this slide, the text below is not
            if down is not None and row.before_is_alt and not rows[down].labelled:
                down = None
            if down is not None and i - 1 in self.tight and (down > i + 1 or i == last_slide_credit(rows, self.tight)):
                down = None  # "Foto 6 de 6", a credit, a blank line (or the story's text): a slide of a credit
            # the cover's credit shows no habit: nothing stands above it. A credit under an announcement does:
            # the line above is no caption, so it stands over its own ("A seguir, confira 30 fotos", a credit)
            if i != self.cover:
                ups += up is not None and down is None and not row.opening  # over no caption: a picture alone
                between = up is not None and down is not None and self._phrase_over_sentence(i, up, down)
                # a credit whose form opens its caption's block ("PHOTO NAME, LA PRESSE") shows the page's habit
                # with a line on both sides, unless it stands under a phrase and over a sentence
                downs += down is not None and (up is None or (row.opening and not between))
                phrased += between
            options.append((i, up, down))
        # a credit alone right under a caption closed by its own credit, on a page printing its credits so: a picture
        # alone, the paragraph below the story's
        alone = credits_under_tail_credits(rows, options, found)
        # a credit alone between the story's paragraphs, on a page closing its captions with their credits: a picture
        # with no caption (a blanket credit is read by blanket.py's rules)
        flowing = credits_alone_in_story(rows, [o for o in options if o[0] not in self.blanket], found,
                                         self.names_person)
        options = [(i, None, None) if i in flowing else (i, up, down) for i, up, down in options]
        options = [(i, up, None if i in alone else down) for i, up, down in options]
        downs -= len(alone - {self.cover})
        # the page's habit: credits above their captions, or below. A credit under a phrase and over a sentence
        # counts half: a subheading over a credit printed above its caption has that shape too, so two such credits
        # outweigh one printed plainly over its caption, and no more ("<subheading>" / "Photo: X" / "<caption.>")
        prefer_down = 2 * downs > 2 * ups + phrased
        direct = {i: up for i, up, _ in options if i in self.blanket}
        options = across_blank_lines(rows, marked_under_captions(rows, options, self._caption_above, found),
                                     self._caption_above, self.framed, alone, found=found)
        options = [(i, direct[i], None) if i in direct else (i, up, down) for i, up, down in options]
        # the cover's credit last: it takes the caption below only on a page that prints credits over captions
        options.sort(key=lambda option: option[0] == self.cover)
        if self.cover in own and not (prefer_down and downs >= MIN_EVIDENCE):
            options = [(i, None, None) if i == self.cover else (i, up, down) for i, up, down in options]
        closing = credits_closing_blocks(options, found) or credits_opening_blocks(options)
        above = CreditsAbove(found)
        # the caption a credit takes the page's way: another credit may take it the other way only when none does
        # (caption, credit, credit, caption, credit: the second credit is a picture alone, not the next caption's)
        preferred = {c for _, up, down in options if (c := (down if prefer_down else up)) is not None}
        options = paragraphs_among_unstopped(rows, found, options, prefer_down)
        # captions printed as phrases over their credits, every one: a credit with none above it is no sentence's below
        phrases = not prefer_down and len(preferred) >= MIN_EVIDENCE and not any(
            ends_sentence(rows[c].before.rstrip()) for c in preferred)
        for i, up, down in options:
            row = rows[i]
            if row.repeats_credit and above.before(i) == fold(row.credit or ""):
                self.take(i)  # "toggle caption <credit>": the credit of the picture above, again
                continue
            if self._part_of_credit_next_to(i):
                self.take(i)  # "Getty Images" over "... (Photo by Name/Getty Images)": that picture's, shorter
                continue
            first, other = (down, up) if prefer_down else (up, down)
            if prefer_down and up is not None and down is not None and down > i + 1:
                first, other = up, down  # "caption / credit / blank / text": the credit closes the block it stands in
            if closing and up is None and down is not None and down > i + 1:
                first = other = None  # a blank line on both sides, on a page whose credits close their captions' blocks
            if first is None and other in preferred or (prefer_down and row.opening):
                other = None  # "PHOTO NAME, LA PRESSE" over no caption: a picture alone, not the paragraph above's
            if phrases and up is None and other == down and down is not None \
                    and ends_sentence(rows[down].before.rstrip()):
                other = None
            choice = next((c for c in (first, other) if c is not None and c not in self.used), None)
            if choice is None and i in self.blanket:
                continue  # no picture's: the slide it stands in may still show one (_slides)
            self.take(i)
            description = row.before if row.before_is_alt and row.before else None
            if choice is None:
                if description is None and _IDENTIFIER.search(row.credit or ""):
                    continue  # "© dpa-infocom, dpa:240618-99-446559/11" alone: the story's copyright notice
                if description is None and row.addressed:
                    continue  # "Name 기자 name@example.kr" alone: the story's byline, its writer and address
                found.append(Found(i, None, row.credit, i, [i], description))
            elif up is not None and down is not None and rows[up].before == rows[down].before:
                # "caption / credit / caption": the same caption printed on both sides is one picture's
                self.take(up, down)
                found.append(Found(up, rows[up].before, row.credit, up, [up, i, down], description))
            else:
                self.take(choice)
                found.append(Found(choice, rows[choice].before, row.credit, min(i, choice), [i, choice], description))

    def _in_run_of_alone(self, i: int, down: int) -> bool:
        """Whether the credit alone on row i closes a run of the same credit alone, printed line after line
        ("ⓒOutlet 2018.10.4" three times): a gallery's credits, none a caption's, where the run opens the page (the
        cover's) or a blank line parts it from the text below, `down` (under a headline, the story's first paragraph:
        "[Outlet 부산=Name 기자] ...")."""
        rows, j = self.rows, i
        while j > 0 and rows[j - 1].kind == "text" and not rows[j - 1].before and rows[j - 1].credit == rows[i].credit:
            j -= 1
        return j != i and (j == self.cover or down > i + 1)

    def _phrase_over_sentence(self, i: int, up: int, down: int) -> bool:
        """Whether the credit on row i, between two text lines with no blank line on either side, stands under a
        caption's phrase with a story's sentence below it ("<phrase>" / "Фото: X" / "<paragraph.>"): the page prints
        its credits under their captions, which the lines on either side alone do not say."""
        return (up == i - 1 and down == i + 1 and not ends_sentence(self.rows[up].before.rstrip())
                and ends_sentence(self.rows[down].before.rstrip()))

    def _sole_paragraph_over(self, i: int) -> int | None:
        """The row of the page's only paragraph, where a credit its mark closes stands a blank line or two under it
        (a photo item: "[사진] <title>", furniture, "<caption>", blank, "사진=Name 기자"); None where the page
        prints any other line that reads as a caption, above or below: on a story's page the paragraph over such a
        credit may be the story's, the picture's own caption left out of the dump."""
        j = self._caption_above(i)
        if j is None or closing_credit_under(self.rows, j) != i:
            return None
        rows = self.rows
        if any(k not in (i, j, self.headline) and rows[k].kind == "text" and rows[k].before and self.caption_like(k)
               for k in range(len(rows))):
            return None
        return j

    def _next_to_byline(self, i: int) -> bool:
        """Whether the row right above or below row i is a reporter's byline printed alone ("Name 기자")."""
        return any(0 <= j < len(self.rows) and self.rows[j].byline for j in (i - 1, i + 1))

    def _story_start(self) -> int:
        """The index of the first text row after the headline, -1 when none (or no headline)."""
        if self.headline < 0:
            return -1
        return next((j for j in range(self.headline + 1, len(self.rows)) if self.rows[j].kind == "text"), -1)

    def _part_of_credit_next_to(self, i: int) -> bool:
        """Whether the credit alone on row i is part of a longer one a caption right next to it prints, or
        holds that credit whole: "Source: VNP/Photo courtesy of Name" under captions each crediting "Name" is
        the story's source line, no picture of its own (a name of two words or more: "AP" names too little)."""
        rows = self.rows
        credit = fold(rows[i].credit or "")
        for j in (i - 1, i + 1):
            if 0 <= j < len(rows) and rows[j].kind == "text" and rows[j].before and rows[j].credit:
                other = fold(rows[j].credit)
                if credit != other and re.search(rf"(?<!\w){re.escape(credit)}(?!\w)", other):
                    return True  # whole words: "AP" is part of "AP Photo/Name", not of "Japan Times"
                if credit != other and len(other.split()) > 1 \
                        and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", credit):
                    return True
                if j == self.last and cut_through(credit, other):
                    return True  # "Getty Images" over "... (Photo by Name/Getty I", the dump's end: cut in it
        return False

    def _caption_above(self, i: int) -> int | None:
        """The caption row above row i, across blank lines (credit_sides.py: a credit printed under its caption)."""
        return self._neighbour(i, -1, blanks=True)

    def _neighbour(self, i: int, step: int, *, blanks: bool) -> int | None:
        """The caption row next to row i in direction `step`, if the next text row is one."""
        rows = self.rows
        j = i + step
        while 0 <= j < len(rows) and (rows[j].kind == "repeat" or (rows[j].kind == "blank" and blanks)):
            j += step
        if not (0 <= j < len(rows)):
            return None
        row = rows[j]
        if row.kind != "text" or j in self.used or row.credit is not None:
            return None
        # a slide counter opening the line over a credit marks a caption, of any shape ("2/10 Queen Elizabeth II");
        # so does a marked credit right under a phrase of a script with no capitals, which shows no heading's
        # shape to tell it from a caption by ("فرسان خلال عرض في الموسم" over "صورة: و.م.ع")
        return j if self.caption_like(j) or (step < 0 and (row.counted or j in self.twice or (
            j == i - 1 and self.rows[i].marked and uncased_phrase(row.before)))) else None

    def _slides(self, seps: list[int]) -> None:
        """In a gallery of slides, a row where the other slides print their caption is a caption (slides.py)."""
        # a sentence of a script with no capitals is read by its place only in a gallery its pictures show: two or
        # more opening right under a separator (a story's rules, "---", part sections of paragraphs too)
        slides = under_separators(self.rows, self.found) >= MIN_EVIDENCE
        # so is a phrase with no full stop where the gallery prints its captions so ("1/5" over "<phrase> - (تصوير:
        # Name)"): two or more, none of that script closing with a full stop
        uncased = [f.caption for f in self.found
                   if f.caption and (uncased_phrase(f.caption) or uncased_sentence(f.caption))]
        phrases = len(uncased) >= MIN_EVIDENCE and not any(ends_sentence(c.rstrip()) for c in uncased)
        for j in uncredited_slide_rows(self.rows, seps, self.found, self.used):
            if j not in self.blanket and self.caption_like(j, slide=slides, phrase=phrases):
                self.take(j)
                self.found.append(Found(j, self.rows[j].before, None, j, [j]))
