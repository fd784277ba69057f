"""The side each credit printed on a line of its own takes its caption from, by the page's habits.

own_line_credits.py gives each such credit its options: the caption-like row right above
it and right below it, either or both None. How the page prints its other
credits then moves them: credits a blank line under their captions take the
caption above across the blank line (`marked_under_captions`, `across_blank_lines`),
a page whose credits close or open their captions' blocks leaves a credit set
apart on both sides with none (`credits_closing_blocks`, `credits_opening_blocks`),
and a story's sentence among unstopped captions is no credit's
(`paragraphs_among_unstopped`). Each function builds new options from its inputs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .caption_shape import ends_sentence

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .layout import Found, Row

_UNCASED_STOPS = "።।॥"  # the Ethiopic and Devanagari full stops close a sentence too
MIN_EVIDENCE = 2  # credits showing a page's habit before the page is read by it
# Fewer words than this in a page's longest caption closed by its credit: a portrait's name label ("Chipo Banda,
# spokesperson."), which tells nothing of how long the page's captions of a scene run (review 46)
MIN_SCENE_WORDS = 5
Option = tuple[int, int | None, int | None]  # an own-line credit's row, the caption row above it and below it, if any


def paragraphs_among_unstopped(rows: list[Row], found: list[Found], options: list[Option], prefer_down: bool
                                ) -> list[Option]:
    """The options, a sentence ended with a full stop taken from a credit's reach where the page's other
    captions over or under their own-line credits end with none.

    "<caption>" over "Llun: Name", twice, each caption closing with no full stop as the outlet prints them,
    then a story paragraph ending in its full stop over "Llun: Name": the paragraph is the story's, the
    credit a picture of its own (its caption cut by the dump or never printed). Only a line standing between
    two credits, the story run on from one picture to the next (a sentence over the page's first credit,
    under the standfirst, may be its caption), and above any gallery: a gallery between separators ("1 de
    40") prints each slide's caption as its writer typed it, while the story over a gallery closing the page
    keeps its habit (La Vanguardia's, Estadão's "<caption> (Name)" over a "Ver galería"). The story must show
    it runs on between its pictures (a paragraph ending in its full stop between the first credit and that
    line): captions printed back to back, one with a stray full stop, are all captions; so is one ending in an
    abbreviation ("D.C.").
    """
    # captions closed by their credit in their own line ("<caption> - Ảnh: NAME", "<caption> ( Fot. Name )")
    # show the page's habit as well as those over or under a credit alone
    in_line = [f.line for f in found if f.caption and f.credit is not None and f.lines == [f.line]]
    if any(ends_sentence(rows[j].before.rstrip()) for j in in_line):
        in_line = []
    credits = {i for i, _, _ in options} | set(in_line)
    takes = [c for _, up, down in options if (c := (down if prefer_down else up)) is not None]
    stopped = {c for c in takes if ends_sentence(rows[c].before.rstrip())}
    if len(takes) - len(stopped) + len(in_line) < MIN_EVIDENCE or len(stopped) != 1:
        return options  # the page's habit: two captions or more with no full stop, one line alone with one
    line = stopped.pop()
    if _past_furniture(rows, line, +1 if prefer_down else -1) not in credits or any(r.separator for r in rows[:line]):
        return options  # a gallery opened above the line: each slide's caption as its writer typed it
    story = [j for j in range(min(credits) + 1, line) if rows[j].kind == "text" and rows[j].credit is None
             and j not in takes and ends_sentence(rows[j].before.rstrip())]
    if not story or "." in rows[line].before.rstrip().rsplit(maxsplit=1)[-1][:-1]:
        return options  # pictures back to back with no story between, or "in Washington, D.C.": a caption's
    return [(i, None, None) if (down if prefer_down else up) == line  # that credit alone: a picture of its own
            else (i, None if up == line else up, None if down == line else down) for i, up, down in options]


def _past_furniture(rows: list[Row], line: int, step: int) -> int:
    """The row next to `line` on the side of `step`, past the page's furniture ("Publicidade", "Advertisement")."""
    j = line + step
    while 0 <= j < len(rows) and rows[j].kind == "furniture":
        j += step
    return j


def credits_closing_blocks(options: list[Option], found: list[Found]) -> bool:
    """Whether the page prints its own-line credits right under their captions, a blank line after them.

    "caption / Foto: Name / blank / story" (or the credit in the caption's line, "caption © Name"): where
    two or more credits stand so and none right over a caption, a credit a blank line from the text on both
    sides ("Read also: ..." / blank / "Foto: Name" / blank / story) closes no caption's block: it is a picture
    of its own, uncaptioned.
    """
    closing = sum(1 for i, up, down in options if up is not None and (down is None or down > i + 1))
    # "caption © Name" line after line: a page printing its credits in its captions' lines shows the same
    closing += sum(1 for f in found if f.credit is not None and f.lines == [f.line])
    return closing >= MIN_EVIDENCE and not any(down == i + 1 for i, _, down in options)


def credits_opening_blocks(options: list[Option]) -> bool:
    """Whether the page prints its own-line credits right over their captions, a blank line before them.

    "blank / Fotografia: Name / caption": where two or more credits stand so and none under a caption, a
    credit a blank line from the text on both sides (story / blank / "Fotografia: Name" / blank / story)
    opens no caption's block: it is a picture of its own, uncaptioned, as in `credits_closing_blocks`.
    """
    opening = sum(1 for i, up, down in options if up is None and down == i + 1)
    return opening >= MIN_EVIDENCE and not any(up is not None for _, up, _ in options)


def marked_under_captions(rows: list[Row], options: list[Option], caption_above: Callable[[int], int | None],
                          found: Sequence[Found]) -> list[Option]:
    """Marked credits a blank line from the text on both sides: the caption above is theirs.

    A credit right over a caption, no blank line between, is that caption's, whatever stands above it.

    "caption / blank / Photo: Getty Images / blank / next caption": the
    caption below is the next slide's. Where at least two of a page's own-line
    credits, and more than half, stand a blank line under the text with a
    caption further below, and most of those carry a lead-in or brackets, the
    page prints them under their captions: each takes the caption above,
    across blank lines, or none. Bare names standing so ("Name/Getty", then
    the caption) are printed over their pictures' captions, and keep them, as are Quebec papers' "PHOTO NAME,
    LA PRESSE" in capitals. The captions that print their credit in their own line count against the habit
    (`tails_in_line`).
    """
    apart = [n for n, (i, up, down) in enumerate(options)
             if up is None and down is not None and down > i + 1 and i > 0 and rows[i - 1].kind == "blank"
             and not rows[i].before_is_alt]
    # a credit whose form opens its caption's block ("PHOTO NAME, LA PRESSE") shows the other habit
    marked = sum(rows[options[n][0]].marked and not rows[options[n][0]].opening for n in apart)
    if len(apart) < MIN_EVIDENCE or 2 * len(apart) <= len(options) + tails_in_line(found) or 2 * marked <= len(apart):
        return options
    out = list(options)
    for n in apart:
        i = options[n][0]
        out[n] = (i, caption_above(i), None)
    return out


def tails_in_line(found: Sequence[Found]) -> int:
    """The captions printing their credit in their own line: credits of the page that stand with their captions.

    "<caption>. Foto Tatoli/Name" line after line, and twice a paragraph, a blank line, "Foto Lusa/Name" alone
    (Tatoli, Kazinform): the page prints its credits with their captions, so the few own-line credits standing a
    blank line under a paragraph are no majority of its credits: each is a picture printed with no caption, the
    paragraph over it the story's.
    """
    return sum(1 for f in found if f.caption and f.credit is not None and f.lines == [f.line])


def across_blank_lines(rows: list[Row], options: list[Option], caption_above: Callable[[int], int | None],
                       framed: bool = False, pictures_alone: frozenset[int] | set[int] = frozenset(), *,
                       found: Sequence[Found]) -> list[Option]:
    """Credits with no caption next to them, on a page that prints blank lines between caption and credit.

    "caption / blank / Credit: X / blank / • next slide's title": nothing
    below is a caption, and the caption stands a blank line above. One such
    credit is no evidence (a story's notice, a paragraph above); when most of
    the page's own-line credits stand so, the page prints them under their
    captions with blank lines between, and each takes the caption above. Under a headline that says the page
    is pictures (`framed`: "[포토] ...", "[FOTOS] ...", "Fotogalerie: ..."), one is: the paragraph over the
    credit is the picture's caption the headline announces, not a story's. A credit `credits_under_tail_credits`
    found a picture alone (`pictures_alone`) shows no such habit: the page's captions close with their credits.
    The captions that print their credit in their own line count against the habit (`tails_in_line`).
    """
    alone = [n for n, (i, up, down) in enumerate(options)
             if up is None and down is None and not rows[i].before_is_alt and i not in pictures_alone]
    if len(alone) < (1 if framed else MIN_EVIDENCE) or 2 * len(alone) <= len(options) + tails_in_line(found):
        return options
    out = list(options)
    for n in alone:
        i = options[n][0]
        out[n] = (i, caption_above(i), None)
    # on such a page a credit a blank line from the text on both sides closes the block above it, whatever
    # the text below reads as: the gallery's last credit over "Partager sur Facebook" keeps its caption
    for n, (i, up, down) in enumerate(options):
        if up is None and down is not None and down > i + 1 and i > 0 and rows[i - 1].kind == "blank" \
                and not rows[i].before_is_alt and (above := caption_above(i)) is not None:
            out[n] = (i, above, None)
    return out


def credits_under_tail_credits(rows: list[Row], options: list[Option], found: list[Found]) -> set[int]:
    """The own-line credits standing right under a caption that prints its own credit in its line, on a page
    that prints its credits so: each a picture of its own, not the credit of the paragraph below.

    "<caption>. Photo: Name." line after line, then "<caption>. File." over "Photo: Name." over a story's
    paragraph, no blank line anywhere: the credit alone follows a picture whose caption closed with its credit,
    as the page prints every credit; the paragraph under it is the story's. Where two or more captions close
    with their credit in their line and no other own-line credit stands right over a caption with none above it
    (a page printing credits over captions shows it so), such credits are pictures alone (empty where not so).
    """
    tails = {f.line for f in found if f.caption and f.credit is not None and f.lines == [f.line]}
    if len(tails) < MIN_EVIDENCE:
        return set()
    under = {i for i, up, down in options if up is None and down == i + 1 and i - 1 in tails}
    if any(up is None and down is not None and i not in under for i, up, down in options):
        # credits over a line with none above them: over a caption, on a page printing credits so; alone, under a
        # story's first paragraph that no caption reads as ("LONDON, June 5 (Reuters) - ..."), where the captions
        # closing with their credit far outnumber them
        # a credit that opens a block of its own, the caption under it closing the block ("Photo: PID" / "<caption>",
        # blank lines around the two), is that caption's: no paragraph runs on under it
        over = {i for i, up, down in options if up is None and down == i + 1 and not _opens_own_block(rows, i)}
        return over if len(tails) >= 2 * len(over) + MIN_EVIDENCE else set()
    return under


def _opens_own_block(rows: list[Row], i: int) -> bool:
    """Whether row i, over the row under it, opens a block of the two alone: blank lines (or the page's ends) above
    the one and under the other."""
    return (i == 0 or rows[i - 1].kind == "blank") and (i + 2 >= len(rows) or rows[i + 2].kind == "blank")


def credits_alone_in_story(rows: list[Row], options: list[Option], found: list[Found],
                           names_person: Callable[[str], bool]) -> set[int]:
    """The own-line credits printed in the story's flow on a page that closes its captions with their credit in
    the caption's line: each a picture alone, no caption above it nor below.

    "<caption>. Фото: Name" line after line, then a paragraph of the story with "Фото: пресс-служба" right under it
    and the story going on under that: the page prints a caption and its credit as one line, so a credit alone on
    its line is a picture printed with no caption (the outlet's habit for handouts, file and illustrative pictures),
    and the paragraph over it is the story's. Two captions or more must close with their credit in their line, and
    no own-line credit of the page may stand apart (a blank line on a side: a block of its own, whose caption may
    stand over or under it), nor under a line that opens a block (under a slide's counter, a blank line or another
    credit: a caption printed over its credit, as galleries and some pages print them all): each stands under a line
    of the story's text run on from a paragraph or a caption. The line over the credit must be a whole sentence (a
    phrase over a credit is a caption printed so), and so must the line under it, if any caption-like one stands
    there. And it must be longer than every caption of the page: its captions are short, and a line longer than any
    is the story's paragraph, while a short sentence over "[AP Photo/Name]" is one more caption whose credit the
    dump wrapped onto the next line. And the credit names no photographer: a handout's, a file or an illustrative
    picture's credit names its source (a ministry's press office, a fire department, an agency alone), while one
    naming who took it ("AP Photo/Name", "Photo: Name") under a long paragraph is a wire or feature caption of two
    or three sentences closed by its credit on the next line. And only one credit of the page reads so.
    """
    longest = longest_tail_caption(found)
    # round 85: a gallery's credit alone under its slide's counter ("3/3" / "（摄影：Name）") is the slide's, read by
    # the gallery's rules: it stands in no story's flow, and says nothing of the credits that do
    options = [o for o in options if not (o[0] > 0 and rows[o[0] - 1].separator)]
    if longest is None or not options or any(rows[j].kind == "blank" for i, _, _ in options for j in (i - 1, i + 1)
                                             if 0 <= j < len(rows)):
        return set()
    if not all(up == i - 1 and up > 0 and rows[up - 1].kind == "text" and rows[up - 1].before for i, up, _ in options):
        return set()  # a line over a credit under a slide's counter, a blank line or another credit: a caption
    alone = {i for i, up, down in options if paragraph_over_credit(rows, (i, up, down), longest + 1, names_person)}
    return the_exception(alone)


def paragraph_over_credit(rows: list[Row], option: Option, least: float, names_person: Callable[[str], bool]) -> bool:
    """Whether an own-line credit stands right under a whole sentence of at least `least` characters, with at most a
    whole sentence right under it, and names no photographer: the story's paragraph over a picture's credit alone
    (credits_alone_in_story, lone_credits.credits_between_paragraphs)."""
    i, up, down = option
    return (up is not None and up == i - 1 and len(rows[up].before.strip()) >= least
            and ends_sentence_any_script(rows[up].before)
            and (down is None or (down == i + 1 and ends_sentence_any_script(rows[down].before)))
            and not ((credit := rows[i].credit) is not None and names_person(credit)))


def the_exception(alone: set[int]) -> set[int]:
    """`alone` if it holds one credit, else none: a picture with no caption is the page's exception, and two long
    paragraphs each over a credit alone show a second habit, long captions printed over their credit (review 40)."""
    return alone if len(alone) == 1 else set()


def longest_tail_caption(found: list[Found]) -> int | None:
    """The length of the longest caption the page closes with its credit in its line, the measure of its captions
    that a line of the story's text over a credit alone outruns; None where fewer than MIN_EVIDENCE captions are
    printed so, or where the longest is a name label of a few words (a portrait's: the page's captions of a scene,
    printed over their own credit, run longer than it, no paragraph for that). Only a script with capitals is
    counted so: a caption of four words in Amharic or Persian, with no space in Chinese, is a scene's."""
    tails = [f.caption.strip() for f in found if f.caption and f.credit is not None and f.lines == [f.line]]
    if len(tails) < MIN_EVIDENCE:
        return None
    longest = max(tails, key=len)
    label = len(longest.split()) < MIN_SCENE_WORDS and any(c.isupper() for c in longest)
    return None if label else len(longest)


def ends_sentence_any_script(text: str) -> bool:
    """Whether a line ends a sentence, with a full stop of any script ("... ।", "... ።")."""
    text = text.rstrip()
    return ends_sentence(text) or text[-1:] in _UNCASED_STOPS
