"""The demo trajectory: a fictional municipality and cooperative, so a newcomer sees the
app at work. Every name here is made up.

Built only through the services (as a user would), except that captured times are set to
the meeting's own time so the history reads as it would have happened.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from .demo_data import (
    DECISION_ROUTES,
    EMAILS,
    MANDATES,
    MEETINGS,
    PEOPLE,
    PLANNED_MEETING,
    WORK_STRUCTURE,
)
from .models import Entry, Trajectory
from .services import (
    actions,
    agreements,
    entries,
    meetings,
    milestones,
    people,
    rows,
    trajectories,
)
from .services import worksheet_data as sheets
from .store import Store

DEMO_MUNICIPALITY = "Gemeente Lindewijde"
DEMO_INITIATIVE = "Warmtecoöperatie Vlinderhof"


def find_demo(store: Store) -> str | None:
    """The id of the demo trajectory, if it exists."""
    with store.transaction() as session:
        return session.scalar(
            select(Trajectory.id).where(
                Trajectory.municipality == DEMO_MUNICIPALITY,
                Trajectory.initiative == DEMO_INITIATIVE,
                Trajectory.deleted_at.is_(None),
            )
        )


def ensure_demo(store: Store) -> tuple[str, bool]:
    """The demo trajectory's id, creating it first when needed; and whether it was created."""
    existing = find_demo(store)
    if existing:
        return existing, False
    return create_demo(store), True


def create_demo(store: Store) -> str:
    """Create the demo trajectory and return its id."""
    trajectory_id = trajectories.create_trajectory(
        store,
        municipality=DEMO_MUNICIPALITY,
        initiative=DEMO_INITIATIVE,
        area="Wijk De Vlinderhof",
        project="Collectief warmtenet De Vlinderhof",
        phase="Planfase",
        shared_name="Samen Warm Vlinderhof",
        slogan="Warmte van de wijk, voor de wijk",
        shared_goal="In 2035 verwarmt De Vlinderhof zich betaalbaar en duurzaam, met een warmtenet "
        "waarin de bewoners zeggenschap hebben.",
        facilitator="Sanne de Vries",
        notes="Voorbeeldtraject: alle namen zijn verzonnen.",
    ).id
    _preconditions(store, trajectory_id)
    person = _people(store, trajectory_id)
    held = [_held_meeting(store, trajectory_id, spec, person) for spec in MEETINGS]
    _planned_meeting(store, trajectory_id, person)
    _agreement_states(store, trajectory_id, held)
    _actions(store, trajectory_id)
    _milestones(store, trajectory_id, held)
    _worksheets(store, trajectory_id)
    return trajectory_id


def _preconditions(store: Store, trajectory_id: str) -> None:
    trajectories.set_precondition(
        store,
        trajectory_id,
        "meerwaarde",
        "gemeente",
        confirmed_on=date(2026, 2, 3),
        note="Bevestigd in de collegebrief over de warmtevisie.",
    )
    trajectories.set_precondition(
        store,
        trajectory_id,
        "meerwaarde",
        "initiatief",
        confirmed_on=date(2026, 2, 3),
        note="Besluit van het bestuur.",
    )
    trajectories.set_precondition(
        store,
        trajectory_id,
        "tijd_en_pauze",
        "gemeente",
        confirmed_on=date(2026, 3, 10),
        note="Geen marktconsultatie voor De Vlinderhof zolang we samen verkennen.",
    )
    trajectories.set_precondition(
        store,
        trajectory_id,
        "tijd_en_pauze",
        "initiatief",
        left_open=True,
        note="Wacht op de ALV van december: hoeveel tijd kunnen de vrijwilligers geven?",
    )


def _people(store: Store, trajectory_id: str) -> dict[str, str]:
    ids = {}
    for key, name, party, function, organisation, speaks_for, consent, left_on in PEOPLE:
        ids[key] = people.add_person(
            store,
            trajectory_id,
            name=name,
            party=party,
            function=function,
            organisation=organisation,
            speaks_for=speaks_for,
            mandate_basis=MANDATES.get(key, ""),
            consent_named=consent,
            email=EMAILS.get(key, ""),
            left_on=left_on,
        ).id
    return ids


def _held_meeting(store: Store, trajectory_id: str, spec: dict, person: dict[str, str]) -> str:
    present = ["karin", "henk", "lotte", "ahmed", "sanne"]
    present += ["peter"] if spec["starts_at"] < datetime(2026, 6, 30) else ["fatma"]
    meeting_id = meetings.plan_meeting(
        store,
        trajectory_id,
        title=spec["title"],
        goal=spec.get("goal", ""),
        starts_at=spec["starts_at"],
        location="Buurthuis De Vlinder, Lindewijde",
        minute_taker="Sanne de Vries",
        invite=tuple(person[key] for key in present),
    ).id
    meetings.set_attendance(store, meeting_id, person["joost"], status="afwezig_mk")
    for key in present:
        meetings.set_attendance(store, meeting_id, person[key], status="aanwezig")
    items = [meetings.add_agenda_item(store, meeting_id, **item).id for item in spec["agenda"]]
    for index, account in spec.get("accounts", {}).items():
        meetings.update_agenda_item(store, items[index], account=account)
    moment = spec["starts_at"]
    for index, voice, kind, text, *filed in spec["entries"]:
        moment += timedelta(minutes=4)
        extra = (
            {
                "owner_party": voice if voice != "samen" else None,
                "due_on": spec["starts_at"].date() + timedelta(days=42),
            }
            if kind == "actie"
            else {}
        )
        entry_id = entries.capture_entry(
            store,
            trajectory_id,
            meeting_id=meeting_id,
            agenda_item_id=items[index],
            text=text,
            kind=kind,
            voice=voice,
            **extra,
            **(filed[0] if filed else {}),
        ).id
        _backdate(store, entry_id, moment)
    steps = meetings.list_script(store, meeting_id)
    for step, item in zip(steps, spec["agenda"], strict=True):
        meetings.add_spent_time(store, step.id, item["minutes"] * 60 + 90)
    if spec["agreed"]:
        _agree_minutes(store, meeting_id, spec["agreed"])
    meetings.update_meeting(store, meeting_id, status=spec["status"])
    return meeting_id


def _backdate(store: Store, entry_id: str, local_moment: datetime) -> None:
    with store.transaction() as session:
        entry = rows.get_row(session, Entry, entry_id)
        entry.captured_at = local_moment.astimezone(UTC)


def _agree_minutes(store: Store, meeting_id: str, on: tuple[date, date]) -> None:
    from .models import Meeting

    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        meeting.agreed_gemeente_by, meeting.agreed_gemeente_on = "Karin Bos", on[0]
        meeting.agreed_initiatief_by, meeting.agreed_initiatief_on = "Henk Mulder", on[1]


def _planned_meeting(store: Store, trajectory_id: str, person: dict[str, str]) -> None:
    invited = ("karin", "joost", "fatma", "henk", "lotte", "ahmed", "sanne")
    meeting_id = meetings.plan_meeting(
        store,
        trajectory_id,
        title=PLANNED_MEETING["title"],
        goal=PLANNED_MEETING["goal"],
        starts_at=PLANNED_MEETING["starts_at"],
        location="Stadhuis Lindewijde, zaal 2",
        minute_taker="Sanne de Vries",
        invite=tuple(person[key] for key in invited),
    ).id
    for item in PLANNED_MEETING["agenda"]:
        meetings.add_agenda_item(store, meeting_id, **item)


def _agreement_states(store: Store, trajectory_id: str, held: list[str]) -> None:
    """Take the captured proposals along their life cycle, as the meetings did."""
    by_text = {a.text[:30]: a.id for a in agreements.list_agreements(store, trajectory_id)}

    def find(start: str) -> str:
        return next(
            agreement_id for text, agreement_id in by_text.items() if text.startswith(start)
        )

    melden = find("We melden het elkaar")
    agreements.agree(store, melden, "gemeente", meeting_id=held[0])
    agreements.agree(store, melden, "initiatief", meeting_id=held[0])
    agreements.change_status(
        store, melden, "vastgelegd", meeting_id=held[2], document="Plan van aanpak, versie 1"
    )
    kosten = find("De gemeente draagt 60%")
    agreements.agree(store, kosten, "gemeente", meeting_id=held[1])
    agreements.agree(store, kosten, "initiatief", meeting_id=held[1])
    agreements.change_status(
        store, kosten, "te_evalueren", meeting_id=held[1], review_on=date(2026, 9, 15)
    )
    agreements.change_status(
        store,
        kosten,
        "geevalueerd",
        meeting_id=held[2],
        outcome="behouden",
        note="Verdeling werkte; de uren van vrijwilligers telden mee.",
    )
    vervolg = find("Als de studie een positief")
    agreements.agree(store, vervolg, "initiatief", meeting_id=held[1])
    stuurgroep = find("Er komt een stuurgroep")
    agreements.agree(store, stuurgroep, "gemeente", meeting_id=held[2])
    agreements.agree(store, stuurgroep, "initiatief", meeting_id=held[2])
    rol = agreements.create_agreement(
        store,
        trajectory_id,
        worksheet="namens_wie",
        challenge_key="namens_wie.gemeente_vertegenwoordigen",
        suggestion_key="namens_wie.gemeente_vertegenwoordigen.mandaat",
        text="De gemeente maakt vooraf duidelijk welk mandaat haar vertegenwoordigers aan tafel hebben.",
        meeting_id=held[2],
    ).id
    agreements.agree(store, rol, "gemeente", meeting_id=held[2])


def _actions(store: Store, trajectory_id: str) -> None:
    listed = actions.list_actions(store, trajectory_id)
    for action in listed:
        if action.what.startswith(("Verslag rondsturen", "Drie offertes")):
            actions.set_action_status(store, action.id, "gedaan", on=action.due_on)
        if action.what.startswith("Nagaan of vrijwilligersuren"):
            actions.update_action(store, action.id, due_on=date(2026, 10, 31))


def _milestones(store: Store, trajectory_id: str, held: list[str]) -> None:
    studie = milestones.create_milestone(
        store,
        trajectory_id,
        title="Haalbaarheidsstudie gereed",
        due_on=date(2026, 9, 1),
        criteria="Een afgeronde studie met een advies over techniek, kosten en draagvlak.",
        guarantee="Bij een positief advies zet de gemeente geld voor de planfase in de begroting 2027.",
    ).id
    milestones.evaluate_milestone(
        store,
        studie,
        "doorgaan",
        on=date(2026, 9, 15),
        meeting_id=held[2],
        note="Studie positief; door naar de planfase.",
    )
    milestones.create_milestone(
        store,
        trajectory_id,
        title="Intentieovereenkomst getekend",
        due_on=date(2027, 3, 1),
        criteria="Beide partijen hebben de intentieovereenkomst getekend (college en bestuur, na de ALV).",
        guarantee="De gemeente houdt De Vlinderhof tot eind 2028 vrij van een marktconsultatie.",
    )


def _worksheets(store: Store, trajectory_id: str) -> None:
    items = [
        ("kennen", "waarden_doelen", "gemeente", "Aardgasvrij in 2035", "", True),
        (
            "kennen",
            "waarden_doelen",
            "initiatief",
            "Zeggenschap van bewoners over hun warmte",
            "",
            False,
        ),
        (
            "kennen",
            "waarden_doelen",
            "initiatief",
            "Een eerlijke, betaalbare warmteprijs",
            "",
            True,
        ),
        (
            "kennen",
            "werkwijze",
            "gemeente",
            "Krediet via college en raad",
            "3 tot 6 maanden",
            False,
        ),
        (
            "kennen",
            "werkwijze",
            "initiatief",
            "Investeringen via de ALV",
            "twee keer per jaar",
            False,
        ),
        ("borgen", "documenten", None, "Plan van aanpak", "versie 1 vastgesteld", False),
        ("borgen", "documenten", None, "Intentieovereenkomst", "in voorbereiding", False),
        (
            "verhaal",
            "naam_slogan",
            None,
            "Samen Warm Vlinderhof",
            "Warmte van de wijk, voor de wijk",
            True,
        ),
    ]
    for worksheet, section, party, title, text, shared in items:
        sheets.add_item(
            store,
            trajectory_id,
            worksheet=worksheet,
            section=section,
            party=party,
            title=title,
            text=text,
            shared=shared,
        )
    for kind, party, title, decides, body, note in WORK_STRUCTURE:
        sheets.add_item(
            store,
            trajectory_id,
            worksheet="borgen",
            section="werkstructuur",
            kind=kind,
            party=party,
            title=title,
            decides=decides,
            body=body,
            text=note,
        )
    for party, title, body, term in DECISION_ROUTES:
        sheets.add_item(
            store,
            trajectory_id,
            worksheet="borgen",
            section="besluitvorming",
            party=party,
            title=title,
            body=body,
            term=term,
        )
    for challenge, state in [
        ("namens_wie.gemeente_vertegenwoordigen", "speelt"),
        ("namens_wie.wijk_vertegenwoordigen", "speelt"),
        ("rollen.waardering", "speelt"),
        ("financiering.geen_startbudget", "speelt"),
        ("veerkracht.wisselingen", "speelt"),
        ("financiering.staatssteun_aanbesteding", "nog_niet"),
    ]:
        sheets.set_challenge_state(store, trajectory_id, challenge, state)
