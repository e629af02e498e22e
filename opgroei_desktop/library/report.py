"""A plain-text overview of the library, for the command line and for support questions."""

from __future__ import annotations

from pathlib import Path

from opgroei_desktop.library.model import Library


def describe(library: Library, formats_dir: Path) -> str:
    """What the library holds and what is wrong with the facilitator's own formats, in Dutch."""
    own = [f for f in library.formats if f.origin == "eigen"]
    shipped = len(library.formats) - len(own)
    lines = [
        f"Voorwaarden: {len(library.preconditions)}",
        f"Onderdelen (DOEN): {', '.join(c.title for c in library.components)}",
        "Thema's (VERHELDEREN): "
        + ", ".join(f"{t.title} ({len(t.challenges)})" for t in library.themes),
        f"Uitdagingen: {len(library.all_challenges())}",
        f"Werkvormen: {shipped} meegeleverd, {len(own)} eigen",
    ]
    for fmt in library.formats:
        mark = " (eigen)" if fmt.origin == "eigen" else ""
        lines.append(
            f"  {fmt.category:<12} {fmt.key:<24} {fmt.total_minutes:>3} min  {fmt.title}{mark}"
        )
    lines.append(f"Map voor eigen werkvormen: {formats_dir}")
    if library.problems:
        lines.append(f"Overgeslagen ({len(library.problems)}):")
        lines.extend(f"  {problem}" for problem in library.problems)
    else:
        lines.append("Eigen werkvormen: geen fouten gevonden.")
    return "\n".join(lines)
