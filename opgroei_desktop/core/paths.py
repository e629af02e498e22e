"""Where the app keeps its data on this machine."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "OpgroeiDesktop"
DATABASE_NAME = "opgroei.sqlite3"


def default_data_dir() -> Path:
    """The per-user application data folder, the same one Qt's AppDataLocation names."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_NAME


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``--data-dir`` first, then ``OPGROEI_DATA_DIR``, then the default."""
    chosen = explicit or os.environ.get("OPGROEI_DATA_DIR")
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()
