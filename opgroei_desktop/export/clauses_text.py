"""The sentences of a drafted agreement that come from the trajectory: outline texts with their
``{...}`` words filled in, the parties, the preconditions, people, milestones and worksheet lines.

Whatever the trajectory does not say becomes a marked blank ("[…in te vullen: …]", yellow in
Word), never invented text.
"""

from __future__ import annotations

import re

from ..core.text import clean_line, clean_text
from ..core.vocab import Party
from .clauses_data import ClauseData, Row
from .document import Run, Runs
from .wording import MILESTONE_OUTCOME_WORDS, day_month_year, person_label

_TOKEN = re.compile(r"\{([^{}]*)\}")

PARTY_NAMES = {"gemeente": "de gemeente", "initiatief": "het initiatief"}
"""How a party is called after the parties block defines it."""

PRECONDITION_SENTENCES = {
    "meerwaarde": "dat zij samen meer bereiken dan ieder voor zich",
    "tijd_en_pauze": (
        "dat zij vooraf tijd en aandacht in de samenwerking steken en, zolang die wordt "
        "opgebouwd, geen plannen of partners buiten de ander om zoeken"
    ),
}


def blank(what: str) -> Run:
    """A marked blank for the reader to fill in."""
    return Run(f"[…in te vullen: {clean_line(what)}…]", highlight=True)


def title_of(data: ClauseData) -> str:
    """The document's title, such as "Intentieovereenkomst Samen Warm Vlinderhof"."""
    trajectory = data.trajectory
    name = clean_line(trajectory.shared_name) or (
        f"{clean_line(trajectory.initiative)} en {municipality(trajectory)}"
    )
    return f"{data.outline.title} {name}"


def municipality(trajectory: Row) -> str:
    """The municipality's name as a party: "Gemeente Lindewijde"."""
    name = clean_line(trajectory.municipality)
    return name if name.lower().startswith("gemeente") else f"Gemeente {name}"


def fill_text(text: str, data: ClauseData) -> list[Run]:
    """An outline text as runs, its ``{...}`` words filled in from the trajectory."""
    trajectory = data.trajectory
    known = {
        "project": clean_line(trajectory.project),
        "naam": clean_line(trajectory.shared_name),
        "titel": title_of(data),
        "gemeente": municipality(trajectory),
        "initiatief": clean_line(trajectory.initiative),
    }
    missing = {"project": "naam van het project", "naam": "naam van de samenwerking"}
    runs: list[Run] = []
    position = 0
    for match in _TOKEN.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position : match.start()]))
        token = match.group(1)
        if token.startswith("blank:"):
            runs.append(blank(token[6:].strip()))
        elif known.get(token):
            runs.append(Run(known[token]))
        else:
            runs.append(blank(missing.get(token, token)))
        position = match.end()
    if position < len(text):
        runs.append(Run(text[position:]))
    return runs


def goal_runs(data: ClauseData) -> list[Run]:
    """The shared goal (and the partnership's name), or a blank."""
    trajectory = data.trajectory
    goal = clean_text(trajectory.shared_goal).strip()
    runs = [Run("partijen als gezamenlijk doel hebben: ")]
    runs.append(
        Run(f"“{goal.rstrip('.')}”") if goal else blank("het gezamenlijke doel van partijen")
    )
    if clean_line(trajectory.shared_name):
        runs.append(Run(f", en hun samenwerking “{clean_line(trajectory.shared_name)}” noemen"))
        if clean_line(trajectory.slogan):
            runs.append(Run(f" (“{clean_line(trajectory.slogan)}”)"))
    runs.append(Run(";"))
    return runs


def precondition_runs(data: ClauseData) -> list[list[Run]]:
    """Per precondition: which parties confirmed it; a confirmation still missing is a blank.

    No dates and no working notes: those belong in the minutes, not in an agreement.
    """
    result = []
    for key, sentence in PRECONDITION_SENTENCES.items():
        rows = {p.party: p for p in data.preconditions if p.key == key}
        confirmed = [
            PARTY_NAMES[party]
            for party in PARTY_NAMES
            if party in rows and rows[party].confirmed_on
        ]
        runs: list[Run] = []
        if len(confirmed) == 2:
            runs.append(Run(f"partijen hebben bevestigd {sentence};"))
        elif confirmed:
            runs.append(Run(f"{confirmed[0]} heeft bevestigd {sentence}; "))
        else:
            runs.append(Run(f"partijen willen bevestigen {sentence}; "))
        for party in PARTY_NAMES:
            row = rows.get(party)
            if row is None or not row.confirmed_on:
                runs.append(blank(f"bevestiging door {PARTY_NAMES[party]}"))
        result.append(runs)
    return result


_SIGNS_FIRST: dict[str, tuple[str, ...]] = {
    Party.GEMEENTE: ("burgemeester", "wethouder"),
    Party.INITIATIEF: ("voorzitter",),
}
_SIGNS_SECOND = ("secretaris", "penningmeester", "bestuur")


def signatories(data: ClauseData, party: str) -> list[Row | None]:
    """Who signs for ``party``, in order; ``None`` is a signature line still to be named.

    Chosen per document when the facilitator did so; otherwise the mayor or alderman for the
    municipality, and two board members for the initiative, whose statutes usually ask for
    two: the chair and a secretary, treasurer or other board member.
    """
    current = [p for p in data.people if p.party == party and p.left_on is None]
    chosen = (data.options.signers or {}).get(party)
    if chosen is not None:
        by_id = {p.id: p for p in current}
        return [by_id[i] for i in chosen if i in by_id]
    first = _with_function(current, _SIGNS_FIRST.get(party, ()), ())
    if party != Party.INITIATIEF:
        return [first]
    second = _with_function(current, _SIGNS_SECOND, (first,))
    return [first, second]


def signatory(data: ClauseData, party: str) -> Row | None:
    """The first of who signs for ``party``, or None when that is not clear."""
    found = signatories(data, party)
    return found[0] if found else None


def _with_function(people: list[Row], words: tuple[str, ...], taken: tuple) -> Row | None:
    for word in words:
        for person in people:
            if person not in taken and word in f"{person.function} {person.organisation}".lower():
                return person
    return None


def signer_label(person: Row, party: str) -> str:
    """A signatory as named in the document: name and function, consent respected."""
    if not person.consent_named:
        return person_label(person.name, person.function, party, False)
    label = person_label(person.name, "", party, True)
    function = clean_line(person.function)
    return f"{label}, {function}" if function else label


def people_rows(data: ClauseData) -> list[tuple[str, str, str, str]]:
    """The people at the table per negotiating party, for the annex: party, name, function,
    on whose behalf."""
    names = {"gemeente": municipality(data.trajectory), "initiatief": data.trajectory.initiative}
    found = []
    for party in PARTY_NAMES:
        for person in data.people:
            if person.party == party and person.left_on is None:
                named = person.consent_named and clean_line(person.name)
                found.append(
                    (
                        clean_line(names[party]),
                        clean_line(person.name) if named else "niet bij naam vermeld",
                        clean_line(person.function),
                        clean_line(person.speaks_for),
                    )
                )
    return found


def milestone_runs(milestone: Row) -> list[Run]:
    """A milestone: date, when it counts as reached, what is guaranteed then, its outcome."""
    when = day_month_year(milestone.due_on) if milestone.due_on else None
    runs = [Run(clean_line(milestone.title), bold=True), Run(" (")]
    runs.append(Run(when) if when else blank("datum"))
    runs.append(Run("). Bereikt als: "))
    criteria = clean_text(milestone.criteria).strip()
    runs.append(Run(criteria) if criteria else blank("waaraan partijen zien dat hij bereikt is"))
    runs.append(Run(" Dan staat vast: "))
    guarantee = clean_text(milestone.guarantee).strip()
    runs.append(Run(guarantee) if guarantee else blank("wat er gegarandeerd volgt"))
    if milestone.outcome:
        outcome = MILESTONE_OUTCOME_WORDS.get(milestone.outcome, milestone.outcome)
        on = f" op {day_month_year(milestone.evaluated_on)}" if milestone.evaluated_on else ""
        runs.append(Run(f" Geëvalueerd{on}: {outcome}."))
    return runs


def item_sentence(item: Row) -> str:
    """A structured line (a body, a decision route, a document, a step) as a sentence of the
    draft: its title and what it says, without the parties' working labels."""
    title = clean_line(item.title).rstrip(".:; ")
    text = clean_line(item.text).strip()
    if not text:
        return f"{title}."
    return f"{title}: {text}" + ("" if text.endswith((".", "!", "?")) else ".")


_GENERIC = ("wijk", "buurt", "dorp", "kern", "gebied", "stadsdeel", "project", "gemeente")


def in_sentence(name: str) -> str:
    """A name as it reads inside a sentence: a generic first word such as "Wijk" in
    "Wijk De Vlinderhof" loses its capital ("in wijk De Vlinderhof")."""
    name = clean_line(name)
    first, _, rest = name.partition(" ")
    if rest and first.lower() in _GENERIC:
        return f"{first.lower()} {rest}"
    return name


def runs(*parts: Run | list[Run]) -> Runs:
    """Runs and lists of runs joined into one tuple."""
    joined: list[Run] = []
    for part in parts:
        joined.extend(part if isinstance(part, list) else [part])
    return tuple(joined)
