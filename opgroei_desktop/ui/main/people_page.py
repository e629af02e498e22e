"""The people of a trajectory, grouped by party, with a form to edit the selected person.

People who leave are marked as left on a date and stay in the history; "forget this person"
is the privacy act that wipes their details for good.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.services import people
from ...core.vocab import Party
from .. import labels
from ..common import widgets
from ..common.autosave import AutoSaver
from ..common.context import Workbench, concerns
from ..common.widgets import ReadsWhenShown, button, combo, label, plain_tip, scrolling
from ..theme import COLOURS
from ..undo import CallCommand, CreateCommand
from .wrapping import wrap_columns

ID_ROLE = Qt.ItemDataRole.UserRole
EDITABLE = (
    "name",
    "party",
    "function",
    "organisation",
    "speaks_for",
    "mandate_basis",
    "email",
    "consent_named",
)


def party_combo(accessible: str) -> QComboBox:
    """A drop-down list of the four parties."""
    box = combo(accessible, 12)
    for code in labels.PARTIES:
        box.addItem(labels.party(code), code)
    return box


class PersonEditor(QGroupBox):
    """Edits one person; every change is saved as it is made."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.person = None
        self.setTitle(self.tr("Person"))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        form = QFormLayout()
        form.setSpacing(4)  # tight enough that the whole form fits a 1280x800 screen
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.party = party_combo(self.tr("Party"))
        self.function = QLineEdit()
        self.function.setAccessibleName(self.tr("Function"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation or department"))
        self.speaks_for = QLineEdit()
        self.speaks_for.setAccessibleName(self.tr("Speaks on behalf of"))
        self.speaks_for.setPlaceholderText(self.tr("e.g. as a resident, for the board, as adviser"))
        self.mandate_basis = QLineEdit()
        self.mandate_basis.setAccessibleName(self.tr("Authorised to sign by"))
        self.mandate_basis.setPlaceholderText(
            self.tr("only for who signs, e.g. article 14 of the statutes, a power of attorney")
        )
        self.mandate_basis.setToolTip(
            self.tr(
                "Named in the parties block of an agreement: the person signs, authorised by this."
            )
        )
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("E-mail address"))
        self.email.setPlaceholderText(self.tr("optional; only for invitations"))
        self.email.setToolTip(
            self.tr(
                "Used only to address an invitation draft, and only when the person may be "
                "named in the minutes."
            )
        )
        self.consent = QCheckBox(self.tr("May be named in the minutes"))
        self.consent.setAccessibleName(self.tr("May be named in the minutes"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Party"), self.party)
        form.addRow(self.tr("Function"), self.function)
        form.addRow(self.tr("Organisation / department"), self.organisation)
        form.addRow(self.tr("On whose behalf"), self.speaks_for)
        form.addRow(self.tr("Authorised to sign by"), self.mandate_basis)
        form.addRow(self.tr("E-mail address"), self.email)
        form.addRow("", self.consent)
        layout.addLayout(form)
        self.saver = AutoSaver(work, people.update_person, self.tr("Edit person"), self)
        for name, widget in (
            ("name", self.name),
            ("party", self.party),
            ("function", self.function),
            ("organisation", self.organisation),
            ("speaks_for", self.speaks_for),
            ("mandate_basis", self.mandate_basis),
            ("email", self.email),
            ("consent_named", self.consent),
        ):
            self.saver.bind(name, widget)
        self.status = label("", "subheading")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.left_on = QDateEdit(QDate.currentDate())
        self.left_on.setCalendarPopup(True)
        self.left_on.setDisplayFormat("dd-MM-yyyy")
        self.left_on.setAccessibleName(self.tr("Date of leaving"))
        self.leave_button = button(self.tr("Mark as left"))
        self.return_button = button(self.tr("Taking part again"))
        row.addWidget(self.left_on)
        row.addWidget(self.leave_button)
        row.addWidget(self.return_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.forget_button = button(
            self.tr("Forget this person…"),
            tip=self.tr(
                "Removes name and details for good (privacy). Their entries keep the party."
            ),
        )
        forget_row = QHBoxLayout()
        forget_row.addWidget(self.forget_button)
        forget_row.addStretch(1)
        layout.addLayout(forget_row)
        layout.addStretch(1)
        self.leave_dialog: QWidget | None = None
        self.leave_button.clicked.connect(self._mark_left)
        self.return_button.clicked.connect(self._mark_back)
        self.forget_button.clicked.connect(self._forget)
        self.show_person(None)

    def show_person(self, person: object | None) -> None:
        """Show ``person`` (a PersonView) or nothing."""
        self.person = person
        self.setEnabled(person is not None and not person.forgotten)
        gone = person is not None and person.left_on is not None
        self.left_on.setVisible(person is not None and not gone)
        self.leave_button.setVisible(person is not None and not gone)
        self.return_button.setVisible(gone)
        if person is None:
            self.saver.clear()
            self.status.setText(self.tr("Choose a person in the list."))
            return
        self.saver.load(
            person.id, {name: getattr(person, name) for name in EDITABLE}, person.row_version
        )
        if person.forgotten:
            self.status.setText(self.tr("This person's details were removed."))
        elif gone:
            self.status.setText(self.tr("Left on %1").replace("%1", labels.day(person.left_on)))
        else:
            self.status.setText(self.tr("Taking part"))

    def _set_left(self, value: object, text: str) -> None:
        # A command of its own (not a merging update): leaving and returning are two steps.
        self.work.saves.flush_all()
        bus, person_id, old = self.work.bus, self.person.id, self.person.left_on
        self.work.push(
            CallCommand(
                bus,
                text,
                lambda: bus.run(people.update_person, person_id, left_on=value),
                lambda: bus.run(people.update_person, person_id, left_on=old),
            )
        )

    def _mark_left(self) -> None:
        """Mark as left; when they still carry actions or agreements, ask who takes over."""
        from ...core.services import handover
        from .leaving import LeaveDialog, hand_over_command

        day = self.left_on.date().toPython()
        self.work.saves.flush_all()
        carried = self.work.query(handover.leaver_work, self.person.id)
        if carried.is_empty():
            self._set_left(day, self.tr("Mark as left"))
            return
        candidates = [
            p
            for p in self.work.query(
                people.list_people, self.person.trajectory_id, include_left=False
            )
            if p.id != self.person.id and not p.forgotten
        ]
        self.leave_dialog = LeaveDialog(carried, day, candidates, self)
        self.leave_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        person_id = self.person.id
        dialog = self.leave_dialog
        dialog.accepted.connect(
            lambda: self.work.push(hand_over_command(self.work, person_id, day, dialog.choices()))
        )
        dialog.open()

    def _mark_back(self) -> None:
        self._set_left(None, self.tr("Taking part again"))

    def _forget(self) -> None:
        person = self.person
        if person is None:
            return
        question = self.tr(
            "Forget %1 for good? Name, function, organisation and on whose behalf they speak are "
            "wiped. Their entries stay, under their party. This cannot be undone."
        ).replace("%1", person.name)
        if not widgets.confirm(self, self.tr("Forget this person"), question, self.tr("Forget")):
            return
        self.work.saves.flush_all()
        self.saver.clear()
        if self.work.bus.run(people.forget_person, person.id) is None:
            return
        # Older steps on the undo stack could bring the wiped name back; drop them.
        self.work.undo.clear()
        backups = len(self.work.bus.store.backup_files())
        question = self.tr(
            "%1 has been removed from the data of this app. Backups made earlier and documents "
            "already sent still hold the name. Remove it from the %2 backup(s) in the data "
            "folder as well? Documents already sent must be removed by whoever received them."
        )
        question = question.replace("%1", person.name).replace("%2", str(backups))
        if backups and widgets.confirm(
            self, self.tr("Forget this person"), question, self.tr("Remove from backups")
        ):
            people.forget_in_backups(self.work.bus.store, person.name)


class PeoplePage(ReadsWhenShown, QWidget):
    """People grouped by party (gemeente, initiatief, procesbegeleider, anders)."""

    def __init__(self, work: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.trajectory_id: str | None = None
        self._people: dict[str, object] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name of a new person"))
        self.new_name.setAccessibleName(self.tr("Name of a new person"))
        self.new_party = party_combo(self.tr("Party of the new person"))
        self.new_party.setMinimumContentsLength(9)
        self.add_button = button(self.tr("Add pe&rson"), self.tr("Add person"), primary=True)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_party)
        add_row.addWidget(self.add_button)
        column.addLayout(add_row)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("People by party"))
        self.tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Function"),
                self.tr("On whose behalf"),
                self.tr("In minutes"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        # Functions and mandates are often a few words long ("wethouder duurzaamheid, namens
        # het college"): they wrap onto a second line instead of being cut off at 1280 wide.
        wrap_columns(self.tree)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.setSectionResizeMode(2, header.ResizeMode.Stretch)
        header.setSectionResizeMode(3, header.ResizeMode.ResizeToContents)
        column.addWidget(self.tree, 1)
        self.empty = label(
            self.tr("No people yet. Add the people of both parties who take part."), "muted"
        )
        column.addWidget(self.empty)
        splitter.addWidget(left)
        self.editor = PersonEditor(work)
        side = scrolling(self.editor)
        side.setMaximumWidth(420)  # the form, and room for its scroll bar on a low screen
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([700, 300])
        outer.addWidget(splitter)
        self.add_button.clicked.connect(self.add_person)
        self.new_name.returnPressed.connect(self.add_person)
        self.tree.currentItemChanged.connect(self._current_changed)
        work.bus.changed.connect(self._on_changed)

    def show_trajectory(self, trajectory_id: str | None) -> None:
        self.trajectory_id = trajectory_id
        self.mark_stale()

    def add_person(self) -> None:
        """Add the person typed in the top row; focus stays there for the next one."""
        name, party = self.new_name.text(), self.new_party.currentData()
        bus = self.work.bus
        command = CreateCommand(
            bus,
            self.tr("Add person"),
            lambda: bus.run(people.add_person, self.trajectory_id, name=name, party=party),
            people.delete_person,
            people.restore_person,
        )
        if self.work.push(command):
            self.new_name.clear()
            self.select(command.created_id)
            self.new_name.setFocus()

    def select(self, person_id: str | None) -> None:
        for item in self._items():
            if item.data(0, ID_ROLE) == person_id:
                self.tree.setCurrentItem(item)
                return

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def refresh(self) -> None:
        self._stale = False
        if self.trajectory_id is None:
            return
        found = self.work.query(people.list_people, self.trajectory_id)
        self._people = {p.id: p for p in found}
        current = self.current_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        muted = QBrush(QColor(COLOURS.muted))
        for party in Party:
            members = [p for p in found if p.party == party.value]
            group = QTreeWidgetItem([f"{labels.party(party.value)} ({len(members)})"])
            group.setFont(0, bold)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for person in members:
                name = person.name
                if person.left_on:
                    name += " " + self.tr("(left %1)").replace("%1", labels.day(person.left_on))
                consent = self.tr("named") if person.consent_named else self.tr("not named")
                role = ", ".join(part for part in (person.function, person.organisation) if part)
                item = QTreeWidgetItem([name, role, person.speaks_for, consent])
                for column, text in enumerate((name, role, person.speaks_for)):
                    item.setToolTip(column, plain_tip(text))
                item.setData(0, ID_ROLE, person.id)
                if person.left_on or person.forgotten:
                    for column in range(4):
                        item.setForeground(column, muted)
                group.addChild(item)
            group.setExpanded(True)
        self.tree.blockSignals(False)
        self.empty.setVisible(not found)
        items = self._items()
        if current is None and items:
            current = items[0].data(0, ID_ROLE)
        self.select(current)
        self.editor.show_person(self._people.get(self.current_id() or ""))

    def _items(self) -> list[QTreeWidgetItem]:
        return [
            self.tree.topLevelItem(g).child(c)
            for g in range(self.tree.topLevelItemCount())
            for c in range(self.tree.topLevelItem(g).childCount())
        ]

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        person_id = item.data(0, ID_ROLE) if item is not None else None
        self.editor.show_person(self._people.get(person_id or ""))

    def _on_changed(self, changes: Changes) -> None:
        if concerns(changes, self.trajectory_id, "people"):
            self.mark_stale()
