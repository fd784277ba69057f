"""Reading a credit as printed into photographers, agencies and via (SPEC: "Reading a credit")."""
from __future__ import annotations

import pytest

from captions import parse_credit
from captions.knowledge.registry import bundled_registry
from captions.parse.credit import read_credit


def read(raw: str) -> tuple[list[str], list[str], list[str]]:
    credit = parse_credit(raw)
    return credit.photographers, credit.agencies, credit.via


# (raw credit, photographers, agencies, via)
CREDITS = [
    pytest.param("Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo",
                 ["Gavriil Grigorov"], ["Sputnik", "Kremlin Pool", "AP"], ["AP"], id="spec-pool-via-ap-photo"),
    pytest.param("REUTERS/Damir Sagolj", ["Damir Sagolj"], ["Reuters"], [], id="agency-first-upper-case"),
    pytest.param("KCNA via KNS and AFP", [], ["KCNA", "KNS", "AFP"], ["KNS", "AFP"], id="via-and-chain"),
    pytest.param("KCNA via REUTERS", [], ["KCNA", "Reuters"], ["Reuters"], id="via-upper-case-alias"),
    pytest.param("Reuters / Reuters", [], ["Reuters"], [], id="same-agency-twice-once"),
    pytest.param("KCNA via", [], ["KCNA"], [], id="via-cut-off"),
    pytest.param("AFP/ MCI", [], ["AFP", "MCI"], [], id="unknown-organisation-keeps-printed-name"),
    pytest.param("Ahn Young-joon/AP", ["Ahn Young-joon"], ["AP"], [], id="name-slash-agency"),
    pytest.param("AP Photo/Chung Min-ho", ["Chung Min-ho"], ["AP"], [], id="ap-photo-alias"),
    pytest.param("Peter Lund/Associated Press", ["Peter Lund"], ["AP"], [], id="associated-press-alias"),
    pytest.param("Lucie Martin/Agence France-Presse", ["Lucie Martin"], ["AFP"], [], id="agence-france-presse-alias"),
    pytest.param("EPA-EFE/Jeon Heon-kyun", ["Jeon Heon-kyun"], ["EPA"], [], id="epa-efe-alias"),
    pytest.param("Chip Walters/Getty", ["Chip Walters"], ["Getty Images"], [], id="getty-alias"),
    pytest.param("AA Photo", [], ["Anadolu"], [], id="aa-photo-is-anadolu"),
    pytest.param("Paul Hanley/AFP/Getty Images", ["Paul Hanley"], ["AFP", "Getty Images"], [],
                 id="two-agencies-in-order"),
    pytest.param("Omar Rashid/Pool/Reuters", ["Omar Rashid"], ["Pool", "Reuters"], [], id="pool-between"),
    pytest.param("STRINGER/AFP", [], ["AFP"], [], id="stringer-placeholder"),
    pytest.param("Staff/Reuters", [], ["Reuters"], [], id="staff-placeholder"),
    pytest.param("Handout via Reuters", [], ["Reuters"], ["Reuters"], id="handout-dropped"),
    pytest.param("File/AP", [], ["AP"], [], id="file-dropped"),
    pytest.param("Courtesy of NASA", [], ["NASA"], [], id="courtesy-of-dropped"),
    pytest.param("Hilda Park for The New York Times", ["Hilda Park"], ["The New York Times"], [], id="for-publication"),
    pytest.param("Chung Min-ho | AP", ["Chung Min-ho"], ["AP"], [], id="pipe-joiner"),
    pytest.param("Priya Menon, EPS", ["Priya Menon"], ["EPS"], [], id="comma-joiner"),
    pytest.param("Jane Doe - Reuters", ["Jane Doe"], ["Reuters"], [], id="dash-joiner"),
    pytest.param("ABC News: Tom Hartley", ["Tom Hartley"], ["ABC News"], [], id="outlet-colon-name"),
    pytest.param("Korean Central News Agency via Reuters", [], ["KCNA", "Reuters"], ["Reuters"], id="kcna-long-name"),
    pytest.param("Yonhap News Agency", [], ["Yonhap"], [], id="yonhap-long-name"),
    pytest.param("ITAR-TASS", [], ["TASS"], [], id="itar-tass-alias"),
    pytest.param("Rex Features", [], ["Shutterstock"], [], id="rex-features-alias"),
    pytest.param("Thomson Reuters", [], ["Reuters"], [], id="thomson-reuters-alias"),
    pytest.param("Xinhua/Li Ziheng", ["Li Ziheng"], ["Xinhua"], [], id="xinhua-first"),
    pytest.param("Pool Photo via AP", [], ["Pool", "AP"], ["AP"], id="pool-photo-via-ap"),
    pytest.param("Kim Hong-Ji and Lee Jae-won/Reuters", ["Kim Hong-Ji", "Lee Jae-won"], ["Reuters"], [],
                 id="two-photographers-and"),
    pytest.param("Chung Min-ho/AP, Ahn Young-joon/AP", ["Chung Min-ho", "Ahn Young-joon"], ["AP"], [],
                 id="agency-listed-once"),
    pytest.param("Photo by Maria Lopez", ["Maria Lopez"], [], [], id="photo-by-person"),
    pytest.param("Kim Won-jin/AFP via Getty Images", ["Kim Won-jin"], ["AFP", "Getty Images"], ["Getty Images"],
                 id="via-after-name-and-agency"),
    pytest.param("STRINGER/EPA-EFE", [], ["EPA"], [], id="stringer-with-epa-efe"),
    pytest.param("ANTARA FOTO/Rina Kusuma/abc/25", ["Rina Kusuma"], ["Antara"], [], id="desk-tag-names-no-one"),
]


@pytest.mark.parametrize(("raw", "photographers", "agencies", "via"), CREDITS)
def test_parse_credit_table(raw: str, photographers: list[str], agencies: list[str], via: list[str]) -> None:
    assert read(raw) == (photographers, agencies, via), raw


@pytest.mark.parametrize(
    ("raw", "agency"),
    [
        pytest.param("reuters", "Reuters", id="lower-case"),
        pytest.param("AGENCE FRANCE-PRESSE", "AFP", id="upper-case-long-name"),
        pytest.param("Getty images", "Getty Images", id="mixed-case-canonical"),
        pytest.param("epa", "EPA", id="lower-case-epa"),
        pytest.param("Sputnik News", "Sputnik", id="sputnik-news"),
        pytest.param("RIA-Novosti", "RIA Novosti", id="ria-hyphen"),
    ],
)
def test_parse_credit_alias_is_matched_case_insensitively(raw: str, agency: str) -> None:
    assert parse_credit(raw).agencies == [agency], raw


def test_parse_credit_via_chain() -> None:
    raw = "KCNA via KNS and AFP"
    assert parse_credit(raw).via == ["KNS", "AFP"], raw


def test_parse_credit_via_lists_only_agencies_after_via() -> None:
    raw = "Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo"
    credit = parse_credit(raw)
    assert (credit.agencies, credit.via) == (["Sputnik", "Kremlin Pool", "AP"], ["AP"]), raw


def test_parse_credit_keeps_the_raw_credit_as_printed() -> None:
    raw = "Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo"
    assert parse_credit(raw).raw == raw, raw


def test_parse_credit_repeated_agency_listed_once() -> None:
    raw = "Reuters / Reuters"
    assert parse_credit(raw).agencies == ["Reuters"], raw


def test_parse_credit_placeholder_names_no_photographer() -> None:
    raw = "STRINGER/AFP"
    assert parse_credit(raw).photographers == [], raw


def test_parse_credit_cut_off_via_keeps_the_agency() -> None:
    raw = "KCNA via"
    credit = parse_credit(raw)
    assert (credit.agencies, credit.via) == (["KCNA"], []), raw


def test_parse_credit_keeps_a_bracket_closing_inside_a_part() -> None:
    # "formerly Twitter": the bracket is the name's own, before the next part's slash
    credit = parse_credit("Reprodução/X (antigo Twitter)/ Porto Alegre 24 Horas")
    assert credit.agencies == ["X (antigo Twitter)", "Porto Alegre 24 Horas"]
    assert credit.photographers == []


def test_parse_credit_unknown_organisation_keeps_printed_name() -> None:
    raw = "AFP/ MCI"
    assert parse_credit(raw).agencies == ["AFP", "MCI"], raw


# Credits as outlets the project was not built on print them (issue #11): placeholders,
# job titles, years, a parenthesised agency, other languages' words that name no one,
# and wires and state agencies from around the world.
NEW_OUTLET_CREDITS = [
    # placeholders and job titles name no one
    pytest.param("Uncredited/AP", [], ["AP"], [], id="uncredited-placeholder"),
    pytest.param("Uncredited/AP/dpa", [], ["AP", "dpa"], [], id="uncredited-through-two-wires"),
    pytest.param("--/Holy See Press Office/dpa", [], ["Holy See Press Office", "dpa"], [], id="dashes-placeholder"),
    # a linking word left alone where a template's name was blank names no one
    pytest.param("via", [], [], [], id="via-alone"),
    pytest.param("Jo Li / and", ["Jo Li"], [], [], id="and-after-a-name"),
    pytest.param("Tunde Bakare;Photo Editor", ["Tunde Bakare"], [], [], id="job-title-photo-editor"),
    pytest.param("Amara Obi, Chief Photographer", ["Amara Obi"], [], [], id="job-title-chief-photographer"),
    pytest.param("Ruth Mensah, Staff Correspondent", ["Ruth Mensah"], [], [], id="job-title-correspondent"),
    pytest.param("AFP PHOTO / HO / SANA", [], ["AFP", "SANA"], [], id="ho-is-handout"),
    pytest.param("STF/AFP via Getty Images", [], ["AFP", "Getty Images"], ["Getty Images"], id="stf-is-staff"),
    pytest.param("Collected", [], [], [], id="collected-names-no-one"),
    pytest.param("Social media/Reuters", [], ["Reuters"], [], id="social-media-names-no-one"),
    pytest.param("Nur Aisyah binti Rahman/Bernama", ["Nur Aisyah binti Rahman"], ["Bernama"], [], id="malay-binti"),
    pytest.param("Photographer unknown/Imperial War Museum", [], ["Imperial War Museum"], [], id="photographer-unknown"),
    # years and the copyright sign
    pytest.param("© AFP 2023", [], ["AFP"], [], id="copyright-agency-year"),
    pytest.param("© 2026 Getty Images. All rights reserved.", [], ["Getty Images"], [], id="rights-notice-closing-credit"),
    pytest.param("代表撮影", [], ["Pool"], [], id="japanese-pool-photo"),
    pytest.param("U.S. Army photo by Staff Sgt. Maria Delgado", ["Maria Delgado"], ["U.S. Army"], [], id="rank-before-name"),
    pytest.param("U.S. Navy photo by Mass Communication Specialist 2nd Class Owen Pratt", ["Owen Pratt"], ["U.S. Navy"], [],
                 id="navy-rating-before-name"),
    pytest.param("Seaman Jones/Reuters", ["Seaman Jones"], ["Reuters"], [], id="rank-word-as-a-name-stays"),
    pytest.param("NASA/JPL-Caltech", [], ["NASA", "JPL-Caltech"], [], id="one-word-after-a-government-body-is-a-body"),
    pytest.param("Lt. Governor's Office", [], ["Lt. Governor's Office"], [], id="rank-word-opening-a-body-stays"),
    pytest.param("Capt. Cook Memorial Museum", [], ["Capt. Cook Memorial Museum"], [], id="rank-word-naming-a-museum-stays"),
    pytest.param("Image: AFP", [], ["AFP"], [], id="colon-leadin-opening-the-credit"),
    pytest.param("Quelle: dpa", [], ["dpa"], [], id="colon-leadin-opening-the-credit-german"),
    pytest.param("Jane Doe/AFP. Tous droits réservés", ["Jane Doe"], ["AFP"], [], id="rights-notice-french"),
    pytest.param("©2024 Maxar Technologies", [], ["Maxar Technologies"], [], id="copyright-year-glued"),
    pytest.param("© 2022 Hanna Berg", ["Hanna Berg"], [], [], id="copyright-year-person"),
    pytest.param("Ines Wolf/dpa 2021", ["Ines Wolf"], ["dpa"], [], id="year-after-agency"),
    # an agency in parentheses after the photographer
    pytest.param("Lucía Romero (EFE)", ["Lucía Romero"], ["EFE"], [], id="paren-agency-after-name"),
    pytest.param("TOMÁS IBARRA (AFP)", ["TOMÁS IBARRA"], ["AFP"], [], id="paren-agency-upper-case-name"),
    pytest.param("Danny Field(/PA)", ["Danny Field"], ["PA"], [], id="paren-slash-agency"),
    pytest.param("Jane Doe (AP Photo)", ["Jane Doe"], ["AP"], [], id="paren-ap-photo"),
    # other languages' words that name no one
    pytest.param("ANTARA FOTO/Rizal Hakim", ["Rizal Hakim"], ["Antara"], [], id="indonesian-foto"),
    pytest.param("AP Foto/Mario Ruiz", ["Mario Ruiz"], ["AP"], [], id="ap-foto"),
    pytest.param("Foto de archivo/EFE", [], ["EFE"], [], id="spanish-foto-de-archivo"),
    pytest.param("Archivo/Lucía Romero", ["Lucía Romero"], [], [], id="spanish-archivo"),
    pytest.param("Archiv/dpa", [], ["dpa"], [], id="german-archiv"),
    pytest.param("Jan Weber/dpa-Bildfunk", ["Jan Weber"], ["dpa"], [], id="dpa-bildfunk-is-dpa"),
    pytest.param("Symbolbild/picture alliance", [], ["picture alliance"], [], id="german-symbolbild"),
    pytest.param("Fotografía: Pablo Ortega", ["Pablo Ortega"], [], [], id="spanish-fotografia-label"),
    pytest.param("Arquivo/Agência Brasil", [], ["Agência Brasil"], [], id="portuguese-arquivo"),
    pytest.param("Screengrab/Twitter", [], ["Twitter"], [], id="screengrab"),
    pytest.param("PICTURES BY ISAAC MENSAH", ["ISAAC MENSAH"], [], [], id="pictures-by"),
    # newspapers' own photo desks, named as printed
    pytest.param("Wayne Cole / Ottawa Citizen", ["Wayne Cole"], ["Ottawa Citizen"], [], id="desk-citizen"),
    pytest.param("Photo: White Star", [], ["White Star"], [], id="desk-star"),
    pytest.param("Kamau Njoroge, Standard", ["Kamau Njoroge"], ["Standard"], [], id="desk-one-word"),
    pytest.param("Rina Aoki/The Yomiuri Shimbun via AP", ["Rina Aoki"], ["The Yomiuri Shimbun", "AP"], ["AP"],
                 id="desk-shimbun-via-wire"),
    pytest.param("Isac Nunes, PR, Agência Brasil", ["Isac Nunes"], ["PR", "Agência Brasil"], [], id="desk-acronym"),
    # wires and state agencies
    pytest.param("SPA/Handout via Reuters", [], ["SPA", "Reuters"], ["Reuters"], id="spa-handout-via"),
    pytest.param("WAM/AFP", [], ["WAM", "AFP"], [], id="wam"),
    pytest.param("IRNA via AP", [], ["IRNA", "AP"], ["AP"], id="irna-via-ap"),
    pytest.param("SANA via AP", [], ["SANA", "AP"], ["AP"], id="sana-via-ap"),
    pytest.param("Xinhua News Agency/Zhang Wei", ["Zhang Wei"], ["Xinhua"], [], id="xinhua-long-name"),
    pytest.param("CNS/Yu Jing", ["Yu Jing"], ["CNS"], [], id="cns"),
    pytest.param("Kenji Sato/Kyodo News via AP", ["Kenji Sato"], ["Kyodo", "AP"], ["AP"], id="kyodo-news-via-ap"),
    pytest.param("Jiji Press/AFP", [], ["Jiji Press", "AFP"], [], id="jiji"),
    pytest.param("Yonhap News/Reuters", [], ["Yonhap", "Reuters"], [], id="yonhap-news"),
    pytest.param("Bernama/Reuters", [], ["Bernama", "Reuters"], [], id="bernama"),
    pytest.param("PTI Photo", [], ["PTI"], [], id="pti-photo"),
    pytest.param("Ravi Kumar/ANI Photo", ["Ravi Kumar"], ["ANI"], [], id="ani-photo"),
    pytest.param("IANS", [], ["IANS"], [], id="ians"),
    pytest.param("Marta Gil/EFE", ["Marta Gil"], ["EFE"], [], id="efe"),
    pytest.param("Ciro Fusco/ANSA via AP", ["Ciro Fusco"], ["ANSA", "AP"], ["AP"], id="ansa-via-ap"),
    pytest.param("PAP/Tomasz Nowak via Reuters", ["Tomasz Nowak"], ["PAP", "Reuters"], ["Reuters"], id="pap"),
    pytest.param("ČTK/Jan Novák", ["Jan Novák"], ["ČTK"], [], id="ctk-printed-with-hacek"),
    pytest.param("MTI/Attila Kovács", ["Attila Kovács"], ["MTI"], [], id="mti"),
    pytest.param("Ola Berg/NTB via AP", ["Ola Berg"], ["NTB", "AP"], ["AP"], id="ntb"),
    pytest.param("Erik Lund/TT News Agency via AP", ["Erik Lund"], ["TT News Agency", "AP"], ["AP"], id="tt-long-name"),
    pytest.param("Ritzau Scanpix/Mads Holm via Reuters", ["Mads Holm"], ["Ritzau Scanpix", "Reuters"], ["Reuters"],
                 id="ritzau-scanpix"),
    pytest.param("BELGA/Eric Peeters", ["Eric Peeters"], ["Belga"], [], id="belga-upper-case"),
    pytest.param("KEYSTONE/Urs Meier", ["Urs Meier"], ["Keystone"], [], id="keystone"),
    pytest.param("APA/Hans Gruber", ["Hans Gruber"], ["APA"], [], id="apa"),
    pytest.param("Ryan Kent/The Canadian Press via AP", ["Ryan Kent"], ["The Canadian Press", "AP"], ["AP"],
                 id="canadian-press-via-ap"),
    pytest.param("Lukas Coch/AAP Image via AP", ["Lukas Coch"], ["AAP Image", "AP"], ["AP"], id="aap-image"),
    pytest.param("Mike Tane/NZME", ["Mike Tane"], ["NZME"], [], id="nzme"),
    pytest.param("Tom Lowe/PA Wire", ["Tom Lowe"], ["PA Wire"], [], id="pa-wire-kept-as-printed"),
    pytest.param("Rafa Lopes/Agência Brasil", ["Rafa Lopes"], ["Agência Brasil"], [], id="agencia-brasil"),
    pytest.param("Europa Press/Carlos Luján", ["Carlos Luján"], ["Europa Press"], [], id="europa-press"),
    pytest.param("Télam/Juan Pérez", ["Juan Pérez"], ["Télam"], [], id="telam"),
    pytest.param("Notimex/Ana Ruiz", ["Ana Ruiz"], ["Notimex"], [], id="notimex"),
    pytest.param("João Silva/Lusa", ["João Silva"], ["Lusa"], [], id="lusa"),
    pytest.param("Lionel Petit/SIPA USA via AP", ["Lionel Petit"], ["SIPA USA", "AP"], ["AP"], id="sipa-usa-as-printed"),
    pytest.param("IMAGO/Max Kramer", ["Max Kramer"], ["Imago"], [], id="imago-upper-case"),
    pytest.param("Oliver Hahn/picture alliance/dpa", ["Oliver Hahn"], ["picture alliance", "dpa"], [],
                 id="picture-alliance-dpa"),
    pytest.param("Felix Roth/ddp", ["Felix Roth"], ["ddp"], [], id="ddp"),
    pytest.param("Agencja Wyborcza.pl via Reuters", [], ["Agencja Wyborcza.pl", "Reuters"], ["Reuters"],
                 id="domain-word-makes-an-organisation"),
    pytest.param("Jan Kowalski/Agencja Gazeta via Reuters", ["Jan Kowalski"], ["Agencja Gazeta", "Reuters"], ["Reuters"],
                 id="polish-agency-word"),
    pytest.param("Costfoto/NurPhoto via Getty Images", [], ["Costfoto", "NurPhoto", "Getty Images"], ["Getty Images"],
                 id="photo-agencies-via-getty"),
    pytest.param("IMAGO/ZUMA Wire", [], ["Imago", "ZUMA Press"], [], id="imago-zuma-wire"),
    # after a photographer and a slash, a name-shaped part is where the picture comes from
    pytest.param("Greg Dunn/Harbour Light", ["Greg Dunn"], ["Harbour Light"], [], id="name-slash-outlet-shaped-like-a-name"),
    pytest.param("ADI WIBOWO/TABLOID GARUDA", ["ADI WIBOWO"], ["TABLOID GARUDA"], [], id="name-slash-tabloid"),
    pytest.param("Rina Sari/Berita Nusantara", ["Rina Sari"], ["Berita Nusantara"], [], id="name-slash-berita"),
    pytest.param("Greg M. Cole/Sports Wire", ["Greg M. Cole"], ["Sports Wire"], [], id="initial-is-not-a-sentence-end"),
    pytest.param("Алексей Петров/ТАСС", ["Алексей Петров"], ["TASS"], [], id="tass-in-cyrillic"),
    pytest.param("Фото - AFP", [], ["AFP"], [], id="russian-foto"),
    pytest.param("Reprodução/TV Globo", [], ["TV Globo"], [], id="portuguese-reproducao"),
    pytest.param("Divulgação/Prefeitura de Curitiba", [], ["Prefeitura de Curitiba"], [], id="portuguese-divulgacao"),
    pytest.param("Ana Souza/Presidência da República", ["Ana Souza"], ["Presidência da República"], [],
                 id="portuguese-presidency"),
    pytest.param("NASA/Kim Dale - August 28, 2009", ["Kim Dale"], ["NASA"], [], id="date-names-no-one"),
    pytest.param("Launch Photography", [], ["Launch Photography"], [], id="photography-studio"),
    pytest.param("Marta Gil/Agencia France-Presse", ["Marta Gil"], ["AFP"], [], id="afp-spanish-name"),
    pytest.param("Agência Reuters", [], ["Reuters"], [], id="reuters-portuguese-name"),
    pytest.param("\u200bAFP/\u200bGetty Images", [], ["AFP", "Getty Images"], [], id="zero-width-spaces-from-html"),
    pytest.param("REUTERS/Suryadi", ["Suryadi"], ["Reuters"], [], id="agency-slash-one-name-photographer"),
    pytest.param("AFP/Kremlin", [], ["AFP", "Kremlin"], [], id="agency-slash-organisation-word-stays-an-agency"),
    pytest.param("Ravi/Reuters Photo", ["Ravi"], ["Reuters"], [], id="one-name-slash-wire-photographer"),
    pytest.param("Suryadi/ANTARA", ["Suryadi"], ["Antara"], [], id="one-name-slash-state-agency-photographer"),
    pytest.param("Kontrolab/Shutterstock", [], ["Kontrolab", "Shutterstock"], [],
                 id="one-word-slash-library-stays-an-agency"),
    pytest.param("Corbis/Getty Images", [], ["Corbis", "Getty Images"], [],
                 id="one-word-slash-photo-agency-stays-an-agency"),
    pytest.param("Wikipedia/AP", [], ["Wikipedia", "AP"], [], id="a-website-before-a-wire-stays-a-source"),
    pytest.param("Marinha/Reuters", [], ["Marinha", "Reuters"], [], id="a-navy-before-a-wire-is-an-organisation"),
    pytest.param("EFE/Bomberos", [], ["EFE", "Bomberos"], [], id="a-fire-brigade-after-a-wire-is-an-organisation"),
    pytest.param("AFP/Getty", [], ["AFP", "Getty Images"], [], id="agency-slash-agency"),
    pytest.param("Hill Trust/PA", [], ["Hill Trust", "PA"], [], id="a-trust-is-an-organisation"),
    pytest.param("Ana Lee/Kent Hospital", ["Ana Lee"], ["Kent Hospital"], [], id="a-hospital-is-an-organisation"),
    pytest.param("Dhofar Municipality", [], ["Dhofar Municipality"], [], id="a-municipality-is-an-organisation"),
    pytest.param("Jordan Tourism Board", [], ["Jordan Tourism Board"], [], id="a-board-is-an-organisation"),
    pytest.param("PGD Lendava", [], ["PGD Lendava"], [], id="a-slovenian-fire-brigade-is-an-organisation"),
    pytest.param("Cortesía YLB", [], ["YLB"], [], id="spanish-cortesia-names-no-one"),
    pytest.param("Cortesía de Juan Pérez", ["Juan Pérez"], [], [], id="spanish-cortesia-de-names-no-one"),
    pytest.param("Gentileza de Prensa Municipal", [], ["Prensa Municipal"], [], id="gentileza-de-names-no-one"),
    pytest.param("Sami K.", ["Sami K."], [], [], id="a-closing-initial-keeps-its-full-stop"),
    pytest.param("D. R.", [], [], [], id="french-droits-reserves-names-no-one"),
]


@pytest.mark.parametrize(("raw", "photographers", "agencies", "via"), NEW_OUTLET_CREDITS)
def test_parse_credit_new_outlet_table(raw: str, photographers: list[str], agencies: list[str], via: list[str]) -> None:
    assert read(raw) == (photographers, agencies, via), raw


def test_parse_credit_a_number_names_no_one() -> None:
    credit = parse_credit("dpa-infocom, dpa:250506-99-112233/4")
    assert (credit.photographers, credit.agencies) == ([], ["dpa-infocom", "dpa"])


def test_parse_credit_korean_place_before_equals_names_no_one() -> None:
    credit = parse_credit("광주=연합뉴스")
    assert (credit.raw, credit.photographers, credit.agencies) == ("광주=연합뉴스", [], ["Yonhap"])


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    pytest.param("新华社记者 林晓 摄", ["林晓"], ["Xinhua"], id="xinhua-reporter-name-photographed"),
    pytest.param("新华社记者林晓摄", ["林晓"], ["Xinhua"], id="unspaced"),
    pytest.param("新华社发(周明远摄)", ["周明远"], ["Xinhua"], id="released-by-xinhua"),
    pytest.param("新华社记者 林晓 周明远 摄", ["林晓", "周明远"], ["Xinhua"], id="two-names"),
    pytest.param("(江南网记者 林晓 攝)", ["林晓"], ["江南网"], id="outlet-as-printed-traditional"),
    pytest.param("本报记者 林晓 摄", ["林晓"], [], id="this-paper-names-no-one"),
    pytest.param("예시일보 박서준 기자", ["박서준"], ["예시일보"], id="korean-outlet-reporter"),
    pytest.param("사진=박서준 기자", ["박서준"], [], id="korean-photo-equals-reporter"),
    pytest.param("2024.5.1/뉴스1 © News1 박서준 기자", ["박서준"], ["뉴스1"], id="korean-outlet-twice"),  # once, as first printed
    pytest.param("新华社记者 林晓/图", ["林晓"], ["Xinhua"], id="reporter-name-slash-picture"),
    pytest.param("本报记者 林晓/摄", ["林晓"], [], id="reporter-name-slash-photographed"),
    pytest.param("林晓/摄", ["林晓"], [], id="name-slash-photographed"),
    pytest.param("本社ヘリから佐藤花子撮影", ["佐藤花子"], [], id="from-the-papers-helicopter"),
    pytest.param("北見市上空から佐藤花子撮影", ["佐藤花子"], [], id="a-vantage-point-names-no-one"),
    pytest.param("陸上自衛隊第10師団撮影", [], ["陸上自衛隊第10師団"], id="a-body-photographed-it-no-person"),
    pytest.param("本报记者 林晓 图", ["林晓"], [], id="reporter-name-space-picture"),
    pytest.param("晨报记者 林晓/视觉中国 图", ["林晓"], ["晨报", "视觉中国"], id="a-distributor-after-the-names"),
    pytest.param("视觉中国 图", [], ["视觉中国"], id="a-source-space-picture"),
    pytest.param("新华社 图", [], ["Xinhua"], id="a-known-source-space-picture"),
    pytest.param("网络/图", [], ["网络"], id="a-source-before-picture-without-a-role-word"),
    pytest.param("林晓/图", [], ["林晓"], id="a-name-before-picture-without-a-role-word-is-a-source"),
    pytest.param("海上保安庁撮影", [], ["海上保安庁"], id="a-coast-guard-is-no-person"),
])
def test_parse_credit_names_framed_by_words(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


def test_parse_credit_a_date_before_a_framed_name_is_no_outlet() -> None:
    assert read_credit("2011年4月1日午後、林晓撮影").framed is False


@pytest.mark.parametrize("raw", [
    pytest.param("屋上から撮影", id="photographed-from-the-roof-names-no-one"),
    pytest.param("被災地を歩く住民=石巻市で、本社ヘリから佐藤花子撮影", id="a-caption-is-no-vantage-point"),
])
def test_parse_credit_not_framed(raw: str) -> None:
    assert read_credit(raw).framed is False


@pytest.mark.parametrize(("raw", "photographers", "agencies", "via"), [
    pytest.param("AP연합뉴스", [], ["AP", "Yonhap"], [], id="wire-glued-to-yonhap"),
    pytest.param("AFP=연합뉴스", [], ["AFP", "Yonhap"], [], id="wire-equals-yonhap"),
    pytest.param("연합뉴스", [], ["Yonhap"], [], id="yonhap-alone"),
    pytest.param("서울/로이터연합뉴스", [], ["Reuters", "Yonhap"], [], id="place-or-name-before-a-slash-names-no-one"),
    pytest.param("新华社/图", [], ["Xinhua"], [], id="xinhua-slash-picture"),
    pytest.param("رويترز", [], ["Reuters"], [], id="reuters-in-arabic"),
    pytest.param("共同", [], ["Kyodo"], [], id="kyodo-in-japanese"),
    pytest.param("평양사진공동취재단", [], ["평양사진공동취재단"], [], id="a-placed-pool-keeps-its-name"),
    pytest.param("판문점 사진공동취재단", [], ["판문점 사진공동취재단"], [], id="place-before-the-pool"),
    # the rule, not the list: a place no registry entry names keeps its pool as printed too; the bare pool is Pool
    pytest.param("설악산 사진공동취재단", [], ["설악산 사진공동취재단"], [], id="unlisted-place-before-the-pool"),
    pytest.param("설악산사진공동취재단", [], ["설악산사진공동취재단"], [], id="unlisted-place-glued-to-the-pool"),
    pytest.param("사진공동취재단", [], ["Pool"], [], id="the-pool-with-no-place-is-pool"),
])
def test_parse_credit_agencies_in_their_own_languages(raw: str, photographers: list[str], agencies: list[str],
                                                      via: list[str]) -> None:
    assert read(raw) == (photographers, agencies, via), raw


def test_parse_credit_a_name_after_a_photographer_and_a_slash_is_an_outlet_anywhere() -> None:
    credit = parse_credit("JOANA REIS/O DIÁRIO/ESTADÃO CONTEÚDO")
    assert (credit.photographers, credit.agencies) == (["JOANA REIS"], ["O DIÁRIO", "ESTADÃO CONTEÚDO"])


@pytest.mark.parametrize(("raw", "photographers", "agencies", "via"), [
    pytest.param("Satellite image ©2024 Maxar Technologies", [], ["Maxar Technologies"], [], id="satellite-image-year"),
    pytest.param("Satellite image ©2024 Maxar Technologies via AP", [], ["Maxar Technologies", "AP"], ["AP"],
                 id="satellite-image-via-wire"),
    pytest.param("AFP/Image satellite ©2023 Maxar Technologies", [], ["AFP", "Maxar Technologies"], [],
                 id="wire-then-french-satellite-image"),
    pytest.param("Satellitenbild: Planet Labs PBC/dpa", [], ["Planet Labs PBC", "dpa"], [], id="german-satellite-image"),
    pytest.param("Satellite image ©2025 Airbus DS/AFP", [], ["Airbus DS", "AFP"], [], id="imagery-company-variant"),
    pytest.param("Satellite image (c) 2024 Planet Labs PBC", [], ["Planet Labs PBC"], [], id="ascii-copyright-sign"),
    pytest.param("Photo (c) Jo Li/AFP", ["Jo Li"], ["AFP"], [], id="ascii-copyright-sign-after-photo"),
])
def test_parse_credit_what_kind_of_picture_and_the_year_name_no_one(
        raw: str, photographers: list[str], agencies: list[str], via: list[str]) -> None:
    assert read(raw) == (photographers, agencies, via), raw


# Stock libraries (kind: stock in agencies.yaml) credit a contributor by the user name they upload under.
@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    pytest.param("© upixa / Getty Images / iStock", ["upixa"], ["Getty Images", "iStock"], id="lower-case-user-istock"),
    pytest.param("© 2630ben / Getty Images / iStock", ["2630ben"], ["Getty Images", "iStock"], id="user-opening-with-digits"),
    pytest.param("© methaphum / stock.adobe.com", ["methaphum"], ["stock.adobe.com"], id="adobe-stock-as-printed"),
    pytest.param("© lenafoto - stock.adobe.com", ["lenafoto"], ["stock.adobe.com"], id="adobe-stock-dash"),
    pytest.param("iStock.com/kali9", ["kali9"], ["iStock.com"], id="library-first"),
    pytest.param("4kmedia/Shutterstock", ["4kmedia"], ["Shutterstock"], id="shutterstock-user"),
    pytest.param("Jo_Li/Shutterstock", ["Jo_Li"], ["Shutterstock"], id="underscore-in-a-capitalised-user"),
    pytest.param("© jo_li / 123RF", ["jo_li"], ["123RF"], id="123rf-user"),
    pytest.param("Foto: Adobe Stock", [], ["Adobe Stock"], id="adobe-stock-alone-is-the-library"),
    pytest.param("Name Surname / Alamy Stock Photo", ["Name Surname"], ["Alamy Stock Photo"], id="alamy-as-printed"),
    pytest.param("Northpix/Shutterstock", [], ["Northpix", "Shutterstock"], id="a-capitalised-word-stays-an-agency"),
    pytest.param("Isaac Fontana/EPA-EFE/REX/Shutterstock", ["Isaac Fontana"], ["EPA", "Shutterstock"],
                 id="known-agencies-stay-agencies"),
    pytest.param("WPA/Shutterstock Pool", [], ["WPA", "Shutterstock Pool"], id="a-pool-names-no-library"),
])
def test_parse_credit_a_stock_librarys_contributor_is_a_photographer(
        raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies, credit.via) == (photographers, agencies, []), raw


def test_parse_credit_a_users_stock_library_credits_its_contributors() -> None:
    registry = bundled_registry().extended(
        {"agencies": [{"name": "Bildbank Nord", "kind": "stock", "country": "SE"}]}, "mine.yaml")
    credit = parse_credit("sven_h / Bildbank Nord", registry)
    assert (credit.photographers, credit.agencies) == (["sven_h"], ["Bildbank Nord"])


def test_parse_credit_an_agency_of_another_kind_names_no_contributor() -> None:
    registry = bundled_registry().extended(
        {"agencies": [{"name": "Bildbank Nord", "kind": "photo agency", "country": "SE"}]}, "mine.yaml")
    credit = parse_credit("sven_h / Bildbank Nord", registry)
    assert (credit.photographers, credit.agencies) == ([], ["sven_h", "Bildbank Nord"])


def test_a_russian_tv_channel_or_press_office_is_an_organisation() -> None:
    # "ТК" is "телекомпания" (TV company): the words of organisation_words, in Russian
    for raw in ("ТК Звезда", "Телеканал Восток", "Пресс-служба МЧС"):
        credit = parse_credit(raw)
        assert (credit.photographers, credit.agencies) == ([], [raw]), raw


@pytest.mark.parametrize(("raw", "agencies"), [
    pytest.param("翻攝自臉書", ["臉書"], id="reproduced-from-one-source"),
    pytest.param("翻攝自東海電視、北方日報", ["東海電視", "北方日報"], id="sources-joined-by-an-ideographic-comma"),
    pytest.param("翻摄自人民日报", ["人民日报"], id="simplified-kept-as-printed"),
])
def test_parse_credit_reproduced_from_names_the_sources(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies, credit.via) == (raw, [], agencies, [])


@pytest.mark.parametrize("raw, agencies", [
    ("X/@harbour_watch", ["X", "@harbour_watch"]),
    ("Screenshot / X", ["X"]),
    ("Facebook/Port Authority", ["Facebook", "Port Authority"]),
])
def test_a_social_platform_a_picture_was_taken_from_is_named(raw: str, agencies: list[str]) -> None:
    assert parse_credit(raw).agencies == agencies


@pytest.mark.parametrize("line", ["Facebook", "X", "Twitter", "The flood on Main Street (Twitter)"])
def test_a_platform_alone_on_a_line_or_in_brackets_is_a_share_button_or_prose_not_a_credit(line: str) -> None:
    from captions import split_caption_credit
    assert split_caption_credit(line)[1] is None


def test_a_platform_after_a_lead_in_is_a_credit() -> None:
    from captions import split_caption_credit
    assert split_caption_credit("The flood on Main Street. Photo: X") == ("The flood on Main Street.", "X")


def test_taiwans_central_news_agency_in_brackets_closes_a_chinese_caption() -> None:
    from captions import split_caption_credit
    assert split_caption_credit("民眾在廣場欣賞光雕投影秀。（中央社）") == ("民眾在廣場欣賞光雕投影秀。", "中央社")
    assert parse_credit("中央社").agencies == ["中央社"]


def test_a_follow_us_on_whatsapp_line_is_no_credit() -> None:
    from captions import split_caption_credit
    assert split_caption_credit("Follow The Daily Example on WhatsApp")[1] is None


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("FF Gasen", [], ["FF Gasen"]),
    ("APA/BFV Liezen/Andreas Körbler", ["Andreas Körbler"], ["APA", "BFV Liezen"]),
    ("KW PSP Wrocław", [], ["KW PSP Wrocław"]),
    ("ДСНС Дніпропетровщини", [], ["ДСНС Дніпропетровщини"]),
    ("Aton Chile", [], ["Aton Chile"]),
], ids=["austrian-fire-brigade", "fire-district-between-agency-and-name", "polish-fire-service", "ukrainian-emergency-service",
        "chilean-photo-agency"])
def test_emergency_services_and_agencies_by_their_abbreviations_are_bodies(
        raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


def test_a_credit_opening_with_the_first_name_per_keeps_it() -> None:
    # "per" joins a photographer to a publication in Italian ("Name per Il Post"); Norwegian and Swedish
    # photographers are called Per
    credit = parse_credit("Per Olsen / VG")
    assert (credit.photographers, credit.agencies) == (["Per Olsen"], ["VG"])
