"""The welcoming empty state: what the app is for, two big ways to begin, and where the data
is kept (on the first start there is nothing yet, so this is what a new facilitator sees)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...library import SOURCE
from ..common.widgets import button, label


class WelcomePage(QWidget):
    """Shown when no trajectory is open."""

    new_requested = Signal()
    demo_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        column = QVBoxLayout()
        column.setSpacing(14)
        heading = label(self.tr("Welcome to Opgroei Desktop"), "heading")
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        heading.setStyleSheet("font-size: 20pt;")
        intro = label(
            self.tr(
                "Prepare and run the meetings between a municipality and a residents' "
                "initiative, keep what was said and agreed, and find it back years later. "
                "Everything stays on this computer and is saved as you work."
            )
        )
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        intro.setFixedWidth(600)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(intro)
        centred.addStretch(1)
        column.addWidget(heading)
        column.addLayout(centred)
        column.addSpacing(18)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addStretch(1)
        self.new_button = button(
            self.tr("&New trajectory"), self.tr("New trajectory"), primary=True, big=True
        )
        self.demo_button = button(
            self.tr("Open the e&xample trajectory"),
            self.tr("Open the example trajectory"),
            big=True,
            tip=self.tr(
                "A made-up municipality and cooperative with three meetings, "
                "to look around and practise"
            ),
        )
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addSpacing(10)
        hint = label(self.tr("Or choose a trajectory on the left."), "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(hint)
        column.addSpacing(18)
        column.addLayout(self._data_row())
        outer.addLayout(column)
        outer.addStretch(3)
        source = label(self.tr("Based on: %1").replace("%1", SOURCE), "muted")
        source.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(source)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
        )

    def _data_row(self) -> QHBoxLayout:
        """Where everything is stored, with a button that opens the folder."""
        self.data_folder = label(
            self.tr("Your data is saved as you work, in:\n%1").replace("%1", str(self.data_dir)),
            "muted",
        )
        self.data_folder.setTextFormat(Qt.TextFormat.PlainText)
        self.data_folder.setWordWrap(False)
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_folder.setAccessibleName(self.tr("Where your data is stored"))
        self.open_folder = button(
            self.tr("Open &folder"),
            self.tr("Open the data folder"),
            tip=self.tr("Shows the folder with your data and its backups"),
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.data_folder)
        row.addWidget(self.open_folder)
        row.addStretch(1)
        return row
