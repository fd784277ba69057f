"""Pictures no photographer took, as the world's press credits them: audited from knowledge in round 42.

A screen grab, a still from a video, a reader's or a viewer's picture, a post on social networks, a picture made
by software, a montage, a satellite image. The words saying so name no one: they stay in the raw credit and are
dropped from the names. A platform, a broadcaster, a satellite company or the software named beside them is who
supplied the picture, an agency kept as printed. Every case is invented.
"""
from __future__ import annotations

import pytest

from captions import load_registry, parse_credit, split_caption_credit


@pytest.mark.parametrize("text, caption, credit, agencies", [
    ("Der Tanker vor der Küste. Standbild: ZDF", "Der Tanker vor der Küste.", "ZDF", ["ZDF"]),
    ("Feuerwehrleute am Brand. Bildschirmfoto: YouTube", "Feuerwehrleute am Brand.", "YouTube", ["YouTube"]),
    ("Le navire au large. Capture d'écran : X", "Le navire au large.", "X", ["X"]),
    ("Le navire au large. Photo: Capture vidéo BFMTV", "Le navire au large.", "Capture vidéo BFMTV", ["BFMTV"]),
    ("El buque frente a la costa. Captura de pantalla: X", "El buque frente a la costa.", "X", ["X"]),
    ("Statek u wybrzeża. Fot. Kadr z wideo/TVN24", "Statek u wybrzeża.", "Kadr z wideo/TVN24", ["TVN24"]),
    ("Судно у берега. Фото: кадр из видео", "Судно у берега.", "кадр из видео", []),
    ("Судно біля берега. Фото: скріншот з відео", "Судно біля берега.", "скріншот з відео", []),
    ("Tàu chở dầu ngoài khơi. Ảnh: Cắt từ video", "Tàu chở dầu ngoài khơi.", "Cắt từ video", []),
    ("Το δεξαμενόπλοιο στα ανοιχτά. Φωτογραφία: Στιγμιότυπο οθόνης", "Το δεξαμενόπλοιο στα ανοιχτά.",
     "Στιγμιότυπο οθόνης", []),
    ("해안의 유조선. (사진=영상 캡처)", "해안의 유조선.", "영상 캡처", []),
    ("海岸附近的油轮。（截图自微博）", "海岸附近的油轮。", "截图自微博", ["微博"]),
], ids=["german-still", "german-screen-photo", "french-screen-grab", "french-video-grab", "spanish-screen-grab",
        "polish-video-frame", "russian-video-frame", "ukrainian-video-screenshot", "vietnamese-cut-from-video",
        "greek-screenshot", "korean-video-capture", "chinese-screenshot-from"])
def test_a_screen_grab_or_a_video_still_names_only_its_source(text, caption, credit, agencies):
    assert split_caption_credit(text) == (caption, credit), text
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, []), credit


@pytest.mark.parametrize("text, caption, credit", [
    ("Das Haus nach dem Sturm. Foto: Leserreporter", "Das Haus nach dem Sturm.", "Leserreporter"),
    ("El buque frente a la costa. Foto: lector", "El buque frente a la costa.", "lector"),
    ("La nave al largo. Foto: lettore", "La nave al largo.", "lettore"),
    ("Statek u wybrzeża. Fot. Czytelnik", "Statek u wybrzeża.", "Czytelnik"),
    ("Танкер край брега. Снимка: Читател", "Танкер край брега.", "Читател"),
    ("Kapal tanker di lepas pantai. Foto: Pembaca", "Kapal tanker di lepas pantai.", "Pembaca"),
    ("海岸附近的油轮。（网友供图）", "海岸附近的油轮。", "网友供图"),
    ("해안의 유조선. [사진=시청자 제공]", "해안의 유조선.", "시청자 제공"),
], ids=["german-reader-reporter", "spanish-reader", "italian-reader", "polish-reader", "bulgarian-reader",
        "indonesian-reader", "chinese-netizen-supplied", "korean-viewer-supplied"])
def test_a_readers_picture_names_no_one(text, caption, credit):
    assert split_caption_credit(text) == (caption, credit), text
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == ([], []), credit


@pytest.mark.parametrize("text, caption, credit", [
    ("El buque frente a la costa. Foto: Redes sociales", "El buque frente a la costa.", "Redes sociales"),
    ("Tanker kıyı açıklarında. Fotoğraf: Sosyal medya", "Tanker kıyı açıklarında.", "Sosyal medya"),
    ("Судно у берега. Фото: соцсети", "Судно у берега.", "соцсети"),
    ("Cisternová loď u pobřeží. Foto: sociální sítě", "Cisternová loď u pobřeží.", "sociální sítě"),
    ("Tàu chở dầu ngoài khơi. Ảnh: Mạng xã hội", "Tàu chở dầu ngoài khơi.", "Mạng xã hội"),
    ("Meli ya mafuta pwani. Picha: Mitandao ya kijamii", "Meli ya mafuta pwani.", "Mitandao ya kijamii"),
    ("海岸附近的油轮。图片来源：网络", "海岸附近的油轮。", "网络"),
], ids=["spanish", "turkish", "russian", "czech", "vietnamese", "swahili", "chinese-the-internet"])
def test_social_networks_named_by_no_platform_name_no_one(text, caption, credit):
    assert split_caption_credit(text) == (caption, credit), text
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == ([], []), credit


@pytest.mark.parametrize("credit, agencies, photographers", [
    ("Reprodução/Instagram", ["Instagram"], []),
    ("Reprodução/Redes sociais", [], []),
    ("Tangkapan layar Instagram", ["Instagram"], []),
    ("KI-generiert mit Midjourney", ["Midjourney"], []),
    ("Imagen generada con IA", [], []),
    ("Image d'illustration / AFP", ["AFP"], []),
    ("Fotomontaż/Anna Nowak", [], ["Anna Nowak"]),
    ("Uydu görüntüsü/Maxar Technologies", ["Maxar Technologies"], []),
], ids=["portuguese-reproduced-from-instagram", "portuguese-reproduced-from-social-networks",
        "indonesian-screen-grab-of-instagram", "german-ai-picture-and-its-tool", "spanish-ai-picture",
        "french-illustration-picture", "polish-montage-by-a-person", "turkish-satellite-image"])
def test_the_kind_of_picture_is_dropped_from_the_names(credit, agencies, photographers):
    parsed = parse_credit(credit)
    assert (parsed.raw, parsed.agencies, parsed.photographers) == (credit, agencies, photographers), credit


@pytest.mark.parametrize("printed, name, kind", [
    ("Midjourney", "Midjourney", "platform"), ("Wikimedia", "Wikimedia Commons", "platform"),
    ("Freepik", "Freepik", "stock"), ("YouTube", "YouTube", "platform"),
])
def test_a_platform_or_a_tool_is_known_with_its_kind(printed, name, kind):
    found = load_registry().lookup(printed)
    assert found is not None and (found.name, found.kind) == (name, kind), printed


@pytest.mark.parametrize("line", ["微博、微信", "페이스북", "트위터", "WhatsApp", "LinkedIn", "Reddit", "ChatGPT"])
def test_a_share_bars_platform_names_are_not_known(line):
    """A share bar prints them alone on a line; known, each such line would be read as a picture's credit."""
    assert load_registry().lookup(line) is None, line


@pytest.mark.parametrize("text, caption, credit, agencies", [
    ("The suspect enters the shop. Photo: CCTV footage", "The suspect enters the shop.", "CCTV footage", []),
    ("Rescuers reach the site. (CCTV/Xinhua)", "Rescuers reach the site.", "CCTV/Xinhua", ["CCTV", "Xinhua"]),
    ("Der Täter im Laden. Foto: Überwachungskamera", "Der Täter im Laden.", "Überwachungskamera", []),
    ("Die Brücke von oben. Luftbild: Polizei Bayern", "Die Brücke von oben.", "Polizei Bayern", ["Polizei Bayern"]),
    ("El sospechoso en la tienda. Foto: Cámara de seguridad", "El sospechoso en la tienda.", "Cámara de seguridad",
     []),
    ("Подозреваемый в магазине. Фото: кадр с камеры наблюдения", "Подозреваемый в магазине.",
     "кадр с камеры наблюдения", []),
    ("Nghi phạm trong cửa hàng. Ảnh: Camera an ninh", "Nghi phạm trong cửa hàng.", "Camera an ninh", []),
    ("가게에 들어가는 용의자. [사진=CCTV 화면 캡처]", "가게에 들어가는 용의자.", "CCTV 화면 캡처", []),
    ("Zaginiony na wakacjach. Fot. Archiwum prywatne", "Zaginiony na wakacjach.", "Archiwum prywatne", []),
    ("Nghi phạm trong cửa hàng. Ảnh: NVCC", "Nghi phạm trong cửa hàng.", "NVCC", []),
    ("Ang tanker sa baybayin. Larawan: Screenshot mula sa Facebook", "Ang tanker sa baybayin.",
     "Screenshot mula sa Facebook", ["Facebook"]),
], ids=["english-cctv-footage", "chinese-broadcaster-cctv-stays", "german-surveillance-camera",
        "german-aerial-by-the-police", "spanish-security-camera", "russian-surveillance-frame",
        "vietnamese-security-camera", "korean-cctv-capture", "polish-private-archive", "vietnamese-person-supplied",
        "filipino-screenshot-from"])
def test_a_cameras_footage_or_a_familys_picture_names_only_its_owner(text, caption, credit, agencies):
    assert split_caption_credit(text) == (caption, credit), text
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, []), credit
