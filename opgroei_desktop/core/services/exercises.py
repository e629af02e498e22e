"""The room exercises: baseline scores, scenario ratings and assumption cards.

Scores and ratings are 1–5 per negotiating party (gemeente, initiatief). A baseline score is
the party's own, an anonymous respondent's (deelnemer 1, 2, … of that party: no name is kept),
or, only when the facilitator chooses to name people, one person's. Setting a score again
replaces it; setting ``None`` clears it, which is also how the UI undoes a first score. A
judged card that turned out (partly) untrue is filed on the get-to-know-each-other worksheet
as an assumption entry, so what the room learned stays.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from ..changes import Changes, service
from ..errors import InvalidInput
from ..models import (
    Assessment,
    AssessmentScore,
    AssumptionCard,
    Entry,
    Meeting,
    Milestone,
    Scenario,
    ScenarioRating,
    ScriptStep,
    Trajectory,
    WorksheetItem,
    utcnow,
)
from ..store import Store
from ..views import (
    AssessmentScoreView,
    AssessmentView,
    AssumptionCardView,
    ScenarioRatingView,
    ScenarioView,
    snapshot,
)
from ..vocab import NEGOTIATING_PARTIES, EntryKind
from . import rows
from .validate import (
    boolean,
    choice,
    optional_date,
    optional_id,
    optional_text,
    required_line,
    required_text,
    validate_fields,
    whole_number,
    with_required,
)


class CardVerdict(StrEnum):
    """How the other side answers an assumption card."""

    WAAR = "waar"
    DEELS = "deels"
    NIET_WAAR = "niet_waar"


BUSTED = (CardVerdict.DEELS, CardVerdict.NIET_WAAR)
"""Verdicts that make a card a lesson for the get-to-know-each-other worksheet."""

LESSON_WORKSHEET = "kennen"
SHARED_STORY_WORKSHEET, SHARED_STORY_SECTION = "verhaal", "doel"
PARTIES = tuple(party.value for party in NEGOTIATING_PARTIES)

_VERDICT_WORDS = {
    CardVerdict.WAAR: "klopt",
    CardVerdict.DEELS: "klopt deels",
    CardVerdict.NIET_WAAR: "klopt niet",
}
_PARTY_NAMES = {"gemeente": "de gemeente", "initiatief": "het initiatief"}


def _party(value: Any) -> str:
    if value not in PARTIES:
        raise InvalidInput("Kies de gemeente of het initiatief.")
    return value


def _score(value: Any) -> int:
    return whole_number("de score", 1, 5)(value)


ASSESSMENT_FIELDS = {
    "title": required_line("de naam van de meting", 300),
    "meeting_id": optional_id,
    "milestone_id": optional_id,
    "held_on": optional_date("de meting"),
}
SCENARIO_FIELDS = {
    "title": required_line("de naam van het scenario", 300),
    "description": optional_text("de beschrijving"),
    "position": whole_number("de positie", 0, 100_000),
}
CARD_FIELDS = {
    "author_party": _party,
    "author_person_id": optional_id,
    "anonymous": boolean,
    "text": required_text("de aanname"),
    "position": whole_number("de positie", 0, 100_000),
}

# -- baseline (nulmeting) ---------------------------------------------------------------------


@service
def create_assessment(store: Store, trajectory_id: str, **fields: Any) -> Changes:
    """Start a measurement, optionally held in a meeting and tied to a milestone."""
    values = with_required(ASSESSMENT_FIELDS, fields, "title")
    with store.transaction() as session:
        rows.get_row(session, Trajectory, trajectory_id)
        if values.get("meeting_id"):
            rows.get_row(session, Meeting, values["meeting_id"])
        if values.get("milestone_id"):
            rows.get_row(session, Milestone, values["milestone_id"])
        assessment = Assessment(trajectory_id=trajectory_id, **values)
        session.add(assessment)
        session.flush()
        return Changes("assessments", (assessment.id,), trajectory_id)


@service
def update_assessment(store: Store, assessment_id: str, **fields: Any) -> Changes:
    """Rename a measurement, or tie it to another milestone or date."""
    return rows.update_row(store, Assessment, assessment_id, ASSESSMENT_FIELDS, fields)


@service
def delete_assessment(store: Store, assessment_id: str) -> Changes:
    return rows.soft_delete(store, Assessment, assessment_id)


@service
def restore_assessment(store: Store, assessment_id: str) -> Changes:
    return rows.restore(store, Assessment, assessment_id)


def list_assessments(store: Store, trajectory_id: str) -> list[AssessmentView]:
    """The trajectory's measurements, oldest first (by date held, then by creation)."""
    query = select(Assessment).where(
        Assessment.trajectory_id == trajectory_id, Assessment.deleted_at.is_(None)
    )
    with store.transaction() as session:
        found = [snapshot(row) for row in session.scalars(query)]
    return sorted(found, key=lambda a: (a.held_on or date.max, a.created_at))


def meeting_assessment(store: Store, meeting_id: str) -> AssessmentView | None:
    """The measurement held in a meeting (the first, if there are several), or None."""
    query = (
        select(Assessment)
        .where(Assessment.meeting_id == meeting_id, Assessment.deleted_at.is_(None))
        .order_by(Assessment.created_at)
    )
    with store.transaction() as session:
        row = session.scalars(query).first()
        return snapshot(row) if row is not None else None


@service
def set_score(
    store: Store,
    assessment_id: str,
    statement_key: str,
    dimension: str,
    party: str,
    score: int | None,
    *,
    person_id: str | None = None,
    respondent: int | None = None,
) -> Changes:
    """One party's (or one person's, or one anonymous respondent's) score for a statement;
    ``None`` clears it."""
    party = _party(party)
    if respondent is not None:
        respondent = whole_number("het nummer van de deelnemer", 1, 1000)(respondent)
        if person_id is not None:
            raise InvalidInput("Een anonieme deelnemer heeft geen naam.")
    value = None if score is None else _score(score)
    statement_key = required_line("de stelling", 100)(statement_key)
    dimension = required_line("het onderdeel", 40)(dimension)
    with store.transaction() as session:
        assessment = rows.get_row(session, Assessment, assessment_id)
        query = select(AssessmentScore).where(
            AssessmentScore.assessment_id == assessment_id,
            AssessmentScore.statement_key == statement_key,
            AssessmentScore.party == party,
            AssessmentScore.person_id.is_(None)
            if person_id is None
            else AssessmentScore.person_id == person_id,
            AssessmentScore.respondent.is_(None)
            if respondent is None
            else AssessmentScore.respondent == respondent,
        )
        found = list(session.scalars(query))
        if value is None:
            for old in found:
                session.delete(old)
            return Changes(
                "assessment_scores", tuple(r.id for r in found), assessment.trajectory_id
            )
        row = found[0] if found else None
        if row is None:
            row = AssessmentScore(
                assessment_id=assessment_id,
                statement_key=statement_key,
                party=party,
                person_id=person_id,
                respondent=respondent,
            )
            session.add(row)
        row.dimension, row.score = dimension, value
        session.flush()
        return Changes("assessment_scores", (row.id,), assessment.trajectory_id)


@service
def set_respondent_scores(
    store: Store,
    assessment_id: str,
    party: str,
    respondent: int,
    given: Sequence[tuple[str, str, int | None]],
) -> Changes:
    """One anonymous respondent's whole score sheet, in one transaction: ``given`` holds
    (statement key, dimension, score or None for no answer). Replaces what that respondent
    had; no person is stored."""
    party = _party(party)
    respondent = whole_number("het nummer van de deelnemer", 1, 1000)(respondent)
    values = [
        (
            required_line("de stelling", 100)(key),
            required_line("het onderdeel", 40)(dimension),
            None if score is None else _score(score),
        )
        for key, dimension, score in given
    ]
    with store.transaction() as session:
        assessment = rows.get_row(session, Assessment, assessment_id)
        old = list(
            session.scalars(
                select(AssessmentScore).where(
                    AssessmentScore.assessment_id == assessment_id,
                    AssessmentScore.party == party,
                    AssessmentScore.respondent == respondent,
                )
            )
        )
        touched = [row.id for row in old]
        for row in old:
            session.delete(row)
        for key, dimension, score in values:
            if score is None:
                continue
            row = AssessmentScore(
                assessment_id=assessment_id,
                statement_key=key,
                dimension=dimension,
                party=party,
                respondent=respondent,
                score=score,
            )
            session.add(row)
            session.flush()
            touched.append(row.id)
        return Changes("assessment_scores", tuple(touched), assessment.trajectory_id)


def respondents(scores_given: Iterable[Any], party: str) -> list[int]:
    """The numbers of a party's anonymous respondents among these scores, in order."""
    return sorted({s.respondent for s in scores_given if s.party == party and s.respondent})


def scores(store: Store, assessment_id: str) -> list[AssessmentScoreView]:
    """Every score of one measurement."""
    query = select(AssessmentScore).where(
        AssessmentScore.assessment_id == assessment_id, AssessmentScore.deleted_at.is_(None)
    )
    with store.transaction() as session:
        return [snapshot(row) for row in session.scalars(query)]


def trajectory_scores(store: Store, trajectory_id: str) -> dict[str, list[AssessmentScoreView]]:
    """Per measurement id, its scores: for the trend over repeated measurements."""
    query = (
        select(AssessmentScore)
        .join(Assessment, Assessment.id == AssessmentScore.assessment_id)
        .where(
            Assessment.trajectory_id == trajectory_id,
            Assessment.deleted_at.is_(None),
            AssessmentScore.deleted_at.is_(None),
        )
    )
    found: dict[str, list[AssessmentScoreView]] = {}
    with store.transaction() as session:
        for row in session.scalars(query):
            found.setdefault(row.assessment_id, []).append(snapshot(row))
    return found


# -- scenarios ----------------------------------------------------------------------------------


@service
def create_scenario(
    store: Store, trajectory_id: str, *, meeting_id: str | None = None, **fields: Any
) -> Changes:
    """Add a scenario at the end of the list (of the meeting, when given)."""
    values = with_required(SCENARIO_FIELDS, fields, "title")
    with store.transaction() as session:
        rows.get_row(session, Trajectory, trajectory_id)
        if "position" not in fields:
            values["position"] = len(_scenario_rows(session, trajectory_id, meeting_id))
        scenario = Scenario(trajectory_id=trajectory_id, meeting_id=meeting_id, **values)
        session.add(scenario)
        session.flush()
        return Changes("scenarios", (scenario.id,), trajectory_id)


@service
def update_scenario(store: Store, scenario_id: str, **fields: Any) -> Changes:
    """Rename a scenario, or change its description or place in the list."""
    return rows.update_row(store, Scenario, scenario_id, SCENARIO_FIELDS, fields)


@service
def delete_scenario(store: Store, scenario_id: str) -> Changes:
    return rows.soft_delete(store, Scenario, scenario_id)


@service
def restore_scenario(store: Store, scenario_id: str) -> Changes:
    return rows.restore(store, Scenario, scenario_id)


def list_scenarios(
    store: Store, trajectory_id: str, *, meeting_id: str | None = None
) -> list[ScenarioView]:
    """Scenarios in their order; those of one meeting when ``meeting_id`` is given."""
    with store.transaction() as session:
        return [snapshot(row) for row in _scenario_rows(session, trajectory_id, meeting_id)]


def _scenario_rows(session: Any, trajectory_id: str, meeting_id: str | None) -> list[Scenario]:
    query = select(Scenario).where(
        Scenario.trajectory_id == trajectory_id, Scenario.deleted_at.is_(None)
    )
    if meeting_id is not None:
        query = query.where(Scenario.meeting_id == meeting_id)
    return list(session.scalars(query.order_by(Scenario.position, Scenario.created_at)))


@service
def rate_scenario(
    store: Store,
    scenario_id: str,
    criterion_key: str,
    party: str,
    score: int | None,
    *,
    note: str | None = None,
) -> Changes:
    """One party's rating of a scenario on a criterion (``None`` clears it); a note may
    explain it. Leaving ``note`` out keeps the note already there."""
    party = _party(party)
    value = None if score is None else _score(score)
    criterion_key = required_line("het criterium", 100)(criterion_key)
    with store.transaction() as session:
        scenario = rows.get_row(session, Scenario, scenario_id)
        found = list(
            session.scalars(
                select(ScenarioRating).where(
                    ScenarioRating.scenario_id == scenario_id,
                    ScenarioRating.criterion_key == criterion_key,
                    ScenarioRating.party == party,
                )
            )
        )
        if value is None:
            for old in found:
                session.delete(old)
            return Changes("scenario_ratings", tuple(r.id for r in found), scenario.trajectory_id)
        row = found[0] if found else None
        if row is None:
            row = ScenarioRating(scenario_id=scenario_id, criterion_key=criterion_key, party=party)
            session.add(row)
        row.score = value
        if note is not None:
            row.note = optional_text("de toelichting")(note)
        session.flush()
        return Changes("scenario_ratings", (row.id,), scenario.trajectory_id)


def scenario_ratings(store: Store, scenario_ids: list[str]) -> list[ScenarioRatingView]:
    """The ratings of these scenarios."""
    if not scenario_ids:
        return []
    query = select(ScenarioRating).where(
        ScenarioRating.scenario_id.in_(scenario_ids), ScenarioRating.deleted_at.is_(None)
    )
    with store.transaction() as session:
        return [snapshot(row) for row in session.scalars(query)]


@service
def share_scenario_value(
    store: Store, scenario_id: str, criterion_title: str, *, text: str = ""
) -> Changes:
    """Put what both parties value in a scenario on the shared-story worksheet (verhaal).

    The item is titled after the scenario and the criterion; one that is already there is
    not added twice (the Changes then names no row).
    """
    criterion_title = required_line("het criterium", 200)(criterion_title)
    with store.transaction() as session:
        scenario = rows.get_row(session, Scenario, scenario_id)
        title = f"{scenario.title}: {criterion_title.lower()}"[:300]
        existing = session.scalars(
            select(WorksheetItem).where(
                WorksheetItem.trajectory_id == scenario.trajectory_id,
                WorksheetItem.worksheet == SHARED_STORY_WORKSHEET,
                WorksheetItem.title == title,
                WorksheetItem.deleted_at.is_(None),
            )
        ).first()
        if existing is not None:
            return Changes("worksheet_items", (), scenario.trajectory_id)
        item = WorksheetItem(
            trajectory_id=scenario.trajectory_id,
            worksheet=SHARED_STORY_WORKSHEET,
            section=SHARED_STORY_SECTION,
            title=title,
            text=optional_text("de toelichting")(text),
            shared=True,
        )
        session.add(item)
        session.flush()
        return Changes("worksheet_items", (item.id,), scenario.trajectory_id)


# -- assumption cards (Komedie) ------------------------------------------------------------------


@service
def add_card(store: Store, meeting_id: str, **fields: Any) -> Changes:
    """Write one assumption card, at the end of the meeting's pile."""
    values = with_required(CARD_FIELDS, fields, "author_party", "text")
    with store.transaction() as session:
        meeting = rows.get_row(session, Meeting, meeting_id)
        if "position" not in fields:
            values["position"] = len(_card_rows(session, meeting_id))
        card = AssumptionCard(meeting_id=meeting_id, **values)
        session.add(card)
        session.flush()
        return Changes("assumption_cards", (card.id,), meeting.trajectory_id)


@service
def update_card(store: Store, card_id: str, **fields: Any) -> Changes:
    """Correct a card's text, author or anonymity."""
    values = validate_fields(CARD_FIELDS, fields)
    with store.transaction() as session:
        card = rows.get_row(session, AssumptionCard, card_id)
        for name, value in values.items():
            setattr(card, name, value)
        lesson = _lesson_entry(session, card)
        if lesson is not None and card.verdict in BUSTED:
            lesson.text = lesson_text(card.text, card.author_party, card.verdict, card.reaction)
            lesson.voice = answering_party(card.author_party)
        return Changes("assumption_cards", (card_id,), _meeting_trajectory(session, card))


@service
def delete_card(store: Store, card_id: str) -> Changes:
    return _set_card_deleted(store, card_id, deleted=True)


@service
def restore_card(store: Store, card_id: str) -> Changes:
    return _set_card_deleted(store, card_id, deleted=False)


def list_cards(store: Store, meeting_id: str) -> list[AssumptionCardView]:
    """The meeting's cards in the order they were written."""
    with store.transaction() as session:
        return [snapshot(row) for row in _card_rows(session, meeting_id)]


@service
def reveal_card(store: Store, card_id: str, revealed: bool = True) -> Changes:
    """Mark a card as shown to the room (``revealed`` False takes that back, for undo)."""
    with store.transaction() as session:
        card = rows.get_row(session, AssumptionCard, card_id)
        if not revealed:
            card.revealed_at = None
        elif card.revealed_at is None:
            card.revealed_at = utcnow()
        return Changes("assumption_cards", (card_id,), _meeting_trajectory(session, card))


@service
def judge_card(
    store: Store,
    card_id: str,
    verdict: str | None,
    reaction: str = "",
    *,
    script_step_id: str | None = None,
) -> Changes:
    """The other side's answer: waar, deels or niet_waar, with a short reaction.

    A busted assumption (deels, niet waar) is filed on the kennen worksheet as an assumption
    entry voiced by the side that answered, under the script step the room is at; judging again
    replaces that entry, and ``None`` (undo) takes the verdict and the entry away.
    """
    verdict = choice(CardVerdict, "het oordeel", optional=True)(verdict)
    reaction = optional_text("de reactie")(reaction)
    with store.transaction() as session:
        card = rows.get_row(session, AssumptionCard, card_id)
        meeting = rows.get_row(session, Meeting, card.meeting_id)
        old = _lesson_entry(session, card)
        if old is not None:
            old.deleted_at = utcnow()
        card.lesson_entry_id = None
        card.verdict, card.reaction = verdict, reaction
        if verdict in BUSTED:
            step = session.get(ScriptStep, script_step_id) if script_step_id else None
            entry = Entry(
                trajectory_id=meeting.trajectory_id,
                meeting_id=meeting.id,
                agenda_item_id=step.agenda_item_id if step else None,
                script_step_id=step.id if step else None,
                text=lesson_text(card.text, card.author_party, verdict, reaction),
                kind=EntryKind.AANNAME.value,
                voice=answering_party(card.author_party),
                worksheet=LESSON_WORKSHEET,
            )
            session.add(entry)
            session.flush()
            card.lesson_entry_id = entry.id
        return Changes("assumption_cards", (card_id,), meeting.trajectory_id)


def answering_party(author_party: str) -> str:
    """The side a card is about, which answers it."""
    return "initiatief" if author_party == "gemeente" else "gemeente"


def lesson_text(text: str, author_party: str, verdict: str, reaction: str) -> str:
    """The entry a busted card leaves on the kennen worksheet."""
    who = _PARTY_NAMES.get(author_party, author_party)
    quoted = " ".join(text.split())
    line = f"{_quote_mark(quoted)} (aanname van {who}): {_VERDICT_WORDS[CardVerdict(verdict)]}."
    return f"{line} {reaction.strip()}" if reaction.strip() else line


def _quote_mark(text: str) -> str:
    return f"“{text}”"


def _lesson_entry(session: Any, card: AssumptionCard) -> Entry | None:
    """The card's lesson on the kennen worksheet, while it stands."""
    if card.lesson_entry_id is None:
        return None
    entry = session.get(Entry, card.lesson_entry_id)
    return entry if entry is not None and entry.deleted_at is None else None


def _card_rows(session: Any, meeting_id: str) -> list[AssumptionCard]:
    query = select(AssumptionCard).where(
        AssumptionCard.meeting_id == meeting_id, AssumptionCard.deleted_at.is_(None)
    )
    return list(session.scalars(query.order_by(AssumptionCard.position, AssumptionCard.created_at)))


def _meeting_trajectory(session: Any, card: AssumptionCard) -> str | None:
    meeting = session.get(Meeting, card.meeting_id)
    return meeting.trajectory_id if meeting is not None else None


def _set_card_deleted(store: Store, card_id: str, *, deleted: bool) -> Changes:
    with store.transaction() as session:
        card = rows.get_row(session, AssumptionCard, card_id, deleted=not deleted)
        card.deleted_at = utcnow() if deleted else None
        return Changes("assumption_cards", (card_id,), _meeting_trajectory(session, card))


ROLE_REVERSAL_DILEMMA = "dilemma"
"""The section under which the role-reversal dilemma is filed as an entry."""
