"""Run gdelt-regkg's count extraction on texts: JSON in on stdin, JSON out on stdout.

Run by bench/figures.py with the Python of its own venv (gdelt-regkg needs Python >= 3.12),
so this file imports nothing from dateline or the bench.

Input: {"texts": ["...", ...]}.
Output: {"version": "2.1.2", "profile": "...", "seconds": 0.01, "results": [[mention, ...], ...],
"failures": [null | "error", ...]}, one list of mentions per text, each mention
{"count_type", "number", "object", "start", "number_end", "end", "trigger_start"}:
`start` is the quantity's first character (CountMention.start), `end` the end of the matched
construction (CountMention.end), `number_end` the end of the number expression that starts at
`start` (found again with the package's own number pattern), `trigger_start` the trigger's.
`seconds` is the time spent in `analyze_counts` alone (rules compiled beforehand).
"""

from __future__ import annotations

import json
import sys
import time
from importlib.metadata import version


def main() -> int:
    from gdelt_regkg.fields import counts

    texts = json.load(sys.stdin)["texts"]
    rules = counts.default_count_rules()
    counts.analyze_counts("Two people were killed.", rules=rules)  # warm-up, untimed
    results: list[list[dict]] = []
    failures: list[str | None] = []
    seconds = 0.0
    for text in texts:
        start = time.perf_counter()
        try:
            result = counts.analyze_counts(text, rules=rules)
        except Exception as exc:  # reported per text, the run carries on
            seconds += time.perf_counter() - start
            results.append([])
            failures.append(f"{type(exc).__name__}: {exc}")
            continue
        seconds += time.perf_counter() - start
        mentions = []
        for mention in result.mentions:
            number = counts._NUMBER_RE.match(text, mention.start)
            mentions.append(
                {
                    "count_type": mention.count_type,
                    "number": mention.number,
                    "object": mention.object_type,
                    "start": mention.start,
                    "number_end": number.end() if number else mention.end,
                    "end": mention.end,
                    "trigger_start": mention.trigger_start,
                }
            )
        results.append(mentions)
        failures.append(None)
    json.dump(
        {
            "version": version("gdelt-regkg"),
            "profile": rules.name,
            "seconds": seconds,
            "results": results,
            "failures": failures,
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
