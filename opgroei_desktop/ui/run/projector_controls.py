"""The console's row of projector controls: screen, full screen, blank, hide entries, theme,
and a badge that says at a glance what the room sees now."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ..settings import Setting
from .run_state import DARK, LIGHT, RunState
from .screens import ProjectorPlacement, screen_label

PROJECTOR_THEME: Setting[str] = Setting("projector/theme", DARK, str)


class ProjectorControls(QWidget):
    """Buttons mirror the run state, so keys on the projector show here too."""

    def __init__(
        self,
        state: RunState,
        placement: ProjectorPlacement,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self.placement, self.settings = state, placement, settings
        self.screen_box = QComboBox()
        self.screen_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.screen_box.setMinimumContentsLength(16)
        self.screen_box.setAccessibleName(self.tr("Screen for the projector view"))
        self.screen_box.setToolTip(self.tr("Screen for the projector view"))
        self.screen_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.screen_box.activated.connect(self._screen_chosen)
        self.full_button = self._button(
            self.tr("Show the projector view full screen"), self.tr("Full screen (F5)")
        )
        self.full_button.clicked.connect(placement.place)
        self.blank_button = self._button(
            self.tr("Blank the projector"), self.tr("Blank (Ctrl+B)"), checkable=True
        )
        self.blank_button.toggled.connect(state.set_blank)
        self.privacy_button = self._button(
            self.tr("Hide the entries on the projector"),
            self.tr("Hide entries (Ctrl+H)"),
            checkable=True,
        )
        self.privacy_button.toggled.connect(state.set_privacy)
        self.theme_button = self._button(
            self.tr("Switch between a dark and a light projector"), self.tr("Theme (Ctrl+T)")
        )
        self.theme_button.clicked.connect(state.toggle_theme)
        self.badge = QLabel()
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.setAccessibleName(self.tr("What the projector shows"))
        # Never cut short: the badge says what the room sees.
        self.badge.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.screen_box)
        for button in (self.full_button, self.blank_button, self.privacy_button):
            layout.addWidget(button)
        layout.addWidget(self.theme_button)
        layout.addWidget(self.badge)
        layout.addStretch(1)
        state.blankChanged.connect(self._sync)
        state.privacyChanged.connect(self._sync)
        state.themeChanged.connect(self._theme_changed)
        state.themeChanged.connect(self._sync)
        placement.screensChanged.connect(self.fill_screens)
        state.set_theme(PROJECTOR_THEME.get(settings))
        self.fill_screens()
        self._sync()

    def fill_screens(self) -> None:
        """List the screens Qt knows now; the projector's target is selected."""
        self.screen_box.clear()
        console_screen = self.placement.console.screen()
        target = self.placement.target() or console_screen
        for screen in self.placement.screens():
            text = self.tr("Projector: {0}").format(screen_label(screen))
            if screen is console_screen:
                text += " " + self.tr("(this screen: window)")
            self.screen_box.addItem(text, screen.name())
            if screen is target:
                self.screen_box.setCurrentIndex(self.screen_box.count() - 1)

    def _screen_chosen(self, index: int) -> None:
        name = self.screen_box.itemData(index)
        for screen in self.placement.screens():
            if screen.name() == name:
                self.placement.choose(screen)
                return

    def _sync(self, *_: object) -> None:
        for button, on in (
            (self.blank_button, self.state.blank),
            (self.privacy_button, self.state.privacy),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self._show_badge()

    def _show_badge(self) -> None:
        state = self.state
        if state.blank:
            shows, background, colour = self.tr("black"), "#000000", "#FFFFFF"
        elif state.privacy:
            shows, background, colour = self.tr("entries hidden"), "#FFE08A", "#3D2E00"
        else:
            shows, background, colour = self.tr("live"), "#CDEFD6", "#0B3D1B"
        theme = self.tr("light theme") if state.theme == LIGHT else self.tr("dark theme")
        self.badge.setText(self.tr("Projector: {0} · {1}").format(shows, theme))
        self.badge.setStyleSheet(
            f"QLabel {{ background: {background}; color: {colour}; font-weight: bold;"
            " border-radius: 6px; padding: 6px 10px; }"
        )

    def _theme_changed(self, theme: str) -> None:
        if theme in (DARK, LIGHT):
            PROJECTOR_THEME.set(self.settings, theme)

    def _button(self, name: str, text: str, checkable: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        return button
