"""Which screen the projector view goes to, and what happens when a beamer comes or goes.

With a second screen the projector fills it (the remembered one if it is there); on the only
screen it is an ordinary window beside the console. Unplugging the beamer mid-meeting brings
the projector back as a window on the remaining screen, and the console says so.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from ..settings import PROJECTOR_SCREEN


def screen_label(screen: QScreen) -> str:
    """A screen as people recognise it: its name and size."""
    size = screen.size()
    return f"{screen.name() or '?'} — {size.width()}×{size.height()}"


def projector_screen(
    screens: list[QScreen], wanted_name: str, console_screen: QScreen | None
) -> QScreen | None:
    """The screen for the projector: the remembered one, else any screen but the console's.

    None means there is no other screen: show the projector as a window.
    """
    others = [screen for screen in screens if screen is not console_screen]
    if wanted_name and console_screen is not None and console_screen.name() == wanted_name:
        # Two screens may share a name (several X screens); the other one is meant then.
        if not any(screen.name() == wanted_name for screen in others):
            return None
    for screen in others:
        if screen.name() == wanted_name:
            return screen
    return others[0] if others else None


class ProjectorPlacement(QObject):
    """Puts the projector window on the right screen and follows screens being (un)plugged."""

    notice = Signal(str)
    screensChanged = Signal()

    def __init__(self, projector: QWidget, console: QWidget, settings: QSettings) -> None:
        super().__init__(projector)
        self.projector, self.console, self.settings = projector, console, settings
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)

    def screens(self) -> list[QScreen]:
        """The screens Qt knows now."""
        return list(QGuiApplication.screens())

    def target(self) -> QScreen | None:
        """Where the projector should go now (None: a window on the console's screen)."""
        return projector_screen(
            self.screens(), PROJECTOR_SCREEN.get(self.settings), self.console.screen()
        )

    def choose(self, screen: QScreen) -> None:
        """Remember ``screen`` as the projector screen and move the projector there."""
        PROJECTOR_SCREEN.set(self.settings, screen.name())
        self.place()

    def place(self) -> None:
        """Show the projector: full screen on its own screen, or as a window."""
        screen = self.target()
        if screen is None:
            self.show_windowed()
            return
        window = self.projector
        window.hide()
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()

    def show_windowed(self) -> None:
        """A normal window on the console's screen, beside the console rather than over it."""
        window = self.projector
        screen = self.console.screen() or QGuiApplication.primaryScreen()
        if window.isFullScreen():
            window.showNormal()
        window.setScreen(screen)
        area = screen.availableGeometry()
        width, height = int(area.width() * 0.5), int(area.height() * 0.5)
        window.setGeometry(
            QRect(area.right() - width - 20, area.top() + 40, max(width, 480), max(height, 320))
        )
        window.show()

    def _screen_added(self, screen: QScreen) -> None:
        self.screensChanged.emit()
        self.notice.emit(
            self.tr(
                "A screen was connected ({0}). Press F5 to show the projector view there."
            ).format(screen_label(screen))
        )

    def _screen_removed(self, screen: QScreen) -> None:
        self.screensChanged.emit()
        # Qt moves the windows of the lost screen itself; settle after it has done so.
        QTimer.singleShot(0, self._after_removal)

    def _after_removal(self) -> None:
        window = self.projector
        console_screen = self.console.screen()
        if not window.isVisible() or (
            window.screen() in self.screens() and window.screen() is not console_screen
        ):
            return
        if window.isFullScreen() and self.target() is None:
            self.show_windowed()
            self.notice.emit(
                self.tr(
                    "The beamer was disconnected. The projector view is now a window on this "
                    "screen; nothing is lost."
                )
            )
        elif window.isFullScreen():
            self.place()
