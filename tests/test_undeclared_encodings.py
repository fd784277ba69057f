"""Pages in a legacy encoding that declare none are read in it, as a dump and as HTML (trial 15).

A Shift-JIS page with no charset used to read as windows-1252 mojibake: the
detector was shown the whole page, whose markup and scripts are ASCII, and
its reading's letters were mostly the markup's. Western European pages stay
windows-1252, the browsers' fallback. Every page here is written for its test.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from captions.cli import app
from captions.inputs.decoding import decode_page

HEBREW_STORY = ("שריפה גדולה פרצה הבוקר באזור התעשייה בחיפה. כוחות כיבוי והצלה רבים הוזעקו למקום ופועלים להשתלטות "
                "על הלהבות. לדברי דובר הכבאות, אין נפגעים בנפש, אך הנזק לרכוש כבד.")
# (id, codec, the name the warning gives, headline, caption line)
PAGES = [
    ("japanese-shift-jis", "shift_jis", "Shift_JIS", "東京で大雪、交通が乱れる",
     "大雪の中を歩く通勤客。東京・新宿駅前で月曜日に撮影。（写真=共同）"),
    ("japanese-euc-jp", "euc_jp", "EUC-JP", "東京で大雪、交通が乱れる",
     "大雪の中を歩く通勤客。東京・新宿駅前で月曜日に撮影。（写真=共同）"),
    ("korean-euc-kr", "euc_kr", "EUC-KR", "서울 도심에서 열린 겨울 축제",
     "시민들이 토요일 서울 광화문 광장에서 열린 축제를 즐기고 있다. /연합뉴스"),
    ("chinese-gb18030", "gb18030", "GB18030", "北京迎来今冬首场降雪", "市民在天安门广场附近的雪中行走。（新华社记者 李明 摄）"),
    ("chinese-big5", "big5", "Big5", "台北迎來寒流", "民眾在台北街頭穿著厚外套行走。圖／中央社"),
    ("russian-windows-1251", "cp1251", "windows-1251", "Пожар на складе в Новосибирске",
     "Пожарные тушат огонь на складе в понедельник вечером. (Фото: Иван Петров/ТАСС)"),
    ("russian-koi8-r", "koi8_r", "KOI8-R", "Пожар на складе в Новосибирске",
     "Пожарные тушат огонь на складе в понедельник вечером. (Фото: Иван Петров/ТАСС)"),
    ("greek-windows-1253", "cp1253", "windows-1253", "Πυρκαγιά στην Αττική",
     "Πυροσβέστες στη Βαρυμπόμπη τη Δευτέρα. (Φωτογραφία: Γιώργος Παπαδόπουλος/ΑΠΕ)"),
    ("arabic-windows-1256", "cp1256", "windows-1256", "حريق في سوق بغداد",
     "رجال الإطفاء يكافحون النيران في السوق يوم الاثنين. (الفرنسية)"),
    ("hebrew-windows-1255", "cp1255", "windows-1255", "שריפה בחיפה",
     HEBREW_STORY + " כבאים נלחמים באש בשכונה בחיפה ביום שני. (צילום: יוסי כהן)"),
    ("thai-tis-620", "tis_620", "windows-874", "น้ำท่วมในกรุงเทพฯ",
     "ประชาชนเดินลุยน้ำบนถนนในกรุงเทพฯ เมื่อวันจันทร์ (ภาพ: รอยเตอร์)"),
    ("polish-windows-1250", "cp1250", "windows-1250", "Powódź w Kłodzku",
     "Mieszkańcy brodzą przez zalaną ulicę w Kłodzku w poniedziałek. (Fot. Czarek Sokołowski/PAP)"),
    ("czech-windows-1250", "cp1250", "windows-1250", "Povodně v Ostravě",
     "Řada domů je po tornádu v dezolátním stavu. Obyvatelé se brodí zatopenou ulicí. (Foto: Jiří Šťastný/ČTK)"),
    ("turkish-windows-1254", "cp1254", "windows-1254", "İstanbul'da kar yağışı",
     "İstanbul'da kartpostallık görüntüler: Boğaz'da karla kaplı yalılar ve Sultanahmet Camii. (Fotoğraf: Ayşe Yılmaz/AA)"),
]
WESTERN = [
    ("spanish", "Nieve en los Pirineos",
     "Un quitanieves despeja la carretera de Jaca el lunes, según la Guardia Civil. (Foto: José Muñoz/EFE)"),
    ("french", "Neige dans les Alpes",
     "Un chasse-neige dégage la route près d’Annecy, lundi, à l’aube. (Photo: François Lefèvre/AFP)"),
    ("german", "Schnee in den Alpen",
     "Ein Räumfahrzeug räumt die Straße bei Garmisch am Montag, sagt die Polizei. Foto: Jürgen Müßig/dpa"),
    ("portuguese", "Chuva em São Paulo",
     "Moradores atravessam rua alagada na região central, na manhã de segunda-feira. (Foto: João Simões/Folhapress)"),
]


def dump(headline: str, caption: str) -> str:
    return f"{headline}\n\n{caption}\n"


def html(headline: str, caption: str) -> str:
    """A page with the head a real one has: a few kilobytes of ASCII scripts and meta tags, and no charset."""
    script = "".join(f"window.dataLayer.push({{'event': 'view', 'slot': {n}, 'path': '/news/story'}});\n" for n in range(60))
    return (f"<!DOCTYPE html>\n<html><head><title>{headline}</title>\n<script>\n{script}</script>\n"
            f'<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            f"<body><h1>{headline}</h1>\n<figure><img src=\"snow.jpg\" alt=\"\"><figcaption>{caption}</figcaption>"
            f"</figure>\n</body></html>\n")


@pytest.mark.parametrize("shape", [dump, html], ids=["dump", "html"])
@pytest.mark.parametrize("name, codec, shown, headline, caption", PAGES, ids=[p[0] for p in PAGES])
def test_decode_page_reads_an_undeclared_legacy_encoding(shape, name: str, codec: str, shown: str, headline: str,
                                                         caption: str) -> None:
    text = shape(headline, caption)
    decoded = decode_page(text.encode(codec))
    assert (decoded.text, decoded.encoding, decoded.how) == (text, shown, "detected"), name


@pytest.mark.parametrize("shape", [dump, html], ids=["dump", "html"])
@pytest.mark.parametrize("name, headline, caption", WESTERN, ids=[p[0] for p in WESTERN])
def test_a_western_page_stays_windows_1252(shape, name: str, headline: str, caption: str) -> None:
    text = shape(headline, caption)
    decoded = decode_page(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding, decoded.how) == (text, "windows-1252", "fallback"), name


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_catalog_reads_a_shift_jis_page_with_no_charset(runner, tmp_path: Path, suffix: str) -> None:
    headline, caption = PAGES[0][3], PAGES[0][4]
    path = tmp_path / f"snow{suffix}"
    path.write_bytes((html if suffix == ".html" else dump)(headline, caption).encode("shift_jis"))
    result = runner.invoke(app, ["catalog", str(path)])
    assert result.exit_code == 0, result.stderr
    article = yaml.safe_load(result.stdout)["articles"][0]
    assert article["title"] == headline
    assert [p["credit"]["agencies"] for p in article["photos"]] == [["Kyodo"]]
    assert result.stderr == f"captions: warning: {path}: not UTF-8; read as Shift_JIS, as detected\n"
