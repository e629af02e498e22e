"""``opgroei export minutes`` on the command line, and the export staying free of Qt."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from opgroei_desktop.export.commands import add_export_commands


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="opgroei")
    parser.add_argument("--data-dir")
    add_export_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_export_minutes_prints_the_written_file(minutes, tmp_path: Path, capsys) -> None:
    """A scripted export would not say where it wrote the minutes."""
    data_dir = str(minutes.store.data_dir)
    out = tmp_path / "verslag.docx"
    argv = ["export", "minutes", "--meeting", minutes.meeting_id, "--out", str(out)]
    assert _run([*argv, "--data-dir", data_dir]) == 0
    assert capsys.readouterr().out.strip() == str(out.resolve())
    assert out.stat().st_size > 0


def test_data_dir_before_the_subcommand_is_kept(minutes, tmp_path: Path, capsys) -> None:
    """A --data-dir given before 'export' would be ignored and the wrong data exported."""
    out = tmp_path / "verslag.docx"
    argv = ["--data-dir", str(minutes.store.data_dir), "export", "verslag"]
    assert _run([*argv, "--meeting", minutes.meeting_id, "--out", str(out)]) == 0
    assert out.exists()


def test_errors_print_dutch_and_exit_with_one(minutes, tmp_path: Path, capsys) -> None:
    """A failed scripted export would print a traceback or report success."""
    data_dir = str(minutes.store.data_dir)
    argv = ["export", "minutes", "--data-dir", data_dir, "--meeting"]
    assert _run([*argv, "onbekend", "--out", str(tmp_path / "v.docx")]) == 1
    assert "bijeenkomst bestaat niet" in capsys.readouterr().err
    assert _run([*argv, minutes.meeting_id, "--out", str(tmp_path / "v.txt")]) == 1
    assert "Kies een bestandsnaam die eindigt op .docx of .pdf" in capsys.readouterr().err
    assert not list(tmp_path.glob("v.*"))


def test_word_export_never_loads_qt(minutes, tmp_path: Path) -> None:
    """Exporting to Word from the command line would need a display and start slowly."""
    code = (
        "import sys\n"
        "from opgroei_desktop.core.store import Store\n"
        "from opgroei_desktop.export.minutes import export_minutes, minutes_html\n"
        f"store = Store.open({str(minutes.store.data_dir)!r})\n"
        f"export_minutes(store, {minutes.meeting_id!r}, {str(tmp_path / 'v.docx')!r})\n"
        f"minutes_html(store, {minutes.meeting_id!r})\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not loaded, loaded\n"
    )
    minutes.store.close()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_export_preparation_writes_the_draaiboek_and_the_mail(minutes, tmp_path: Path, capsys):
    """A scripted preparation would not write the draaiboek or the invitation e-mail."""
    data_dir = str(minutes.store.data_dir)
    for what, name in (("draaiboek", "draaiboek.pdf"), ("uitnodigingsmail", "uitnodiging.eml")):
        out = tmp_path / name
        argv = ["export", "voorbereiding", "--meeting", minutes.meeting_id, "--what", what]
        assert _run([*argv, "--out", str(out), "--data-dir", data_dir]) == 0
        assert capsys.readouterr().out.strip() == str(out.resolve())
        assert out.stat().st_size > 1000
