"""A plain-text overview of the library, for the command line and for support questions."""

from __future__ import annotations

from pathlib import Path

from opgroei_desktop.library.model import Library, SessionFormat


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


def group_size_text(fmt: SessionFormat) -> str:
    """The group size a format works for, in Dutch ("4 tot 16 personen", "elke groep")."""
    if fmt.group_size is None:
        return "elke groepsgrootte"
    low, high = fmt.group_size
    return f"{low} personen" if low == high else f"{low} tot {high} personen"


def describe_format(fmt: SessionFormat) -> str:
    """One format in full, as plain text: summary, preparation, materials and every step."""
    origin = "eigen werkvorm" if fmt.origin == "eigen" else "meegeleverd"
    lines = [
        fmt.title,
        "=" * len(fmt.title),
        f"Sleutel: {fmt.key} ({origin}, {fmt.path.name})",
        f"Soort: {fmt.category}" + (f"; werkblad: {fmt.theme}" if fmt.theme else ""),
        f"Duur: {fmt.total_minutes} minuten in {len(fmt.steps)} stappen",
        f"Groep: {group_size_text(fmt)}",
        "",
        fmt.summary,
    ]
    if fmt.preparation:
        lines += ["", "Voorbereiding:", fmt.preparation]
    if fmt.all_materials:
        lines += ["", "Materiaal:"] + [f"- {item}" for item in fmt.all_materials]
    for number, step in enumerate(fmt.steps, start=1):
        heading = f"{number}. {step.title} ({step.minutes} min)"
        lines += ["", heading, "-" * len(heading), "Op het scherm:"]
        lines += [f"  {line}" for line in step.prompt.split("\n")]
        lines += ["Aanwijzingen:", step.instructions]
        if step.materials:
            lines.append("Materiaal: " + ", ".join(step.materials))
        if step.capture:
            where = step.capture + (f" / {step.section}" if step.section else "")
            lines.append(f"Notities naar: {where}")
        if step.exercise:
            lines.append(f"Oefening: {step.exercise}")
    return "\n".join(lines)
