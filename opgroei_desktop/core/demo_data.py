"""What the demo trajectory holds: its people, meetings, agendas and what was said.

All names are made up. ``demo.py`` turns this into a trajectory through the services.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypedDict


class PlannedMeeting(TypedDict):
    """The meeting still ahead: keywords for ``plan_meeting`` and its agenda items."""

    title: str
    goal: str
    starts_at: datetime
    agenda: list[dict[str, Any]]


PEOPLE = [
    (
        "karin",
        "Karin Bos",
        "gemeente",
        "programmamanager warmtetransitie",
        "afdeling Duurzaamheid",
        "het programma warmtetransitie; geen mandaat over budget",
        True,
        None,
    ),
    (
        "joost",
        "Joost Verhagen",
        "gemeente",
        "wethouder duurzaamheid",
        "college van B&W",
        "het college",
        True,
        None,
    ),
    (
        "fatma",
        "Fatma Yilmaz",
        "gemeente",
        "adviseur inkoop en aanbesteding",
        "afdeling Inkoop",
        "de afdeling Inkoop",
        False,
        None,
    ),
    (
        "peter",
        "Peter de Groot",
        "gemeente",
        "beleidsadviseur energie",
        "afdeling Duurzaamheid",
        "het programma warmtetransitie",
        True,
        date(2026, 6, 30),
    ),
    (
        "henk",
        "Henk Mulder",
        "initiatief",
        "voorzitter",
        "bestuur Warmtecoöperatie Vlinderhof",
        "het bestuur; grote besluiten gaan naar de ALV",
        True,
        None,
    ),
    (
        "marleen",
        "Marleen Kok",
        "initiatief",
        "secretaris",
        "bestuur Warmtecoöperatie Vlinderhof",
        "het bestuur",
        True,
        None,
    ),
    (
        "lotte",
        "Lotte van Dijk",
        "initiatief",
        "projectleider (ingehuurd, zzp)",
        "Warmtecoöperatie Vlinderhof",
        "als ingehuurde projectleider, niet namens de leden",
        True,
        None,
    ),
    (
        "ahmed",
        "Ahmed El Amrani",
        "initiatief",
        "lid werkgroep communicatie",
        "bewoner De Vlinderhof",
        "zichzelf als bewoner",
        True,
        None,
    ),
    (
        "sanne",
        "Sanne de Vries",
        "procesbegeleider",
        "procesbegeleider",
        "Bureau Samenspel (extern)",
        "beide partijen, onafhankelijk",
        True,
        None,
    ),
]

MANDATES = {
    "joost": "het besluit van het college van 14 april 2026 en een volmacht van de burgemeester",
    "henk": "artikel 14 van de statuten",
    "marleen": "artikel 14 van de statuten",
}
"""On what authority each signatory signs, as the comparitie names it."""

EMAILS = {
    "karin": "karin.bos@lindewijde.example",
    "joost": "j.verhagen@lindewijde.example",
    "fatma": "f.yilmaz@lindewijde.example",
    "henk": "voorzitter@vlinderhof.example",
    "lotte": "lotte@vlinderhof.example",
    "sanne": "sanne@samenspel.example",
}
"""E-mail addresses (example.* domains, which never deliver); Ahmed gave none."""

CHECK_IN = dict(
    title="Check-in: hoe kom je binnen?",
    minutes=10,
    worksheet="kennen",
    format_key="check_in",
    step_key="ronde",
    prompt="Hoe kom je vandaag binnen, en wat wil je hier straks mee naartoe nemen?",
    instructions="Iedereen kort aan het woord, zonder discussie. Begin zelf.",
)
CHECK_OUT = dict(
    title="Check-out en volgende keer",
    minutes=10,
    worksheet="kennen",
    format_key="check_out",
    step_key="ronde",
    prompt="Wat neem je mee, en wat wil je de volgende keer zeker bespreken?",
    instructions="Eén zin per persoon. Noteer wensen voor de volgende agenda.",
)

MEETINGS = [
    {
        "title": "Kennismaking: waarden, doelen en werkwijzen",
        "goal": "Elkaars waarden, doelen en manier van werken leren kennen.",
        "starts_at": datetime(2026, 3, 10, 19, 30),
        "status": "verslag_vastgesteld",
        "agreed": (date(2026, 5, 19), date(2026, 5, 19)),
        "agenda": [
            CHECK_IN,
            dict(
                title="Waarden en doelen",
                minutes=30,
                worksheet="kennen",
                section="waarden_doelen",
                format_key="kennismaken",
                step_key="waarden_doelen",
                prompt="Waarom doen wij dit? Wat willen we over tien jaar in de wijk zien?",
                instructions="Laat elke partij eerst apart drie waarden noemen; zoek dan overlap.",
            ),
            dict(
                title="Hoe besluiten wij?",
                minutes=30,
                worksheet="kennen",
                section="werkwijze",
                format_key="kennismaken",
                step_key="werkwijze",
                prompt="Hoe loopt een besluit bij jullie, en hoe lang duurt dat?",
                instructions="Teken beide besluitroutes op een flap, met doorlooptijden.",
            ),
            CHECK_OUT,
        ],
        "entries": [
            (
                1,
                "gemeente",
                "opmerking",
                "Wij willen dat de wijk in 2035 **aardgasvrij** is, betaalbaar voor iedereen.",
            ),
            (
                1,
                "initiatief",
                "opmerking",
                "Voor ons telt dat de warmte *van de buurt zelf* blijft: zeggenschap en een eerlijke prijs.",
            ),
            (
                1,
                "samen",
                "opmerking",
                "Gedeeld: betaalbaarheid en draagvlak in de wijk. Niet gedeeld: het tempo.",
            ),
            (
                1,
                "initiatief",
                "zorg",
                "We zijn bang dat de gemeente straks toch een marktpartij kiest.",
            ),
            (
                2,
                "gemeente",
                "opmerking",
                "Een besluit over geld gaat via het college; bij een krediet ook via de raad. Reken op 3 tot 6 maanden.",
            ),
            (
                2,
                "initiatief",
                "opmerking",
                "Het bestuur beslist over de dagelijkse gang; investeringen gaan naar de ALV (twee keer per jaar).",
            ),
            (
                2,
                "initiatief",
                "vraag",
                "Wie bij de gemeente kan toezeggen dat er geen marktconsultatie komt?",
            ),
            (
                2,
                "samen",
                "besluit",
                "We plannen de volgende bijeenkomsten een half jaar vooruit, afwisselend in het buurthuis en het stadhuis.",
            ),
            (
                2,
                "samen",
                "afspraak",
                "We melden het elkaar vooraf als we met andere partijen over warmte in De Vlinderhof praten.",
            ),
            (
                3,
                "procesbegeleider",
                "actie",
                "Verslag rondsturen en de besluitroutes als plaatje toevoegen.",
            ),
        ],
    },
    {
        "title": "Stap voor stap: de haalbaarheidsstudie",
        "starts_at": datetime(2026, 5, 19, 19, 30),
        "status": "verslag_vastgesteld",
        "agreed": (date(2026, 9, 15), date(2026, 9, 15)),
        "agenda": [
            CHECK_IN,
            dict(
                title="Een eerste concrete stap",
                minutes=40,
                worksheet="stappen",
                section="stappen",
                format_key="eerste_stap",
                step_key="uitwerken",
                prompt="Wat is een eerste stap die we samen binnen een half jaar kunnen zetten?",
                instructions="Houd het klein en concreet. Wie doet wat, wanneer is het af?",
            ),
            dict(
                title="Piketpalen slaan",
                minutes=30,
                worksheet="stappen",
                section="piketpalen",
                format_key="eerste_stap",
                step_key="piketpalen",
                prompt="Wanneer kijken we samen terug, en wat volgt er als het goed gaat?",
                instructions="Leg per piketpaal vast wat 'bereikt' betekent én wat er dan gegarandeerd volgt.",
            ),
            dict(
                title="Wie betaalt de studie?",
                minutes=20,
                worksheet="financiering",
                format_key="financiering_sessie",
                step_key="verkennen",
                prompt="Hoe betalen we de haalbaarheidsstudie, en wat als die tegenvalt?",
                instructions="Maak zichtbaar wat de gemeente kan bijdragen en wat de coöperatie zelf doet.",
            ),
            CHECK_OUT,
        ],
        "entries": [
            (
                1,
                "samen",
                "besluit",
                "We starten met een **gezamenlijke haalbaarheidsstudie** voor een warmtenet in De Vlinderhof.",
            ),
            (
                1,
                "initiatief",
                "idee",
                "Laat bewoners zelf meten hoe warm hun huis blijft: goed voor draagvlak.",
            ),
            (
                1,
                "gemeente",
                "zorg",
                "Inkoop moet vroeg meekijken of de opdracht voor de studie aanbesteed moet worden.",
            ),
            (
                2,
                "samen",
                "afspraak",
                "Als de studie een positief advies geeft, zet de gemeente de vervolgfinanciering voor de planfase in de begroting van 2027.",
            ),
            (
                2,
                "gemeente",
                "opmerking",
                "Een toezegging over de begroting kan pas na behandeling in de raad.",
            ),
            (
                3,
                "gemeente",
                "afspraak",
                "De gemeente draagt 60% van de kosten van de haalbaarheidsstudie, de coöperatie 40% (deels in uren).",
            ),
            (3, "initiatief", "vraag", "Tellen vrijwilligersuren mee als eigen bijdrage?"),
            (
                3,
                "gemeente",
                "actie",
                "Nagaan of vrijwilligersuren mogen meetellen als eigen bijdrage.",
            ),
            (3, "initiatief", "actie", "Drie offertes voor de haalbaarheidsstudie opvragen."),
        ],
    },
    {
        "title": "Afspraken voor het plan van aanpak",
        "starts_at": datetime(2026, 9, 15, 19, 30),
        "status": "verslag_concept",
        "agreed": None,
        "accounts": {
            2: (
                "De partijen bespreken hoe zij de planfase organiseren. Er komt een stuurgroep "
                "met de wethouder en de voorzitter van de coöperatie; de procesbegeleider zit "
                "die voor, zonder stem. Daarnaast komen er drie werkgroepen: techniek, "
                "financiering, en communicatie en participatie, elk met iemand van beide "
                "kanten.\n\n"
                "Het initiatief maakt zich zorgen over de belasting van zijn vrijwilligers als "
                "drie werkgroepen tegelijk lopen."
            ),
        },
        "agenda": [
            CHECK_IN,
            dict(
                title="Evaluatie piketpaal: haalbaarheidsstudie",
                minutes=30,
                worksheet="stappen",
                section="piketpalen",
                format_key="piketpaal_evaluatie",
                step_key="oordeel",
                prompt="Is de piketpaal gehaald? Doorgaan, bijstellen of stoppen?",
                instructions="Eerst de feiten, dan ieders oordeel, dan het besluit.",
            ),
            dict(
                title="Rollen en werkstructuur",
                minutes=35,
                worksheet="borgen",
                section="werkstructuur",
                format_key="afspraken_vastleggen",
                step_key="rollen_taken",
                prompt="Wie doet wat in de planfase? Welke werkgroepen hebben we nodig?",
                instructions="Vul de werkstructuur in: stuurgroep, werkgroepen, mandaten.",
            ),
            dict(
                title="Namens wie spreek je?",
                minutes=25,
                worksheet="namens_wie",
                format_key="thema_namens_wie",
                step_key="uitdagingen",
                prompt="Namens wie zitten we hier aan tafel, en wat mogen we toezeggen?",
                instructions="Laat iedereen zijn eigen mandaat benoemen. Noteer wat onduidelijk is.",
            ),
            CHECK_OUT,
        ],
        "entries": [
            (
                1,
                "samen",
                "besluit",
                "De piketpaal 'haalbaarheidsstudie gereed' is gehaald: we gaan door naar de planfase.",
            ),
            (
                1,
                "initiatief",
                "opmerking",
                "De studie laat zien dat een warmtenet op *aquathermie* uit de vijver haalbaar is.",
            ),
            (
                2,
                "samen",
                "afspraak",
                "Er komt een stuurgroep met de wethouder, de voorzitter van de coöperatie en de procesbegeleider als voorzitter zonder stem.",
            ),
            (
                2,
                "samen",
                "afspraak",
                "Werkgroepen: techniek, financiering, en communicatie & participatie, elk met iemand van beide kanten.",
            ),
            (
                2,
                "initiatief",
                "zorg",
                "Onze vrijwilligers raken overbelast als er drie werkgroepen tegelijk draaien.",
            ),
            (
                3,
                "gemeente",
                "opmerking",
                "Ik spreek namens het programma, niet namens de hele gemeente: over geld beslist het college.",
            ),
            (
                3,
                "initiatief",
                "opmerking",
                "Lotte is ingehuurd en spreekt als projectleider, niet namens de leden.",
            ),
            (
                3,
                "samen",
                "besluit",
                "Bij elk overleg zeggen we aan het begin in welke rol iedereen aan tafel zit.",
            ),
            (
                3,
                "gemeente",
                "actie",
                "Uitzoeken welk mandaat de stuurgroep van het college kan krijgen.",
            ),
            (
                3,
                "initiatief",
                "zorg",
                "Het college beslist in maanden, onze ALV twee keer per jaar: dat tempo botst.",
                {"worksheet": "veerkracht", "challenge_key": "veerkracht.werkwijzen_tempo"},
            ),
            (
                3,
                "gemeente",
                "opmerking",
                "Peter de Groot is vertrokken; Karin neemt het dossier over met een overdrachtsnotitie.",
                {"worksheet": "veerkracht", "challenge_key": "veerkracht.wisselingen"},
            ),
            (
                3,
                "initiatief",
                "vraag",
                "Krijgen vrijwilligers in de werkgroepen een vergoeding, en vanaf wanneer?",
                {"worksheet": "rollen", "challenge_key": "rollen.waardering"},
            ),
            (
                3,
                "gemeente",
                "opmerking",
                "Wij zien de coöperatie nu als gesprekspartner, nog niet als uitvoerder van het net.",
                {"worksheet": "rollen", "challenge_key": "rollen.professionaliteit"},
            ),
            (
                4,
                "samen",
                "idee",
                "Noem de samenwerking 'Samen Warm Vlinderhof' en vier de start van de planfase met een buurtfeest.",
                {"worksheet": "verhaal", "section": "vieren"},
            ),
            (
                4,
                "procesbegeleider",
                "actie",
                "Concept-intentieovereenkomst opstellen op basis van de afspraken tot nu toe.",
            ),
        ],
    },
]

PLANNED_MEETING: PlannedMeeting = {
    "title": "Naar een intentieovereenkomst",
    "goal": "Samen bepalen welke afspraken rijp zijn voor de intentieovereenkomst.",
    "starts_at": datetime(2026, 12, 8, 19, 30),
    "agenda": [
        CHECK_IN,
        dict(
            title="Aannamekaarten: wat denken we van elkaar?",
            minutes=30,
            worksheet="kennen",
            section="waarden_doelen",
            exercise="assumption_cards",
            format_key="aannamekaarten",
            step_key="onthullen",
            prompt='"De gemeente denkt vast dat wij…" — klopt dat?',
            instructions="Lees de kaarten één voor één voor. De andere kant antwoordt: klopt, klopt deels of klopt niet.",
        ),
        dict(
            title="Open acties langs",
            minutes=15,
            worksheet="stappen",
            prompt="Wat is er gedaan sinds de vorige keer?",
            instructions="Loop de actielijst door; zet afgeronde acties op gedaan.",
        ),
        dict(
            title="Wat komt er in de intentieovereenkomst?",
            minutes=45,
            worksheet="borgen",
            section="documenten",
            format_key="afspraken_vastleggen",
            step_key="oogst",
            prompt="Welke afspraken zijn rijp om vast te leggen, en welke nog niet?",
            instructions="Ga de afspraken per werkblad langs. Markeer wat in de intentieovereenkomst moet.",
        ),
        CHECK_OUT,
    ],
}


WORK_STRUCTURE = [
    # (kind, party, name, what it decides or does, which body it serves or falls under, note)
    (
        "stuurgroep",
        None,
        "Stuurgroep",
        "de planning, de inzet van de werkgroepen en wat partijen aan het college en de ALV "
        "voorleggen",
        "",
        "wethouder, voorzitter coöperatie, procesbegeleider",
    ),
    (
        "werkgroep",
        None,
        "Werkgroep techniek",
        "geen eigen besluiten; doet voorstellen aan de stuurgroep",
        "Stuurgroep",
        "mandaat: voorstellen, geen besluiten",
    ),
    (
        "werkgroep",
        None,
        "Werkgroep financiering",
        "geen eigen besluiten; zoekt subsidies en leningen uit en rekent de varianten door "
        "voor de stuurgroep",
        "Stuurgroep",
        "",
    ),
    (
        "werkgroep",
        None,
        "Werkgroep communicatie en participatie",
        "de planning van bewonersavonden en nieuwsbrieven, binnen de lijnen van de stuurgroep",
        "Stuurgroep",
        "",
    ),
    (
        "college",
        "gemeente",
        "College van burgemeester en wethouders",
        "kredieten en de inzet van ambtelijke uren; legt grote investeringen voor aan de raad",
        "",
        "",
    ),
    (
        "alv",
        "initiatief",
        "Algemene ledenvergadering",
        "investeringen, leningen en nieuwe overeenkomsten van de coöperatie",
        "",
        "twee keer per jaar",
    ),
    (
        "rol",
        "gemeente",
        "Programmamanager warmtetransitie",
        "vast aanspreekpunt van de gemeente; bereidt de besluiten van het college voor",
        "Stuurgroep",
        "",
    ),
    (
        "rol",
        "initiatief",
        "Projectleider",
        "bereidt de stuurgroep voor en stuurt de werkgroepen aan",
        "Stuurgroep",
        "ingehuurd",
    ),
    (
        "rol",
        None,
        "Procesbegeleider",
        "leidt het overleg van partijen, onafhankelijk van beide; is zelf geen partij",
        "Stuurgroep",
        "",
    ),
]
"""The demo's bodies and roles, each field filled, so its agreements read as they should."""

DECISION_ROUTES = [
    # (party, which decision, by which body, within what term)
    (
        "gemeente",
        "Krediet voor de haalbaarheidsstudie",
        "college van burgemeester en wethouders",
        "zes weken na het voorstel van de stuurgroep",
    ),
    ("initiatief", "Investering in het warmtenet", "algemene ledenvergadering", "drie maanden"),
    (
        None,
        "Aangaan van de samenwerkingsovereenkomst",
        "het college en het bestuur van de coöperatie, na instemming van de ALV",
        "vier maanden",
    ),
]
"""The demo's decision routes."""
