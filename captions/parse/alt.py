"""Stage 4, describe: the alt text printed right above each caption, where the page carries any.

A line above a caption is alt text only when most captioned pictures of the
page have one: otherwise it is a standfirst or a body paragraph. Whole sentences
set apart by a blank line right above two or more captions are the story's
paragraphs, and their pictures are left out of that count. The first
text under the headline (past any byline or date) is the standfirst's place:
a line there is alt text only when other pictures of the page show that the
dump carries alt text. A picture's markup printed as text (`![alt](address)`)
over a caption says outright that its alt text is the picture's: that one is
taken on any page, word for word, even where it repeats the caption.
Where fewer than half carry one, lines that open a block with a credited caption,
shaped as alt text is (no full stop, no heading), are alt text where three or
more pictures show it, or where the line names what its caption, a whole
sentence, tells of (a word they share), even one alone. So is a short phrase
all in lower case right above a caption, or a blank line above it ("a bus
helper", "paris protests"): no headline, paragraph or furniture is printed so,
but the alt text a page's editors type is.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..text import cased, fold
from .caption_shape import MIN_CAPTION_WORDS, UNCASED_STOPS, ends_sentence, heading, title_case
from .layout import Found, Layout, Row, related_link, under_separators
from .lead_alt import label_shaped, lead_alt
from .live_posts import post_time, under_post_headline
from .markers import SENTENCE_CLOSERS
from .story_head import HeadFurniture, opens_story
from .uncased_alt import uncased_blocks
from .under_markup import marked_alt


MAX_KEYWORD_ALT_WORDS = 8
MIN_PARAGRAPHS_OVER_CAPTIONS = 2  # whole sentences set apart over captions before a page shows its paragraphs so
MIN_RUN_ON_ALTS = 2  # sentences run on from the story's over captions before a page is read as printing alt lines so
MIN_ALT_BLOCKS = 3  # pictures printed as an alt line over a credited caption before a page is read as printing so
MIN_EVIDENCE_SLIDES = 2  # pictures opening right under a separator before a page is read as a gallery of slides
MIN_FRAMED_ALT_WORDS = 2  # a slide's title between its counter and its caption, the slide's only other line
MIN_LONE_ALT_WORDS = 5  # a lone phrase names who or what and what it does or where; a subhead is shorter
MIN_CUT_ALT_WORDS = 3  # a caption's opening words printed over it as its alt text: fewer may be a slide's title
MIN_SHARED_UNSTOPPED = 2  # words a lone phrase shares with a caption printed with no full stop (no sentence)
_WORD = re.compile(r"[^\W\d_]{4,}")
_SENTENCE_BREAK = re.compile(r"[.!?。] ")  # a sentence's end inside a line, another opening after it
_LOWER_WORDS = re.compile(r"[^\W\d_A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*(?: [^\W\d_A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*)+")


def describe(layout: Layout, found: list[Found], small_words: frozenset[str],
             related: frozenset[str] = frozenset(), framed: bool = False,
             subhead_openers: tuple[str, ...] = (),
             byline: Callable[[str], bool] = lambda _: False,
             description_openers: tuple[str, ...] = (),
             placed: re.Pattern[str] | None = None,
             byline_labels: tuple[str, ...] = (),
             name_particles: frozenset[str] = frozenset()) -> list[str | None]:
    """The description of each picture of `found`, in its order (None where it has none); `related` holds the
    labels over links to other stories, folded; `framed`: the headline says the page is pictures;
    `subhead_openers`: words opening a section's subhead ("Why", "Ce que"), never alt text; `byline`: whether a
    line is the story's byline ("Por Name"), never alt text; `description_openers`: the indefinite articles a
    label describing a picture opens with ("A", "Un"); `placed`: the words saying where someone stands in a picture
    ("(left)"), which only a line written for a picture carries; `byline_labels`: the words labelling a byline's
    name on the line under them ("Texto", "Fotografia"); `name_particles`: the small words inside a name ("van der",
    "de la"): a line that is a name alone, in title case but for them, is no alt text."""
    rows, headline = layout.rows, layout.headline
    heading_words = small_words | name_particles
    descriptions = [f.description or marked_alt(rows, f) for f in found]
    # the pictures alt lines are counted against: those a credit shows; an uncredited caption a gallery's layout
    # shows has no alt line in the pages seen, and would outvote the alt lines of the credited ones; on a page
    # crediting none (an announced gallery), every captioned picture counts
    captioned = [f for f in found if f.caption and f.credit] or [f for f in found if f.caption]
    used = {j for f in found for j in f.lines}
    candidates: dict[int, tuple[int, str]] = {}
    for n, f in enumerate(found):
        if descriptions[n] or not f.caption or any(rows[j].before_is_alt for j in f.lines):
            continue
        alt = _alt_above(layout, f, used, heading_words, related)
        if alt is not None:
            candidates[n] = alt
    credited = [f.caption.rstrip() for f in found if f.caption and f.credit]
    unstopped = len(credited) >= MIN_ALT_BLOCKS and not any(ends_sentence(c) for c in credited)
    # sentences run on from the text above, two or more naming what their captions tell of, show a dump printing its
    # alt lines so (as below): one there in other words than its caption's is alt text too (round 133, a live blog's
    # "Tre personer bærer sekker ..." over "Beboere i Hønefoss henter ...")
    run_on_alts = {n for n, c in candidates.items() if _run_on_paragraph(layout, c, used)
                   and not _paragraph(layout, found[n], c, used if framed else set(), unstopped)}
    lifted = len(run_on_alts) >= MIN_RUN_ON_ALTS and not unstopped
    candidates = {n: c for n, c in candidates.items()
                  if not _paragraph(layout, found[n], c, used if framed else set(), unstopped)
                  or (lifted and _run_on_paragraph(layout, c, used))}
    # a sentence run on from the story's is its next paragraph where one picture shows it; where two or more do, the
    # dump prints no blank lines and they are its alt lines ("A fallen tree on the boulevard." run on from the story
    # over each caption), read as before the rule (review 41)
    run_on = {n for n, c in candidates.items() if _run_on_paragraph(layout, c, used)}
    if len(run_on) < MIN_RUN_ON_ALTS:
        candidates = {n: c for n, c in candidates.items() if n not in run_on}
    # a picture whose line above is the story's paragraph shows no alt line, nor that the page lacks them
    paragraphs = _story_paragraphs(layout, candidates)
    candidates = {n: c for n, c in candidates.items() if n not in paragraphs}
    captioned = [f for f in captioned if not any(f is found[n] for n in paragraphs)]
    # the first text under the head is the standfirst's place: a line there is alt text only where the page's other
    # pictures show that its dump carries alt text (an alt line found before, or another line over a caption)
    first_text = next((j for j in range(headline + 1, len(rows)) if rows[j].kind == "text"), -1)
    shown = any(descriptions)
    if not shown and all(j == first_text for j, _ in candidates.values()):
        candidates = {}
    head_furniture = HeadFurniture(byline, frozenset(fold(label) for label in byline_labels))
    opening = {n: c for n, c in candidates.items() if opens_story(layout, c, head_furniture)}  # the lead's, read below
    if len(candidates) == 1 and not _set_apart(layout, *candidates.values()):
        candidates = {}  # one picture shows no pattern: a line run on from the text above is that text's
    if not (captioned and len(candidates) * 2 > len(captioned)):  # most captioned pictures have one, or else
        # a slide's line over its caption in a script with no capitals ("तीज माता की पालकी"): title case does not
        # tell it from a heading, the slide's place does
        uncased = {n: alt for n, f in enumerate(found) if n not in candidates and f.caption and not descriptions[n]
                   and not any(layout.rows[j].before_is_alt for j in f.lines)
                   and (alt := _alt_above(layout, f, used, heading_words, related, uncased=True)) is not None
                   and not ends_sentence(alt[1].rstrip()) and alt[1].rstrip()[-1:] not in UNCASED_STOPS
                   and not fold(f.caption).startswith(fold(alt[1].rstrip()))}  # the caption printed twice, unstopped
        candidates = _blocks_of_alt_and_caption(layout, found, candidates, small_words) | uncased_blocks(
            found, uncased) | _slide_alts(
            layout, found, candidates | uncased, small_words) | _phrases_over_sentences(
            layout, found, candidates | opening, small_words, subhead_openers, head_furniture) | lead_alt(
            layout, found, opening, {n: c for n, c in uncased.items() if opens_story(layout, c, head_furniture)},
            candidates,
            small_words, subhead_openers, byline, description_openers)
    candidates = _sentences_among_phrases(layout, candidates, placed)
    # the other lines over captions were the story's: none shows the page's alt text (a line under a slide's
    # counter is no standfirst: a slide holds its picture's lines only)
    if not shown and all(j == first_text and not (j > 0 and rows[j - 1].separator) for j, _ in candidates.values()):
        candidates = {}
    candidates |= _cut_short_alts(layout, found, descriptions, used, heading_words, related)
    # over a credit line whose form opens its caption's block ("PHOTO NAME, LA PRESSE") stands the story's text:
    # those papers' dumps print no alt line there, and a guessed one would be a paragraph or the byline
    opened = {n for n, f in enumerate(found) if any(rows[j].opening for j in f.lines)}
    for n, (_, line) in candidates.items():
        if n not in opened:
            descriptions[n] = line
    for n, f in enumerate(found):
        if not descriptions[n] and f.caption and n not in opened:
            descriptions[n] = _keyword_alt(layout, f, used)
    return descriptions


def _blocks_of_alt_and_caption(layout: Layout, found: list[Found], candidates: dict[int, tuple[int, str]],
                               small_words: frozenset[str]) -> dict[int, tuple[int, str]]:
    """The candidates that open a block of two lines with their credited caption, where three or more do.

    "Fans in red hats sing outside a pub" over "Fans belt out the anthem ahead of kick-off (Image: Name)", a
    blank line before the pair: where a page prints some of its pictures so and others with no alt text, the
    line is alt text by its place and shape, no full stop closing it (a paragraph's), no heading (a subhead's).
    """
    blocks = {}
    for n, (j, alt) in candidates.items():
        if not found[n].credit or not _set_apart(layout, (j, alt)) or len(alt.split()) < MIN_CAPTION_WORDS:
            continue
        if alt.rstrip()[-1:] in SENTENCE_CLOSERS or alt.isupper() or heading(alt, small_words):
            continue
        blocks[n] = (j, alt)
    return blocks if len(blocks) >= MIN_ALT_BLOCKS else {}


def _slide_alts(layout: Layout, found: list[Found], candidates: dict[int, tuple[int, str]],
                small_words: frozenset[str]) -> dict[int, tuple[int, str]]:
    """The candidates right under a slide's separator, over their credited caption: alt text, even one alone.

    "3 / 6", "A girl on her father's shoulders waving a flag at night", the caption, "Photo: Name": a slide holds
    its picture's lines only, so a line over its caption is no story paragraph; shaped as alt text (no full stop,
    no heading, three words or more) it is the picture's alt text, where the other slides print none. The page
    must show slides: two pictures or more opening right under a separator (a story's rules, "---", part sections
    whose first line is a subhead). A slide printing its alt line between its counter and its caption shows it
    too, where nothing but its picture's lines stands before the next separator ("1 of 6", a title, the caption,
    "2 of 6"): a story's section under a rule goes on with its paragraphs.
    """
    rows = layout.rows
    # a line printed the same between every counter and caption ("फोटो गैलरी", "photo gallery") is the page's
    # furniture, no slide's title: titles tell their pictures apart
    printed = Counter(alt.strip() for _, alt in candidates.values())
    framed = {n for n, (j, alt) in candidates.items() if j > 0 and rows[j - 1].separator
              and _closed_by_separator(rows, found[n]) and printed[alt.strip()] == 1}
    if under_separators(rows, found) + len(framed) < MIN_EVIDENCE_SLIDES:
        return {}
    # in a gallery titling its slides so (three or more framed), a title of two words under a counter ("Relief
    # camp") is its alt line too, the last slide's as well; one slide's two words alone may be a label ("The quay"),
    # and two words holding a digit or a comma are a date, a time or a dateline ("15 जून", "पटना, बिहार"), which a
    # script with no capitals does not show as a heading
    titled = {n for n, (_, alt) in candidates.items() if not any(c.isdigit() or c in ",،" for c in alt)} \
        if len(framed) >= MIN_ALT_BLOCKS else set()
    return {n: (j, alt) for n, (j, alt) in candidates.items()
            if found[n].credit and j > 0 and rows[j - 1].separator
            and len(alt.split()) >= (MIN_FRAMED_ALT_WORDS if n in titled else MIN_CAPTION_WORDS)
            and printed[alt.strip()] == 1
            and not (found[n].caption or "")[:1].islower()  # "... a flooded street near" / "the market on ...": one caption
            and alt.rstrip()[-1:] not in SENTENCE_CLOSERS and not alt.isupper() and not heading(alt, small_words)}


def _cut_short_alts(layout: Layout, found: list[Found], descriptions: list[str | None], used: set[int],
                    small_words: frozenset[str], related: frozenset[str]) -> dict[int, tuple[int, str]]:
    """The lines right over a credited caption that print its opening words and stop short of it (round 85): "Ônibus
    enfrenta alagamento na avenida Pedro Miranda, no bairro da Pedreira" over the caption going on ", na manhã desta
    terça-feira (10) (Foto: ...)". A CMS fills a picture's alt text with its caption cut short; no paragraph, heading
    or standfirst repeats a caption's first words, on any page. The same line whole over its caption is the caption
    printed twice, no alt text."""
    cut = {}
    for n, f in enumerate(found):
        if descriptions[n] or not f.caption or not f.credit or any(layout.rows[j].before_is_alt for j in f.lines):
            continue
        alt = _alt_above(layout, f, used, small_words, related)
        if alt is None:
            continue
        line, caption = fold(alt[1].strip()), fold(f.caption.strip())
        if len(line.split()) >= MIN_CUT_ALT_WORDS and len(line) < len(caption) and caption.startswith(line) \
                and not caption[len(line)].isalnum():
            cut[n] = alt
    return cut


def _closed_by_separator(rows: Sequence[Row], f: Found) -> bool:
    """Whether the next line past the picture's own lines, blank lines aside, is a slide's separator."""
    j = max(f.lines) + 1
    while j < len(rows) and rows[j].kind == "blank":
        j += 1
    return j < len(rows) and rows[j].separator


def _phrases_over_sentences(layout: Layout, found: list[Found], candidates: dict[int, tuple[int, str]],
                            small_words: frozenset[str], subhead_openers: tuple[str, ...] = (),
                            head_furniture: HeadFurniture | None = None) -> dict[int, tuple[int, str]]:
    """The candidates opening a block over their credited caption, a phrase over a sentence on a subject they
    share: alt text, each on its own evidence, even one alone on its page.

    "Girl scouts waving flags on the field" over "Scouts and girl guides wave the national flag as they march.
    PHOTO: Name", a blank line before the pair: a page may give one picture alone its alt text. The phrase names
    what the sentence under it tells of (a word of four letters or more in both), closes with no full stop while
    the caption does (alt text reads as a label, a caption as a sentence), and is no heading nor a quotation (a pull
    quote, «Hemos remado con la cabeza», opens with its quote mark) nor a label's ("Ferry crossings: what to know",
    "Watch: the ferry docks": a subhead or a pointer; alt text names the picture with no colon). A blank line above
    it, not a separator: a subhead opening a story's section under a rule ("---") is printed so. Five words at
    least: alt text names who or what is shown and what it does or where ("Girl scouts waving flags on the
    field"), while a subhead naming a section's subject is shorter ("Safety at the pier", "The ferry's future").
    Nor does it open as a subhead asking or announcing what the section tells ("Why the council closed the pier
    now", "Ce que la fermeture change pour les pêcheurs": markers.yaml's subhead_openers).
    """
    # a page printing every credited caption with no full stop ("<caption> (φωτ.: Name)") shows no sentence to set
    # the phrase against: there the phrase is read by its place, shape and shared words alone, two at least (a
    # subhead over such a caption names its section's subject, one word of it: "I costi del nuovo ponte" over "Una
    # veduta del vecchio ponte ...")
    captions = [f.caption.rstrip() for f in found if f.caption and f.credit]
    unstopped = len(captions) >= MIN_ALT_BLOCKS and not any(ends_sentence(c) for c in captions)
    openers = tuple(f"{opener} " for opener in subhead_openers)
    stopped = {n: ends_sentence((found[n].caption or "").rstrip()) for n in candidates}
    return {n: (j, alt) for n, (j, alt) in candidates.items()
            if found[n].credit and j > 0 and (layout.rows[j - 1].kind == "blank"
                                        or opens_story(layout, (j, alt), head_furniture))
            and len(alt.split()) >= MIN_LONE_ALT_WORDS and label_shaped(alt, small_words, openers)
            and (stopped[n] or unstopped)
            and len(_words(alt) & _words(found[n].caption or "")) >= (1 if stopped[n] else MIN_SHARED_UNSTOPPED)}


def _paragraph(layout: Layout, f: Found, candidate: tuple[int, str], used: set[int], unstopped: bool = False) -> bool:
    """Whether the line `candidate` names is a paragraph of the story run on above a caption, not alt text.

    Printed with no blank line or separator before it, a whole sentence that shares no word with the caption
    under it tells what the story tells ("Depuis janvier, les engins ... du boulevard." over "Les rails
    provisoires posés devant la Coque."): alt text written as sentences shows what the caption tells of
    ("Kim Jong Un greeting Vladimir Putin at the airport. They're on a red carpet." over a caption naming Putin).
    On a page whose headline says it is pictures ("In pictures: ..."), a line right under another picture's
    caption (`used`: a gallery printed with no blank lines) opens the next slide, whose alt text may tell in
    other words ("A woman shelters under an umbrella." over "Commuters brave the storm on Oxford Street.").
    On a page printing none of its credited captions as a sentence (`unstopped`: "<caption> - Ảnh: NAME", three or
    more, no full stop), a whole sentence run on above one is the story's: the page's editors write no sentences
    under or over its pictures, and in a script of short words (Vietnamese) shared words tell little.
    """
    alt = candidate[1].rstrip()
    if _set_apart(layout, candidate) or candidate[0] - 1 in used or not ends_sentence(alt):
        return False
    if unstopped:
        return True
    words = _words(alt)
    if len(words) < MIN_CAPTION_WORDS:
        return False  # a few words, a script printing no spaces or one of short words (Korean): too little to compare
    return not words & _words(f.caption or "")


def _run_on_paragraph(layout: Layout, candidate: tuple[int, str], used: set[int]) -> bool:
    """Whether the line `candidate` names is a whole sentence printed right under another whole sentence of the
    story, no blank line between ("Selon la préfecture, il est tombé 212 mm en 24 heures." under the story's
    paragraph, over "L'image satellite à 13 heures. Crédit photo : X"): the story's next paragraph, which may share a
    word with the caption. A picture's alt text printed as a sentence stands under a blank line, a separator, a
    caption (`used`: the pictures' lines) or the page's head, not run on from the story's text."""
    j, alt = candidate
    if j < 1 or not ends_sentence(alt.rstrip()):
        return False
    above = layout.rows[j - 1]
    return (above.kind == "text" and above.credit is None and j - 1 not in used and j - 1 != layout.headline
            and not above.labelled and len(above.before.split()) >= MIN_CAPTION_WORDS
            and ends_sentence(above.before.rstrip()))


def _story_paragraphs(layout: Layout, candidates: dict[int, tuple[int, str]]) -> set[int]:
    """The candidates that are the story's paragraphs printed right above captions, where two or more show it.

    "Selon la préfecture, 640 personnes ont été évacuées ..." after a blank line, right above "Des bénévoles
    évacuent une habitante en barque ... DENIS CHARLIER / AFP", and so over each caption of the page: a whole
    sentence closed by its full stop and set apart by a blank line above is a paragraph's shape, and a page that
    prints two or more such lines right above its captions prints its pictures between its paragraphs, each
    after the last paragraph of its section. Alt text is a picture's label, closed by no full stop in nearly all
    the pages seen; the few written as sentences stand under another picture's caption in a gallery (the seeds'
    "Motorcyclists from the official motorcade. They are in a line."), or alone on their page.
    """
    sentences = {n for n, c in candidates.items() if _set_apart(layout, c) and ends_sentence(c[1].rstrip())}
    return sentences if len(sentences) >= MIN_PARAGRAPHS_OVER_CAPTIONS else set()


def _sentences_among_phrases(layout: Layout, candidates: dict[int, tuple[int, str]],
                             placed: re.Pattern[str] | None) -> dict[int, tuple[int, str]]:
    """The candidates less the whole sentences run on from the text above, where more of them are phrases (round
    118): a page's editors write its alt text one way. "Families sit on the back of a military truck" over one
    caption, "Flooded rice fields seen from above" over another, and between them "President Ferdinand Marcos Jr.
    ordered agencies to preposition relief goods." over a third, no blank line above it: the sentence is the
    story's paragraph, which may share a word with the caption under it. Two phrases at least show the habit, and
    every other line must be one: a page whose alt text runs to sentences anywhere ("Putin and Kim. They are
    smiling") writes some closed by a full stop too. A sentence saying where someone stands in the picture ("Jo Li
    (left) and Sam Okafor hold a giant pumpkin.") is written for it: the story places no one so (round 93)."""
    sentences = {n for n, c in candidates.items() if ends_sentence(c[1].rstrip()) and not _set_apart(layout, c)
                 and not (placed is not None and placed.search(c[1]))}
    others = [alt for n, (_, alt) in candidates.items() if n not in sentences]
    if len(others) < MIN_PARAGRAPHS_OVER_CAPTIONS or len(sentences) >= len(others) or any(
            ends_sentence(alt.rstrip()) or _SENTENCE_BREAK.search(alt) for alt in others):
        return candidates
    return {n: c for n, c in candidates.items() if n not in sentences}


def _words(text: str) -> set[str]:
    """The words of four letters or more of a text, case folded."""
    return {fold(w) for w in _WORD.findall(text)}


def _set_apart(layout: Layout, candidate: tuple[int, str]) -> bool:
    """Whether the line `candidate` names opens a block of its own: the page's start, a blank line above it, or
    a slide's separator ("3 di 6" over the alt line and its caption)."""
    j = candidate[0]
    return j == 0 or layout.rows[j - 1].kind == "blank" or layout.rows[j - 1].separator


def _keyword_alt(layout: Layout, f: Found, used: set[int]) -> str | None:
    """A phrase of two to eight words all in lower case right above a caption, or a blank line above it."""
    rows = layout.rows
    j = f.top - 1
    if j >= 0 and rows[j].kind == "blank":
        j -= 1
    if j < 0 or j in used or j == layout.headline:
        return None
    row = rows[j]
    if row.kind != "text" or row.credit is not None or row.labelled or row.repeats > 1:
        return None
    text = row.before.strip()
    if len(text.split()) > MAX_KEYWORD_ALT_WORDS or not text.islower() or not cased(text) or not _LOWER_WORDS.fullmatch(text):
        # (Georgian is no lower case: Unicode calls its letters so, its print has no capitals)
        return None
    return text


def _alt_above(layout: Layout, f: Found, used: set[int], small_words: frozenset[str],
               related: frozenset[str] = frozenset(), uncased: bool = False) -> tuple[int, str] | None:
    """The row right above a picture and its text, if it could be the picture's alt text; `uncased`: a line in a
    script with no capitals may be, where title case cannot tell it from a heading."""
    rows, headline = layout.rows, layout.headline
    j = f.top - 1
    while j >= 0 and rows[j].kind == "repeat":
        j -= 1
    if j < 0 or j in used or j == headline:
        return None
    row = rows[j]
    if row.kind != "text" or row.credit is not None or row.labelled or row.repeats > 1:
        return None  # blank lines too: a paragraph a blank line above a caption is body text
    text = row.before
    if not text or fold(text) == fold(f.caption or "") or (title_case(text.split(), small_words) and not (
            uncased and not cased(text))):
        return None
    if j - 1 >= 0 and j - 1 == headline:
        return None  # the line right under the headline is its standfirst
    if j - 1 >= 0 and post_time(rows[j - 1].before):
        return None  # the line right under a live blog's post time is the post's headline
    if under_post_headline(rows, j):
        return None  # and the line under that headline is the post's text
    if related and related_link(layout.rows, j, related):
        return None
    return j, text
