"""The fixed words of the process, stored as short codes.

The codes are what the database holds; the UI translates them for the screen.
"""

from __future__ import annotations

from enum import StrEnum


class Party(StrEnum):
    GEMEENTE = "gemeente"
    INITIATIEF = "initiatief"
    PROCESBEGELEIDER = "procesbegeleider"
    ANDERS = "anders"


class Voice(StrEnum):
    """Who an entry speaks for: one party, or both together."""

    GEMEENTE = "gemeente"
    INITIATIEF = "initiatief"
    SAMEN = "samen"
    PROCESBEGELEIDER = "procesbegeleider"


class EntryKind(StrEnum):
    OPMERKING = "opmerking"
    VRAAG = "vraag"
    ZORG = "zorg"
    IDEE = "idee"
    AANNAME = "aanname"
    BESLUIT = "besluit"
    AFSPRAAK = "afspraak"
    ACTIE = "actie"
    PRIVE = "prive"
    """The facilitator's own note: on the console only, never on the beamer or in an export."""


class MeetingStatus(StrEnum):
    GEPLAND = "gepland"
    BEZIG = "bezig"
    GEHOUDEN = "gehouden"
    VERSLAG_CONCEPT = "verslag_concept"
    VERSLAG_VASTGESTELD = "verslag_vastgesteld"


class AttendanceStatus(StrEnum):
    UITGENODIGD = "uitgenodigd"
    AANWEZIG = "aanwezig"
    AFWEZIG_MET_KENNISGEVING = "afwezig_mk"
    AFWEZIG_ZONDER_KENNISGEVING = "afwezig_zk"


class AgreementStatus(StrEnum):
    """The life cycle of an agreement, in order."""

    VOORSTEL = "voorstel"
    AKKOORD_GEMEENTE = "akkoord_gemeente"
    AKKOORD_INITIATIEF = "akkoord_initiatief"
    AKKOORD_BEIDEN = "akkoord_beiden"
    VASTGELEGD = "vastgelegd"
    TE_EVALUEREN = "te_evalueren"
    GEEVALUEERD = "geevalueerd"


class EvaluationOutcome(StrEnum):
    BEHOUDEN = "behouden"
    GEWIJZIGD = "gewijzigd"
    VERVALLEN = "vervallen"


class ActionStatus(StrEnum):
    OPEN = "open"
    GEDAAN = "gedaan"
    VERVALLEN = "vervallen"


class MilestoneOutcome(StrEnum):
    DOORGAAN = "doorgaan"
    BIJSTELLEN = "bijstellen"
    STOPPEN = "stoppen"


class ChallengeState(StrEnum):
    SPEELT = "speelt"
    NOG_NIET = "nog_niet"
    NIET_VAN_TOEPASSING = "nvt"


class WorkKind(StrEnum):
    """What a line of the work structure is: a body that decides or advises, or a role."""

    STUURGROEP = "stuurgroep"
    WERKGROEP = "werkgroep"
    COLLEGE = "college"
    GEMEENTERAAD = "gemeenteraad"
    BESTUUR = "bestuur"
    ALV = "alv"
    ORGAAN = "orgaan"
    ROL = "rol"


class PreconditionKey(StrEnum):
    MEERWAARDE = "meerwaarde"
    TIJD_EN_PAUZE = "tijd_en_pauze"


WORKSHEET_KEYS: tuple[str, ...] = (
    "kennen",
    "stappen",
    "borgen",
    "verhaal",
    "namens_wie",
    "rollen",
    "veerkracht",
    "financiering",
)
"""The eight worksheets: the four DOEN components, then the four VERHELDEREN themes."""

NEGOTIATING_PARTIES: tuple[Party, ...] = (Party.GEMEENTE, Party.INITIATIEF)


DOCUMENT_TYPES: tuple[str, ...] = (
    "plan_van_aanpak",
    "intentieovereenkomst",
    "samenwerkingsovereenkomst",
    "convenant",
)
"""The staged documents a partnership is secured in, in the order they usually come."""
