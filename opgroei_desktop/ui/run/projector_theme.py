"""The projector's colours: high contrast on a dark or a light background.

Parties keep their colour from the rest of the app, brightened for a dark room; the projector
names them too, so colour never carries the meaning alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from .run_state import DARK, LIGHT


@dataclass(frozen=True)
class Palette:
    """Projector colours: high contrast, and parties told apart by name as well as colour."""

    background: str
    text: str
    muted: str
    accent: str
    overrun: str
    newest: str
    parties: dict[str, str]


PALETTES = {
    DARK: Palette(
        "#0B0E13",
        "#F5F5F2",
        "#AEB6C0",
        "#FFD166",
        "#FF7A59",
        "#1C2430",
        {
            "gemeente": "#7CC0FF",
            "initiatief": "#FFA86B",
            "samen": "#CDB4FF",
            "procesbegeleider": "#C9D1DA",
        },
    ),
    LIGHT: Palette(
        "#FFFFFF",
        "#101418",
        "#47505A",
        "#1F5C8B",
        "#B3261E",
        "#EEF3F8",
        {
            "gemeente": "#1E5596",
            "initiatief": "#9A4513",
            "samen": "#5B3F8C",
            "procesbegeleider": "#4A5563",
        },
    ),
}
