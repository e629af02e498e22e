"""The main window in Dutch fits a 1280x800 laptop screen on every page and meeting tab,
without scrolling sideways, and never asks to be taller than what such a screen leaves."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.services import meetings
from opgroei_desktop.ui.main.trajectory_view import PAGES

LAPTOP_WIDTH = 1280
LAPTOP_ROOM = 800 - 40 - 24
"""What a 1280x800 screen leaves a maximised window: less a taskbar and a title bar."""


def test_every_page_fits_a_1280_wide_screen_in_dutch(qtbot, qapp, bus, settings, library, store):
    """If this fails, the window grows wider or taller than a laptop screen and its right edge
    or its bottom (with "Opgeslagen" and the page's last buttons) falls off."""
    from opgroei_desktop.ui.i18n import install_translator
    from opgroei_desktop.ui.main_window import MainWindow

    translator = install_translator(qapp, "nl")
    try:
        trajectory, _ = ensure_demo(store)
        window = MainWindow(bus, settings, library, open_trajectory=trajectory)
        qtbot.addWidget(window)
        window.resize(LAPTOP_WIDTH, 800)
        window.show()
        qtbot.waitExposed(window)
        too_wide = []

        def wider() -> bool:
            qapp.processEvents()  # let the layouts settle, as they would on screen
            sideways = any(
                area.isVisible() and area.horizontalScrollBar().isVisible()
                for area in window.findChildren(QScrollArea)
            )
            least = window.minimumSizeHint()
            return (
                sideways
                or max(window.width(), least.width()) > LAPTOP_WIDTH
                or least.height() > LAPTOP_ROOM
            )

        for name in PAGES:
            window.view.show_page(name)
            if wider():
                too_wide.append(name)
        editor = window.view.page("meetings").editor
        for meeting in meetings.list_meetings(store, trajectory):
            window.view.open_meeting(meeting.id)
            for tab in range(editor.tabs.count()):
                editor.tabs.setCurrentIndex(tab)
                if wider():
                    too_wide.append(f"{meeting.title}: {editor.tabs.tabText(tab)}")
        assert not too_wide, f"wider than {LAPTOP_WIDTH} or taller than {LAPTOP_ROOM}: {too_wide}"
    finally:
        for child in [translator, *translator.children()]:
            qapp.removeTranslator(child)
