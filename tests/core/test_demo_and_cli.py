"""The demo trajectory and the headless commands a newcomer or administrator uses."""

from __future__ import annotations

import subprocess
import sys

from opgroei_desktop.cli import main
from opgroei_desktop.core import demo
from opgroei_desktop.core.paths import DATABASE_NAME
from opgroei_desktop.core.services import (
    actions,
    agreements,
    entries,
    meetings,
    milestones,
    people,
    trajectories,
)


def test_demo_trajectory_holds_a_realistic_process(store):
    """A newcomer must see both parties, held meetings, agreements, actions and milestones."""
    trajectory_id, created = demo.ensure_demo(store)
    assert created and demo.ensure_demo(store) == (trajectory_id, False)
    parties = {p.party for p in people.list_people(store, trajectory_id)}
    assert {"gemeente", "initiatief", "procesbegeleider"} <= parties
    assert all(p.speaks_for for p in people.list_people(store, trajectory_id))
    held = [m for m in meetings.list_meetings(store, trajectory_id) if m.status != "gepland"]
    assert len(held) == 3
    captured = entries.list_entries(store, trajectory_id)
    assert len({e.worksheet for e in captured}) >= 4
    assert len({a.status for a in agreements.list_agreements(store, trajectory_id)}) >= 4
    statuses = {a.status for a in actions.list_actions(store, trajectory_id)}
    assert statuses == {"open", "gedaan"}
    stones = milestones.list_milestones(store, trajectory_id)
    assert len(stones) == 2 and sum(m.outcome is not None for m in stones) == 1
    preconditions = trajectories.list_preconditions(store, trajectory_id)
    assert any(p.left_open for p in preconditions) and any(p.confirmed_on for p in preconditions)


def test_check_creates_a_healthy_database(tmp_path, capsys):
    """`opgroei check` on a new folder must create the data and call it healthy."""
    assert main(["check", "--data-dir", str(tmp_path)]) == 0
    assert "in orde" in capsys.readouterr().out
    assert (tmp_path / DATABASE_NAME).exists()


def test_check_on_damaged_file_fails_without_changing_it(tmp_path, capsys):
    """A damaged file must be reported with a non-zero exit and left byte for byte as it was."""
    damaged = tmp_path / DATABASE_NAME
    damaged.write_bytes(b"\x00garbage" * 512)
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    assert "beschadigd" in capsys.readouterr().err
    assert damaged.read_bytes() == b"\x00garbage" * 512


def test_backup_command_prints_where(tmp_path, capsys):
    """`opgroei backup` must write a backup and say where it is."""
    assert main(["--data-dir", str(tmp_path), "backup"]) == 0
    out = capsys.readouterr().out
    assert "Reservekopie gemaakt" in out and str(tmp_path) in out


def test_list_command_prints_words_not_codes(tmp_path, capsys):
    """`opgroei list` must say "verslag vastgesteld", not the stored code "verslag_vastgesteld"."""
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    assert main(["list", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "(verslag vastgesteld)" in out
    assert "_" not in "".join(line.rsplit("(", 1)[-1] for line in out.splitlines())


def test_list_piped_into_head_ends_quietly(tmp_path):
    """`opgroei list | head -1` would end with a Python traceback about a broken pipe."""
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    shell = f"{sys.executable} -m opgroei_desktop list --data-dir '{tmp_path}' | head -1"
    done = subprocess.run(shell, shell=True, capture_output=True, text=True, timeout=60)
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_demo_command_and_module_entry_point(tmp_path):
    """`python -m opgroei_desktop demo` must work for people without the opgroei script."""
    result = subprocess.run(
        [sys.executable, "-m", "opgroei_desktop", "demo", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Voorbeeldtraject aangemaakt" in result.stdout


def test_library_command_names_file_and_key_of_a_mistake(tmp_path, capsys):
    """A facilitator checking their own format file must be told where the mistake is."""
    formats = tmp_path / "werkvormen"
    formats.mkdir()
    (formats / "mijn_sessie.toml").write_text(
        'key = "mijn_sessie"\ntitle = "Mijn sessie"\ncategory = "thema"\nsummary = "x"\n'
        '[[steps]]\nkey = "a"\ntitle = "Stap"\nminutes = "tien"\n'
        'instructions = "x"\nprompt = "x"\n',
        encoding="utf-8",
    )
    assert main(["library", "--data-dir", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "mijn_sessie.toml" in out and "minutes" in out
    assert "26 meegeleverd" in out


def test_library_command_prints_one_format_in_full(tmp_path, capsys):
    """A facilitator could not read a format's steps, materials and preparation before planning."""
    assert main(["library", "--data-dir", str(tmp_path), "--format", "herstelgesprek"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Herstelgesprek")
    assert "Voorbereiding:" in out and "Materiaal:" in out and "2 tot 12 personen" in out
    assert "4. Wat heeft ieder nodig? (20 min)" in out
    assert "Wat heb je van de ander nodig\n  om weer verder te kunnen?" in out
    assert main(["library", "--data-dir", str(tmp_path), "--format", "bestaat_niet"]) == 1
    assert "bestaat_niet" in capsys.readouterr().out


def test_headless_commands_are_a_console_program_and_the_app_has_its_own():
    """On Windows a gui-script prints nothing: `opgroei check` must be a console program."""
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())["project"]
    assert project["scripts"]["opgroei"] == "opgroei_desktop.cli:main"
    assert "opgroei" not in project.get("gui-scripts", {})
    assert project["gui-scripts"]["opgroei-app"] == "opgroei_desktop.cli:main"
