"""A challenge of a VERHELDEREN theme as a card: does it play here, what was said, the library's
suggested agreements, the parties' own agreements, and the *Doen* column of actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ...core.vocab import ChallengeState
from ...worksheets.sheet import ChallengeBlock, Sheet, Suggestion
from . import labels
from .actions import ActionAdder, ActionList
from .agreements import AgreementList, NewAgreement, SuggestionList
from .edits import SheetEdits
from .entries import EntryList
from .parts import label, set_style


class ChallengeCard(QFrame):
    """One challenge (or, with ``key`` None, everything on the theme not tied to one)."""

    def __init__(
        self,
        worksheet: str,
        block: ChallengeBlock,
        edits: SheetEdits,
        choose: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.worksheet, self.key, self.edits = worksheet, block.key, edits
        self.block: ChallengeBlock | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        self.always_shown = title is not None
        title = title or block.title or self.tr("General: not tied to one challenge")
        self.setAccessibleName(title)
        top = QHBoxLayout()
        top.addWidget(label(title, "subheading"), 1)
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Does this play here: %1").replace("%1", title))
        self.state.addItem(self.tr("Not decided yet"), None)
        for code in labels.CHALLENGE_STATES:
            self.state.addItem(labels.challenge_state(code), code)
        self.state.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.state.setMinimumContentsLength(14)
        self.state.currentIndexChanged.connect(self._state_chosen)
        self.state.setVisible(block.key is not None)
        top.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        if block.description:
            layout.addWidget(label(block.description, "muted"))

        self.said_heading = label(self.tr("Said in meetings"), "muted")
        self.said = EntryList()
        layout.addWidget(self.said_heading)
        layout.addWidget(self.said)

        layout.addWidget(label(self.tr("Agreements"), "subheading"))
        self.agreements = AgreementList()
        self.agreements.chosen.connect(choose)
        self.no_agreements = label(self.tr("No agreements yet."), "muted")
        layout.addWidget(self.agreements)
        layout.addWidget(self.no_agreements)
        self.suggestions_heading = label(self.tr("Suggested agreements (library)"), "muted")
        self.suggestions = SuggestionList(self._adopt)
        layout.addWidget(self.suggestions_heading)
        layout.addWidget(self.suggestions)
        self.new_agreement = NewAgreement(
            lambda text: edits.add_agreement(worksheet, text, self.key)
        )
        layout.addWidget(self.new_agreement)

        layout.addWidget(label(self.tr("Doen: what the parties do"), "subheading"))
        self.action_list = ActionList(edits)
        self.no_actions = label(self.tr("No actions yet."), "muted")
        self.adder = ActionAdder(self._add_action)
        layout.addWidget(self.action_list)
        layout.addWidget(self.no_actions)
        layout.addWidget(self.adder)
        self.choose = choose

    def show_block(self, block: ChallengeBlock, sheet: Sheet) -> None:
        """Show ``block``; nothing is rebuilt when it did not change."""
        self.adder.owner.set_people(sheet.people)
        # The box may show a choice that was undone before this refresh came: always sync it.
        self.state.blockSignals(True)
        self.state.setCurrentIndex(max(0, self.state.findData(block.state)))
        self.state.blockSignals(False)
        if block == self.block:
            return
        self.block = block
        applies = block.state != ChallengeState.NIET_VAN_TOEPASSING
        set_style(self, "plays", block.state == ChallengeState.SPEELT)
        self.said.show_entries(block.entries)
        self.said_heading.setVisible(bool(block.entries))
        self.agreements.show_agreements(block.agreements)
        self.no_agreements.setVisible(not block.agreements)
        self.suggestions.show_suggestions(block.suggestions if applies else ())
        self.suggestions_heading.setVisible(bool(block.suggestions) and applies)
        self.action_list.show_actions(block.actions)
        self.no_actions.setVisible(not block.actions)
        if block.key is None and not self.always_shown:
            self.setVisible(bool(block.entries or block.agreements or block.actions))

    def _state_chosen(self) -> None:
        old = self.block.state if self.block else None
        new = self.state.currentData()
        if self.key and not self.edits.set_challenge_state(self.key, old, new):
            self.state.blockSignals(True)
            self.state.setCurrentIndex(max(0, self.state.findData(old)))
            self.state.blockSignals(False)

    def _adopt(self, suggestion: Suggestion) -> None:
        if self.edits.add_agreement(self.worksheet, suggestion.text, self.key, suggestion.key):
            self.choose(self.edits.last_created or "")

    def _add_action(self, fields: dict[str, Any]) -> bool:
        return self.edits.add_action(worksheet=self.worksheet, challenge_key=self.key, **fields)
