"""Derive src/dateline/data/agents.txt from PETRARCH2's agent dictionary.

`../shared/data/events/petrarch2/Phoenix.agents.txt` (MIT, Open Event Data Alliance) maps
words for kinds of people and bodies to CAMEO roles ("FARMER [~AGR]", "PEASANT [~AGR]",
"SOLDIER [~MIL]"). We keep its one-word agents, "!PERSON!" written out ("FISHER!PERSON!" ->
fisherman, fishermen, fisherwoman, fisherwomen), each under its first role (a stacked role
"GOVMED" is a government's: GOV), in the format of data/actor_codes.txt's [sectors]; the
actor layer reads it after our own table, which wins for a word both name.

Usage: python tools/derive_agents.py [PATH]
"""

from __future__ import annotations

import re
import sys

from petrarch_data import DATA, PETRARCH, run

SOURCE = PETRARCH / "Phoenix.agents.txt"
TARGET = DATA / "agents.txt"
_ENTRY = re.compile(r"^([A-Z!_'-]+)\s*\[~([A-Z]{3})[A-Z]*\]")
_PERSON = ("MAN", "MEN", "WOMAN", "WOMEN")

HEADER = """\
# Agent words and their CAMEO roles, from PETRARCH2's Phoenix.agents.txt
# (https://github.com/openeventdata/petrarch2), derived by tools/derive_agents.py; do not edit
# by hand. Read after actor_codes.txt [sectors]. The source's licence follows.
#
{licence}

[sectors]
"""


def derive(text: str) -> list[str]:
    roles: dict[str, list[str]] = {}
    for line in text.splitlines():
        match = _ENTRY.match(line.split("#")[0].strip())
        if match is None or "_" in match.group(1):
            continue
        word, role = match.group(1), match.group(2)
        forms = [word.replace("!PERSON!", p) for p in _PERSON] if "!PERSON!" in word else [word]
        for form in forms:
            if "!" not in form:
                roles.setdefault(role, []).append(form.lower())
    return [f"{role}\t{' '.join(dict.fromkeys(words))}" for role, words in sorted(roles.items())]


def main() -> int:
    return run(derive, SOURCE, TARGET, HEADER, "roles")


if __name__ == "__main__":
    sys.exit(main())
