"""How much each worksheet holds, counted from grouped rows.

Plain Python, so that both the data layer and the first glance at start-up (``glance``, which
reads before SQLAlchemy is loaded) count the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .vocab import WORKSHEET_KEYS, AgreementStatus

S = AgreementStatus
AGREED = (S.AKKOORD_BEIDEN, S.VASTGELEGD, S.TE_EVALUEREN, S.GEEVALUEERD)
"""Statuses in which both parties have agreed."""


@dataclass(frozen=True)
class WorksheetTally:
    """How much a worksheet holds: entries filed under it, and agreements on it."""

    entries: int = 0
    agreements: int = 0
    agreed: int = 0


def count_tallies(
    entries: Iterable[tuple[str, int]], agreements: Iterable[tuple[str, str, int]]
) -> dict[str, WorksheetTally]:
    """Per worksheet key, from (worksheet, count) rows of entries and (worksheet, status,
    count) rows of agreements; every worksheet is present, empty ones with zeros."""
    counts = {key: [0, 0, 0] for key in WORKSHEET_KEYS}
    for worksheet, number in entries:
        counts.setdefault(worksheet, [0, 0, 0])[0] = number
    for worksheet, status, number in agreements:
        tally = counts.setdefault(worksheet, [0, 0, 0])
        tally[1] += number
        if status in AGREED:
            tally[2] += number
    return {key: WorksheetTally(*values) for key, values in counts.items()}
