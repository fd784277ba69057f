"""Captions with their credit alone on the line under them, bare: a name or a body, no lead-in, no separator.

Spanish regional dailies (Heraldo de Aragón and others) print each picture's caption, a sentence closed by its
full stop, and under it who took or handed out the picture, with nothing to mark it as a credit:

    Un pino caído sobre la acera del paseo de Sagasta, este miércoles por la mañana.
    Laura Sanjuán

    Los Bomberos de Zaragoza trabajan en la retirada de ramas en la avenida de Goya.
    Ayuntamiento de Zaragoza

A name alone under a sentence is a byline or a signature as often, so the page must show the habit: three such
pairs or more. Each name's line is closed by a blank line (or the page's end) and holds two to five words, each
capitalised or in capitals but the particles linking a name's words (markers.yaml's name_particles: "de", "del",
"y"), with no digit and no closing stop; the line over it is a caption's sentence no other rule took. Its credit
is then read as any credit is: a person's shape a photographer, a body's an agency.

The same shape is printed by pages that carry no picture, so each is left out (review 34): a quotation over its
speaker (pull quotes, vox pops: "“We lost everything.”" over "Maria Lopez"), a letter's last paragraph over its
writer and town ("Margaret Evans, Cardiff": a comma), a paragraph over a title-case subhead ("Man Of The Match",
"What Comes Next": a heading's small word in capitals, a subhead's opening word), and prose of two sentences or
more (a caption under which a bare name stands is one sentence; a signed paragraph seldom is).
"""
from __future__ import annotations

import re

from .caption_shape import MIN_CAPTION_WORDS, ends_sentence
from .layout import Found, Layout
from .markers import PageMarkers
from ..text import fold

MIN_BARE_PAIRS = 3  # pairs a page prints before its bare names under sentences read as credits
MAX_NAME_WORDS = 5
_QUOTE_OPENERS = "«“„\"'‘‹「『—–"  # and the Spanish press's dash opening a speaker's words ("—Nadie avisó.")
_QUOTE_CLOSE = re.compile(r"[.!?…,][”\"»’›]\s*$")  # a quotation's closing stop and mark: "... the police.”"
_INNER_STOP = re.compile(r"[.!?…][”\"»’)]*\s+([^\W\d_])")  # a stop inside the line: a capital after it, a sentence


def bare_credit_captions(layout: Layout, pm: PageMarkers, found: list[Found]) -> list[Found]:
    """`found`, and the captions whose credit is a bare name alone under them, where the page shows the habit."""
    rows = layout.rows
    used = {i for f in found for i in f.lines}
    pairs = []
    for i in range(len(rows) - 1):
        up, name = rows[i], rows[i + 1]
        if i in used or i + 1 in used or i == layout.headline or up.kind != "text" or name.kind != "text" \
                or up.credit is not None or name.credit is not None or up.before_is_alt or name.before_is_alt:
            continue
        if i + 2 < len(rows) and rows[i + 2].kind != "blank":
            continue
        caption = up.before.strip()
        if len(caption.split()) >= MIN_CAPTION_WORDS and ends_sentence(caption) and _one_sentence(caption) \
                and _bare_name(name.before, pm):
            pairs.append(Found(i, caption, name.before.strip(), i, [i, i + 1]))
    if len(pairs) < MIN_BARE_PAIRS:
        return found
    return sorted([*found, *pairs], key=lambda f: f.line)


def _one_sentence(caption: str) -> bool:
    """Whether a caption's line is one sentence of description, not a quotation: a quote mark opening it or closing
    its stop is a speaker's words, and a stop inside it before a capital makes a paragraph of prose."""
    return caption[:1] not in _QUOTE_OPENERS and _QUOTE_CLOSE.search(caption) is None \
        and not any(m.group(1).isupper() for m in _INNER_STOP.finditer(caption))


def _bare_name(text: str, pm: PageMarkers) -> bool:
    """Whether a line is a name alone: two to five words, capitalised but a name's particles, no digit, no stop, no
    comma (a letter's "Name, Town"), no heading's small word in capitals ("Man Of The Match"), no subhead's opener."""
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or any(c.isdigit() or c in ",;:" for c in text) \
            or text.rstrip()[-1:] in ".!?":
        return False
    if any(len(w) > 1 and w[:1].isupper() and fold(w) in pm.small_words for w in words[1:]) \
            or any(text.startswith(f"{o} ") for o in pm.markers.subhead_openers):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or fold(w) in pm.markers.particles for w in words)
