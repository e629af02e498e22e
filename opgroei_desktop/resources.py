"""Where the shipped resources (content library, templates, translations) live."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """The folder holding the shipped resources.

    Inside an installed wheel it is ``opgroei_desktop/resources`` (the build copies the top-level
    ``resources/`` there); in a checkout it is ``resources/`` beside the package; in a frozen
    build it sits in the bundle folder.
    """
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "library").is_dir():
            return candidate
    raise FileNotFoundError("De meegeleverde bestanden (resources/) zijn niet gevonden.")


def resource_path(*parts: str) -> Path:
    """A path inside the shipped resources."""
    return resource_dir().joinpath(*parts)


def manual_dir() -> Path:
    """The folder of the facilitators' manual (Markdown chapters and their pictures).

    A wheel or frozen build ships it as ``resources/handleiding`` (see pyproject's
    force-include); in a checkout it is ``docs/handleiding`` beside the package.
    """
    shipped = resource_path("handleiding")
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parent.parent / "docs" / "handleiding"
