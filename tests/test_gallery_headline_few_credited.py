"""Under a gallery's headline, a block of captions one a line where a few print a credit: every caption-shaped line
of the block is a slide's caption, the standfirst and the date line kept out (among_captions.py). Round 29, from
National Geographic Brasil's "Fotos: ..." galleries; the pages here are invented."""
from __future__ import annotations

from pathlib import Path

from captions import parse_page

HEAD = ["In pictures: the spring floods along the Marrow valley",
        "A week after the river broke its banks, families in three villages are still pumping water out.",
        "Published 14 April 2025 09:20, updated 14 April 2025 18:05"]
SLIDES = ["A tractor tows a stranded car out of the flooded lane at Brackley Mill.",
          "Volunteers fill sandbags outside the village hall in Upper Marrow.",
          "Photo by Dana Whitlock, Valley Rescue",
          "The water reached Church Row within an hour. Residents were taken out by boat.",
          "A heron stands in a flooded field beside the bypass.",
          "Firefighters carry an elderly man through the water to a waiting ambulance.",
          "Photo by Dana Whitlock, Valley Rescue",
          "Children watch the rescue boats from the railway bridge."]


def read(*lines: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None)
            for p in parse_page("\n".join(lines)).photos]


def test_every_caption_shaped_line_of_the_block_is_a_slide() -> None:
    assert read(*HEAD, *SLIDES) == [
        (None, "A tractor tows a stranded car out of the flooded lane at Brackley Mill.", None),
        (None, "Volunteers fill sandbags outside the village hall in Upper Marrow.", "Dana Whitlock, Valley Rescue"),
        (None, "The water reached Church Row within an hour. Residents were taken out by boat.", None),
        (None, "A heron stands in a flooded field beside the bypass.", None),
        (None, "Firefighters carry an elderly man through the water to a waiting ambulance.",
         "Dana Whitlock, Valley Rescue"),
        (None, "Children watch the rescue boats from the railway bridge.", None)]


def test_with_no_date_line_the_standfirst_is_still_no_caption() -> None:
    captions = [caption for _, caption, _ in read(*HEAD[:2], *SLIDES)]
    assert HEAD[1] not in captions and SLIDES[0] in captions


def test_under_a_headline_of_another_kind_the_line_above_a_credit_is_left_as_it_was() -> None:
    """No gallery headline: two credited pictures show no gallery, and the lines between them are not read."""
    photos = read("Spring floods along the Marrow valley", *HEAD[1:], *SLIDES)
    assert [caption for _, caption, _ in photos] == [SLIDES[1], SLIDES[5]]


def test_a_story_paragraph_of_three_sentences_between_them_stops_the_reading() -> None:
    paragraph = "The council met on Monday. It voted to fund new defences. Work starts in June."
    photos = read(*HEAD, *SLIDES[:3], paragraph, *SLIDES[3:])
    assert [caption for _, caption, _ in photos] == [SLIDES[1], SLIDES[5]]


def test_one_line_alone_between_credited_captions_stays_their_alt_text() -> None:
    """"In pictures" galleries print an alt line over each caption: one line between each pair is that, not a slide."""
    photos = read(*HEAD, *SLIDES[:3], *SLIDES[4:7])
    assert [caption for _, caption, _ in photos] == [SLIDES[1], SLIDES[5]]


def test_the_example_page() -> None:
    page = Path(__file__).parent.parent / "examples" / "gallery-headline-few-credited.txt"
    assert len(parse_page(page.read_text(encoding="utf-8")).photos) == 7


# Review 24: story pages under a headline naming pictures, their paragraphs printed one a line between two credited
# pictures, as a gallery's uncredited captions are. Only the two pictures are read; invented pages.
STORM = ["Residents of three seaside towns woke to flooded streets and fallen trees on Tuesday.",
         "Waves crashed over the promenade at Westport as the tide peaked.",
         "Photo: Anna Berg/Reuters",
         "Emergency services said more than 200 homes had lost power by dawn.",
         "Crews were working to restore lines before the next front arrives on Thursday.",
         "A fallen oak blocks the road into Kilmore on Tuesday morning.",
         "Photo: Anna Berg/Reuters",
         "Forecasters expect the wind to ease by the weekend."]


def captions_of(*lines: str) -> list[str | None]:
    return [caption for _, caption, _ in read(*lines)]


def test_a_closing_picture_mark_is_a_story_showing_pictures_not_a_gallery() -> None:
    assert captions_of("Storm batters coastal towns (Photos)", *STORM) == [STORM[1], STORM[5]]


def test_a_story_under_a_gallery_label_with_a_list_of_bullet_points() -> None:
    points = ["• More than 200 homes lost power", "• Two rest centres opened"]
    assert captions_of("In pictures: Storm batters coastal towns", STORM[0], *points, *STORM[1:]) == \
        [STORM[1], STORM[5]]


def test_a_story_closing_on_a_related_link() -> None:
    """The link's label cut off as a control (": How ...") or printed ("Te puede interesar: ..."), the last line."""
    assert captions_of("In pictures: Storm batters coastal towns", *STORM,
                       "Read more: How towns on the coast prepare for the storm season") == [STORM[1], STORM[5]]
    slides = ["Un hombre camina por una calle inundada en el centro de la ciudad.", "Foto: Elmer Martínez/AP",
              "Las autoridades declararon alerta roja en seis departamentos del país.",
              "Los comercios del mercado central permanecieron cerrados el martes.",
              "Vecinos retiran lodo de sus viviendas en la colonia Kennedy.", "Foto: Elmer Martínez/AP"]
    assert captions_of("FOTOS: Así quedó el centro de Tegucigalpa tras las lluvias",
                       "Las lluvias dejaron al menos cinco muertos en la capital.", *slides,
                       "Te puede interesar: Honduras pide ayuda internacional") == [slides[0], slides[4]]


def test_a_story_with_a_related_link_between_its_pictures() -> None:
    slides = ["Спасатели эвакуируют жителей на лодках.", "Фото: Сергей Медведев/ТАСС",
              "В городе введен режим чрезвычайной ситуации.", "Читайте также: Как Орск пережил прорыв дамбы",
              "Затопленная улица в микрорайоне Ситцевка.", "Фото: Сергей Медведев/ТАСС",
              "Школы будут закрыты до пятницы."]
    assert captions_of("Фото: наводнение в Оренбурге затопило сотни домов",
                       "Уровень воды в реке Урал продолжает расти.", *slides) == [slides[0], slides[4]]


def test_a_story_with_a_byline_printed_as_text() -> None:
    slides = ["Los bomberos rescataron a una familia atrapada en su coche.", "Foto: Manuel Bruque/EFE",
              "La Agencia Estatal de Meteorología mantiene el aviso rojo hasta el miércoles.",
              "El alcalde pidió a los vecinos que no salgan de casa.",
              "Un vecino achica agua de su vivienda en el barrio de la Torre.", "Foto: Manuel Bruque/EFE",
              "Los colegios de la comarca permanecerán cerrados el jueves."]
    assert captions_of("Fotos: las inundaciones dejan calles anegadas en Valencia",
                       "Las lluvias obligaron a evacuar a cientos de vecinos.", "Por Laura Martínez",
                       "VALENCIA, 14 abr (EFE).", *slides) == [slides[0], slides[4]]


def test_a_story_quoting_someone_between_its_pictures() -> None:
    """Quoted speech closed by a comma before its speaker, in German, French and Spanish quotation marks."""
    for headline, standfirst, slides in [
            ("Bilder: Hochwasser in Passau", "Die Donau hat in der Nacht fast zehn Meter erreicht.",
             ["Helfer füllen Sandsäcke am Ufer der Donau.", "Foto: Armin Weigel/dpa",
              "„So hoch stand das Wasser seit 2013 nicht mehr“, sagte Oberbürgermeister Jürgen Dupper.",
              "Bewohner der unteren Stockwerke wurden aufgefordert, ihre Wohnungen zu verlassen.",
              "Ein Mann watet durch die überflutete Innstraße.", "Foto: Armin Weigel/dpa",
              "Die Schulen bleiben bis Freitag geschlossen."]),
            ("En images : les inondations dans le Pas-de-Calais", "Plus de 200 communes sont sinistrées.",
             ["Les pompiers évacuent des habitants à Blendecques.", "Photo : Denis Charlet/AFP",
              "« On n'a jamais vu ça », a confié un habitant d'Arques.",
              "La préfecture a ouvert trois centres d'hébergement d'urgence.",
              "Un habitant dans sa cuisine inondée à Arques.", "Photo : Denis Charlet/AFP",
              "Les écoles resteront fermées jusqu'à vendredi."]),
            ("Fotos: Así quedó Tegucigalpa tras las lluvias", "Las lluvias dejaron cinco muertos en la capital.",
             ["Un hombre camina por una calle inundada.", "Foto: Elmer Martínez/AP",
              "«Perdimos todo lo que teníamos», dijo una vecina de la colonia Kennedy.",
              "Los comercios del mercado central permanecieron cerrados el martes.",
              "Vecinos retiran lodo de sus viviendas.", "Foto: Elmer Martínez/AP",
              "Las clases se suspendieron hasta el lunes."])]:
        assert captions_of(headline, standfirst, *slides) == [slides[0], slides[4]], headline


def test_a_gallery_under_its_date_line_printed_as_text_is_still_read() -> None:
    slides = ["Uma onça-pintada ferida descansa às margens do rio Cuiabá.",
              "Brigadistas combatem o fogo perto da rodovia Transpantaneira.", "Foto de Lalo de Almeida, Folhapress",
              "Um jacaré morto em meio à vegetação queimada.",
              "Árvores carbonizadas na fazenda São Francisco do Perigara.",
              "Voluntários levam água para animais em Poconé.", "Foto de Lalo de Almeida, Folhapress",
              "Uma arara-azul pousa em um galho queimado."]
    photos = read("Fotos: Os incêndios que devastam o Pantanal",
                  "As chamas já consumiram mais de 2 milhões de hectares do bioma desde janeiro.",
                  "Publicado 14 de set. de 2020 10:20 BRT", *slides)
    assert [caption for _, caption, _ in photos] == [line for line in slides if not line.startswith("Foto de")]


def test_a_byline_says_the_block_is_a_story_whatever_its_headline_says() -> None:
    assert [(caption, credit) for _, caption, credit in read("In pictures: the river town that waited for the water to fall",
                "By Jo Li",
                "The water reached the bakery on Mill Street before dawn on Tuesday.",
                "Residents moved furniture upstairs as the level rose through the morning.",
                "A man carries his dog through the flooded square in Eastbridge on Tuesday.",
                "Jo Li/Reuters",
                "The council opened the school hall as a shelter by midday.",
                "Volunteers brought blankets, soup and dry clothes from the next village.",
                "Firefighters pump water from a cellar on Mill Street.",
                "Jo Li/Reuters",
                "The river is expected to fall slowly over the next three days.")] == [
        ("A man carries his dog through the flooded square in Eastbridge on Tuesday.", "Jo Li/Reuters"),
        ("Firefighters pump water from a cellar on Mill Street.", "Jo Li/Reuters")]
