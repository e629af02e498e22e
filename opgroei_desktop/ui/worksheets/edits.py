"""Every change a worksheet makes, as an undoable command on the shared stack.

Widgets call these methods and get back whether the store accepted the change; when it did
not, the store's Dutch message went out on the bus and the widget keeps what was typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.services import actions, agreements, milestones, worksheet_data
from ...core.views import ActionView, AgreementView
from ...core.vocab import ActionStatus
from ...worksheets import lifecycle
from ..common.context import Workbench
from ..undo import CallCommand, CreateCommand, DeleteCommand, UpdateCommand


class SheetEdits:
    """The edits of one trajectory's worksheets; ``meeting_id`` is the meeting they happen in
    (recorded in an agreement's history), or None outside a meeting."""

    def __init__(self, work: Workbench, trajectory_id: str) -> None:
        self.work = work
        self.trajectory_id = trajectory_id
        self.meeting_id: str | None = None
        self.last_created: str | None = None

    # -- agreements -----------------------------------------------------------------------------

    def add_agreement(
        self,
        worksheet: str,
        text: str,
        challenge_key: str | None,
        suggestion_key: str | None = None,
    ) -> bool:
        """A new proposal (adopted from a suggestion when ``suggestion_key`` is given)."""
        label = (
            QCoreApplication.translate("WorksheetEdits", "Adopt suggested agreement")
            if suggestion_key
            else QCoreApplication.translate("WorksheetEdits", "Add agreement")
        )
        return self._create(
            label,
            agreements.create_agreement,
            agreements.delete_agreement,
            agreements.restore_agreement,
            worksheet=worksheet,
            text=text,
            challenge_key=challenge_key,
            suggestion_key=suggestion_key,
            meeting_id=self.meeting_id,
        )

    def take_step(self, agreement: AgreementView, step: str, **needs: Any) -> bool:
        """Move an agreement one step along its life cycle; undo takes the step back."""
        before = lifecycle.state_of(agreement)
        meeting_id, bus = self.meeting_id, self.work.bus
        command = CallCommand(
            bus,
            QCoreApplication.translate("WorksheetEdits", "Agreement step"),
            lambda: bus.run(
                lifecycle.take_step, agreement.id, step, meeting_id=meeting_id, **needs
            ),
            lambda: bus.run(lifecycle.restore_state, agreement.id, before, meeting_id=meeting_id),
        )
        return self.work.push(command)

    def reword(
        self, agreement: AgreementView, text: str, based_on: AgreementView | None = None
    ) -> bool:
        """Change an agreement's wording; its history keeps the old wording.

        ``based_on`` is the agreement as it was when the new wording was written: the save is
        refused when someone else changed the wording since, and so is undoing it later.
        """
        read = based_on or agreement
        meeting_id = self.meeting_id

        def update(store: Any, row_id: str, **fields: Any) -> Any:
            return agreements.reword(store, row_id, fields["text"], meeting_id=meeting_id)

        return self._update(
            QCoreApplication.translate("WorksheetEdits", "Change agreement wording"),
            agreement.id,
            update,
            {"text": read.text},
            {"text": text},
            read.row_version,
        )

    def delete_agreement(self, agreement_id: str) -> bool:
        return self.work.push(
            DeleteCommand(
                self.work.bus,
                QCoreApplication.translate("WorksheetEdits", "Delete agreement"),
                agreement_id,
                agreements.delete_agreement,
                agreements.restore_agreement,
            )
        )

    # -- actions --------------------------------------------------------------------------------

    def add_action(self, **fields: Any) -> bool:
        """A new open action (what, owner, due date, worksheet, challenge)."""
        return self._create(
            QCoreApplication.translate("WorksheetEdits", "Add action"),
            actions.create_action,
            actions.delete_action,
            actions.restore_action,
            meeting_id=self.meeting_id,
            **fields,
        )

    def set_action_done(self, action: ActionView, done: bool) -> bool:
        status = ActionStatus.GEDAAN if done else ActionStatus.OPEN
        return self._update(
            QCoreApplication.translate("WorksheetEdits", "Mark action done")
            if done
            else QCoreApplication.translate("WorksheetEdits", "Reopen action"),
            action.id,
            actions.update_action,
            {"status": action.status, "done_on": action.done_on},
            {"status": status.value, "done_on": date.today() if done else None},
            action.row_version,
        )

    def set_action_owner(self, action: ActionView, owner: dict[str, Any]) -> bool:
        """Give an action to a person or a party (``owner``: owner_person_id/owner_party)."""
        new = {"owner_person_id": None, "owner_party": None, **owner}
        old = {"owner_person_id": action.owner_person_id, "owner_party": action.owner_party}
        if new == old:
            return True
        return self._update(
            QCoreApplication.translate("WorksheetEdits", "Change who does the action"),
            action.id,
            actions.update_action,
            old,
            new,
            action.row_version,
        )

    def delete_action(self, action_id: str) -> bool:
        return self.work.push(
            DeleteCommand(
                self.work.bus,
                QCoreApplication.translate("WorksheetEdits", "Delete action"),
                action_id,
                actions.delete_action,
                actions.restore_action,
            )
        )

    # -- challenge states, items, milestones ----------------------------------------------------

    def set_challenge_state(self, challenge_key: str, old: str | None, new: str | None) -> bool:
        """Whether a challenge plays here; undo puts the previous answer back."""
        bus, trajectory_id = self.work.bus, self.trajectory_id

        def put(state: str | None) -> Any:
            if state is None:
                return bus.run(worksheet_data.clear_challenge_state, trajectory_id, challenge_key)
            return bus.run(worksheet_data.set_challenge_state, trajectory_id, challenge_key, state)

        return self.work.push(
            CallCommand(
                bus,
                QCoreApplication.translate("WorksheetEdits", "Does this challenge play here"),
                lambda: put(new),
                lambda: put(old),
            )
        )

    def add_item(self, **fields: Any) -> bool:
        return self._create(
            QCoreApplication.translate("WorksheetEdits", "Add worksheet line"),
            worksheet_data.add_item,
            worksheet_data.delete_item,
            worksheet_data.restore_item,
            **fields,
        )

    def delete_item(self, item_id: str) -> bool:
        return self.work.push(
            DeleteCommand(
                self.work.bus,
                QCoreApplication.translate("WorksheetEdits", "Delete worksheet line"),
                item_id,
                worksheet_data.delete_item,
                worksheet_data.restore_item,
            )
        )

    def add_milestone(self, **fields: Any) -> bool:
        return self._create(
            QCoreApplication.translate("WorksheetEdits", "Add milestone"),
            milestones.create_milestone,
            milestones.delete_milestone,
            milestones.restore_milestone,
            **fields,
        )

    def delete_milestone(self, milestone_id: str) -> bool:
        return self.work.push(
            DeleteCommand(
                self.work.bus,
                QCoreApplication.translate("WorksheetEdits", "Delete milestone"),
                milestone_id,
                milestones.delete_milestone,
                milestones.restore_milestone,
            )
        )

    # -- plumbing -------------------------------------------------------------------------------

    def _create(
        self, undo_text: str, create: Any, delete: Any, restore: Any, **fields: Any
    ) -> bool:
        bus, trajectory_id = self.work.bus, self.trajectory_id
        command = CreateCommand(
            bus, undo_text, lambda: bus.run(create, trajectory_id, **fields), delete, restore
        )
        accepted = self.work.push(command)
        self.last_created = command.created_id if accepted else None
        return accepted

    def _update(
        self,
        undo_text: str,
        row_id: str,
        update: Any,
        old: dict[str, Any],
        new: dict[str, Any],
        version: int | None = None,
    ) -> bool:
        command = UpdateCommand(self.work.bus, undo_text, row_id, update, old, new, version)
        return self.work.push(command)
