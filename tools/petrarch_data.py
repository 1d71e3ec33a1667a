"""What the scripts deriving data from PETRARCH2's dictionaries share: where the source and
the package data lie, and writing a derived file under the source's licence."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PETRARCH = ROOT.parent / "shared" / "data" / "events" / "petrarch2"
DATA = ROOT / "src" / "dateline" / "data"


def source_path(default: Path) -> Path:
    """The dictionary named on the command line, else the default in ../shared."""
    return Path(sys.argv[1]) if len(sys.argv) > 1 else default


def write_derived(source: Path, target: Path, header: str, rows: list[str], what: str) -> int:
    """Write ``rows`` under ``header``, whose ``{licence}`` is the source's LICENSE as
    comments (the MIT licence asks for its notice in every copy)."""
    licence = (source.parent / "LICENSE").read_text(encoding="utf-8").strip().splitlines()
    text = header.format(licence="\n".join(f"# {line}".rstrip() for line in licence))
    target.write_text(text + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} {what} -> {target.relative_to(ROOT)}")
    return 0


def run(
    derive: Callable[[str], list[str]], source: Path, target: Path, header: str, what: str
) -> int:
    """Derive the rows from the source dictionary (or the one named on the command line)
    and write them."""
    path = source_path(source)
    rows = derive(path.read_text(encoding="utf-8", errors="replace"))
    return write_derived(path, target, header, rows, what)
