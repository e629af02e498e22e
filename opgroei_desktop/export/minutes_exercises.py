"""The exercises of a meeting in its minutes: the baseline with its radar chart and biggest
differences, the scenario matrix, and the assumption cards with their verdicts."""

from __future__ import annotations

from ..core.services import exercises
from ..core.store import Store
from ..core.text import clean_line
from ..library import ExerciseContent, exercise_content
from ..worksheets.exercise_results import (
    BaselineResult,
    ScenarioMatrix,
    baseline_result,
    baseline_trend,
    card_tally,
    scenario_matrix,
)
from .charts import PARTY_PRINT, Series, radar_png
from .document import (
    Block,
    BulletList,
    Heading,
    Image,
    ListItem,
    Paragraph,
    Run,
    Table,
    paragraph,
    runs_of,
)
from .minutes_data import MinutesData, Row
from .wording import short_date

VERDICT_WORDS = {"waar": "klopt", "deels": "klopt deels", "niet_waar": "klopt niet"}
_PARTY_LABELS = {"gemeente": "Gemeente", "initiatief": "Initiatief"}
RADAR_WIDTH_CM = 14.5


def exercise_blocks(store: Store, data: MinutesData) -> list[Block]:
    """A section per exercise held in the meeting; nothing when none was held."""
    content = exercise_content()
    meeting = data.meeting
    blocks: list[Block] = []
    assessment = exercises.meeting_assessment(store, meeting.id)
    if assessment is not None:
        blocks += _baseline(store, data, content, assessment)
    scenarios = exercises.list_scenarios(store, meeting.trajectory_id, meeting_id=meeting.id)
    if scenarios:
        ratings = exercises.scenario_ratings(store, [s.id for s in scenarios])
        blocks += _scenarios(scenario_matrix(scenarios, content.criteria, ratings))
    cards = exercises.list_cards(store, meeting.id)
    if cards:
        blocks += _cards(data, cards)
    return blocks


def number(value: float | None) -> str:
    """A score average the Dutch way (3,5), or a dash."""
    return f"{value:.1f}".replace(".", ",") if value is not None else "–"


def party_names(data: MinutesData) -> dict[str, str]:
    """How the two parties are named in charts: after the trajectory."""
    trajectory = data.trajectory
    municipality = clean_line(trajectory.municipality)
    if municipality and not municipality.lower().startswith("gemeente"):
        municipality = f"Gemeente {municipality}"
    return {
        "gemeente": municipality or "Gemeente",
        "initiatief": clean_line(trajectory.initiative) or "Initiatief",
    }


def radar_series(
    result: BaselineResult, names: dict[str, str], colours: dict[str, str]
) -> list[Series]:
    """The two parties' lines for the radar: municipality solid, initiative dashed."""
    return [
        Series(
            names[party],
            colours[party],
            tuple(result.average(d, party) for d in result.dimensions),
            dashed=party == "initiatief",
        )
        for party in ("gemeente", "initiatief")
    ]


def _baseline(
    store: Store, data: MinutesData, content: ExerciseContent, assessment: Row
) -> list[Block]:
    result = baseline_result(content, exercises.scores(store, assessment.id))
    title = clean_line(assessment.title) or "Nulmeting"
    blocks: list[Block] = [Heading(1, title)]
    if result.empty:
        return blocks + [paragraph("Er zijn in deze bijeenkomst geen scores gegeven.", tone="note")]
    blocks.append(
        paragraph(
            "Gemeente en initiatief gaven elk een score van 1 (helemaal niet) tot 5 (helemaal "
            "wel) op stellingen over de samenwerking, per onderdeel van het proces. Het gaat om "
            "een foto van dit moment, geen rapportcijfer."
        )
    )
    names = party_names(data)
    axes = [content.short_title(d) for d in result.dimensions]
    png = radar_png(axes, radar_series(result, names, PARTY_PRINT))
    if png is not None:
        blocks.append(
            Image(
                png,
                RADAR_WIDTH_CM,
                "Radargrafiek van de gemiddelde scores per onderdeel: "
                + "; ".join(
                    f"{axis} gemeente {number(result.average(d, 'gemeente'))}, "
                    f"initiatief {number(result.average(d, 'initiatief'))}"
                    for axis, d in zip(axes, result.dimensions, strict=True)
                ),
            )
        )
    header = tuple(
        runs_of(t, bold=True) for t in ("Onderdeel", "Gemeente", "Initiatief", "Verschil")
    )
    rows = []
    for dimension, axis in zip(result.dimensions, axes, strict=True):
        g, i = result.average(dimension, "gemeente"), result.average(dimension, "initiatief")
        gap = number(abs(g - i)) if g is not None and i is not None else "–"
        rows.append((runs_of(axis), runs_of(number(g)), runs_of(number(i)), runs_of(gap)))
    blocks.append(Table(header, tuple(rows), (7.0, 3.0, 3.0, 3.0)))
    blocks += _lines(result)
    biggest = result.biggest()
    if biggest:
        blocks.append(paragraph("De grootste verschillen", tone="label"))
        blocks.append(
            BulletList(
                tuple(
                    ListItem(
                        (
                            Run(clean_line(d.statement.text)),
                            Run(
                                f" — gemeente {number(d.gemeente)}, "
                                f"initiatief {number(d.initiatief)}",
                                italic=True,
                            ),
                        )
                    )
                    for d in biggest
                )
            )
        )
    blocks += _trend(store, data, content, axes)
    return blocks


LINE_TITLES = {
    "partijen": "Partijen: hoe ver gemeente en initiatief elk zijn",
    "samenwerking": "Samenwerking: hoe volwassen de samenwerking is",
    "participatie": "Participatie: hoe open het proces voor bewoners is",
}
"""The three lines of growth of the opgroeiverkenner, as the minutes name them."""


def _lines(result: BaselineResult) -> list[Block]:
    """The averages per line of growth, per party."""
    if not result.lines:
        return []
    header = tuple(runs_of(t, bold=True) for t in ("Lijn", "Gemeente", "Initiatief"))
    rows = tuple(
        (
            runs_of(LINE_TITLES.get(line, line)),
            runs_of(number(averages.get("gemeente"))),
            runs_of(number(averages.get("initiatief"))),
        )
        for line, averages in sorted(result.lines.items(), key=lambda kv: _line_order(kv[0]))
    )
    return [
        paragraph("De drie lijnen", tone="label"),
        Table(header, rows, (10.0, 3.0, 3.0)),
    ]


def _line_order(line: str) -> int:
    order = list(LINE_TITLES)
    return order.index(line) if line in order else len(order)


def _trend(
    store: Store, data: MinutesData, content: ExerciseContent, axes: list[str]
) -> list[Block]:
    trajectory_id = data.meeting.trajectory_id
    points = baseline_trend(
        content,
        exercises.list_assessments(store, trajectory_id),
        exercises.trajectory_scores(store, trajectory_id),
    )
    if len(points) < 2:
        return []
    moments = [short_date(p.assessment.held_on) or clean_line(p.assessment.title) for p in points]
    header = (runs_of("Onderdeel", bold=True), *(runs_of(m, bold=True) for m in moments))
    rows = []
    for dimension, axis in zip(content.dimensions(), axes, strict=True):
        cells = [
            runs_of(
                f"G {number(p.averages[dimension]['gemeente'])} · "
                f"I {number(p.averages[dimension]['initiatief'])}"
            )
            for p in points
        ]
        rows.append((runs_of(axis), *cells))
    return [
        paragraph("Verloop sinds de eerste meting", tone="label"),
        Table(header, tuple(rows)),
    ]


def _scenarios(matrix: ScenarioMatrix) -> list[Block]:
    blocks: list[Block] = [
        Heading(1, "Scenario's"),
        paragraph(
            "Gemeente en initiatief beoordeelden elk scenario apart, met een score van 1 tot 5 "
            "per criterium (G = gemeente, I = initiatief)."
        ),
    ]
    header = (
        runs_of("Scenario", bold=True),
        *(runs_of(c.short, bold=True) for c in matrix.criteria),
    )
    rows = []
    notes = []
    for scenario in matrix.scenarios:
        cells = []
        for criterion in matrix.criteria:
            parts = []
            for party in ("gemeente", "initiatief"):
                rating = matrix.rating(scenario.id, criterion.key, party)
                parts.append(f"{party[0].upper()} {rating.score if rating else '–'}")
                if rating and clean_line(rating.note):
                    notes.append(
                        f"{clean_line(scenario.title)}, {criterion.short.lower()}, "
                        f"{party}: {clean_line(rating.note)}"
                    )
            cells.append(runs_of(" · ".join(parts)))
        rows.append((runs_of(clean_line(scenario.title), bold=True), *cells))
    width = (16.0 - 4.0) / max(len(matrix.criteria), 1)
    blocks.append(Table(header, tuple(rows), (4.0, *([width] * len(matrix.criteria)))))
    if notes:
        blocks.append(paragraph("Toelichtingen", tone="label"))
        blocks.append(BulletList(tuple(ListItem(runs_of(n)) for n in notes)))
    shared = matrix.shared()
    if shared:
        blocks.append(paragraph("Wat beide partijen waarderen", tone="label"))
        blocks.append(
            BulletList(
                tuple(
                    ListItem(runs_of(f"{clean_line(s.title)}: {c.title.lower()}"))
                    for s, c in shared
                )
            )
        )
    return blocks


def _cards(data: MinutesData, cards: list[Row]) -> list[Block]:
    tally = card_tally(cards)
    summary = (
        f"{len(cards)} aannamekaarten: {tally['waar']} klopt, {tally['deels']} klopt deels, "
        f"{tally['niet_waar']} klopt niet"
        + (f", {tally[None]} niet besproken." if tally[None] else ".")
    )
    header = tuple(runs_of(t, bold=True) for t in ("Aanname", "Van", "Oordeel", "Reactie"))
    rows = []
    for card in cards:
        author = _PARTY_LABELS.get(card.author_party, clean_line(card.author_party))
        person = data.people.get(card.author_person_id) if card.author_person_id else None
        if not card.anonymous and person is not None and person.consent_named:
            author = f"{clean_line(person.name)} ({author.lower()})"
        rows.append(
            (
                runs_of(" ".join(card.text.split())),
                runs_of(author),
                runs_of(VERDICT_WORDS.get(card.verdict or "", "niet besproken"), bold=True),
                runs_of(" ".join(card.reaction.split())),
            )
        )
    return [
        Heading(1, "Aannamekaarten"),
        Paragraph(runs_of(summary)),
        Table(header, tuple(rows), (6.6, 2.8, 2.4, 4.2)),
    ]
