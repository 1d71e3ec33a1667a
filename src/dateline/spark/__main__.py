"""`python -m dateline.spark INPUT... --out DIR`, as spark-submit runs it: the arguments of
`dateline spark`, the master spark-submit's."""

import sys

from dateline.cli import main


def run(argv: list[str] | None = None) -> int:
    return main(["spark", *(sys.argv[1:] if argv is None else argv), "--submitted"])


if __name__ == "__main__":
    sys.exit(run())
