"""Review 32: rounds 57 to 60's rules tried on lines they should not touch."""
from __future__ import annotations

from captions import parse_page
from captions.knowledge.registry import bundled_registry


def _pairs(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_an_outlets_name_in_sentence_case_is_a_phrase_not_the_outlet() -> None:
    """"El tiempo" (the weather) and "El mundo" (the world) as crossheads are no credit of El Tiempo, El Mundo."""
    page = (" date 2026-05-04 Tiempo\n"
            "Lluvias en el norte del país durante el fin de semana\n"
            "Las autoridades pidieron precaución a los conductores en las carreteras de montaña.\n"
            "Por Ana Ruiz\n"
            "Un conductor cruza una calle inundada en Medellín. Foto: Juan Pérez\n"
            "Las lluvias comenzaron el jueves y continuarán hasta el domingo, según el instituto meteorológico.\n"
            "El tiempo\n"
            "Se esperan temperaturas de entre 12 y 18 grados en la capital y heladas en los páramos.\n"
            "El mundo\n"
            "La tormenta también afectó a Panamá y Costa Rica, donde se cerraron varias escuelas.\n")
    assert _pairs(page) == [("Un conductor cruza una calle inundada en Medellín.", "Juan Pérez")]


def test_an_outlet_is_known_as_spelled_or_in_capitals() -> None:
    registry = bundled_registry()
    found = {t: (a.name if (a := registry.recognise(t)) else None)
             for t in ("El Tiempo", "EL TIEMPO", "El tiempo", "la Repubblica", "Jutarnji list", "the Boston Globe")}
    assert found == {"El Tiempo": "El Tiempo", "EL TIEMPO": "El Tiempo", "El tiempo": None,
                     "la Repubblica": "la Repubblica", "Jutarnji list": "Jutarnji list",
                     "the Boston Globe": "The Boston Globe"}


def test_an_outlets_name_under_an_unstopped_caption_in_the_head_is_its_credit() -> None:
    """The page credits its pictures "Le Devoir" under captions with no full stop: the first one, in the head under
    the reporter's name, is a credit as the others are, not the story's byline."""
    page = (" date 2026-05-04 Québec\n"
            "Les pompiers maîtrisent un incendie dans le Vieux-Port\n"
            "Un incendie a détruit un entrepôt du Vieux-Port dans la nuit de lundi à mardi.\n"
            "Marie Tremblay\n"
            "Des pompiers arrosent les décombres de l'entrepôt mardi matin\n"
            "Le Devoir\n"
            "Personne n'a été blessé, selon le Service de sécurité incendie de Montréal.\n"
            "Des voisins regardent les pompiers depuis le quai\n"
            "Le Devoir\n"
            "L'entrepôt était vide depuis 2019 et devait être démoli au printemps.\n")
    assert _pairs(page) == [("Des pompiers arrosent les décombres de l'entrepôt mardi matin", "Le Devoir"),
                            ("Des voisins regardent les pompiers depuis le quai", "Le Devoir")]


def test_a_teaser_opened_by_a_related_label_is_no_unstopped_caption() -> None:
    page = (" date 2026-03-12 Notícias\n"
            "Cheias em Luanda deixam centenas de famílias desalojadas\n"
            "As chuvas da noite de terça-feira inundaram vários bairros da capital.\n"
            "Crianças brincam junto à vala de drenagem no Cazenga\n"
            "Foto: João Manuel\n"
            "Os moradores dizem que a vala não é limpa há mais de dois anos.\n"
            "Uma mulher carrega água para casa no bairro Hoji ya Henda\n"
            "Foto: João Manuel\n"
            "A administração municipal prometeu enviar máquinas para limpar as valas esta semana.\n"
            "Leia também a nossa reportagem sobre as cheias de 2023 em Benguela\n"
            "O governador visitou as zonas afectadas no sábado de manhã.\n")
    assert [c for c, _ in _pairs(page)] == ["Crianças brincam junto à vala de drenagem no Cazenga",
                                            "Uma mulher carrega água para casa no bairro Hoji ya Henda"]


def test_a_credit_to_the_motorcycling_federation_is_no_wires_end_mark() -> None:
    """"Inforpress/Fim" closes a Portuguese wire's story; "Jane Doe/FIM" under a caption credits the FIM."""
    page = (" date 2026-05-04 Sport\n"
            "Marquez wins in the wet at Le Mans\n"
            "The Spaniard held off a late charge to take his third win of the season.\n"
            "By Jo Li\n"
            "Marc Marquez celebrates on the podium at Le Mans on Sunday.\n"
            "Jane Doe/FIM\n"
            "The race was shortened by three laps after a downpour midway through.\n")
    assert _pairs(page) == [("Marc Marquez celebrates on the podium at Le Mans on Sunday.", "Jane Doe/FIM")]


def test_an_outlets_name_without_its_article_is_a_word() -> None:
    """"Independent" alone (a candidate's label) is no credit of The Independent, though "Boston Globe" is the
    Globe's: one word is a word of the language."""
    registry = bundled_registry()
    assert registry.recognise("Independent") is None and registry.recognise("economist") is None
    assert registry.recognise("The Independent").name == "The Independent"
    assert registry.recognise("Boston Globe").name == "The Boston Globe"
    page = (" date 2026-05-04 Politics\n"
            "By-election result declared in Harbour Ward\n"
            "The new councillor won by 212 votes after a recount on Friday night.\n"
            "By Jo Li\n"
            "Jane Smith celebrates her win at the count. Photo: Tom Reyes\n"
            "Turnout was 31 per cent, down from 38 per cent at the last election.\n"
            "Jane Smith, 54, a retired teacher who stood on a promise to reopen the library.\n"
            "Independent\n"
            "She beat the Labour candidate, who had held the seat since 2014.\n")
    assert _pairs(page) == [("Jane Smith celebrates her win at the count.", "Tom Reyes")]


def test_an_outlets_name_closing_the_story_credits_the_last_picture_on_a_page_crediting_so() -> None:
    """The page credits a picture "Le Devoir" alone under its caption: the same name under the last caption, the
    story's end, is that picture's credit too, not reprinted copy's signature."""
    page = (" date 2026-05-04 Québec\n"
            "Les pompiers maîtrisent un incendie dans le Vieux-Port\n"
            "Un incendie a détruit un entrepôt du Vieux-Port dans la nuit de lundi à mardi.\n"
            "Par Marie Tremblay\n"
            "Personne n'a été blessé, selon le Service de sécurité incendie de Montréal.\n"
            "Des voisins regardent les pompiers depuis le quai.\n"
            "Le Devoir\n"
            "L'entrepôt était vide depuis 2019 et devait être démoli au printemps.\n"
            "Un camion de pompiers quitte les lieux vers midi.\n"
            "Le Devoir\n")
    assert _pairs(page) == [("Des voisins regardent les pompiers depuis le quai.", "Le Devoir"),
                            ("Un camion de pompiers quitte les lieux vers midi.", "Le Devoir")]


def test_a_caption_with_a_position_in_brackets_before_a_dash_is_no_wire_dateline() -> None:
    """Round 58's dateline ("LONDON, June 5 (Reuters) - ") took captions holding a number, a position in brackets
    and a dash for a story's lede, and gave their credits to the paragraphs below."""
    page = (" date 2026-05-04 Sport\n"
            "Harbour United lift the cup after extra time\n"
            "The club's first trophy in 40 years came in front of a record crowd.\n"
            "By Jo Li\n"
            "Captain Jo Smith, 28 (centre) - the club's top scorer - lifts the trophy at Kingsway\n"
            "Photo: Tom Reyes\n"
            "The winner came in the 112th minute from a corner.\n"
            "Fans of the 1990s side (left) – many now in their sixties – join the celebrations\n"
            "Photo: Tom Reyes\n"
            "The final had been moved to Saturday because of the storm.\n")
    assert [c for c, _ in _pairs(page)] == [
        "Captain Jo Smith, 28 (centre) - the club's top scorer - lifts the trophy at Kingsway",
        "Fans of the 1990s side (left) – many now in their sixties – join the celebrations"]
