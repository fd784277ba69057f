#!/usr/bin/env python3
"""Metamorphic robustness of layout: does a picture's reading stay the same when furniture a reader skips is added
around the story, or when the story's prose moves around the pictures?

    python benchmarks/metamorphic_layout.py [DIR ...] [--show N] [--only NAME,NAME]

Each labelled page dump of the folders (default /work/shared/corpus and /work/pool/all; its truth NAME.truth.yaml
beside it) is read as `captions catalog` reads it, once as it is and once after each transformation, each alone:
furniture blocks at the top (under the headline) and at the bottom, an advertisement or "read more" line between
two story paragraphs, a paragraph of plain prose inserted or a story paragraph removed, a related-stories rail at
the end, a byline added under the headline or an existing one printed in another form, two self-contained picture
blocks swapped. Inserted lines are in the page's language where one is guessed (English otherwise). A line that
holds text of a picture (the truth's or the reader's own) is never moved, removed or split from its neighbours.
Nothing is added under a last line cut mid-sentence (most labelled dumps are excerpts; --keep-cut-ends adds it).

Pictures are matched before/after by their caption (else description, else credit), so a reordering or a removed
paragraph does not misalign them; a picture of the page as it is that finds no match, or matches with another
field changed, is a changed picture, and so is each picture of difference in count. A measuring script: exits 0.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from typing import NamedTuple

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from metamorphic import DEFAULT_DIRS, PHOTO_FIELDS, pages, print_report, read  # noqa: E402

from captions.inputs.sources import decode  # noqa: E402

# --- the page's language, guessed from its commonest words ---

_STOPWORDS = {
    "en": ("the", "and", "of", "to", "was", "with"),
    "de": ("der", "die", "und", "nicht", "mit", "ist"),
    "es": ("el", "los", "las", "del", "que", "por"),
    "fr": ("le", "les", "des", "est", "une", "dans"),
    "pt": ("os", "não", "uma", "com", "foi", "do"),
    "it": ("il", "della", "che", "gli", "è", "di"),
    "ru": ("и", "в", "не", "на", "что", "с"),
}


def language(text: str) -> str:
    if re.search(r"[\uac00-\ud7af]", text):
        return "ko"
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if len(re.findall(r"[\u4e00-\u9fff]", text)) > 200:
        return "zh"
    words = re.findall(r"\w+", text.lower())
    counts = {lang: sum(words.count(w) for w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 5 else "en"


# Inserted lines, invented here. Each language: menu, share, subscribe, cookie notice, advertisement (known to
# markers.yaml), advertisement (another phrasing), read more, two sentences of prose, related label, byline words.
_WORDS: dict[str, dict[str, object]] = {
    "en": {"menu": ["Home", "World", "Business", "Sport", "Culture"], "share": "Share", "subscribe": "Subscribe",
           "share2": "Share this story on Facebook", "subscribe2": "Get the morning briefing in your inbox",
           "cookie": "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.",
           "ad": "Advertisement", "ad2": "SPONSORED CONTENT", "more": "Read more",
           "prose": "The council said the repairs on the eastern bridge would take several months. "
                    "Residents of Holmwick were asked to keep the side roads clear in the meantime.",
           "related": "More stories", "by": "By"},
    "de": {"menu": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur"], "share": "Teilen",
           "subscribe": "Abonnieren", "share2": "Artikel auf Facebook teilen", "subscribe2": "Jetzt Newsletter bestellen",
           "cookie": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Mit der Nutzung stimmen Sie zu.",
           "ad": "Anzeige", "ad2": "WERBEFLÄCHE", "more": "Lesen Sie auch",
           "prose": "Die Gemeinde teilte mit, die Arbeiten an der Ostbrücke würden mehrere Monate dauern. "
                    "Die Anwohner von Holmwick wurden gebeten, die Nebenstraßen frei zu halten.",
           "related": "Mehr zum Thema", "by": "Von"},
    "es": {"menu": ["Portada", "Internacional", "Economía", "Deportes", "Cultura"], "share": "Compartir",
           "subscribe": "Suscríbete", "share2": "Comparte esta noticia en Facebook",
           "subscribe2": "Recibe el boletín de la mañana",
           "cookie": "Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta su uso.",
           "ad": "Publicidad", "ad2": "CONTENIDO PATROCINADO", "more": "Lee también",
           "prose": "El ayuntamiento dijo que las obras del puente oriental durarían varios meses. "
                    "Se pidió a los vecinos de Holmwick que dejaran libres las calles laterales.",
           "related": "Más noticias", "by": "Por"},
    "fr": {"menu": ["Accueil", "Monde", "Économie", "Sport", "Culture"], "share": "Partager",
           "subscribe": "S'abonner", "share2": "Partagez cet article sur Facebook",
           "subscribe2": "Recevez notre lettre du matin",
           "cookie": "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous les acceptez.",
           "ad": "Publicité", "ad2": "CONTENU SPONSORISÉ", "more": "Lire aussi",
           "prose": "La mairie a indiqué que les travaux du pont est dureraient plusieurs mois. "
                    "Les habitants de Holmwick ont été priés de laisser les rues voisines dégagées.",
           "related": "À lire aussi", "by": "Par"},
    "pt": {"menu": ["Início", "Mundo", "Economia", "Desporto", "Cultura"], "share": "Partilhar",
           "subscribe": "Assine", "share2": "Partilhe esta notícia no Facebook", "subscribe2": "Receba a newsletter",
           "cookie": "Usamos cookies para melhorar a sua experiência. Ao continuar, concorda com a nossa política.",
           "ad": "Publicidade", "ad2": "CONTEÚDO PATROCINADO", "more": "Leia também",
           "prose": "A câmara disse que as obras na ponte leste iriam demorar vários meses. "
                    "Os moradores de Holmwick foram convidados a manter as ruas laterais livres.",
           "related": "Mais notícias", "by": "Por"},
    "it": {"menu": ["Home", "Mondo", "Economia", "Sport", "Cultura"], "share": "Condividi",
           "subscribe": "Abbonati", "share2": "Condividi questo articolo su Facebook",
           "subscribe2": "Ricevi la newsletter del mattino",
           "cookie": "Usiamo i cookie per migliorare la tua esperienza. Continuando accetti la nostra politica.",
           "ad": "Pubblicità", "ad2": "CONTENUTO SPONSORIZZATO", "more": "Leggi anche",
           "prose": "Il comune ha detto che i lavori sul ponte est dureranno diversi mesi. "
                    "Ai residenti di Holmwick è stato chiesto di lasciare libere le strade laterali.",
           "related": "Altre notizie", "by": "Di"},
    "ru": {"menu": ["Главная", "В мире", "Экономика", "Спорт", "Культура"], "share": "Поделиться",
           "subscribe": "Подписаться", "share2": "Поделиться в соцсетях", "subscribe2": "Получайте утреннюю рассылку",
           "cookie": "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь.",
           "ad": "Реклама", "ad2": "ПАРТНЁРСКИЙ МАТЕРИАЛ", "more": "Читайте также",
           "prose": "В администрации сообщили, что ремонт восточного моста займёт несколько месяцев. "
                    "Жителей Холмвика попросили не занимать боковые улицы.",
           "related": "Другие новости", "by": "Автор:"},
    "ja": {"menu": ["ホーム", "国際", "経済", "スポーツ", "文化"], "share": "シェア", "subscribe": "購読する",
           "share2": "この記事をシェアする", "subscribe2": "朝のニュースレターを受け取る",
           "cookie": "当サイトはクッキーを使用しています。閲覧を続けると同意したものとみなします。",
           "ad": "広告", "ad2": "スポンサーコンテンツ", "more": "あわせて読みたい",
           "prose": "市によると、東側の橋の補修には数カ月かかる見通しだ。住民には脇道を空けておくよう求めている。",
           "related": "関連記事", "by": "By"},
    "ko": {"menu": ["홈", "국제", "경제", "스포츠", "문화"], "share": "공유하기", "subscribe": "구독",
           "share2": "이 기사 공유하기", "subscribe2": "아침 뉴스레터 받아보기",
           "cookie": "이 사이트는 쿠키를 사용합니다. 계속 이용하시면 동의한 것으로 간주합니다.",
           "ad": "광고", "ad2": "스폰서 콘텐츠", "more": "함께 읽기",
           "prose": "시는 동쪽 다리 보수 공사가 몇 달 걸릴 것이라고 밝혔다. 주민들에게는 골목길을 비워 달라고 당부했다.",
           "related": "관련 기사", "by": "By"},
    "zh": {"menu": ["首页", "国际", "财经", "体育", "文化"], "share": "分享", "subscribe": "订阅",
           "share2": "分享到微信", "subscribe2": "订阅早间简报",
           "cookie": "本网站使用cookie以改善您的体验。继续浏览即表示您同意。",
           "ad": "广告", "ad2": "推广内容", "more": "延伸阅读",
           "prose": "市政部门表示,东桥的维修工程将持续数月。当局请居民保持支路畅通。",
           "related": "相关新闻", "by": "By"},
}
_HEADLINES = ("Ferry service to Lundhaven resumes after storm", "Orchard growers count losses after late frost",
              "City library reopens its west wing")
_DATES = ("12 March 2025", "9 March 2025", "2 March 2025")
SITE_COPYRIGHT = "© 2025 Example Media Ltd. All rights reserved."
KEEP_CUT_ENDS = False  # --keep-cut-ends: add the bottom furniture and rail under a cut last line too


# --- the page's lines: which hold a picture, which are story paragraphs ---

class Page(NamedTuple):
    lines: list[str]
    protected: set[int]      # indexes of lines holding a picture's text
    owner: dict[int, int]    # line index -> index of the (reader's) picture it holds
    lang: str
    head: int                # index of the headline line
    photos: list[dict]       # the reader's pictures of the page as it is
    fields: list[str]        # every description, caption and credit of the truth and of the reader


def _fields(photo: dict) -> list[str]:
    values = [photo.get("description"), photo.get("caption"), photo.get("credit")]
    raw = [v.get("raw") if isinstance(v, dict) else v for v in values]
    return [" ".join(str(v).split()) for v in raw if v]


def _holds(line: str, value: str) -> bool:
    flat = " ".join(line.split())
    if not flat:
        return False
    if len(value) >= 12:
        return value[:40] in flat or value[-40:] in flat or (len(flat) >= 12 and flat in value)
    return len(flat) < 80 and value in flat


def page_of(text: str, truth: list[dict], photos: list[dict]) -> Page:
    lines = text.split("\n")
    protected: set[int] = set()
    owner: dict[int, int] = {}
    for k, photo in enumerate([*photos, *truth]):
        for value in _fields(photo):
            for i, line in enumerate(lines):
                if _holds(line, value):
                    protected.add(i)
                    if k < len(photos):
                        owner.setdefault(i, k)
    head = 0
    while head < len(lines) and (not lines[head].strip() or (head == 0 and lines[0].startswith(" date "))):
        head += 1
    return Page(lines, protected, owner, language(text), head, photos,
                [v for p in [*photos, *truth] for v in _fields(p)])


def _story(page: Page, i: int) -> bool:
    line = page.lines[i].strip()
    long = len(line) >= (40 if page.lang in ("ja", "ko", "zh") else 100)
    return i > page.head + 1 and i not in page.protected and long and line[-1:] in ".!?。!?\"”»'’)"


def _nonblank(page: Page) -> list[int]:
    return [i for i, line in enumerate(page.lines) if line.strip()]


def _story_gaps(page: Page) -> list[int]:
    """Line indexes after which a line can go: between two story paragraphs (the nearest text lines both sides)."""
    idx = _nonblank(page)
    return [a for a, b in zip(idx, idx[1:]) if _story(page, a) and _story(page, b)]


def _blank_between(page: Page) -> bool:
    idx = _nonblank(page)
    return sum(b - a > 1 for a, b in zip(idx, idx[1:])) * 2 >= len(idx) - 1


def _indent(page: Page) -> str:
    """The white space every text line of the page opens with (a crawler indenting its whole dump)."""
    opening = [re.match(r"[ \t]*", line).group() for i, line in enumerate(page.lines)  # type: ignore[union-attr]
               if line.strip() and i > 0]
    return min(opening, key=len) if opening and all(o.startswith(min(opening, key=len)) for o in opening) else ""


def _block(page: Page, new: list[str]) -> list[str]:
    """New lines spaced and indented as the page prints its lines (a blank line between, or none)."""
    new = [_indent(page) + line for line in new]
    if not _blank_between(page):
        # a block apart from the story's lines, as the site's template prints it, where the page has blank lines
        idx = _nonblank(page)
        return ["", *new, ""] if idx and any(not line.strip() for line in page.lines[page.head:idx[-1]]) else new
    out: list[str] = []
    for line in new:
        out += ["", line]
    return out + [""]


def _insert_after(page: Page, at: int, new: list[str]) -> str | None:
    if at in page.protected:   # a page opening on a picture's line (no headline): nothing goes between its lines
        return None
    block = _block(page, new)
    if block and block[-1] == "" and at + 1 < len(page.lines) and not page.lines[at + 1].strip():
        block = block[:-1]   # the page's own blank line closes the block
    return "\n".join(page.lines[:at + 1] + block + page.lines[at + 1:])


def _middle(gaps: list[int]) -> int | None:
    return gaps[len(gaps) // 2] if gaps else None


# --- transformations (page -> text, or None where the page has no place for it) ---

def _w(page: Page, key: str) -> object:
    return _WORDS[page.lang][key]


def furniture_top(known: bool) -> Callable[[Page], str | None]:
    def apply(page: Page) -> str | None:
        menu = list(_w(page, "menu"))  # type: ignore[call-overload]
        new = menu + [str(_w(page, "share" if known else "share2")), str(_w(page, "subscribe" if known else
                                                                              "subscribe2")), str(_w(page, "cookie"))]
        return _insert_after(page, page.head, new)
    return apply


def cut_end(page: Page) -> bool:
    """The dump's last line stops mid-sentence or mid-name ("... des fillette", "ANTARA FOTO/Moha"): most labelled
    dumps are excerpts cut there, and a page goes on after such a line in no outlet, so nothing is added under it."""
    idx = _nonblank(page)
    if not idx:
        return False
    last = " ".join(page.lines[idx[-1]].split())
    closes_field = any(last.endswith(v[-20:]) or last.endswith(v[-20:] + ")") for v in page.fields)
    return re.search(r"[\w,;:/-]$", last) is not None and not closes_field


def furniture_bottom(known: bool) -> Callable[[Page], str | None]:
    def apply(page: Page) -> str | None:
        if cut_end(page) and not KEEP_CUT_ENDS:
            return None
        new = [str(_w(page, "share" if known else "share2")), "Facebook", "X", "Email",
               str(_w(page, "subscribe" if known else "subscribe2")), str(_w(page, "cookie")), SITE_COPYRIGHT]
        return "\n".join(page.lines).rstrip("\n") + "\n" + "\n".join(_block(page, new)) + "\n"
    return apply


def between_paragraphs(line: Callable[[Page], str]) -> Callable[[Page], str | None]:
    def apply(page: Page) -> str | None:
        at = _middle(_story_gaps(page))
        return None if at is None else _insert_after(page, at, [line(page)])
    return apply


def _read_more(page: Page) -> str:
    return f"{_w(page, 'more')}: {_HEADLINES[0]}"


def paragraph_removed(page: Page) -> str | None:
    idx = _nonblank(page)
    # a story paragraph whose neighbours are story paragraphs too: its removal joins no picture's lines
    cands = [b for a, b, c in zip(idx, idx[1:], idx[2:]) if _story(page, a) and _story(page, b) and _story(page, c)]
    if not cands:
        return None
    at = cands[len(cands) // 2]
    lines = page.lines[:at] + page.lines[at + 1:]
    if _blank_between(page) and at < len(lines) and lines[at] == "":
        del lines[at]
    return "\n".join(lines)


def related_rail(page: Page) -> str | None:
    if cut_end(page) and not KEEP_CUT_ENDS:
        return None
    new = [str(_w(page, "related"))]
    for headline, date in zip(_HEADLINES, _DATES):
        new += [headline, date]
    return "\n".join(page.lines).rstrip("\n") + "\n" + "\n".join(_block(page, new)) + "\n"


def byline_added(form: str) -> Callable[[Page], str | None]:
    def apply(page: Page) -> str | None:
        by = str(_w(page, "by"))
        line = form.format(by=by + " " if by else "")
        return _insert_after(page, page.head, [line])
    return apply


def byline_reformed(page: Page) -> str | None:
    """`By Name, Outlet` printed `Name | Outlet` and `Name | Outlet` printed `By Name, Outlet`, in the first lines."""
    idx = [i for i in _nonblank(page) if i <= page.head + 12 and i not in page.protected]
    for i in idx:
        line = page.lines[i].strip()
        m = re.fullmatch(r"(By|Von|Por|Par|Di) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})(?:,| \|) ([A-Z][\w&'’. -]{1,40})",
                         line)
        if m:
            return "\n".join(page.lines[:i] + [f"{m.group(2)} | {m.group(3)}"] + page.lines[i + 1:])
        m = re.fullmatch(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) \| ([A-Z][\w&'’. -]{1,40})", line)
        if m:
            return "\n".join(page.lines[:i] + [f"By {m.group(1)}, {m.group(2)}"] + page.lines[i + 1:])
        m = re.fullmatch(r"(By|Von|Por|Par|Di) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})", line)
        if m:
            return "\n".join(page.lines[:i] + [m.group(2)] + page.lines[i + 1:])
    return None


def pictures_swapped(page: Page) -> str | None:
    """The first two self-contained picture blocks swapped: all the text lines one picture holds (alt, caption,
    credit), in a row, no other line among them, and lines holding no picture right above and right below."""
    idx = _nonblank(page)
    pos = {i: n for n, i in enumerate(idx)}
    blocks: list[tuple[int, int]] = []
    for k in sorted(set(page.owner.values())):
        held = sorted(i for i, o in page.owner.items() if o == k)
        a, b = pos[held[0]], pos[held[-1]]
        whole = " ".join(" ".join(page.lines[i].split()) for i in held)
        if (b - a + 1 == len(held) and all(value in whole for value in _fields(page.photos[k])) and all(i not in page.protected or page.owner.get(i) == k for i in idx[a:b + 1])
                and a > 0 and b + 1 < len(idx) and idx[a - 1] not in page.protected and idx[a - 1] > page.head
                and idx[b + 1] not in page.protected):
            if not blocks or held[0] > blocks[-1][1] + 1:
                blocks.append((held[0], held[-1]))
    if len(blocks) < 2:
        return None
    (a1, b1), (a2, b2) = blocks[0], blocks[1]
    L = page.lines
    return "\n".join(L[:a1] + L[a2:b2 + 1] + L[b1 + 1:a2] + L[a1:b1 + 1] + L[b2 + 1:])


class Transformation(NamedTuple):
    name: str
    apply: Callable[[Page], str | None]


TRANSFORMATIONS = (
    Transformation("furniture-top", furniture_top(True)),
    Transformation("furniture-top-new", furniture_top(False)),
    Transformation("furniture-bottom", furniture_bottom(True)),
    Transformation("furniture-bottom-new", furniture_bottom(False)),
    Transformation("ad-line", between_paragraphs(lambda p: str(_w(p, "ad")))),
    Transformation("ad-line-new", between_paragraphs(lambda p: str(_w(p, "ad2")))),
    Transformation("read-more-line", between_paragraphs(_read_more)),
    Transformation("prose-inserted", between_paragraphs(lambda p: str(_w(p, "prose")))),
    Transformation("paragraph-removed", paragraph_removed),
    Transformation("related-rail", related_rail),
    Transformation("byline-by-comma", byline_added("{by}Jane Roe, Example News")),
    Transformation("byline-pipe", byline_added("Jane Roe | Example News")),
    Transformation("byline-reformed", byline_reformed),
    Transformation("pictures-swapped", pictures_swapped),
)


# --- comparing, pictures matched by their text ---

def _key(photo: dict) -> str:
    return photo["caption"] or photo["description"] or photo["credit"] or ""


def changed_pictures(before: list[dict], after: list[dict]) -> tuple[int, list[str]]:
    left = list(after)
    changed, notes = 0, []
    for p in before:
        match = next((q for q in left if _key(q) == _key(p)), None)
        if match is None:
            changed += 1
            notes.append(f"lost {_key(p)[:90]!r} ({p['credit']!r})")
            continue
        left.remove(match)
        diff = [f for f in PHOTO_FIELDS if p[f] != match[f]]
        if diff:
            changed += 1
            notes += [f"{_key(p)[:50]!r} {f}: {p[f]!r} -> {match[f]!r}" for f in diff[:2]]
    lost = sum(1 for n in notes if n.startswith("lost"))
    for q in left:
        notes.append(f"new {_key(q)[:90]!r} ({q['credit']!r})")
    return changed + max(0, len(left) - lost), notes


def labelled(dirs: list[str]) -> list[tuple[str, list[dict]]]:
    out = []
    for path in pages(dirs):
        truth_path = path[:-4] + ".truth.yaml"
        if os.path.exists(truth_path):
            with open(truth_path, encoding="utf-8") as handle:
                truth = yaml.safe_load(handle) or {}
            out.append((path, truth.get("photos") or []))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", default=list(DEFAULT_DIRS))
    ap.add_argument("--show", type=int, default=3, help="differences shown per transformation")
    ap.add_argument("--only", default="", help="comma-separated transformation names")
    ap.add_argument("--keep-cut-ends", action="store_true", help="add bottom furniture under a cut last line too")
    args = ap.parse_args(argv)
    global KEEP_CUT_ENDS
    KEEP_CUT_ENDS = args.keep_cut_ends
    chosen = [t for t in TRANSFORMATIONS if not args.only or t.name in args.only.split(",")]
    originals: list[tuple[str, Page, dict]] = []
    for path, truth in labelled(args.dirs):
        with open(path, "rb") as handle:
            data = handle.read()
        text, _ = decode(data, path)
        answer = read(data, path) if text is not None else None
        if answer is not None and text is not None:
            originals.append((path, page_of(text, truth, answer["photos"]), answer))
    total = sum(len(a["photos"]) for _, _, a in originals)
    print(f"{len(originals)} pages, {total} pictures from {', '.join(args.dirs)}\n")
    rows, shown = [], {}
    for t in chosen:
        touched = changed_pages = changed = 0
        notes: list[str] = []
        for path, page, answer in originals:
            moved = t.apply(page)
            if moved is None or moved == "\n".join(page.lines):
                continue
            touched += 1
            after = read(moved.encode("utf-8"), path)
            if after is None:
                changed_pages, changed = changed_pages + 1, changed + len(answer["photos"])
                notes.append(f"{os.path.basename(path)}: not read")
                continue
            n, found = changed_pictures(answer["photos"], after["photos"])
            if after["title"] != answer["title"]:
                found.append(f"title: {answer['title']!r} -> {after['title']!r}")
            if found:
                changed_pages, changed = changed_pages + 1, changed + n
                notes += [f"{os.path.basename(path)} {note}" for note in found[:3]]
        rows.append((t.name, touched, changed_pages, changed))
        shown[t.name] = notes
    print_report(rows, shown, args.show, width=22)
    return 0


if __name__ == "__main__":
    sys.exit(main())
