"""The worksheets per theme, the action register and search, as Qt widgets."""

from __future__ import annotations

from .register_view import ActionsView
from .search_panel import SearchPanel
from .view import WorksheetView, open_worksheet

__all__ = ["ActionsView", "SearchPanel", "WorksheetView", "open_worksheet"]
