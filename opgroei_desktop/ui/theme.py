"""The app's look: a calm, high-legibility palette, a readable base font and clear focus rings.

The meeting runner and the projector reuse ``COLOURS`` so the whole app speaks one visual
language; parties keep the same colour everywhere, and colour never carries meaning alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ..resources import resource_path

BASE_POINT_SIZE = 11


@dataclass(frozen=True)
class Colours:
    """Named colours (hex strings) for widgets, painted pictures and the projector."""

    window: str = "#F5F4F0"
    surface: str = "#FFFFFF"
    surface_alt: str = "#EEF1F4"
    text: str = "#1D2228"
    muted: str = "#55606C"
    border: str = "#C5CDD6"
    accent: str = "#1F5C8B"
    accent_text: str = "#FFFFFF"
    accent_soft: str = "#E1ECF5"
    focus: str = "#0A62C9"
    focus_on_accent: str = "#F2B134"
    """A focus ring that stands out on an accent-coloured (blue) button."""
    selection: str = "#CFE2F3"
    doen: str = "#2D7459"
    doen_soft: str = "#E2F1EA"
    verhelderen: str = "#8A5A00"
    verhelderen_soft: str = "#FBF0D8"
    gemeente: str = "#2561A3"
    initiatief: str = "#A8501A"
    samen: str = "#6A4C9C"
    procesbegeleider: str = "#5B6776"
    ok: str = "#2E7040"
    ok_soft: str = "#E3F2E6"
    warning: str = "#A23B00"
    warning_soft: str = "#FDEBDD"
    error: str = "#A4231B"
    error_soft: str = "#FBE3E1"

    def party(self, code: str | None) -> str:
        """The colour of a party or voice code; grey for anything else."""
        return getattr(self, code or "", None) or self.procesbegeleider


COLOURS = Colours()


def app_font(point_size: int = BASE_POINT_SIZE) -> QFont:
    """The base font: the platform's UI font at a size readable across a meeting table."""
    font = QApplication.font()
    font.setPointSize(point_size)
    return font


def palette(colours: Colours = COLOURS) -> QPalette:
    """A light palette built from ``colours``."""
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(colours.window))
    pal.setColor(role.WindowText, QColor(colours.text))
    pal.setColor(role.Base, QColor(colours.surface))
    pal.setColor(role.AlternateBase, QColor(colours.surface_alt))
    pal.setColor(role.Text, QColor(colours.text))
    pal.setColor(role.Button, QColor(colours.surface))
    pal.setColor(role.ButtonText, QColor(colours.text))
    pal.setColor(role.Highlight, QColor(colours.selection))
    pal.setColor(role.HighlightedText, QColor(colours.text))
    pal.setColor(role.ToolTipBase, QColor(colours.surface))
    pal.setColor(role.ToolTipText, QColor(colours.text))
    pal.setColor(role.PlaceholderText, QColor(colours.muted))
    pal.setColor(role.Link, QColor(colours.accent))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#8A939D"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#8A939D"))
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#8A939D"))
    return pal


def stylesheet(c: Colours = COLOURS) -> str:
    """Generous padding, large targets and a clearly visible focus ring on every control."""
    up = resource_path("icons", "chevron-up.svg").as_posix()
    down = resource_path("icons", "chevron-down.svg").as_posix()
    return f"""
QWidget {{ color: {c.text}; }}
QMainWindow, QDialog, QWizard {{ background: {c.window}; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border};
    padding: 6px; }}
QPushButton, QToolButton {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 6px;
    padding: 6px 14px; min-height: 26px; }}
QPushButton:hover, QToolButton:hover {{ background: {c.accent_soft}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {c.selection}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {c.focus}; padding: 5px 13px; }}
QPushButton:disabled, QToolButton:disabled {{ color: #8A939D; background: {c.surface_alt}; }}
QPushButton[primary="true"] {{ background: {c.accent}; color: {c.accent_text};
    border: 1px solid {c.accent}; font-weight: bold; }}
QPushButton[primary="true"]:hover {{ background: #174A72; }}
QPushButton[primary="true"]:focus {{ border: 3px solid {c.focus_on_accent};
    padding: 4px 12px; }}
QPushButton[primary="true"]:disabled {{ background: #9DB3C6; border-color: #9DB3C6; }}
QPushButton[big="true"] {{ min-height: 44px; padding: 10px 26px; font-size: 13pt; }}
QPushButton[big="true"]:focus {{ padding: 8px 24px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QDateTimeEdit,
QTimeEdit {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 5px;
    padding: 4px 6px; min-height: 24px; selection-background-color: {c.selection};
    selection-color: {c.text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDateEdit:focus, QDateTimeEdit:focus, QTimeEdit:focus {{ border: 2px solid {c.focus};
    padding: 3px 5px; }}
QComboBox {{ padding-right: 28px; }}
QComboBox:focus {{ padding-right: 27px; }}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: border; subcontrol-position: top right; width: 26px;
    border-left: 1px solid {c.border}; background: {c.surface_alt};
    border-top-right-radius: 5px; border-bottom-right-radius: 5px; }}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{
    image: url({down}); width: 12px; height: 12px; }}
QAbstractSpinBox::up-button {{ subcontrol-origin: border; subcontrol-position: top right;
    width: 26px; border-left: 1px solid {c.border}; background: {c.surface_alt};
    border-top-right-radius: 5px; }}
QAbstractSpinBox::down-button {{ subcontrol-origin: border; subcontrol-position: bottom right;
    width: 26px; border-left: 1px solid {c.border}; background: {c.surface_alt};
    border-bottom-right-radius: 5px; }}
QAbstractSpinBox::up-arrow {{ image: url({up}); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url({down}); width: 10px; height: 10px; }}
QComboBox QAbstractItemView {{ background: {c.surface}; border: 1px solid {c.border};
    selection-background-color: {c.selection}; selection-color: {c.text}; }}
QListView, QTreeView, QTableView, QTextBrowser {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 6px;
    selection-background-color: {c.selection}; selection-color: {c.text}; }}
QListView:focus, QTreeView:focus, QTableView:focus, QTextBrowser:focus {{
    border: 2px solid {c.focus}; }}
QListView::item, QTreeView::item {{ padding: 5px 4px; }}
QListView::item:selected, QTreeView::item:selected {{ background: {c.selection};
    color: {c.text}; }}
QHeaderView::section {{ background: {c.surface_alt}; border: none;
    border-bottom: 1px solid {c.border}; padding: 6px 8px; font-weight: bold; }}
QTabWidget::pane {{ border: none; border-top: 1px solid {c.border}; }}
QTabBar::tab {{ background: transparent; padding: 8px 18px; margin-right: 2px;
    border-bottom: 3px solid transparent; color: {c.muted}; }}
QTabBar::tab:selected {{ color: {c.text}; border-bottom: 3px solid {c.accent};
    font-weight: bold; }}
QTabBar::tab:hover {{ color: {c.text}; background: {c.accent_soft}; }}
QTabBar::tab:focus {{ background: {c.accent_soft}; }}
QCheckBox, QRadioButton {{ spacing: 8px; padding: 3px 2px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 18px; height: 18px; }}
QCheckBox:focus, QRadioButton:focus {{ background: {c.accent_soft}; border-radius: 4px; }}
QGroupBox {{ border: 1px solid {c.border}; border-radius: 8px; margin-top: 14px;
    padding: 12px 10px 10px 10px; background: {c.surface}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px;
    font-weight: bold; }}
QFrame[card="true"] {{ background: {c.surface}; border: 1px solid {c.border};
    border-radius: 8px; }}
QLabel[role="heading"] {{ font-size: 15pt; font-weight: bold; }}
QLabel[role="subheading"] {{ font-size: 12pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="overdue"] {{ color: {c.error}; font-weight: bold; }}
QStatusBar {{ background: {c.surface_alt}; border-top: 1px solid {c.border}; }}
QMenuBar {{ background: {c.surface}; border-bottom: 1px solid {c.border}; }}
QMenuBar::item {{ padding: 6px 10px; }}
QMenuBar::item:selected {{ background: {c.accent_soft}; }}
QMenu {{ background: {c.surface}; border: 1px solid {c.border}; padding: 4px; }}
QMenu::item {{ padding: 6px 28px 6px 20px; }}
QMenu::item:selected {{ background: {c.selection}; }}
QMenu::separator {{ height: 1px; background: {c.border}; margin: 4px 8px; }}
QSplitter::handle {{ background: {c.window}; }}
QScrollArea {{ border: none; background: transparent; }}
"""


def apply_theme(app: QApplication) -> None:
    """Give ``app`` the house style; safe to call more than once."""
    if app.property("opgroei_themed"):
        return
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setFont(app_font())
    app.setPalette(palette())
    app.setStyleSheet(stylesheet())
    app.setProperty("opgroei_themed", True)
