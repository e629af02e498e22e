"""A paper score sheet typed in one go: one digit per statement, in the sheet's order.

``42531 23…`` reads as 4 for the first statement, 2 for the second and so on; spaces may
group the digits as they stand on paper. A ``0``, ``.`` or ``-`` is a statement left open.
"""

from __future__ import annotations

from ..core.errors import InvalidInput

NO_ANSWER = "0.-"


def parse_score_row(text: str, count: int) -> tuple[int | None, ...]:
    """The scores of one sheet with ``count`` statements; raises InvalidInput (in Dutch) when
    a mark is not a score or the number of marks is not ``count``."""
    marks = [mark for mark in text if not mark.isspace()]
    for position, mark in enumerate(marks, 1):
        if mark not in "12345" and mark not in NO_ANSWER:
            raise InvalidInput(
                f"Teken {position} is '{mark}'. Typ per stelling een cijfer van 1 tot 5, "
                "of 0 als de stelling open is gelaten."
            )
    if len(marks) != count:
        raise InvalidInput(
            f"Er staan {len(marks)} scores, het formulier heeft {count} stellingen. "
            "Typ voor elke stelling één cijfer (0 voor open gelaten)."
        )
    if all(mark in NO_ANSWER for mark in marks):
        raise InvalidInput("Dit formulier is helemaal leeg; er is niets om op te slaan.")
    return tuple(None if mark in NO_ANSWER else int(mark) for mark in marks)
