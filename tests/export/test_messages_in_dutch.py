"""Messages a user reads when something goes wrong: Dutch all through, in proper Dutch."""

from __future__ import annotations

import errno

import pytest

from opgroei_desktop.core.errors import NotFound, OpgroeiError
from opgroei_desktop.core.os_words import reason
from opgroei_desktop.core.services import trajectories
from opgroei_desktop.export.docx_template import open_template
from opgroei_desktop.library.validate import read_toml


def test_missing_template_is_explained_in_dutch(tmp_path) -> None:
    """'(No such file or directory)' would appear inside a Dutch message."""
    with pytest.raises(OpgroeiError) as raised:
        open_template(tmp_path / "weg.docx")
    message = str(raised.value)
    assert "No such" not in message and "bestaat niet" in message


def test_unreadable_library_file_is_explained_in_dutch(tmp_path) -> None:
    """An English system error would show in the library check."""
    _, problems = read_toml(tmp_path / "weg.toml")
    assert problems and all("No such" not in problem.message for problem in problems)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "geen toestemming"),
        (OSError(errno.ENOSPC, "No space left on device"), "de schijf is vol"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "te lang"),
        (OSError(9999, "Something odd"), "foutcode 9999"),
    ],
)
def test_system_errors_in_plain_dutch(error, words) -> None:
    """A system error would reach the user in English."""
    assert words in reason(error)
    assert error.strerror not in reason(error)


def test_missing_trajectory_message_is_proper_dutch(store) -> None:
    """'Deze traject bestaat niet … is hij' is not Dutch: het traject takes dit and het."""
    with pytest.raises(NotFound) as raised:
        trajectories.get_trajectory(store, "bestaat-niet")
    assert str(raised.value).startswith("Dit traject bestaat niet (meer).")
    assert "hij" not in str(raised.value)
