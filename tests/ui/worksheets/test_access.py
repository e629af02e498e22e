"""Keyboard and screen-reader use: every control on the worksheets has a name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from opgroei_desktop.core.vocab import WORKSHEET_KEYS
from opgroei_desktop.ui.worksheets import ActionsView, SearchPanel


def _unnamed(root: QWidget) -> list[str]:
    """Controls reachable by Tab that a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.isWindow():
            continue
        if type(widget).__name__ in ("QScrollArea", "QSplitterHandle", "QScrollBar", "QWidget"):
            continue
        parent = widget.parent()
        if parent is not None and parent.metaObject().className() in (
            "QComboBox",
            "QComboBoxPrivateContainer",
        ):
            continue
        text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            missing.append(f"{type(widget).__name__} in {parent.metaObject().className()}")
    return missing


@pytest.mark.parametrize("key", WORKSHEET_KEYS)
def test_every_control_on_a_worksheet_has_a_name(qtbot, demo, open_sheet, key):
    """Someone using a screen reader must hear what each field and button is for."""
    view = open_sheet(demo, key)
    first = next(iter(a.id for a in view.sheet.agreements), None)
    if first:
        view.choose(first)
    assert _unnamed(view) == [], _unnamed(view)


def test_register_and_search_controls_have_names(qtbot, bus, library, undo_stack, demo):
    """The action list and the search box must be usable without seeing the screen."""
    for widget in (ActionsView(bus, library, undo_stack, demo), SearchPanel(bus, library, demo)):
        qtbot.addWidget(widget)
        widget.show()
        assert _unnamed(widget) == []
