"""Credits printed on a line of their own (pictures.py): each is given the caption it belongs to, above or below
(the side by the page's habits: credit_sides.py), or stands for a picture with no caption, or for none (a
byline, a story's copyright notice, a shorter copy of a credit next to it)."""
from __future__ import annotations

import re

from ..text import fold
from .assembly import Assembly
from .caption_shape import ends_sentence
from .credit_sides import (MIN_EVIDENCE, Option, across_blank_lines, credits_alone_in_story, credits_closing_blocks,
                           credits_opening_blocks, credits_under_tail_credits, ends_sentence_any_script, longest_tail_caption,
                           marked_under_captions, paragraphs_among_unstopped)
from .cut_short import cut_through
from .found_pictures import CreditsAbove
from .layout import Found, closing_credit_under, holds_date
from .lone_credits import PARAGRAPH_OVER_CAPTION, credits_between_paragraphs
from .slides import last_slide_credit

# A document number in a credit ("dpa:240618-99-446559/11"): six digits or more, with dashes, no letters.
# A credit line carrying one and no caption is a story's copyright notice, not a picture's credit.
_IDENTIFIER = re.compile(r"(?<![\w-])\d[\d-]{4,}\d(?![\w-])")
MAX_HEAD_LINES_UNDER = 2  # lines of the head under the lead's credit to look at: a byline, a date
MAX_LINK_WORDS = 2  # words of a link cut short closing a web story's dump ("Leia mais")
MAX_STAMP_LINE = 60  # characters of the head's stamp: "Egemen Qazaqstan · 14 Мамыр, 2026 · 09:42 · 1 240"


def pair_own_credits(page: Assembly, own: list[int]) -> None:
    """Give each credit printed on a line of its own the caption it belongs to, if any."""
    rows, found = page.rows, page.found
    ups, downs, phrased = 0, 0, 0  # phrased: credits between a phrase and a sentence, read as under the phrase
    options: list[Option] = []
    for i in own:
        row = rows[i]
        if row.byline or _next_to_byline(page, i):
            page.take(i)  # "Name 기자" alone: the story's writer; "사진=Name" against it credits the story's pictures
            continue
        up = page.neighbour(i, -1, blanks=False)
        if up is None:  # the caption's second copy a blank line above: the page's habit places it
            up = next((j for j in (i - 1, i - 2) if j in page.twice and j not in page.used), None)
        down = page.neighbour(i, +1, blanks=not row.before_is_alt)
        if row.before_is_alt or (down is not None and rows[down].labelled and (down == i + 1 or up is None)):
            up = None  # "Image source, X" right over "Image caption, ...": the credit of the caption below
        if i in page.blanket:  # a blanket credit alone takes the caption right above it, or none;
            # under the story's first line it is a byline ("Text and photos by Name" under the standfirst)
            # over a gallery's first slide separator ("Fotos: Name" / "Foto 1 de 3") it heads the gallery, and
            # the title above it, ending no sentence, is the gallery's (under a separator it is a slide's caption)
            heads_gallery = (i + 1 < len(rows) and rows[i + 1].separator and up is not None
                             and not ends_sentence(rows[up].before.rstrip())
                             and not any(rows[j].separator for j in range(up)))
            options.append((i, None if up == _story_start(page) or heads_gallery else up, None))
            continue
        if up is not None and up == _story_start(page) == page.headline + 1 and _head_goes_on(page, i):
            up = down = None  # under the standfirst, the byline or date below: the lead picture's, no caption (round 82)
        if row.closing:  # "/ Pool", "사진=Name 기자": its mark closes the caption above, never one below
            down = None
            if up is None:
                up = _sole_paragraph_over(page, i)
        if down is not None and _in_run_of_alone(page, i, down):
            down = None  # the same credit printed line after line: the last is no more a caption's than the rest
        if up is not None and rows[up].counted and not (down is not None and rows[down].counted):
            down = None  # "3/12 Caption" over the credit: the counter opened this slide, the text below is not
        if down is not None and row.before_is_alt and not rows[down].labelled:
            down = None
        if down is not None and i - 1 in page.tight and (down > i + 1 or i == last_slide_credit(rows, page.tight)):
            down = None  # "Foto 6 de 6", a credit, a blank line (or the story's text): a slide of a credit
        # the cover's credit shows no habit: nothing stands above it. A credit under an announcement does:
        # the line above is no caption, so it stands over its own ("A seguir, confira 30 fotos", a credit)
        if i != page.cover and not (up is None and _under_head_furniture(page, i)):
            ups += up is not None and down is None and not row.opening  # over no caption: a picture alone
            between = up is not None and down is not None and _phrase_over_sentence(page, i, up, down)
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
    in_story = [o for o in options if o[0] not in page.blanket]
    flowing = credits_alone_in_story(rows, in_story, found, page.names_person) \
        | credits_between_paragraphs(rows, in_story, found, page.names_person) | _lead_credit_over_lede(page, in_story)
    options = [(i, None, None) if i in flowing else (i, up, down) for i, up, down in options]
    options = [(i, up, None if i in alone else down) for i, up, down in options]
    downs -= len(alone - {page.cover})
    # the page's habit: credits above their captions, or below. A credit under a phrase and over a sentence
    # counts half: a subheading over a credit printed above its caption has that shape too, so two such credits
    # outweigh one printed plainly over its caption, and no more ("<subheading>" / "Photo: X" / "<caption.>")
    prefer_down = 2 * downs > 2 * ups + phrased
    if _opens_alternation(page, options):
        prefer_down, downs = True, max(downs, MIN_EVIDENCE)  # web story: each credit heads its page's text
    direct = {i: up for i, up, _ in options if i in page.blanket}
    options = across_blank_lines(rows, marked_under_captions(rows, options, page.caption_above, found),
                                 page.caption_above, page.framed, alone, found=found)
    options = [(i, direct[i], None) if i in direct else (i, up, down) for i, up, down in options]
    # the cover's credit last: it takes the caption below only on a page that prints credits over captions
    options.sort(key=lambda option: option[0] == page.cover)
    if page.cover in own and not (prefer_down and downs >= MIN_EVIDENCE):
        options = [(i, None, None) if i == page.cover else (i, up, down) for i, up, down in options]
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
            page.take(i)  # "toggle caption <credit>": the credit of the picture above, again
            continue
        if _part_of_credit_next_to(page, i):
            page.take(i)  # "Getty Images" over "... (Photo by Name/Getty Images)": that picture's, shorter
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
        choice = next((c for c in (first, other) if c is not None and c not in page.used), None)
        if choice is None and i in page.blanket:
            continue  # no picture's: the slide it stands in may still show one (_slides)
        page.take(i)
        description = row.before if row.before_is_alt and row.before else None
        if choice is None:
            if description is None and _IDENTIFIER.search(row.credit or ""):
                continue  # "© dpa-infocom, dpa:240618-99-446559/11" alone: the story's copyright notice
            if description is None and row.addressed:
                continue  # "Name 기자 name@example.kr" alone: the story's byline, its writer and address
            found.append(Found(i, None, row.credit, i, [i], description))
            continue
        if up is not None and down is not None and rows[up].before == rows[down].before:
            if not _pair_printed_again(page, i, down):
                # "caption / credit / caption": the same caption printed on both sides is one picture's
                page.take(up, down)
                found.append(Found(up, rows[up].before, row.credit, up, [up, i, down], description))
                continue
            choice = up  # "caption / credit / caption / credit": the pair printed twice, each copy over its own
        page.take(choice)
        found.append(Found(choice, rows[choice].before, row.credit, min(i, choice), [i, choice], description))


def _opens_alternation(page: Assembly, options: list[Option]) -> bool:
    """Whether the page opens with its cover's credit right over a caption, and every credit after it stands right
    between two captions, each two rows under the one before, no blank line among them: a web story's pages dumped
    one after another, each printing its picture's credit over its text ("Foto: Name/Agency" / "<text>", page
    after page). Nothing stands over the first credit, so the page's top says the side: each credit heads the text
    under it, and the last one may close the page over no text ("Leia mais" cut short).

    Row for row the two readings fit such a page alike (credit over caption, or caption over credit with the
    cover's alone); only the top of the page tells them apart, which the cover's habit rule leaves unread.
    """
    cover = page.cover
    ordered = sorted(options)
    if len(ordered) < MIN_EVIDENCE + 2 or ordered[0][0] != cover or ordered[0][2] != cover + 1:
        return False
    # each credit after its lead-in ("Foto:"), as each page prints it; bulleted captions ("• <caption>" over an
    # indented "Name/AP Photo") open their slides, the credit under each inside its item, the cover's the lead's
    if not all(page.rows[i].marked for i, _, _ in ordered) or any(i + 1 in page.slides for i, _, _ in ordered):
        return False
    for (prev, _, _), (i, up, down) in zip(ordered, ordered[1:]):
        last = i == ordered[-1][0]
        if i != prev + 2 or up != i - 1 or not (down == i + 1 or (last and down is None)):
            return False
    # the story's end: one line at most under the last credit, its text or a link cut short ("Leia"), and that link
    # may stand under the last credit's text too; story text going on under it says the credits closed the
    # captions over them, the first a lead picture's alone
    end, _, down = ordered[-1]
    rest = [j for j in range(end + 2, len(page.rows)) if page.rows[j].kind != "blank"]
    if down == end + 1 and rest == [end + 2] and _link_cut_short(page.rows[end + 2].before):
        return True
    return not rest


def _link_cut_short(text: str) -> bool:
    """A dump's last line a link's first word or two ("Leia", "Leia mais"): no sentence, no caption."""
    return 0 < len(text.split()) <= MAX_LINK_WORDS and not ends_sentence_any_script(text.strip())


def _pair_printed_again(page: Assembly, i: int, down: int) -> bool:
    """Whether the caption under the credit alone on row i is the one above it printed again, right over the same
    credit again ("caption / credit / caption / credit": a picture printed twice, each copy with its credit, as
    Philippine and Latin American sites' dumps print a lead picture's block again): the second copy is no caption
    the first credit takes from below."""
    rows = page.rows
    after = down + 1
    return (after < len(rows) and rows[after].kind == "text" and not rows[after].before
            and fold(rows[after].credit or "") == fold(rows[i].credit or ""))


def _in_run_of_alone(page: Assembly, i: int, down: int) -> bool:
    """Whether the credit alone on row i closes a run of the same credit alone, printed line after line
    ("ⓒOutlet 2018.10.4" three times): a gallery's credits, none a caption's, where the run opens the page (the
    cover's) or a blank line parts it from the text below, `down` (under a headline, the story's first paragraph:
    "[Outlet 부산=Name 기자] ...")."""
    rows, j = page.rows, i
    while j > 0 and rows[j - 1].kind == "text" and not rows[j - 1].before and rows[j - 1].credit == rows[i].credit:
        j -= 1
    return j != i and (j == page.cover or down > i + 1)



def _phrase_over_sentence(page: Assembly, i: int, up: int, down: int) -> bool:
    """Whether the credit on row i, between two text lines with no blank line on either side, stands under a
    caption's phrase with a story's sentence below it ("<phrase>" / "Фото: X" / "<paragraph.>"): the page prints
    its credits under their captions, which the lines on either side alone do not say."""
    return (up == i - 1 and down == i + 1 and not ends_sentence(page.rows[up].before.rstrip())
            and ends_sentence(page.rows[down].before.rstrip()))



def _sole_paragraph_over(page: Assembly, i: int) -> int | None:
    """The row of the page's only paragraph, where a credit its mark closes stands a blank line or two under it
    (a photo item: "[사진] <title>", furniture, "<caption>", blank, "사진=Name 기자"); None where the page
    prints any other line that reads as a caption, above or below: on a story's page the paragraph over such a
    credit may be the story's, the picture's own caption left out of the dump."""
    j = page.caption_above(i)
    if j is None or closing_credit_under(page.rows, j) != i:
        return None
    rows = page.rows
    if any(k not in (i, j, page.headline) and rows[k].kind == "text" and rows[k].before and page.caption_like(k)
           for k in range(len(rows))):
        return None
    return j



def _next_to_byline(page: Assembly, i: int) -> bool:
    """Whether the row right above or below row i is a reporter's byline printed alone ("Name 기자")."""
    return any(0 <= j < len(page.rows) and page.rows[j].byline for j in (i - 1, i + 1))



def _head_goes_on(page: Assembly, i: int) -> bool:
    """Whether the story's head goes on under the credit alone on row i: one of the next two lines (blank lines
    aside) is its byline or its date ("Natalia Cebotari" over "22 iunie 2026, 11:05", "Egemen Qazaqstan · 14 Мамыр,
    2026 · 09:42"). A credit there, under the standfirst, is the lead picture's, printed with no caption: the
    standfirst over it is the story's (Moldovan, Kazakh, Romanian sites print the lead's credit so, round 82). The
    caller asks that the standfirst stand right under the headline: a line a blank line parts from it opens a block
    of its own, the lead picture's caption over its credit ("(photo credit: Name/FLASH90)" over "By Name")."""
    rows, seen = page.rows, 0
    for j in range(i + 1, len(rows)):
        if rows[j].kind == "blank":
            continue
        if rows[j].separator or seen == MAX_HEAD_LINES_UNDER:
            return False
        seen += 1
        if rows[j].kind == "furniture" or rows[j].byline or (
                rows[j].kind == "text" and not rows[j].credit and len(rows[j].before) <= MAX_STAMP_LINE
                and holds_date(rows[j].before)):
            return True
    return False


def _under_head_furniture(page: Assembly, i: int) -> bool:
    """Whether the credit alone on row i stands right under the head's furniture (a byline, a date, a share bar),
    with nothing but the standfirst and such lines between it and the headline (round 94): the lead picture's credit
    printed with no caption, or the story's source ("Source: SBS" under "By Name"). What follows it is the story's
    first paragraph as often as a caption, so it says nothing of the side a page prints its credits on."""
    rows, start = page.rows, _story_start(page)
    if start < 0 or not 0 < i or rows[i - 1].kind != "furniture":
        return False
    return all(rows[j].kind in ("blank", "furniture") or j == start for j in range(page.headline + 1, i))


def _lead_credit_over_lede(page: Assembly, options: list[Option]) -> set[int]:
    """The credit alone right under the story's head, its byline and date, and right over the story's first
    paragraph, on a page closing its captions with their credits in their lines (round 133): the lead picture,
    printed with no caption. "Name" / "14 sierpnia 2025 | 06:00" / "Fot. Name / Agency" / "<lede.>", or the byline
    and date on one line ("Name — 3 липня 2025, 12:41" / "Фото: Getty Images"): the line above is the head's and
    the one below the story's, a whole sentence longer by half again than the page's longest caption (as
    lone_credits reads a credit alone between paragraphs): where the page prints a caption with its credit, a
    credit alone is a picture printed with none."""
    longest = longest_tail_caption(page.found)
    if longest is None or page.headline < 0:
        return set()
    rows, start = page.rows, _story_start(page)
    for i, _, down in options:
        if not 0 < i < len(rows) - 1 or down != i + 1 or rows[down].credit is not None:
            continue
        above = rows[i - 1]
        stamp = above.kind == "text" and not above.credit and len(above.before) <= MAX_STAMP_LINE \
            and holds_date(above.before)
        if not (above.kind == "furniture" or stamp) or not all(
                rows[j].kind in ("blank", "furniture") or j in (start, i - 1) for j in range(page.headline + 1, i)):
            continue
        lede = rows[down].before.strip()
        if len(lede) >= PARAGRAPH_OVER_CAPTION * longest and ends_sentence_any_script(lede):
            return {i}
    return set()


def _story_start(page: Assembly) -> int:
    """The index of the first text row after the headline, -1 when none (or no headline)."""
    if page.headline < 0:
        return -1
    return next((j for j in range(page.headline + 1, len(page.rows)) if page.rows[j].kind == "text"), -1)



def _part_of_credit_next_to(page: Assembly, i: int) -> bool:
    """Whether the credit alone on row i is part of a longer one a caption right next to it prints, or
    holds that credit whole: "Source: VNP/Photo courtesy of Name" under captions each crediting "Name" is
    the story's source line, no picture of its own (a name of two words or more: "AP" names too little)."""
    rows = page.rows
    credit = fold(rows[i].credit or "")
    for j in (i - 1, i + 1):
        if 0 <= j < len(rows) and rows[j].kind == "text" and rows[j].before and (printed := rows[j].credit):
            other = fold(printed)
            if credit != other and re.search(rf"(?<!\w){re.escape(credit)}(?!\w)", other):
                return True  # whole words: "AP" is part of "AP Photo/Name", not of "Japan Times"
            if credit != other and len(other.split()) > 1 \
                    and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", credit):
                return True
            if j == page.last and cut_through(credit, other):
                return True  # "Getty Images" over "... (Photo by Name/Getty I", the dump's end: cut in it
    return False
