"""A bar at the top of the console for refusals and notices: never a pop-up in a meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from ..theme import COLOURS

NOTICE_MS = 8_000


class MessageBar(QFrame):
    """One message at a time: errors stay until closed or replaced, notices fade."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close message"))
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.is_error = False
        self.hide()

    def show_error(self, text: str) -> None:
        """A refusal or mistake, in the app's plain Dutch; stays until dealt with."""
        self._show(text, COLOURS.error_soft, COLOURS.error, error=True)

    def show_notice(self, text: str) -> None:
        """Something worth knowing that needs no action; fades after a few seconds."""
        self._show(text, COLOURS.accent_soft, COLOURS.accent, error=False)
        self._timer.start(NOTICE_MS)

    def clear(self) -> None:
        """Hide the bar."""
        self._timer.stop()
        self.is_error = False
        self.label.clear()
        self.hide()

    def clear_error(self) -> None:
        """Hide the bar if it shows an error (after the user fixed it)."""
        if self.is_error:
            self.clear()

    def _show(self, text: str, background: str, border: str, *, error: bool) -> None:
        self._timer.stop()
        self.is_error = error
        self.setStyleSheet(
            f"MessageBar {{ background: {background}; border: 2px solid {border};"
            f" border-radius: 6px; }} QLabel {{ font-size: 12pt; }}"
        )
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()
