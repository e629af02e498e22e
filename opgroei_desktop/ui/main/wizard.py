"""A short wizard for a new trajectory: the two parties, the project, and the preconditions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.changes import Changes
from ...core.services import trajectories
from ...core.vocab import NEGOTIATING_PARTIES
from ...library import Precondition
from .. import labels
from ..common.context import Workbench
from ..common.widgets import label
from ..undo import CreateCommand

CONFIRMED, LEFT_OPEN = 1, 2


class PartiesPage(QWizardPage):
    """Who works together: the municipality and the initiative (both required)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Who is working together?"))
        self.setSubTitle(self.tr("The two parties of this trajectory. You can change this later."))
        form = QFormLayout(self)
        form.setSpacing(12)
        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText(self.tr("for example: Gemeente Zwolle"))
        self.municipality.setAccessibleName(self.tr("Municipality"))
        self.initiative = QLineEdit()
        self.initiative.setPlaceholderText(self.tr("for example: Energiecoöperatie Assendorp"))
        self.initiative.setAccessibleName(self.tr("Initiative"))
        form.addRow(self.tr("&Municipality"), self.municipality)
        form.addRow(self.tr("&Initiative"), self.initiative)
        self.registerField("municipality*", self.municipality)
        self.registerField("initiative*", self.initiative)


class ProjectPage(QWizardPage):
    """Where and what: area, project, and the start date if there is one."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("What is it about?"))
        self.setSubTitle(self.tr("All fields on this page are optional."))
        form = QFormLayout(self)
        form.setSpacing(12)
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("neighbourhood or district"))
        self.area.setAccessibleName(self.tr("Area"))
        self.project = QLineEdit()
        self.project.setPlaceholderText(self.tr("for example: collective heat network"))
        self.project.setAccessibleName(self.tr("Project"))
        self.has_start = QCheckBox(self.tr("The start date is &known"))
        self.has_start.setAccessibleName(self.tr("The start date is known"))
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd-MM-yyyy")
        self.start.setAccessibleName(self.tr("Start date"))
        self.start.setEnabled(False)
        self.has_start.toggled.connect(self.start.setEnabled)
        form.addRow(self.tr("&Area"), self.area)
        form.addRow(self.tr("&Project"), self.project)
        form.addRow(self.has_start)
        form.addRow(self.tr("&Start date"), self.start)

    def start_date(self) -> date | None:
        return self.start.date().toPython() if self.has_start.isChecked() else None


class PartyChoice(QWidget):
    """For one party: confirmed on a date, or explicitly left open; with a note."""

    def __init__(self, party: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party = party
        name = labels.party(party)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 6)
        grid.setHorizontalSpacing(12)
        grid.addWidget(label(name, "subheading"), 0, 0, 1, 4)
        grid.addWidget(label(hint, "muted"), 1, 0, 1, 4)
        self.confirmed = QRadioButton(self.tr("Confirmed on"))
        self.confirmed.setAccessibleName(self.tr("%1: confirmed").replace("%1", name))
        self.open = QRadioButton(self.tr("Still open"))
        self.open.setAccessibleName(self.tr("%1: still open").replace("%1", name))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.confirmed, CONFIRMED)
        self.choice.addButton(self.open, LEFT_OPEN)
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")
        self.on.setAccessibleName(self.tr("%1: confirmed on").replace("%1", name))
        self.on.setEnabled(False)
        self.confirmed.toggled.connect(self.on.setEnabled)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setAccessibleName(self.tr("%1: note").replace("%1", name))
        grid.addWidget(self.confirmed, 2, 0)
        grid.addWidget(self.on, 2, 1)
        grid.addWidget(self.open, 2, 2)
        grid.addWidget(self.note, 3, 0, 1, 4)
        grid.setColumnStretch(3, 1)

    def chosen(self) -> bool:
        return self.choice.checkedId() in (CONFIRMED, LEFT_OPEN)

    def values(self) -> dict[str, Any]:
        confirmed = self.choice.checkedId() == CONFIRMED
        return {
            "confirmed_on": self.on.date().toPython() if confirmed else None,
            "left_open": self.choice.checkedId() == LEFT_OPEN,
            "note": self.note.text(),
        }


class PreconditionPage(QWizardPage):
    """One precondition, answered by each of the two parties."""

    def __init__(self, precondition: Precondition) -> None:
        super().__init__()
        self.key = precondition.key
        self.setTitle(self.tr("Precondition: %1").replace("%1", precondition.title))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(label(" ".join(precondition.description.split())))
        hints = {
            "gemeente": precondition.gemeente_hint,
            "initiatief": precondition.initiatief_hint,
        }
        self.choices = [
            PartyChoice(p.value, " ".join(hints[p.value].split())) for p in NEGOTIATING_PARTIES
        ]
        for choice in self.choices:
            layout.addWidget(choice)
            choice.choice.idToggled.connect(lambda *_: self.completeChanged.emit())
        self.reminder = label(self.tr("Choose for each party: confirmed, or still open."), "muted")
        layout.addWidget(self.reminder)
        layout.addStretch(1)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        done = all(choice.chosen() for choice in self.choices)
        self.reminder.setVisible(not done)
        return done


class NewTrajectoryWizard(QWizard):
    """Asks what a trajectory needs and creates it as one undoable step; emits ``created``."""

    created = Signal(str)

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.setWindowTitle(self.tr("New trajectory"))
        self.setAccessibleName(self.tr("New trajectory"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create trajectory"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.parties = PartiesPage()
        self.project = ProjectPage()
        self.preconditions = [PreconditionPage(p) for p in work.library.preconditions]
        for page in (self.parties, self.project, *self.preconditions):
            self.addPage(page)
        self.resize(760, 600)

    def accept(self) -> None:
        trajectory_id = self.create()
        if trajectory_id:
            super().accept()
            self.created.emit(trajectory_id)

    def create(self) -> str | None:
        """Store the trajectory and its preconditions; None when the store refused."""
        fields = {
            "municipality": self.parties.municipality.text(),
            "initiative": self.parties.initiative.text(),
            "area": self.project.area.text(),
            "project": self.project.project.text(),
        }
        start = self.project.start_date()
        if start is not None:
            fields["notes"] = self.tr("Start date: %1").replace("%1", labels.day(start))
        answers = [
            (page.key, choice.party, choice.values())
            for page in self.preconditions
            for choice in page.choices
        ]
        bus = self.work.bus

        def create() -> Changes | None:
            changes = bus.run(trajectories.create_trajectory, **fields)
            if changes is not None:
                for key, party, values in answers:
                    bus.run(trajectories.set_precondition, changes.id, key, party, **values)
            return changes

        command = CreateCommand(
            bus,
            self.tr("New trajectory"),
            create,
            trajectories.delete_trajectory,
            trajectories.restore_trajectory,
        )
        if not self.work.push(command):
            return None
        return command.created_id
