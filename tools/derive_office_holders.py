"""Derive src/dateline/data/office_holders.tsv from PETRARCH2's country actor dictionary.

`../shared/data/events/petrarch2/Phoenix.Countries.actors.txt` (MIT, Open Event Data Alliance;
built from CountryInfo.140130.txt) lists heads of state, ministers and legislators with the
CAMEO code each held and when ("JOE_BIDEN_ [USAELI 600101-000101] [USAGOV >090120]
[USAELI]"). We keep each person's full names (the entry's name and the variants that only
add or drop given names, no titles) and their dated codes; a nine-letter code names country,
government and branch ("USAGOVLEG") and is written as country and branch ("USALEG"), as
dateline writes codes. Dates: six digits are YYMMDD (years before 30 are 20YY), eight YYYYMMDD.

Usage: python tools/derive_office_holders.py [PATH]
"""

from __future__ import annotations

import re
import sys

from petrarch_data import DATA, PETRARCH, run

SOURCE = PETRARCH / "Phoenix.Countries.actors.txt"
TARGET = DATA / "office_holders.tsv"
_CODE = re.compile(r"^\s+\[\s*([A-Z]{3,9})\s*(.*?)\s*\]")

HEADER = """\
# Office-holders and their dated CAMEO actor codes, from PETRARCH2's Phoenix.Countries.actors.txt
# (https://github.com/openeventdata/petrarch2), derived by tools/derive_office_holders.py; do
# not edit by hand. The source's licence follows.
#
{licence}
#
# name <TAB> code:from:to ... (ISO dates; empty: open; a code with no dates holds otherwise)
"""


def _date(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year < 30 else 1900 + year}{digits[2:]}"
    if len(digits) != 8:
        return ""
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def _span(text: str) -> tuple[str, str]:
    text = text.replace(" ", "")
    if text.startswith(">"):
        return _date(text[1:]), ""
    if text.startswith("<"):
        return "", _date(text[1:])
    if "-" in text:
        start, _, end = text.partition("-")
        return _date(start), _date(end)
    return (_date(text), "") if text else ("", "")


def _code(code: str) -> str:
    return code[:3] + code[6:] if len(code) == 9 else code


def _name(raw: str) -> str:
    return " ".join(raw.split("#")[0].strip().lstrip("+").strip("_").replace("_", " ").split())


def derive(text: str) -> list[str]:
    rows: list[str] = []
    names: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        if names and names[0] and codes:
            surname = names[0].split()[-1]
            for name in dict.fromkeys(names):
                if len(name.split()) > 1 and name.split()[-1] == surname:
                    rows.append(f"{name.lower()}\t{' '.join(codes)}")

    for line in text.splitlines():
        match = _CODE.match(line)
        if match:
            start, end = _span(match.group(2))
            codes.append(f"{_code(match.group(1))}:{start}:{end}")
            continue
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("+"):
            names.append(_name(line))
            continue
        flush()
        names, codes = [_name(line)], []
    flush()
    return rows


def main() -> int:
    return run(derive, SOURCE, TARGET, HEADER, "names")


if __name__ == "__main__":
    sys.exit(main())
