"""Show to the room: one worksheet in large type on the beamer, read-only, following changes."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from opgroei_desktop.core.services import agreements, worksheet_data
from opgroei_desktop.ui.worksheets.room_view import RoomView


def _room(qtbot, view) -> RoomView:
    qtbot.mouseClick(view.room_button, Qt.MouseButton.LeftButton)
    room = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RoomView))
    qtbot.addWidget(room)
    room.resize(1024, 768)
    qtbot.waitExposed(room)
    return room


def _largest_text_px(room: RoomView) -> int:
    return max(int(size) for size in re.findall(r"font-size:\s*(\d+)px", room.text.toHtml()))


def test_a_worksheet_shows_to_the_room_in_large_type(qtbot, store, bus, trajectory, open_sheet):
    """If this fails, the room cannot read the worksheet on the beamer from the back row."""
    worksheet_data.add_item(
        store,
        trajectory,
        worksheet="kennen",
        section="waarden_doelen",
        party="gemeente",
        title="Aardgasvrij in 2035",
    )
    agreements.create_agreement(
        store, trajectory, worksheet="kennen", text="We zien elkaar elke maand"
    )
    room = _room(qtbot, open_sheet(trajectory, "kennen"))
    text = room.text.toPlainText()
    assert "Leer elkaar kennen" in text
    assert "Municipality · Aardgasvrij in 2035" in text
    assert "We zien elkaar elke maand" in text and "Proposal" in text
    assert _largest_text_px(room) >= 40
    assert not room.findChildren(QLineEdit)
    assert room.text.isReadOnly() and not room.text.openLinks()


def test_the_room_view_follows_changes_made_on_the_laptop(
    qtbot, store, bus, trajectory, open_sheet
):
    """If this fails, the room keeps reading an old version while the facilitator types."""
    room = _room(qtbot, open_sheet(trajectory, "rollen"))
    assert "Nothing written down" in room.text.toPlainText()
    bus.run(agreements.create_agreement, trajectory, worksheet="rollen", text="Wij delen taken")
    assert "Wij delen taken" in room.text.toPlainText()
    qtbot.keyClick(room, Qt.Key.Key_Escape)
    assert not room.isVisible()
