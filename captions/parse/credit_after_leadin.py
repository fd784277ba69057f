"""A credit after a lead-in word closing its caption's line: `... in Kyiv. Photograph: Jo Li/Reuters`.

One of the conventions credit_in_line.py tries. The lead-ins a line holds are
found by plain substring search, the last first and the longest at each place;
one counts where it stands as a word after the caption (after a sentence's end,
a slash or a dash), not inside a word ("PhotoJournal"), a credit ("Jo Li/Daily
Star photo by X") or an agency's name ("AP Photo / Name").
"""
from __future__ import annotations

import re

from ..text import TYPOGRAPHIC_FORMS, fold, marker_form
from .credit_neighbours import agency_kind
from .credit_edges import MAX_DROPPED_PHRASE, courtesy_words, is_cased, picture_leadin, trim_credit
from .credit_parts import Kind
from .credit_reading import Context
from .markers import SENTENCE_CLOSERS, KeyedLeadins, PageMarkers
from .credit_after_bare_leadin import without_second_leadin
from .photographed_by import uncased_person_names

# what may stand right before a lead-in word (CJK glue the next sentence to a full stop; a dash may be glued to it,
# as Caribbean papers print it: "... yesterday.—Photo: NAME")
_LEADIN_AFTER = frozenset(" \t.,;:!?\"”’)]。！？—–" + TYPOGRAPHIC_FORMS[" "])  # no-break spaces too: "mars.\u00a0Photo :"
_CAPTION_THEN_LEADIN = SENTENCE_CLOSERS + "。！？/|-–—"  # what ends a caption followed by a word lead-in
MAX_SOURCE_WORDS = 5  # words of a body's name after a lead-in: "Қала әкімдігінің баспасөз қызметі"
MAX_BODY_SOURCE_WORDS = 8  # the same, opened by a body's word: "Sở Nông nghiệp và Môi trường Bến Tre"
_SENTENCE_MARKS = frozenset(".!?;:\"“”«»()")
_GLUED_DOT = re.compile(r"(?<=\w)\.(?=\w)")
_NO_LEADINS = KeyedLeadins(frozenset(), ())  # a key of description lead-ins only


def credit_after_leadin(text: str, earliest: int, keys: list[str], pm: PageMarkers) -> tuple[str, str] | None:
    """'... in Kyiv. Photograph: Jo Li/Reuters': the last lead-in followed by a credit.

    `keys` are the lead-ins' first four letters the line holds (PageMarkers.leadin_keys): only the
    lead-ins they open are looked for.
    """
    spans = _leadins_in(text, earliest, keys, pm)
    for start, stop in spans:
        if is_cased(text[stop - 1]) and stop < len(text) and text[stop].isalpha():
            continue  # "Credited", "Photographers": a longer word, not a lead-in
        end = stop
        while end < len(text) and text[end] in " \t":
            end += 1
        before = text[:start].rstrip()
        if start > 0 and not before:
            continue
        if start > 0 and pm.gallery_label is not None and (frame := pm.gallery_label.match(text)) and start < frame.end():
            continue  # "In pictures: Crowds at the temple": a gallery's heading; its "pictures:" opens no credit
        if start > 1 and marker_form(text[start - 1]) == "'" and text[start - 2].isalpha():
            continue  # "Image d’illustration / AFP": a typographic apostrophe between letters elides, it closes no quote
        if start > 0 and not (text[start - 1] in _LEADIN_AFTER or text[start - 2:start] in (" /", " -")
                              or (text[start - 1].islower() and text[start].isupper())):
            # inside a word: "PhotoJournal", "Bildquelle:" (not "Quelle:"); "...the cityPhoto: X" is glued; a
            # slash marker glued to it is no word's: "... 있다. /사진제공=서울시" (Korean papers' "/photo provided="), nor
            # a hyphen after a space: "... ਕਿਸਾਨ। -ਫੋਟੋ: Name" (Punjabi and Indian dailies' "-Photo:")
            continue
        if before and (text[stop - 1].isalpha() or text[stop - 1] in "/|") and before[-1] not in _CAPTION_THEN_LEADIN:
            # "Jo Li/Daily Star photo by X": a word lead-in inside a credit, not one after a caption; so is a
            # lead-in's word before a slash or bar ("Foto: Inquam Photos / Jo Li": part of an agency's name)
            continue
        if before and _names_agency_with(before, text[start:stop], pm):
            continue  # "AP Photo / Name": the lead-in's word is part of an agency's name
        if before and before[-1] not in _CAPTION_THEN_LEADIN and _sign_inside_credit(text, start, stop, spans, pm):
            continue  # "... Varno. Foto: Name © Ritzau Scanpix": the sign joins the credit the lead-in before it opens
        credit = trim_credit(text[end:], pm)
        if credit and len(whole := trim_credit(text[start:], pm)) <= MAX_DROPPED_PHRASE and fold(whole) in pm.markers.dropped:
            credit = whole  # "... em 2019. Foto de arquivo": one file marker naming no one, as alone on a line
        if credit and credit[-1] in _QUOTE_CLOSERS and _opens_quote(before):
            continue  # '“We were ready.—Photo: Jane Doe”': the lead-in is inside a quotation, no credit's
        if credit and before.endswith(("|", "/", ",")) and (pair := _photographer_then_source(text, start, spans, pm)):
            return pair
        if credit and (pm.credits.is_credit(credit, Context.MARKED)
                       or (text[start:stop].rstrip().endswith((":", "：")) and _closes_caption(before)
                           and named_source(text[end:].strip(), pm))
                       or (_closes_caption(before) and photographer_named(text[start:stop], credit, pm))):
            if text[start].isupper() and fold(text[start:stop].strip().rstrip("|").rstrip()) in courtesy_words(pm):
                credit = trim_credit(text[start:], pm)  # "... in 1962. Courtesy of NASA", "Cortesía | Sinaproc": it stays
            prior = _marked_leadin_before(text, start, spans)
            if prior is not None and (not picture_leadin(text[start:stop], pm) or picture_leadin(text[:start], pm)
                                      if prior == 0 else
                                      not picture_leadin(text[start:stop], pm) or _closes_caption(text[:prior].rstrip())
                                      or _same_word(text[prior:start], text[start:stop])):
                # not "Ilustrační snímek | foto: Name", "Representational image | Photo: PTI": a lead-in's word before a
                # bar, after a caption's words and no sentence's end, is the caption's last word; the lead-in's own
                # word before it ("... on Tuesday Photo | Photo: Name") is the lead-in doubled, no caption's (review 43)
                before = text[:prior].rstrip()  # "... on Wednesday. PHOTO | COURTESY OF URCS": both lead-ins go
            elif before.endswith(("/", "|", "-", "–", "—")):  # "... 2024. / Photo: Reuters", "... | foto: Name"
                before = before.rstrip("/|-–—").rstrip()
            elif before.endswith(" ©"):  # "... Vorgänger. © Foto: Name/dpa" (Ippen's papers): the sign goes as well
                before = before[:-1].rstrip()
            elif text[start:stop].strip() in ("©", "ⓒ", "(c)", "(C)") and (colon := next(
                    (i for i, e in spans if e <= start and text[e - 1] in ":：" and not text[e:start].strip()), None)):
                before = text[:colon].rstrip()  # "... race. Photo: © Name": the lead-in before the sign goes too
            elif text[start].isupper() and (head := _without_owner_word(before)) != before:
                # the owner's word goes with the credit, as printed alone on a line ("Post Photo: Name"): it names
                # the paper's desk, as "AP" does in "AP Photo/Name". A word no list knows ("Drone", "Aerial",
                # "Representative", "Family") is dropped with the lead-in, as it is on a line of its own: it may
                # say what kind of picture it is, and read as an agency it would name one no page printed
                owner = before[len(head):].strip()
                if pm.credits.read(owner).kinds != {Kind.WEAK_ORG}:
                    return head, f"{owner} {text[start:stop].strip()} {without_second_leadin(credit, pm)}"
                before = head
            return before, without_second_leadin(credit, pm)
    return None


_QUOTE_CLOSERS = "”\"»」』"


def _opens_quote(before: str) -> bool:
    """Whether a caption's text leaves a quotation open: more opening marks than closing ones, or an odd count of
    straight double quotes."""
    return (before.count("“") > before.count("”") or before.count("«") > before.count("»")
            or before.count("「") > before.count("」") or before.count('"') % 2 == 1)


def _same_word(prior: str, leadin: str) -> bool:
    """Whether a lead-in before a bar or slash is the word of the lead-in after it, case aside: "Photo | Photo:"."""
    return fold(prior.strip().rstrip("|/").strip()) == fold(leadin.strip().rstrip(":：").strip())


def _sign_inside_credit(text: str, start: int, stop: int, spans: list[tuple[int, int]], pm: PageMarkers) -> bool:
    """Whether the copyright sign at `start` stands inside a credit a lead-in before it opens, after a caption's end:
    "... Varno. Photo: Name © AFP", "Foto: Name © Ritzau Scanpix" (Danish papers print the sign between the
    photographer and the agency). A name of a few words and no sentence's mark between the two, and the whole read
    as one credit; else the sign opens the credit after a caption ("... di Siracusa © Ansa")."""
    if text[start:stop].strip().lower() not in (*pm.markers.spaced_slash_marks, "(c)"):
        return False
    prior = next(((i, e) for i, e in spans if e <= start and text[i:e].rstrip().endswith((":", "："))), None)
    if prior is None or (prior[0] > 0 and not _closes_caption(text[:prior[0]].rstrip())):
        return False
    between = text[prior[1]:start].strip()
    if not between or len(between.split()) > _MAX_NAME_WORDS or any(c in _SENTENCE_MARKS for c in between):
        return False
    return pm.credits.is_credit(trim_credit(text[prior[1]:], pm), Context.MARKED)


_MAX_NAME_WORDS = 4  # a photographer's name between a lead-in and the sign: "Jens Kragh Munck"


def _marked_leadin_before(text: str, start: int, spans: list[tuple[int, int]]) -> int | None:
    """Where another lead-in ending in a bar or slash starts, when it stands right before the one at `start` with only
    spaces between: "PHOTO | COURTESY OF URCS" (Nation Media Group's papers). Both frame the credit, as "Photo:
    Courtesy of Name" alone on a line does (credit_edges.strip_leadin); else None."""
    return next((i for i, stop in spans if stop <= start and text[stop - 1] in "|/" and not text[stop:start].strip()),
                None)


def _photographer_then_source(text: str, start: int, spans: list[tuple[int, int]],
                              pm: PageMarkers) -> tuple[str, str] | None:
    """'... v Opavě. Foto: Jana Malá | Zdroj: ČTK': a credit in two halves, each after its lead-in, who took the
    picture then where it came from, set apart by a bar, a slash or a comma. The credit runs from the first lead-in, the
    second kept in it as printed (the credit reader drops it from the names); else None."""
    prior = next(((i, stop) for i, stop in spans if stop <= start), None)
    if prior is None or (prior[0] > 0 and text[prior[0] - 1] not in _LEADIN_AFTER):
        return None
    first = trim_credit(text[prior[1]:start].strip().rstrip("|/,").strip(), pm)
    if not first or any(c in ".!?" for c in first) or not pm.credits.is_credit(first, Context.MARKED):
        return None
    end = prior[1]
    while end < len(text) and text[end] in " \t":
        end += 1
    before = text[:prior[0]].rstrip()
    if before and before[-1] not in _CAPTION_THEN_LEADIN:
        return None
    return before.rstrip("/|-–—").rstrip(), trim_credit(text[end:], pm)


def _without_owner_word(before: str) -> str:
    """The caption without the one capitalised word some papers print between its last sentence and the
    lead-in, whose it is: the paper's or desk's short name ("... after the landslide. Post Photo: Name",
    "... on Monday. Staff Photo: Name"). One word after a sentence's end is no sentence of the caption; it
    opens the credit."""
    head, _, last = before.rpartition(" ")
    head = head.rstrip()
    if (head and head[-1] in ".!?" and last[:1].isupper() and last.isalpha() and len(last) > 1
            and len(head.split()) >= 2):
        return head
    return before


def photographer_named(leadin: str, credit: str, pm: PageMarkers) -> bool:
    """A name of one to four words of a script with no capitals after a lead-in saying a person took the
    picture: "（撮影・佐藤健一）", "تصوير: محمد سالم" (markers.yaml's photographer_leadins), or two such names
    listed: "(撮影/谷口雄介、富田公善)"."""
    return leadin.strip() in pm.markers.photographer_leadins and uncased_person_names(credit, pm.markers)


def _closes_caption(before: str) -> bool:
    """Whether a lead-in follows a caption's end, a sentence's mark or a dash ("... no cais – Imagem: Arquivo da
    família"). Alone on a line, or after a headline's word ("In Pictures:"), it opens a caption as often as a
    credit ("Photo: Police stand guard outside")."""
    return bool(before) and before[-1] in _CAPTION_THEN_LEADIN


def named_source(credit: str, pm: PageMarkers) -> bool:
    """A body's name after a colon lead-in, in words no name list holds, lower-case words among them: "Foto:
    Statens vegvesen", "Ảnh: Bộ đội Biên phòng". The lead-in says what it is: two to five words, the first
    capitalised, no sentence's mark, digit or word of prose ("Photo: Crowds gather in the square" is a caption)."""
    words = credit.split()
    # opened by a body's word ("Sở", a province's department; "Công an", the police: markers.yaml's body_words),
    # a Vietnamese body's name runs longer and holds lower-case words of its own: "Sở Nông nghiệp và Môi trường
    # Bến Tre", "Công an TP.HCM" (an abbreviation's dot glued to the next letter ends no sentence)
    bodies = pm.markers.bodies
    # round 107: the body's page on a platform, the platform's name first: "Ảnh: Facebook Hội Chữ thập đỏ Ninh Bình"
    page = int(len(words) > 2 and agency_kind(pm.credits.registry, words[0]) == "platform")
    body = words[page:]
    opening = 2 if fold(" ".join(body[:2])) in bodies else 1 if body and fold(body[0]) in bodies else 0
    opening += page if opening else 0
    undotted = _GLUED_DOT.sub("", credit) if opening else credit
    if opening and len(words) > MAX_SOURCE_WORDS and words[-1][:1].islower() and not _closes_in_lower_case(credit, pm):
        # review 30: past a plain source's length, a body's name that runs on in lower case ends prose, not a name
        # ("Foto: Guardia Civil agents patrol the coast"); only Vietnamese bodies' names close in lower case
        # ("Sở Nông nghiệp và Phát triển nông thôn")
        opening = 0
    return (2 <= len(words) <= (MAX_BODY_SOURCE_WORDS if opening else MAX_SOURCE_WORDS) and credit[:1].isupper()
            and not any(c.isdigit() or c in _SENTENCE_MARKS for c in undotted)
            and not any(fold(w) in pm.markers.prose for w in words[opening:]))


def _closes_in_lower_case(text: str, pm: PageMarkers) -> bool:
    """Whether the text holds a letter of a language whose bodies' names close in lower case (markers.yaml's
    lower_case_closing_body_letters: Vietnamese "đ", "ơ", "ư", a vowel with a tone's dot or hook, "ở", "ộ")."""
    found = pm.markers.lower_closing_body_re
    return found is not None and found.search(text) is not None


def _names_agency_with(before: str, leadin: str, pm: PageMarkers) -> bool:
    """Whether the word before a lead-in names a known agency, alone or with the lead-in's word ("AP Photo /")."""
    last = before.rsplit(None, 1)[-1].lstrip("([/|")  # the last word, the line before it not split
    first = leadin.split()[0].rstrip(":;/|")
    registry = pm.credits.registry
    return bool(last) and (registry.credited_name(last) is not None
                           or registry.credited_name(f"{last} {first}") is not None)


def _leadins_in(text: str, start: int, keys: list[str], pm: PageMarkers) -> list[tuple[int, int]]:
    """(start, end) of every lead-in from `start` on, last first; the longest at each place.

    Plain string search, of the lead-ins whose first letters (`keys`)
    the line holds: a regex alternation of every lead-in, ignoring case,
    tries each of them at every position and is many times slower. Each
    key is searched for, and its lead-ins tried where it stands: most
    lead-ins (~50 a line) are absent, and a test at a place costs less than
    a search of the line for each.
    """
    low = marker_form(text)
    if len(low) != len(text):  # lower-casing moved the offsets ("İ"): let the regex find them
        return [(m.start(1), m.end(1)) for m in reversed(list(pm.leadin.finditer(text, start)))] if pm.leadin else []
    found: dict[int, int] = {}  # the end of the longest lead-in at each place
    for key in keys:
        leadins, lengths = pm.leadins_by_key.get(key, _NO_LEADINS)
        i = low.find(key, start)
        while i >= 0:
            for n in lengths:  # a look-up a length of the key's lead-ins (KeyedLeadins)
                if i + n > len(low):
                    break  # lengths go up: "credit" at the line's end is no "credit:"
                if low[i:i + n] not in leadins:
                    continue
                stop = i + n
                if stop > found.get(i, -1) \
                        and not (is_cased(text[stop - 1]) and stop < len(text) and text[stop].isalpha()):
                    # "Cortesía Defensa Civil": "Cortesía de" runs into a longer word, so the shorter lead-in is the one
                    found[i] = stop
            i = low.find(key, i + 1)
    # a lead-in inside a longer one that starts a word is no lead-in of its own: "Image credit:" holds "credit:"
    spans = sorted((i, stop) for i, stop in found.items())
    inside = {i for n, (i, _) in enumerate(spans)
              if any(j < i < stop and (j == 0 or text[j - 1] in _LEADIN_AFTER) for j, stop in spans[max(0, n - 3):n])}
    return sorted(((i, stop) for i, stop in spans if i not in inside), reverse=True)
