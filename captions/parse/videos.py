"""A video printed among the pictures: its caption closed by the video's credit ("... de la quebrada. (Video: Canal N)").

Pages print a video's credit as they print a picture's, with the word for video where a picture's says photo
("Video:", "Vídeo:", "Видео:"): markers.yaml's video_leadins. A video is no picture (SPEC), so the line, caption
and credit, makes none. A still from a video is a picture: its credit opens with the photo's lead-in or says
"Video grab" after it ("Foto: captura de video", "Photo: Video grab/AFP"), not with "Video:".
"""
from __future__ import annotations

from .layout import Found
from .markers import PageMarkers


def without_videos(pm: PageMarkers, found: list[Found]) -> list[Found]:
    """The pictures but those whose credit opens with a video's lead-in."""
    leadins = tuple(w.casefold() for w in pm.markers.video_leadins)
    if not leadins:
        return found
    return [f for f in found if f.credit is None or not f.credit.casefold().startswith(leadins)]
