"""Both parties agree to the minutes (core service ``minutes_status``)."""

from __future__ import annotations

from datetime import date

import pytest

from opgroei_desktop.core.errors import InvalidInput, NotFound
from opgroei_desktop.core.services.meetings import get_meeting
from opgroei_desktop.core.services.minutes_status import agree_minutes, withdraw_minutes_agreement


def test_one_party_agreeing_keeps_a_concept(minutes) -> None:
    """Minutes would count as adopted after only the municipality agreed."""
    changes = agree_minutes(
        minutes.store, minutes.meeting_id, "gemeente", "Jan de Boer", "9-4-2026"
    )
    assert changes.kind == "meetings" and changes.ids == (minutes.meeting_id,)
    meeting = get_meeting(minutes.store, minutes.meeting_id)
    assert meeting.status == "verslag_concept"
    assert (meeting.agreed_gemeente_by, meeting.agreed_gemeente_on) == (
        "Jan de Boer",
        date(2026, 4, 9),
    )
    assert meeting.agreed_initiatief_on is None


def test_both_parties_agreeing_adopts_the_minutes(minutes) -> None:
    """Minutes agreed by both parties would still be shown as a concept."""
    agree_minutes(minutes.store, minutes.meeting_id, "initiatief", "Ria Jansen", date(2026, 4, 9))
    agree_minutes(minutes.store, minutes.meeting_id, "gemeente", "Jan de Boer")
    meeting = get_meeting(minutes.store, minutes.meeting_id)
    assert meeting.status == "verslag_vastgesteld"
    assert meeting.agreed_gemeente_on == date.today()


def test_withdrawing_makes_it_a_concept_again(minutes) -> None:
    """Undoing one party's agreement would leave it recorded."""
    agree_minutes(minutes.store, minutes.meeting_id, "initiatief", "Ria Jansen")
    withdraw_minutes_agreement(minutes.store, minutes.meeting_id, "initiatief")
    meeting = get_meeting(minutes.store, minutes.meeting_id)
    assert meeting.status == "verslag_concept"
    assert (meeting.agreed_initiatief_by, meeting.agreed_initiatief_on) == ("", None)


def test_adopted_minutes_are_reopened_not_withdrawn(minutes) -> None:
    """Adopted minutes could quietly become a concept again, with no reason on the record."""
    agree_minutes(minutes.store, minutes.meeting_id, "initiatief", "Ria Jansen")
    agree_minutes(minutes.store, minutes.meeting_id, "gemeente", "Jan de Boer")
    with pytest.raises(InvalidInput, match="Heropenen"):
        withdraw_minutes_agreement(minutes.store, minutes.meeting_id, "gemeente")
    assert get_meeting(minutes.store, minutes.meeting_id).status == "verslag_vastgesteld"


@pytest.mark.parametrize(
    ("party", "by", "on", "message"),
    [
        ("procesbegeleider", "Fenna Vos", None, "geen geldige keuze"),
        ("gemeente", "  ", None, "mag niet leeg"),
        ("initiatief", "Ria", "31-02-2026", "geen geldige datum"),
    ],
)
def test_invalid_agreement_is_refused_in_dutch(minutes, party, by, on, message) -> None:
    """The facilitator could record agreement by the wrong party, nobody, or on no real date."""
    with pytest.raises(InvalidInput, match=message):
        agree_minutes(minutes.store, minutes.meeting_id, party, by, on)
    assert get_meeting(minutes.store, minutes.meeting_id).status == "gehouden"


def test_agreeing_to_a_deleted_meeting(minutes) -> None:
    """Agreeing to minutes of a meeting deleted meanwhile would crash instead of explaining."""
    with pytest.raises(NotFound):
        agree_minutes(minutes.store, "bestaat-niet", "gemeente", "Jan de Boer")
