"""The exercise services: baseline scores, scenario ratings and assumption cards per party."""

from __future__ import annotations

import pytest

from opgroei_desktop.core.errors import InvalidInput, NotFound
from opgroei_desktop.core.services import entries, meetings, milestones, people, trajectories
from opgroei_desktop.core.services import exercises as ex
from opgroei_desktop.core.services.worksheet_data import list_items

pytestmark = pytest.mark.both_databases


@pytest.fixture
def trajectory(store):
    return trajectories.create_trajectory(store, municipality="Proef", initiative="Coöp").id


@pytest.fixture
def meeting(store, trajectory):
    return meetings.plan_meeting(store, trajectory, title="Nulmeting").id


def test_scores_are_stored_per_party_and_replaced(store, trajectory, meeting):
    """A second score for the same statement would count twice, or a party's score get lost."""
    stone = milestones.create_milestone(store, trajectory, title="Na een jaar").id
    assessment = ex.create_assessment(
        store, trajectory, title="Nulmeting", meeting_id=meeting, milestone_id=stone
    ).id
    ex.set_score(store, assessment, "kennen.doelen", "kennen", "gemeente", 2)
    ex.set_score(store, assessment, "kennen.doelen", "kennen", "gemeente", 4)
    ex.set_score(store, assessment, "kennen.doelen", "kennen", "initiatief", 5)
    found = {(s.party, s.score) for s in ex.scores(store, assessment)}
    assert found == {("gemeente", 4), ("initiatief", 5)}
    assert ex.meeting_assessment(store, meeting).milestone_id == stone


def test_scores_per_person_sit_beside_each_other(store, trajectory):
    """Two people of one party scoring would overwrite each other."""
    anna = people.add_person(store, trajectory, name="Anna", party="gemeente").id
    karel = people.add_person(store, trajectory, name="Karel", party="gemeente").id
    assessment = ex.create_assessment(store, trajectory, title="Meting").id
    ex.set_score(store, assessment, "rollen.taken", "rollen", "gemeente", 2, person_id=anna)
    ex.set_score(store, assessment, "rollen.taken", "rollen", "gemeente", 4, person_id=karel)
    assert sorted(s.score for s in ex.scores(store, assessment)) == [2, 4]
    ex.set_score(store, assessment, "rollen.taken", "rollen", "gemeente", None, person_id=anna)
    assert [s.person_id for s in ex.scores(store, assessment)] == [karel]


@pytest.mark.parametrize(
    ("party", "score", "message"),
    [("gemeente", 6, "tussen 1 en 5"), ("gemeente", "veel", "heel getal"), ("anders", 3, "Kies")],
)
def test_bad_scores_are_refused_in_dutch(store, trajectory, party, score, message):
    """A score of 6 or a score for a third party would spoil the averages without a word."""
    assessment = ex.create_assessment(store, trajectory, title="Meting").id
    with pytest.raises(InvalidInput, match=message):
        ex.set_score(store, assessment, "kennen.doelen", "kennen", party, score)


def test_scenario_ratings_keep_their_note(store, trajectory, meeting):
    """A note explaining a rating would vanish when the score is corrected."""
    first = ex.create_scenario(store, trajectory, meeting_id=meeting, title="Coöp alleen").id
    second = ex.create_scenario(store, trajectory, meeting_id=meeting, title="Alle drie").id
    assert [s.title for s in ex.list_scenarios(store, trajectory, meeting_id=meeting)] == [
        "Coöp alleen",
        "Alle drie",
    ]
    ex.rate_scenario(store, first, "risico", "initiatief", 2, note="Te veel voor vrijwilligers")
    ex.rate_scenario(store, first, "risico", "initiatief", 3)
    ex.rate_scenario(store, second, "risico", "gemeente", 5)
    ratings = {(r.scenario_id, r.party): r for r in ex.scenario_ratings(store, [first, second])}
    assert ratings[(first, "initiatief")].score == 3
    assert ratings[(first, "initiatief")].note == "Te veel voor vrijwilligers"
    assert ratings[(second, "gemeente")].score == 5
    ex.rate_scenario(store, first, "risico", "initiatief", None)
    assert len(ex.scenario_ratings(store, [first, second])) == 1


def test_shared_value_lands_once_on_the_story_worksheet(store, trajectory):
    """What both value would not reach the shared story, or appear there twice."""
    scenario = ex.create_scenario(store, trajectory, title="Coöperatie en gemeente").id
    made = ex.share_scenario_value(store, scenario, "Past bij onze waarden", text="G 4, I 5")
    again = ex.share_scenario_value(store, scenario, "Past bij onze waarden")
    assert made.ids and not again.ids
    (item,) = list_items(store, trajectory, "verhaal")
    assert item.title == "Coöperatie en gemeente: past bij onze waarden"
    assert item.section == "doel" and item.shared


def test_cards_are_revealed_judged_and_busted_ones_filed(store, trajectory, meeting):
    """A busted assumption would not reach the kennen worksheet, or be filed twice."""
    card = ex.add_card(
        store, meeting, author_party="initiatief", text="De gemeente wil vooral snelheid"
    ).id
    other = ex.add_card(store, meeting, author_party="gemeente", text="Zij willen alles gratis").id
    assert [c.position for c in ex.list_cards(store, meeting)] == [0, 1]
    ex.reveal_card(store, card)
    assert ex.list_cards(store, meeting)[0].revealed_at is not None
    ex.judge_card(store, card, "deels", "Zorgvuldigheid gaat voor")
    ex.judge_card(store, card, "niet_waar", "We willen het goed doen")
    ex.judge_card(store, other, "waar")
    lessons = entries.list_entries(store, trajectory, worksheet="kennen")
    assert len(lessons) == 1
    (lesson,) = lessons
    assert lesson.kind == "aanname" and lesson.voice == "gemeente"
    assert "klopt niet" in lesson.text and "We willen het goed doen" in lesson.text
    judged = {c.id: c for c in ex.list_cards(store, meeting)}
    assert judged[card].verdict == "niet_waar" and judged[other].verdict == "waar"
    ex.judge_card(store, card, None)
    assert entries.list_entries(store, trajectory, worksheet="kennen") == []


def test_card_needs_text_and_a_known_verdict(store, meeting):
    """An empty card or a made-up verdict would reach the projector."""
    with pytest.raises(InvalidInput, match="aanname"):
        ex.add_card(store, meeting, author_party="gemeente", text="  ")
    card = ex.add_card(store, meeting, author_party="gemeente", text="Ze bellen nooit").id
    with pytest.raises(InvalidInput, match="oordeel"):
        ex.judge_card(store, card, "misschien")
    ex.delete_card(store, card)
    assert ex.list_cards(store, meeting) == []
    with pytest.raises(NotFound):
        ex.reveal_card(store, card)
    ex.restore_card(store, card)
    assert len(ex.list_cards(store, meeting)) == 1


def test_trajectory_scores_group_repeated_measurements(store, trajectory):
    """The trend over the years would mix up the scores of different measurements."""
    first = ex.create_assessment(store, trajectory, title="2026", held_on="01-03-2026").id
    second = ex.create_assessment(store, trajectory, title="2027", held_on="01-03-2027").id
    ex.set_score(store, second, "kennen.doelen", "kennen", "gemeente", 5)
    ex.set_score(store, first, "kennen.doelen", "kennen", "gemeente", 2)
    grouped = ex.trajectory_scores(store, trajectory)
    assert [s.score for s in grouped[first]] == [2] and [s.score for s in grouped[second]] == [5]
    assert [a.title for a in ex.list_assessments(store, trajectory)] == ["2026", "2027"]
