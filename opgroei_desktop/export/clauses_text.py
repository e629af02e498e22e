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
from .wording import MILESTONE_OUTCOME_WORDS, day_month_year, party_word, person_label

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
    """Per precondition: who confirmed it and when; what is still open as a blank."""
    result = []
    for key, sentence in PRECONDITION_SENTENCES.items():
        rows = {p.party: p for p in data.preconditions if p.key == key}
        confirmed = [
            f"{PARTY_NAMES[party]} (op {day_month_year(rows[party].confirmed_on)})"
            for party in PARTY_NAMES
            if party in rows and rows[party].confirmed_on
        ]
        runs: list[Run] = []
        if confirmed:
            verb = "hebben" if len(confirmed) == 2 else "heeft"
            runs.append(Run(f"{' en '.join(confirmed)} {verb} bevestigd {sentence};"))
        for party in PARTY_NAMES:
            row = rows.get(party)
            if row is None or not row.confirmed_on:
                note = clean_line(row.note) if row is not None else ""
                if runs:
                    runs.append(Run(" "))
                else:
                    runs.append(Run(f"partijen willen bevestigen {sentence}; "))
                what = f"bevestiging door {PARTY_NAMES[party]}"
                runs.append(blank(what + (f" (nu nog open: {note})" if note else "")))
        result.append(runs)
    return result


def signatory(data: ClauseData, party: str) -> Row | None:
    """Who signs for ``party``: the alderman or mayor, the chair or board; None when unclear."""
    wanted = ("burgemeester", "wethouder") if party == Party.GEMEENTE else ("voorzitter", "bestuur")
    current = [p for p in data.people if p.party == party and p.left_on is None]
    for word in wanted:
        for person in current:
            if word in f"{person.function} {person.organisation}".lower():
                return person
    return None


def person_line(person: Row) -> str:
    """A person with function, and on whose behalf they speak."""
    label = person_label(person.name, "", person.party, person.consent_named)
    function = clean_line(person.function)
    if person.consent_named and function:
        label = f"{label}, {function}"
    elif not person.consent_named:
        label = person_label(person.name, person.function, person.party, False)
    speaks_for = clean_line(person.speaks_for)
    return f"{label} (spreekt namens {speaks_for})" if speaks_for else label


def people_lines(data: ClauseData) -> dict[str, list[str]]:
    """The current people of each negotiating party, as lines."""
    lines: dict[str, list[str]] = {party: [] for party in PARTY_NAMES}
    for person in data.people:
        if person.party in lines and person.left_on is None:
            lines[person.party].append(person_line(person))
    return lines


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


def action_line(action: Row, names: dict[str, str]) -> str:
    """An open action: what, who, when."""
    who = names.get(action.owner_person_id or "") or party_word(action.owner_party) or "nog niemand"
    due = f", uiterlijk {day_month_year(action.due_on)}" if action.due_on else ""
    return f"{clean_line(action.what)} ({who}{due})"


def item_line(item: Row) -> str:
    """A worksheet line: title, explanation, and whose it is."""
    text = clean_line(item.title)
    if clean_line(item.text):
        text += f": {clean_line(item.text)}"
    tags = [party_word(item.party)] if item.party else []
    if item.shared:
        tags.append("gedeeld")
    return text + (f" ({', '.join(tags)})" if tags else "")


def runs(*parts: Run | list[Run]) -> Runs:
    """Runs and lists of runs joined into one tuple."""
    joined: list[Run] = []
    for part in parts:
        joined.extend(part if isinstance(part, list) else [part])
    return tuple(joined)
