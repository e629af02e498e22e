"""What went wrong in the storage, told in plain Dutch with what the user can do about it.

Every service's transaction passes through ``Store.transaction``, which turns the driver's
errors into a ``StorageError`` with one of these messages; the UI shows it like any other
refusal, and what the user typed stays where it was.
"""

from __future__ import annotations

from pathlib import Path

from .errors import StorageError

KEPT = "Wat u typte staat er nog; probeer het daarna opnieuw."


def explain(error: BaseException, database: Path) -> StorageError:
    """The ``StorageError`` for a driver error met while reading or writing ``database``."""
    text = str(getattr(error, "orig", None) or error).lower()
    if "locked" in text or "busy" in text:
        message = (
            "Er kon niet worden opgeslagen: een ander programma houdt het gegevensbestand "
            "bezet (misschien een tweede venster van Opgroei Desktop, of een programma dat "
            f"de map synchroniseert of back-upt). Sluit dat andere programma. {KEPT}"
        )
    elif "full" in text:
        message = (
            f"Er kon niet worden opgeslagen: de schijf met de gegevens is vol ({database.parent}). "
            "Maak ruimte vrij, bijvoorbeeld door grote bestanden te verwijderen of de "
            f"prullenbak te legen. Er is niets verloren gegaan. {KEPT}"
        )
    elif "readonly" in text or "read-only" in text or "read only" in text:
        message = (
            f"Er kon niet worden opgeslagen: de gegevens zijn alleen-lezen ({database}). "
            "Zet de gegevensmap op een plek waar u mag schrijven, bijvoorbeeld in uw eigen "
            "documentenmap, en start Opgroei Desktop met die map. Wat u typte staat er nog."
        )
    elif "disk i/o" in text or "unable to open" in text:
        message = (
            f"De schijf met de gegevens gaf een fout bij lezen of schrijven ({database}). "
            "Controleer of de USB-stick of netwerkmap nog is aangesloten. Maak daarna via "
            f"Bestand een reservekopie naar een andere plek. {KEPT}"
        )
    elif "malformed" in text or "not a database" in text or "corrupt" in text:
        message = (
            f"Het gegevensbestand blijkt beschadigd ({database}). Sluit Opgroei Desktop; bij de "
            "volgende start biedt het programma aan de nieuwste goede reservekopie terug te "
            "zetten. Er wordt niets meer in het beschadigde bestand geschreven."
        )
        return StorageError(message, damaged=True)
    else:
        message = f"Er ging iets mis bij het opslaan of lezen van de gegevens ({error}). {KEPT}"
    return StorageError(message)
