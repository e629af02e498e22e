"""The parts of a drafted agreement built from the work structure's fields: who represents each
party and on what authority (the comparitie), the bodies of the partnership, its roles and its
decision routes.

Each part is a fixed sentence with the fields put in; a field left empty becomes a marked
blank, and nothing a party wrote as a working note (an item's explanation, what someone says
they speak for) enters the text.
"""

from __future__ import annotations

from ..core.text import clean_line
from ..core.vocab import WorkKind
from .clauses_data import ClauseData, Row
from .clauses_text import blank, signatories
from .document import Run

WORK_STRUCTURE = "borgen.werkstructuur"
DECISION_ROUTES = "borgen.besluitvorming"

_OWNERS = {None: "beide partijen", "gemeente": "de gemeente", "initiatief": "het initiatief"}
_BASIS_EXAMPLE = {
    "gemeente": "grondslag van de bevoegdheid, bijvoorbeeld een volmacht van de burgemeester",
    "initiatief": "grondslag van de bevoegdheid, bijvoorbeeld een artikel van de statuten",
}

Line = tuple[Run, ...]
Part = tuple[list[Run], list[Line]]
"""A clause: its lead sentence and the lines that hang under it."""


def represented_by(data: ClauseData, party: str) -> list[Run]:
    """Who signs for ``party`` by function (and name), and the basis of their authority:
    "de voorzitter, Ria Jansen, en de secretaris, Sam Smit, daartoe gezamenlijk bevoegd
    krachtens artikel 16 van de statuten"."""
    signers = signatories(data, party) or [None]
    bases = [clean_line(signer.mandate_basis) if signer else "" for signer in signers]
    once = len(set(bases)) == 1
    out: list[Run] = []
    for index, signer in enumerate(signers):
        if index:
            out.append(Run(", en " if index == len(signers) - 1 else ", "))
        out.extend(_signer(signer))
        if not once:
            out.extend(_authority(bases[index], party, together=False))
    if once:
        out.extend(_authority(bases[0], party, together=len(signers) > 1))
    return out


def _signer(person: Row | None) -> list[Run]:
    if person is None:
        return [blank("functie en naam van wie tekent")]
    function = _lower_first(clean_line(person.function))
    name = clean_line(person.name) if person.consent_named else ""
    if not function:
        return [blank("functie"), Run(f", {name}")] if name else [blank("functie")]
    lead = function if function.startswith(("de ", "het ")) else f"de {function}"
    return [Run(f"{lead}, {name}" if name else lead)]


def _authority(basis: str, party: str, *, together: bool) -> list[Run]:
    words = (
        ", daartoe gezamenlijk bevoegd krachtens " if together else (", daartoe bevoegd krachtens ")
    )
    example = _BASIS_EXAMPLE.get(party, "grondslag van de bevoegdheid")
    return [Run(words), Run(basis) if basis else blank(example)]


def _lower_first(text: str) -> str:
    """ "Wethouder warmte" reads "wethouder warmte" mid-sentence; "ALV" keeps its capitals."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def bodies(data: ClauseData) -> list[Part]:
    """The bodies of the partnership, each with whose it is and what it decides."""
    found = [i for i in data.items.get(WORK_STRUCTURE, []) if i.kind != WorkKind.ROL]
    return _listed(
        found,
        "De samenwerking kent de volgende organen:",
        ("valt onder", "Bevoegdheid", "waarover dit orgaan beslist"),
    )


def roles(data: ClauseData) -> list[Part]:
    """The roles at the table by function, each with the party that fills it and what it does;
    never the person who happens to fill it now."""
    found = [i for i in data.items.get(WORK_STRUCTURE, []) if i.kind == WorkKind.ROL]
    return _listed(
        found,
        "In de samenwerking zijn de volgende rollen belegd:",
        ("werkt voor", "Taken", "taken van deze rol"),
    )


def _listed(found: list[Row], lead: str, words: tuple[str, str, str]) -> list[Part]:
    """One line per body or role: its name, whose it is and the body it falls under or works
    for (``words[0]``), then ``words[1]`` and what it decides or does, or a blank naming
    what is missing (``words[2]``)."""
    if not found:
        return []
    relation, label, missing = words
    lines: list[Line] = []
    for item in found:
        what = clean_line(item.decides).rstrip(".;")
        lines.append(
            (
                Run(clean_line(item.title), bold=True),
                Run(f" ({_where(item, relation)}). {label}: "),
                Run(what) if what else blank(missing),
                Run("."),
            )
        )
    return [([Run(lead)], lines)]


def _where(item: Row, relation: str) -> str:
    """Whose a body or role is, and the body it falls under or works for when one is named."""
    body = clean_line(item.body)
    owner = _OWNERS.get(item.party, "beide partijen")
    return f"{owner}; {relation}: {body}" if body else owner


def decision_routes(data: ClauseData) -> list[Part]:
    """Per kind of decision: whose it is, which body takes it and within what term."""
    found = data.items.get(DECISION_ROUTES, [])
    if not found:
        lead = [
            Run("Besluiten worden genomen als volgt: "),
            blank("welke besluiten door welk orgaan worden genomen, en binnen welke termijn"),
            Run("."),
        ]
        return [(lead, [])]
    lines: list[Line] = []
    for item in found:
        body = clean_line(item.body)
        term = clean_line(item.term).rstrip(".")
        if term.lower().startswith("binnen "):
            term = term[7:]
        lines.append(
            (
                Run(clean_line(item.title).rstrip(".:;"), bold=True),
                Run(f" ({_OWNERS.get(item.party, 'beide partijen')}). Genomen door: "),
                Run(body) if body else blank("welk orgaan dit besluit neemt"),
                Run(", binnen "),
                Run(term) if term else blank("termijn"),
                Run("."),
            )
        )
    return [([Run("Besluiten worden genomen als volgt:")], lines)]
