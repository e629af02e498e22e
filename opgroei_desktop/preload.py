"""Importing the data layer while the main window's first frame stays on screen.

SQLAlchemy, the models and the services take several times as long to import as Qt itself.
The app paints the first frame without them (``ui.first_frame``), then imports them in a
thread while it keeps handling window events, so the frame repaints whenever the window system
asks (it may, when the window is mapped or moved) until the real main window takes its place.
Starting the import before the first paint was measured too: the two threads share the
interpreter lock, so the frame painted later and the main window was not ready sooner.

PySide6 replaces ``builtins.__import__`` with its own hook (for its ``__feature__`` switches),
which makes every later import statement slower: the data layer took a quarter longer to
import once Qt was loaded. The data layer never imports Qt (tests/test_layers.py keeps it so),
so it is imported with Python's own import function, kept from before Qt was loaded: ``cli``
imports this module before anything imports PySide6.
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Callable

PLAIN_IMPORT = builtins.__import__
"""Python's own import function, as it was when this module was first imported."""


def import_data_layer() -> None:
    """Import the store, the views and the services the main window uses."""
    from .core import store, views  # noqa: F401
    from .core.services import (  # noqa: F401
        actions,
        agreements,
        entries,
        meetings,
        milestones,
        people,
        trajectories,
        worksheet_data,
    )


def load_data_layer(pump: Callable[[], object]) -> None:
    """Import the data layer in a thread, calling ``pump()`` until it is done; raises what the
    import raised."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            import_data_layer()
        except BaseException as error:  # raised again on the calling thread below
            failures.append(error)

    thread = threading.Thread(target=run, name="import the data layer", daemon=True)
    hooked, builtins.__import__ = builtins.__import__, PLAIN_IMPORT
    try:
        thread.start()
        while thread.is_alive():
            pump()
            thread.join(0.01)
    finally:
        builtins.__import__ = hooked
    if failures:
        raise failures[0]
