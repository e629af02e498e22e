"""The exercises of a running meeting: loading what the room should see into the run state,
and storing what the facilitator enters, undoably, through the bus.

The panels in the console call these methods; the projector only reads the run state's
``exercise_data``. Data is loaded when a step with an exercise comes up and refreshed when
the bus announces a change to an exercise's rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from ...core.changes import Changes
from ...core.errors import OpgroeiError
from ...core.services import entries, milestones, worksheet_data
from ...core.services import exercises as service
from ...library import ExerciseContent, exercise_content
from ...worksheets.exercise_results import (
    BaselineResult,
    ScenarioMatrix,
    TrendPoint,
    baseline_result,
    baseline_trend,
    scenario_matrix,
)
from ...worksheets.score_rows import parse_score_row
from ..undo import CallCommand, CreateCommand, DeleteCommand

BASELINE = "baseline"
SCENARIOS = "scenarios"
CARDS = "assumption_cards"
ROLE_REVERSAL = "role_reversal"
EXERCISES = (BASELINE, SCENARIOS, CARDS, ROLE_REVERSAL)

_KINDS = {
    "assessments": (BASELINE,),
    "assessment_scores": (BASELINE,),
    "milestones": (BASELINE,),
    "scenarios": (SCENARIOS,),
    "scenario_ratings": (SCENARIOS,),
    "assumption_cards": (CARDS,),
    "entries": (ROLE_REVERSAL,),
}


@dataclass(frozen=True)
class BaselineShow:
    """The measurement of this meeting, its result, and the trend over earlier ones."""

    assessment: Any
    content: ExerciseContent
    scores: tuple[Any, ...]
    result: BaselineResult
    trend: tuple[TrendPoint, ...]
    milestones: tuple[Any, ...] = ()


@dataclass(frozen=True)
class RoleShow:
    """The dilemma on the screen and what each side noticed while playing the other."""

    dilemma: str
    noticed: dict[str, tuple[str, ...]] = field(default_factory=dict)


class ExerciseRun(QObject):
    """Loads and stores the exercises of one meeting run (``run`` is a MeetingRun)."""

    def __init__(self, run: Any) -> None:
        super().__init__(run)
        self.run, self.bus, self.state = run, run.bus, run.state
        self.content = exercise_content()
        self.pending_milestone: str | None = None
        self._loaded: set[str] = set()
        self.state.stepChanged.connect(self._on_step)
        self.state.phaseChanged.connect(self._on_step)
        self.bus.changed.connect(self._on_changed)
        self._on_step()

    def detach(self) -> None:
        """Stop listening to the bus (the console closes)."""
        self.bus.changed.disconnect(self._on_changed)

    def _stored(self, command: CallCommand) -> bool:
        """Push ``command``; whether its change was stored. (A refused change leaves the
        command obsolete, and the stack deletes it at once, so it cannot be asked.)"""
        self.bus.last_error = None
        self.run.undo_stack.push(command)
        return self.bus.last_error is None

    # -- loading ---------------------------------------------------------------------------

    def _on_step(self, *_: object) -> None:
        exercise = self.state.exercise
        if exercise is not None and exercise not in self._loaded:
            self.load(exercise)

    def _on_changed(self, changes: Changes) -> None:
        touched = {exercise for kind in changes.kinds for exercise in _KINDS.get(kind, ())}
        for exercise in sorted(touched):
            if exercise in self._loaded or exercise == self.state.exercise:
                self.load(exercise)

    def load(self, exercise: str) -> None:
        """Read one exercise's data from the store into the run state."""
        loader = {
            BASELINE: self._baseline,
            SCENARIOS: self._scenarios,
            CARDS: self._cards,
            ROLE_REVERSAL: self._role,
        }.get(exercise)
        if loader is None:
            return
        self._loaded.add(exercise)
        self.state.set_exercise_data(exercise, loader())

    def _baseline(self) -> BaselineShow:
        query, run = self.bus.query, self.run
        assessment = query(service.meeting_assessment, run.meeting_id)
        scores = tuple(query(service.scores, assessment.id)) if assessment else ()
        trend = baseline_trend(
            self.content,
            query(service.list_assessments, run.trajectory_id),
            query(service.trajectory_scores, run.trajectory_id),
        )
        return BaselineShow(
            assessment,
            self.content,
            scores,
            baseline_result(self.content, scores),
            trend,
            tuple(query(milestones.list_milestones, run.trajectory_id)),
        )

    def _scenarios(self) -> ScenarioMatrix:
        query, run = self.bus.query, self.run
        found = query(service.list_scenarios, run.trajectory_id, meeting_id=run.meeting_id)
        ratings = query(service.scenario_ratings, [s.id for s in found])
        return scenario_matrix(found, self.content.criteria, ratings)

    def _cards(self) -> list[Any]:
        return self.bus.query(service.list_cards, self.run.meeting_id)

    def _role(self) -> RoleShow:
        found = self.bus.query(
            entries.list_entries, self.run.trajectory_id, meeting_id=self.run.meeting_id
        )
        dilemmas = [e for e in found if e.section == service.ROLE_REVERSAL_DILEMMA]
        steps = {s.id for s in self.state.steps if s.exercise == ROLE_REVERSAL}
        noticed = {
            party: tuple(
                e.text
                for e in found
                if e.voice == party
                and e.script_step_id in steps
                and e.section != service.ROLE_REVERSAL_DILEMMA
            )
            for party in service.PARTIES
        }
        return RoleShow(dilemmas[-1].text if dilemmas else "", noticed)

    # -- baseline --------------------------------------------------------------------------

    def score(
        self,
        statement_key: str,
        party: str,
        value: int | None,
        person_id: str | None = None,
        respondent: int | None = None,
    ) -> bool:
        """Store one score (None clears it) as an undoable step; starts the measurement."""
        show = self.state.exercise_data.get(BASELINE)
        assessment = show.assessment if show else None
        if assessment is None:
            assessment = self._start_assessment()
            if assessment is None:
                return False
        old = next(
            (
                s.score
                for s in (show.scores if show and show.assessment else ())
                if s.statement_key == statement_key
                and s.party == party
                and s.person_id == person_id
                and s.respondent == respondent
            ),
            None,
        )
        if old == value:
            return True
        dimension = self.content.statement(statement_key).dimension

        def put(score: int | None) -> Changes | None:
            return self.bus.run(
                service.set_score,
                assessment.id,
                statement_key,
                dimension,
                party,
                score,
                person_id=person_id,
                respondent=respondent,
            )

        command = CallCommand(self.bus, self.tr("Score"), lambda: put(value), lambda: put(old))
        return self._stored(command)

    def score_sheet(self, party: str, text: str) -> int | None:
        """Store one paper sheet typed as a row of digits, for the party's next anonymous
        respondent (undoable as one step). Returns the respondent's number, or None when the
        row was refused (the reason goes to the bus's ``failed``)."""
        statements = self.content.statements
        try:
            values = parse_score_row(text, len(statements))
        except OpgroeiError as error:
            self.bus.failed.emit(str(error))
            return None
        show = self.state.exercise_data.get(BASELINE)
        assessment = show.assessment if show else None
        if assessment is None:
            assessment = self._start_assessment()
            if assessment is None:
                return None
            show = self.state.exercise_data.get(BASELINE)
        number = max(service.respondents(show.scores, party), default=0) + 1
        given = [(s.key, s.dimension, v) for s, v in zip(statements, values, strict=True)]
        aid = assessment.id

        def put(rows: list) -> Changes | None:
            return self.bus.run(service.set_respondent_scores, aid, party, number, rows)

        command = CallCommand(self.bus, self.tr("Score sheet"), lambda: put(given), lambda: put([]))
        return number if self._stored(command) else None

    def _start_assessment(self) -> Any:
        earlier = self.bus.query(service.list_assessments, self.run.trajectory_id)
        title = (self.tr("Baseline {0}") if not earlier else self.tr("Measurement {0}")).format(
            date.today().strftime("%d-%m-%Y")
        )
        changes = self.bus.run(
            service.create_assessment,
            self.run.trajectory_id,
            title=title,
            meeting_id=self.run.meeting_id,
            milestone_id=self.pending_milestone,
            held_on=date.today(),
        )
        if changes is None:
            return None
        self.load(BASELINE)
        return self.state.exercise_data[BASELINE].assessment

    def tie_to_milestone(self, milestone_id: str | None) -> None:
        """Tie this meeting's measurement to a milestone (a repeat at a piketpaal)."""
        self.pending_milestone = milestone_id
        show = self.state.exercise_data.get(BASELINE)
        if show is not None and show.assessment is not None:
            old = show.assessment.milestone_id
            if old != milestone_id:
                aid = show.assessment.id
                self.run.undo_stack.push(
                    CallCommand(
                        self.bus,
                        self.tr("Milestone of the measurement"),
                        lambda: self.bus.run(
                            service.update_assessment, aid, milestone_id=milestone_id
                        ),
                        lambda: self.bus.run(service.update_assessment, aid, milestone_id=old),
                    )
                )

    # -- scenarios -------------------------------------------------------------------------

    def add_scenario(self, title: str, description: str = "") -> bool:
        """Add a scenario to this meeting, undoably."""
        run = self.run
        command = CreateCommand(
            self.bus,
            self.tr("Add scenario"),
            lambda: self.bus.run(
                service.create_scenario,
                run.trajectory_id,
                meeting_id=run.meeting_id,
                title=title,
                description=description,
            ),
            service.delete_scenario,
            service.restore_scenario,
        )
        run.undo_stack.push(command)
        return command.created_id is not None

    def rename_scenario(self, scenario: Any, title: str) -> bool:
        """Give a scenario another name, undoably; False when it was refused (the reason goes
        to the bus's ``failed``)."""
        old = scenario.title
        if title == old:
            return True

        def put(name: str) -> Changes | None:
            return self.bus.run(service.update_scenario, scenario.id, title=name)

        command = CallCommand(
            self.bus, self.tr("Rename scenario"), lambda: put(title), lambda: put(old)
        )
        return self._stored(command)

    def add_examples(self) -> None:
        """Add the library's example scenarios as one undo step."""
        stack = self.run.undo_stack
        stack.beginMacro(self.tr("Add example scenarios"))
        try:
            for example in self.content.examples:
                self.add_scenario(example.title, example.description)
        finally:
            stack.endMacro()

    def remove_scenario(self, scenario_id: str) -> None:
        """Delete a scenario (undo brings it back with its ratings)."""
        self.run.undo_stack.push(
            DeleteCommand(
                self.bus,
                self.tr("Delete scenario"),
                scenario_id,
                service.delete_scenario,
                service.restore_scenario,
            )
        )

    def rate(
        self,
        scenario_id: str,
        criterion_key: str,
        party: str,
        value: int | None,
        note: str | None = None,
    ) -> bool:
        """Store one party's rating (and note) of a scenario, undoably."""
        matrix = self.state.exercise_data.get(SCENARIOS)
        before = matrix.rating(scenario_id, criterion_key, party) if matrix else None
        old_score, old_note = (before.score, before.note) if before else (None, "")
        if old_score == value and (note is None or note == old_note):
            return True

        def put(score: int | None, text: str | None) -> Changes | None:
            return self.bus.run(
                service.rate_scenario, scenario_id, criterion_key, party, score, note=text
            )

        command = CallCommand(
            self.bus,
            self.tr("Rate scenario"),
            lambda: put(value, note),
            lambda: put(old_score, old_note),
        )
        return self._stored(command)

    def share(self, scenario: Any, criterion_key: str) -> bool:
        """Put what both value in this scenario on the shared-story worksheet."""
        criterion = self.content.criterion(criterion_key)
        matrix = self.state.exercise_data.get(SCENARIOS)
        parts = []
        for party in service.PARTIES:
            rating = matrix.rating(scenario.id, criterion_key, party) if matrix else None
            if rating is not None:
                line = f"{party}: {rating.score}"
                parts.append(f"{line} ({rating.note})" if rating.note else line)

        def create() -> Changes | None:
            changes = self.bus.run(
                service.share_scenario_value, scenario.id, criterion.title, text="; ".join(parts)
            )
            return changes if changes is not None and changes.ids else None

        command = CreateCommand(
            self.bus,
            self.tr("To the shared story"),
            create,
            worksheet_data.delete_item,
            worksheet_data.restore_item,
        )
        self.run.undo_stack.push(command)
        return command.created_id is not None

    # -- assumption cards ------------------------------------------------------------------

    def add_card(self, party: str, text: str, anonymous: bool) -> bool:
        """Write a card for ``party`` (its author side), undoably."""
        command = CreateCommand(
            self.bus,
            self.tr("Add card"),
            lambda: self.bus.run(
                service.add_card,
                self.run.meeting_id,
                author_party=party,
                text=text,
                anonymous=anonymous,
            ),
            service.delete_card,
            service.restore_card,
        )
        self.run.undo_stack.push(command)
        return command.created_id is not None

    def edit_card(self, card: Any, text: str) -> bool:
        """Correct a card's text (a slip while it was read out), undoably; False when it was
        refused (the reason goes to the bus's ``failed``)."""
        old = card.text
        if text == old:
            return True

        def put(words: str) -> Changes | None:
            return self.bus.run(service.update_card, card.id, text=words)

        command = CallCommand(self.bus, self.tr("Edit card"), lambda: put(text), lambda: put(old))
        return self._stored(command)

    def remove_card(self, card_id: str) -> None:
        """Delete a card, undoably."""
        self.run.undo_stack.push(
            DeleteCommand(
                self.bus, self.tr("Delete card"), card_id, service.delete_card, service.restore_card
            )
        )

    def reveal(self, card: Any) -> None:
        """Show a card on the projector; the first time, mark it revealed (undoably)."""
        self.state.show_card(card.id)
        if card.revealed_at is None:
            self.run.undo_stack.push(
                CallCommand(
                    self.bus,
                    self.tr("Reveal card"),
                    lambda: self.bus.run(service.reveal_card, card.id, True),
                    lambda: self.bus.run(service.reveal_card, card.id, False),
                )
            )

    def judge(self, card: Any, verdict: str | None, reaction: str) -> None:
        """Record the other side's verdict and reaction, undoably; the card stays on screen."""
        if (card.verdict, card.reaction) == (verdict, reaction):
            return
        self.state.show_card(card.id)
        step = self.state.current_step
        step_id = step.id if step is not None else None
        old_verdict, old_reaction = card.verdict, card.reaction
        self.run.undo_stack.push(
            CallCommand(
                self.bus,
                self.tr("Verdict on card"),
                lambda: self.bus.run(
                    service.judge_card, card.id, verdict, reaction, script_step_id=step_id
                ),
                lambda: self.bus.run(
                    service.judge_card, card.id, old_verdict, old_reaction, script_step_id=step_id
                ),
            )
        )

    # -- role reversal ---------------------------------------------------------------------

    def file(self, text: str, voice: str, section: str | None = None) -> bool:
        """File what one side noticed (or, with the dilemma section, the dilemma) under the
        current step, with the step's worksheet or else the roles worksheet."""
        step = self.state.current_step
        fields: dict[str, Any] = {
            "text": text,
            "voice": voice,
            "script_step_id": step.id if step is not None else None,
            "worksheet": (step.worksheet if step is not None else None) or "rollen",
            "section": section or (step.section if step is not None else None),
        }
        command = CreateCommand(
            self.bus,
            self.tr("File entry"),
            lambda: self.bus.run(
                entries.capture_entry,
                self.run.trajectory_id,
                meeting_id=self.run.meeting_id,
                **fields,
            ),
            entries.delete_entry,
            entries.restore_entry,
        )
        self.run.undo_stack.push(command)
        return command.created_id is not None
