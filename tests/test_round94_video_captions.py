"""The BBC's video captions (round 94): its dumps print a video player's caption under an off-screen label of its
own ("Video caption, ", "Media caption, ", Welsh "Disgrifiad o’r fideo, ") where a picture's says "Image caption, ".
Such a line captions a video, not a picture. Every line here is written for these tests."""
from __future__ import annotations

from captions import parse_page


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


PICTURE = "Image source, PA Media\nImage caption, Workers clear stones from the railway line\n\n"
LEAD = "Image source, Gwynedd Council\nImage caption, Shingle was left across the promenade road\n\n"
READ = [("Shingle was left across the promenade road", "Gwynedd Council"),
        ("Workers clear stones from the railway line", "PA Media")]


def test_a_video_caption_among_pictures_makes_no_picture() -> None:
    page = ("Gales close coast road\n\n" + LEAD + "Residents were told to keep away.\n\n"
            "Video caption, Drone footage shows waves breaking over the sea wall\n\nThe road stays shut.\n\n" + PICTURE)
    assert _read(page) == READ, page


def test_the_older_media_caption_label_makes_no_picture() -> None:
    page = ("Gales close coast road\n\n" + LEAD + "Residents were told to keep away.\n\n"
            "Media caption, Watch: a lifeboat crew describes the night's call-outs\n\nThe road stays shut.\n\n" + PICTURE)
    assert _read(page) == READ, page


def test_the_welsh_video_caption_under_a_credit_alone_leaves_that_credit_a_picture_alone() -> None:
    page = ("Llifogydd yn y dref\n\n"
            "Ffynhonnell y llun, Cyngor Gwynedd\nDisgrifiad o’r llun, Roedd dŵr ar y stryd fawr fore Llun\n"
            "Mae trigolion yn clirio eu cartrefi.\n"
            "Ffynhonnell y llun, PA Media\nDisgrifiad o’r llun, Bu’n rhaid cau’r ffordd am rai oriau\n"
            "Mae gwirfoddolwyr yn dosbarthu bagiau tywod.\n"
            "Ffynhonnell y llun, Getty Images\nDywedodd y Swyddfa Dywydd fod rhybudd yn parhau.\n"
            "Disgrifiad o’r fideo, Lluniau o’r awyr yn dangos maint y llifogydd\nMae’r ffordd ar gau.\n")
    assert _read(page) == [("Roedd dŵr ar y stryd fawr fore Llun", "Cyngor Gwynedd"),
                           ("Bu’n rhaid cau’r ffordd am rai oriau", "PA Media"), (None, "Getty Images")], page
