"""The projector's colours: high contrast on a dark or a light background.

Parties keep their colour from the rest of the app, brightened for a dark room; the projector
names them too, so colour never carries the meaning alone. Every colour used for text reads at
7:1 or more against the background and against the newest entry's band (WCAG AAA), so a poor
projector in a light hall still shows it.
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
        "#FF8A6B",
        "#151B24",
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
        "#1A4F78",
        "#9B1C12",
        "#F4F7FA",
        {
            "gemeente": "#174A7E",
            "initiatief": "#8A3510",
            "samen": "#5B3F8C",
            "procesbegeleider": "#424B57",
        },
    ),
}
