"""The first start: what a new facilitator sees before there is any data, and Help → Over."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox


def test_first_start_offers_demo_or_new_and_says_where_the_data_goes(make_window, store):
    """If this fails, a new facilitator does not know how to begin or where the data is kept."""
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    welcome = window.welcome
    assert welcome.new_button.isVisible() and welcome.demo_button.isVisible()
    assert welcome.data_folder.isVisible()
    assert str(store.data_dir) in welcome.data_folder.text()
    assert welcome.open_folder.isVisible()


def test_about_names_the_source_publication_and_the_licence(qtbot, make_window):
    """If this fails, a facilitator cannot see what the process is based on, or its licence."""
    window = make_window()
    window.commands.about.trigger()
    box = next(
        widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QMessageBox)
    )
    qtbot.waitExposed(box)
    text = box.text()
    assert "Opgroeiruimte" in text and "Duneworks" in text and "Energie Samen" in text
    assert "EUPL-1.2" in text
    assert "0.1.0" in text
    box.close()
