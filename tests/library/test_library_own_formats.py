"""The facilitator's own format files: loaded when good, skipped and explained when not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from opgroei_desktop.library import Problem, load_library, validate_format_file
from opgroei_desktop.resources import resource_path

Write = Callable[[str, str | bytes], Path]

VALID_FORMAT = """\
key = "mijn_opening"
title = "Mijn opening"
category = "opening"
summary = "Een korte eigen opening."

[[steps]]
key = "ronde"
title = "Rondje"
minutes = 10
instructions = "Iedereen zegt in een zin hoe het gaat."
prompt = "Hoe gaat het?"
capture = "kennen"
section = "ervaringen"
"""


def _problems_for(folder: Path, name: str) -> list[Problem]:
    return [p for p in load_library(folder).problems if p.path.name == name]


def test_own_format_loads_with_origin_eigen(own_formats: Path, write_own: Write) -> None:
    """A facilitator's own format would not appear in the format picker."""
    path = write_own("mijn_opening.toml", VALID_FORMAT)
    library = load_library(own_formats)
    fmt = library.format("mijn_opening")
    assert fmt.origin == "eigen" and fmt.path == path
    assert fmt.steps[0].capture == "kennen" and fmt.steps[0].section == "ervaringen"
    assert fmt.total_minutes == 10
    assert library.problems == ()
    assert validate_format_file(path) == []


def test_theme_section_may_use_the_short_challenge_key(own_formats: Path, write_own: Write) -> None:
    """A facilitator writing 'wisselingen' instead of 'veerkracht.wisselingen' would be refused."""
    text = VALID_FORMAT.replace('capture = "kennen"', 'capture = "veerkracht"')
    write_own("kort.toml", text.replace('section = "ervaringen"', 'section = "wisselingen"'))
    library = load_library(own_formats)
    assert library.format("mijn_opening").steps[0].section == "veerkracht.wisselingen"


def test_readme_example_is_a_valid_own_format(own_formats: Path, write_own: Write) -> None:
    """A facilitator copying the documented example would get an error."""
    readme = resource_path("library", "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    write_own("voorbeeld.toml", example)
    library = load_library(own_formats)
    assert library.problems == ()
    assert library.format("mijn_opening").steps[0].exercise == "baseline"


def test_missing_folder_is_no_problem(tmp_path: Path) -> None:
    """The app would complain at start-up before the facilitator ever made an own format."""
    library = load_library(tmp_path / "bestaat_nog_niet")
    assert library.problems == () and library.format("check_in")


def test_folder_that_is_a_file_is_reported(tmp_path: Path) -> None:
    """A wrongly configured folder would crash the app instead of being reported."""
    not_a_folder = tmp_path / "werkvormen"
    not_a_folder.write_text("x", encoding="utf-8")
    problems = load_library(not_a_folder).problems
    assert len(problems) == 1 and problems[0].path == not_a_folder


BROKEN = {
    "syntax": (
        VALID_FORMAT.replace('title = "Mijn opening"', 'title = "Mijn opening'),
        "",
        "regel 2",
    ),
    "missing_title": (
        VALID_FORMAT.replace('title = "Mijn opening"\n', ""),
        "title",
        "'title' ontbreekt",
    ),
    "minutes_as_text": (
        VALID_FORMAT.replace("minutes = 10", 'minutes = "tien"'),
        "steps[0].minutes",
        "Stap 1: 'minutes' moet een heel getal tussen 1 en 240 zijn.",
    ),
    "minutes_as_bool": (
        VALID_FORMAT.replace("minutes = 10", "minutes = true"),
        "steps[0].minutes",
        "heel getal",
    ),
    "minutes_too_many": (
        VALID_FORMAT.replace("minutes = 10", "minutes = 241"),
        "steps[0].minutes",
        "heel getal",
    ),
    "unknown_capture": (
        VALID_FORMAT.replace('capture = "kennen"', 'capture = "kennis"'),
        "steps[0].capture",
        "'kennis'",
    ),
    "section_of_other_worksheet": (
        VALID_FORMAT.replace('section = "ervaringen"', 'section = "piketpalen"'),
        "steps[0].section",
        "werkblad 'kennen'",
    ),
    "section_without_capture": (
        VALID_FORMAT.replace('capture = "kennen"\n', ""),
        "steps[0].section",
        "alleen samen met 'capture'",
    ),
    "unknown_exercise": (
        VALID_FORMAT + 'exercise = "kwartet"\n',
        "steps[0].exercise",
        "'kwartet'",
    ),
    "unknown_category": (
        VALID_FORMAT.replace('category = "opening"', 'category = "borrel"'),
        "category",
        "'borrel'",
    ),
    "typo_in_field": (
        VALID_FORMAT.replace("minutes = 10", "minutes = 10\nminuten = 10"),
        "steps[0].minuten",
        "Bedoel je 'minutes'?",
    ),
    "no_steps": (
        VALID_FORMAT.split("[[steps]]")[0],
        "steps",
        "'steps' ontbreekt",
    ),
    "steps_not_tables": (
        VALID_FORMAT.split("[[steps]]")[0] + 'steps = ["een", "twee"]\n',
        "steps",
        "lijst van tabellen",
    ),
    "duplicate_step_key": (
        VALID_FORMAT + VALID_FORMAT[VALID_FORMAT.index("[[steps]]") :],
        "steps[1].key",
        "sleutel 'ronde' komt vaker voor",
    ),
    "key_with_spaces": (
        VALID_FORMAT.replace('key = "mijn_opening"', 'key = "mijn opening"'),
        "key",
        "zonder spaties",
    ),
    "empty_prompt": (
        VALID_FORMAT.replace('prompt = "Hoe gaat het?"', 'prompt = "   "'),
        "steps[0].prompt",
        "mag niet leeg zijn",
    ),
    "duplicate_of_shipped_key": (
        VALID_FORMAT.replace('key = "mijn_opening"', 'key = "check_in"'),
        "key",
        "meegeleverde werkvorm",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_own_format_is_skipped_with_a_problem(
    case: str, own_formats: Path, write_own: Write
) -> None:
    """A mistake in an own format would crash the app or vanish without saying what is wrong."""
    text, key, message_part = BROKEN[case]
    path = write_own(f"{case}.toml", text)
    problems = _problems_for(own_formats, path.name)
    assert problems, case
    assert any(p.key == key and message_part in p.message for p in problems), problems
    assert all(p.path == path for p in problems)
    assert validate_format_file(path) == problems
    assert "mijn_opening" not in {f.key for f in load_library(own_formats).formats}


def test_two_own_files_with_one_key(own_formats: Path, write_own: Write) -> None:
    """Two own formats with the same key would overwrite each other without a word."""
    write_own("a.toml", VALID_FORMAT)
    second = write_own("b.toml", VALID_FORMAT.replace("Mijn opening", "Mijn tweede opening"))
    library = load_library(own_formats)
    assert library.format("mijn_opening").title == "Mijn opening"
    [problem] = library.problems
    assert problem.path == second and problem.key == "key" and "a.toml" in problem.message


def test_one_bad_file_does_not_hide_the_good_ones(own_formats: Path, write_own: Write) -> None:
    """One broken file would take all the facilitator's other formats down with it."""
    write_own("goed.toml", VALID_FORMAT)
    write_own("kapot.toml", "dit is geen toml [")
    library = load_library(own_formats)
    assert library.format("mijn_opening").origin == "eigen"
    assert [p.path.name for p in library.problems] == ["kapot.toml"]


def test_non_utf8_file_is_reported(own_formats: Path, write_own: Write) -> None:
    """A format saved in Windows-1252 would crash the app instead of being reported."""
    text = VALID_FORMAT.replace("Mijn opening", "Café-opening")
    path = write_own("ansi.toml", text.encode("cp1252"))
    [problem] = _problems_for(own_formats, path.name)
    assert "UTF-8" in problem.message


def test_utf8_with_byte_order_mark_loads(own_formats: Path, write_own: Write) -> None:
    """A format saved by Notepad (with a byte-order mark) would be refused."""
    write_own("bom.toml", VALID_FORMAT.encode("utf-8-sig"))
    assert load_library(own_formats).format("mijn_opening")


def test_oversized_file_is_refused(own_formats: Path, write_own: Write) -> None:
    """A huge file would be read into memory and slow the start-up down."""
    padding = "# " + "x" * 1024 * 1024 + "\n"
    path = write_own("groot.toml", padding + VALID_FORMAT)
    [problem] = _problems_for(own_formats, path.name)
    assert "1 MB" in problem.message


def test_odd_characters_are_cleaned(own_formats: Path, write_own: Write) -> None:
    """Control characters would break the Word export, or emoji and Arabic would be lost."""
    odd = VALID_FORMAT.replace(
        'title = "Mijn opening"', r'title = "Mijn\u0007 opening\u001b[31m 🔥 مرحبا بكم\u000b"'
    ).replace('prompt = "Hoe gaat het?"', r'prompt = "Hoe gaat het?\u0000\nEn met jou? 🙂"')
    write_own("vreemd.toml", odd)
    library = load_library(own_formats)
    assert library.problems == ()
    fmt = library.format("mijn_opening")
    assert fmt.title == "Mijn opening[31m 🔥 مرحبا بكم"
    assert fmt.steps[0].prompt == "Hoe gaat het?\nEn met jou? 🙂"


def test_other_files_in_the_folder_are_ignored(own_formats: Path, write_own: Write) -> None:
    """Notes or editor backups next to the formats would be reported as broken formats."""
    write_own("lees mij.txt", "geen werkvorm")
    write_own(".#mijn_opening.toml", "lock file")
    (own_formats / "submap.toml").mkdir()
    library = load_library(own_formats)
    assert library.problems == ()


def test_problem_reads_as_file_key_and_message(tmp_path: Path) -> None:
    """The list of skipped files would not say where the mistake is."""
    problem = Problem(tmp_path / "x.toml", "steps[1].minutes", "Stap 2: fout.")
    assert str(problem) == "x.toml, bij 'steps[1].minutes': Stap 2: fout."


def test_group_size_materials_and_preparation_are_checked(
    own_formats: Path, write_own: Write
) -> None:
    """A wrong group size or materials list in an own format would slip through unexplained."""
    text = VALID_FORMAT.replace(
        'summary = "Een korte eigen opening."',
        'summary = "Een korte eigen opening."\ngroup_size = [12, 4]\nmaterials = "flip-over"',
    )
    write_own("fout.toml", text)
    problems = {p.key: p.message for p in load_library(own_formats).problems}
    assert "group_size" in problems and "[4, 16]" in problems["group_size"]
    assert "materials" in problems and "lijst" in problems["materials"]


def test_own_format_with_group_size_and_materials_loads(
    own_formats: Path, write_own: Write
) -> None:
    """A facilitator's materials and preparation would be dropped from their own format."""
    text = VALID_FORMAT.replace(
        'summary = "Een korte eigen opening."',
        'summary = "Een korte eigen opening."\ngroup_size = [2, 8]\n'
        'materials = ["Flip-over"]\npreparation = "Zet de stoelen in een kring."',
    )
    write_own("goed.toml", text + 'materials = ["Stiften", "Flip-over"]\n')
    fmt = load_library(own_formats).format("mijn_opening")
    assert fmt.group_size == (2, 8) and fmt.preparation == "Zet de stoelen in een kring."
    assert fmt.all_materials == ("Flip-over", "Stiften")
