"""The shipped session formats: valid references, sensible timing, and the required set."""

from __future__ import annotations

from opgroei_desktop.library import CATEGORIES, EXERCISES, Library, SessionFormat


def _formats(library: Library, category: str) -> list[SessionFormat]:
    return [f for f in library.formats if f.category == category]


def _with_exercise(library: Library, exercise: str) -> list[SessionFormat]:
    return [f for f in library.formats if any(s.exercise == exercise for s in f.steps)]


def _captures(fmt: SessionFormat) -> set[tuple[str | None, str | None]]:
    return {(s.capture, s.section) for s in fmt.steps}


def test_every_step_files_into_an_existing_worksheet_section(library: Library) -> None:
    """Captured entries would land on a worksheet or section that does not exist."""
    worksheets = {w.key for w in library.worksheets()}
    for fmt in library.formats:
        assert fmt.category in CATEGORIES
        assert fmt.theme is None or fmt.theme in worksheets
        for step in fmt.steps:
            assert step.exercise is None or step.exercise in EXERCISES
            if step.capture is None:
                assert step.section is None
                continue
            assert step.capture in worksheets, (fmt.key, step.key)
            if step.section is not None:
                sections = {s.key for s in library.sections(step.capture)}
                assert step.section in sections, (fmt.key, step.key)


def test_shipped_formats_have_realistic_timing(library: Library) -> None:
    """A format would plan an impossible meeting (too short, or longer than two hours)."""
    for fmt in library.formats:
        assert 10 <= fmt.total_minutes <= 120, fmt.key
        assert all(1 <= s.minutes <= 240 for s in fmt.steps)


def test_prompts_fit_the_projector(library: Library) -> None:
    """The projector would show a paragraph instead of one or two large lines."""
    for fmt in library.formats:
        for step in fmt.steps:
            lines = step.prompt.split("\n")
            assert 1 <= len(lines) <= 2, (fmt.key, step.key)
            assert all(0 < len(line) <= 60 for line in lines), (fmt.key, step.key)
            assert len(step.instructions) > len(step.prompt)


def test_opening_and_closing_rounds_exist(library: Library) -> None:
    """The facilitator could not start or end a meeting with a check-in or check-out."""
    assert library.format("check_in").category == "opening"
    assert library.format("check_out").category == "afsluiting"


def test_get_to_know_conversation_covers_five_topics(library: Library) -> None:
    """The get-to-know session would skip values, ways of working, risks, roles or experiences."""
    wanted = {
        ("kennen", s) for s in ("waarden_doelen", "werkwijze", "risico", "rollen", "ervaringen")
    }
    assert any(wanted <= _captures(f) for f in _formats(library, "kennismaken"))


def test_exercise_formats_exist(library: Library) -> None:
    """The scenario, assumption-card, role-reversal or baseline exercise would have no session."""
    assert any(f.category == "scenario" for f in _with_exercise(library, "scenarios"))
    assert any(f.category == "komedie" for f in _with_exercise(library, "assumption_cards"))
    assert any(f.category == "komedie" for f in _with_exercise(library, "role_reversal"))
    assert _with_exercise(library, "baseline")


def test_step_by_step_formats_exist(library: Library) -> None:
    """Planning a first step with milestones, or evaluating a milestone, would have no session."""
    assert any(
        ("stappen", "stappen") in _captures(f) and ("stappen", "piketpalen") in _captures(f)
        for f in _formats(library, "stappen")
    )
    assert any(
        f.theme == "stappen" and ("stappen", "piketpalen") in _captures(f)
        for f in _formats(library, "evaluatie")
    )


def test_agreement_and_story_formats_exist(library: Library) -> None:
    """Agreements for a plan of approach, or the shared story, would have no session."""
    assert any(("borgen", "documenten") in _captures(f) for f in _formats(library, "afspraken"))
    assert any(
        {("verhaal", "doel"), ("verhaal", "naam_slogan")} <= _captures(f)
        for f in _formats(library, "verhaal")
    )


def test_one_session_per_theme(library: Library) -> None:
    """A VERHELDEREN theme would have no session of its own."""
    themes = {f.theme for f in _formats(library, "thema")}
    assert themes == {"namens_wie", "rollen", "veerkracht", "financiering"}


def test_formats_are_ordered_by_category(library: Library) -> None:
    """The format picker would list closing rounds before openings."""
    order = [CATEGORIES.index(f.category) for f in library.formats]
    assert order == sorted(order)
    assert all(f.origin == "library" for f in library.formats)


def test_meetings_of_a_whole_trajectory_are_in_the_library(library: Library) -> None:
    """The regular meeting, repair, vision, short rounds or a one-party intake would be missing."""
    keys = {f.key for f in library.formats}
    assert len(library.formats) >= 24
    assert {
        "overleg_regulier",
        "herstelgesprek",
        "visie_scenario",
        "relatiemoment",
        "bestuurlijk_overleg",
        "jaarlijkse_reflectie",
        "check_in_kort",
        "check_out_kort",
        "voorgesprek",
    } <= keys
    assert library.format("relatiemoment").total_minutes == 10
    assert library.format("check_in_kort").total_minutes <= 10
    assert library.format("check_out_kort").total_minutes <= 10


def test_regular_meeting_has_the_usual_agenda(library: Library) -> None:
    """A stuurgroep meeting would lack the minutes, the action list or the relationship moment."""
    steps = [s.key for s in library.format("overleg_regulier").steps]
    assert steps == [
        "opening",
        "verslag",
        "mededelingen",
        "actielijst",
        "inhoud",
        "relatie",
        "rondvraag",
        "sluiting",
    ]


def test_every_shipped_format_says_group_size_materials_and_preparation(library: Library) -> None:
    """The planner could not filter by group size, or collect what to bring and arrange."""
    for fmt in library.formats:
        assert fmt.group_size is not None, fmt.key
        low, high = fmt.group_size
        assert 1 <= low <= high <= 40, fmt.key
    assert library.format("nulmeting").preparation
    assert any("Scoreformulier" in m for m in library.format("nulmeting").all_materials)
    herstel = library.format("herstelgesprek").all_materials
    assert herstel[0] == "Flip-over en stiften"
    assert "Kaartjes in de kleuren van beide partijen" in herstel
    assert len(herstel) == len(set(herstel))
    assert library.format("voorgesprek").fits_group(1)
    assert not library.format("bestuurlijk_overleg").fits_group(25)
