"""A message bar at the top of the window: refusals and confirmations without a pop-up.

A meeting must never be interrupted by a modal box, so the store's Dutch messages appear here,
stay until read (errors) or fade after a while (information), and may offer one action such as
"Ongedaan maken".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..theme import COLOURS

INFO_SECONDS = 10


class MessageBar(QFrame):
    """Shows one message at a time; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(self.tr("Message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        layout.setSpacing(12)
        self.icon = QLabel()
        self.icon.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.setAccessibleName(self.tr("Message action"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._act)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_error(self, message: str) -> None:
        """A refusal or problem, in the store's own Dutch words; stays until closed."""
        self._show(message, "error", None, None)

    def show_info(
        self,
        message: str,
        action_text: str | None = None,
        action: Callable[[], None] | None = None,
    ) -> None:
        """A confirmation, optionally with one action button; fades after a while."""
        self._show(message, "info", action_text, action)
        self._timer.start(INFO_SECONDS * 1000)

    def dismiss(self) -> None:
        self._timer.stop()
        self._callback = None
        self.hide()

    def _show(
        self,
        message: str,
        kind: str,
        action_text: str | None,
        action: Callable[[], None] | None,
    ) -> None:
        self._timer.stop()
        error = kind == "error"
        fg, bg = (
            (COLOURS.error, COLOURS.error_soft) if error else (COLOURS.accent, COLOURS.accent_soft)
        )
        self.setStyleSheet(
            f"#messageBar {{ background: {bg}; border-bottom: 2px solid {fg}; }}"
            f"#messageBar QLabel {{ color: {COLOURS.text}; }}"
        )
        self.icon.setText(self.tr("Not saved:") if error else self.tr("Note:"))
        self.icon.setStyleSheet(f"color: {fg}; font-weight: bold;")
        self.text.setText(message)
        self._callback = action
        self.action.setVisible(action is not None)
        self.action.setText(action_text or "")
        self.show()

    def _act(self) -> None:
        callback = self._callback
        self.dismiss()
        if callback is not None:
            callback()
