"""Instellingen: the Word template for minutes, and the address of a team database.

A chosen template is checked at once: styles the minutes use but the template lacks are named
under the field, so the organisation can fix its template before the minutes go out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.db import server_url
from ...core.errors import OpgroeiError
from .. import settings as ui_settings
from ..common.widgets import button, label
from ..theme import COLOURS


class SettingsDialog(QDialog):
    """Per-machine preferences."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setSpacing(10)
        template_row = QHBoxLayout()
        self.template = QLineEdit(ui_settings.MINUTES_TEMPLATE.get(settings))
        self.template.setReadOnly(True)
        self.template.setPlaceholderText(self.tr("the app's own layout"))
        self.template.setAccessibleName(self.tr("Word template for minutes"))
        self.choose = button(self.tr("C&hoose…"), self.tr("Choose a Word template"))
        self.reset = button(self.tr("&Own layout"), self.tr("Use the app's own layout"))
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.choose)
        template_row.addWidget(self.reset)
        template_label = QLabel(self.tr("Minutes &template"))
        template_label.setBuddy(self.choose)
        form.addRow(template_label, template_row)
        form.addRow(
            "",
            label(
                self.tr("A .docx file of your organisation, whose styles the minutes will use."),
                "muted",
            ),
        )
        self.template_notes = label("")
        self.template_notes.setAccessibleName(self.tr("Check of the template"))
        self.template_notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.template_notes)
        self.team_database = QLineEdit(ui_settings.TEAM_DATABASE.get(settings))
        self.team_database.setPlaceholderText("postgresql://gebruiker@server/opgroei")
        self.team_database.setAccessibleName(self.tr("Address of the team database"))
        team_label = QLabel(self.tr("Team &database"))
        team_label.setBuddy(self.team_database)
        form.addRow(team_label, self.team_database)
        form.addRow(
            "",
            label(
                self.tr(
                    "A PostgreSQL database the whole team works in; empty for this computer's "
                    "own data. Used from the next start, and by Synchronise. Keep the password "
                    "in the server's password file (.pgpass), not here."
                ),
                "muted",
            ),
        )
        self.team_notes = label("")
        self.team_notes.setStyleSheet(f"color: {COLOURS.error};")
        self.team_notes.hide()
        form.addRow("", self.team_notes)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(self.tr("Save settings"))
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.choose.clicked.connect(self._choose_template)
        self.reset.clicked.connect(self.template.clear)
        self.template.textChanged.connect(self.check_template)
        self.check_template(self.template.text())

    def accept(self) -> None:
        address = self.team_database.text().strip()
        if address:
            try:
                url = server_url(address)
            except OpgroeiError as error:
                self.team_notes.setText(str(error))
                self.team_notes.show()
                return
            if url.password:
                self.team_notes.setText(
                    self.tr(
                        "Leave the password out of the address: settings are kept as plain "
                        "text. Put it in the password file (.pgpass) instead."
                    )
                )
                self.team_notes.show()
                return
        ui_settings.TEAM_DATABASE.set(self.settings, address)
        ui_settings.MINUTES_TEMPLATE.set(self.settings, self.template.text())
        self.settings.sync()
        super().accept()

    def _choose_template(self) -> None:
        start = self.template.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Word template"), start, self.tr("Word documents (*.docx)")
        )
        if path:
            self.template.setText(path)

    def check_template(self, path: str) -> list[str]:
        """Check the template at ``path`` and show under the field what it lacks; returns
        the lines shown (none for the app's own layout)."""
        if not path:
            self.template_notes.hide()
            return []
        from ...export.docx_template import check_template

        try:
            problems = check_template(path)
        except OpgroeiError as error:
            lines, fine = [str(error)], False
        else:
            fine = not problems
            if fine:
                lines = [self.tr("✓ The template has every style the minutes use.")]
            else:
                lines = [self.tr("Minutes can be made with this template, but:"), *problems]
        colour = COLOURS.ok if fine else COLOURS.error
        self.template_notes.setStyleSheet(f"color: {colour};")
        self.template_notes.setText("\n".join(lines))
        self.template_notes.show()
        self.adjustSize()  # the wrapped lines need room; an open dialog does not grow by itself
        return lines
