"""What an operating-system error means for the user, in Dutch.

``OSError.strerror`` is English ("No such file or directory") and says nothing about what to
do; messages quote ``reason(error)`` instead.
"""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "het bestand of de map bestaat niet (meer)",
    errno.EACCES: "u hebt geen toestemming om dit te openen of te wijzigen",
    errno.EPERM: "u hebt geen toestemming om dit te openen of te wijzigen",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "uw schijfruimte is op",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENOTDIR: "een deel van de locatie is geen map",
    errno.EEXIST: "er staat al iets met die naam",
    errno.EBUSY: "het bestand is in gebruik door een ander programma",
    errno.ENAMETOOLONG: "de naam of de locatie is te lang",
    errno.EMFILE: "er staan te veel bestanden tegelijk open",
    errno.EIO: "de schijf of het netwerk gaf een leesfout",
    errno.ENOTEMPTY: "de map is niet leeg",
    errno.EXDEV: "het bestand kan niet naar een andere schijf worden verplaatst",
}


def reason(error: OSError) -> str:
    """Why ``error`` happened, in plain Dutch (never the system's English text)."""
    if isinstance(error, PermissionError):
        return _REASONS[errno.EACCES]
    if isinstance(error, FileNotFoundError):
        return _REASONS[errno.ENOENT]
    found = _REASONS.get(error.errno or 0)
    if found:
        return found
    return f"het systeem meldt foutcode {error.errno}" if error.errno else "onbekende systeemfout"
