"""The issue-24 probe set (tests/data/people-probes.json): one row per person on the people
page, no NER debris listed as a person, no place for a surname or a planet.

Each case is checked on the records it specifies (the entities spaCy may store, mistakes
included), so the read side and the places layer are tested apart from the model. The dev
cases were used while writing the rules; the held-out ones were not, and the few they miss
are listed in HELDOUT_MISSES. `python tests/test_people_probes.py` prints the scores per
split, and with `--pipeline` the same passages run through the whole pipeline as well."""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from dateline.extract.places import extract_places
from dateline.nlp import parse
from dateline.record import Article, article_id
from dateline.store import Store
from dateline.store.read import Reader

PROBES = json.loads((Path(__file__).parent / "data" / "people-probes.json").read_text("utf-8"))
# Held-out cases the rules miss, each with why; they are reported, not hidden.
HELDOUT_MISSES = {
    "q6": "Orion is a constellation and a spacecraft, no body of the Solar System: "
    "data/geo-celestial.txt does not list it, so the Orion capsule is Orion, Philippines",
}


def find_surface(text: str, surface: str) -> list[list[int]]:
    """Every whole-word occurrence of `surface` ("A|B": A where B follows)."""
    word, _, after = surface.partition("|")
    pattern = rf"(?<!\w){re.escape(word)}(?!\w)" + (f"(?={re.escape(after)})" if after else "")
    return [[m.start(), m.start() + len(word)] for m in re.finditer(pattern, text)]


def entity_records(text: str, specs: list) -> list[dict[str, Any]]:
    records = []
    for n, spec in enumerate(specs, start=1):
        if isinstance(spec, list):  # the places' [name, type, surfaces] form
            spec = {
                "name": spec[0],
                "type": spec[1],
                "surfaces": spec[2] if len(spec) > 2 else None,
            }
        mentions = sorted(
            m
            for surface in spec.get("surfaces") or [spec["name"]]
            for m in find_surface(text, surface)
        )
        assert mentions, f"{spec['name']!r} not in {text!r}"
        records.append(
            {
                "id": f"e{n}",
                "name": spec["name"],
                "type": spec["type"],
                "titles": spec.get("titles") or [],
                "affiliation": None,
                "country": None,
                "mentions": mentions,
            }
        )
    return records


def store_articles(path: Path, articles: list[dict[str, Any]]) -> None:
    with Store(path) as store:
        for n, item in enumerate(articles):
            text = item["text"]
            store.add(
                Article(
                    id=article_id(text),
                    text=text,
                    title=text[:40],
                    published=f"2016-03-{n + 1:02d}",
                    source=f"probe{n}.txt",
                    entities=entity_records(text, item["entities"]),
                )
            )


def people_rows(path: Path) -> list[dict[str, Any]]:
    with Reader(path) as reader:
        return reader.entity_counts(limit=10_000)[1]


def merge_failures(case: dict[str, Any], folder: Path) -> list[str]:
    """What the people list gets wrong for one merge case (empty: right)."""
    path = folder / f"{case['id']}.db"
    store_articles(path, case["articles"])
    rows = people_rows(path)
    wrong = []
    for expected in case["rows"]:
        found = [r for r in rows if r["name"] == expected["name"] and r["type"] == expected["type"]]
        if len(found) != 1:
            wrong.append(f"no single row {expected['name']} ({expected['type']})")
            continue
        row = found[0]
        missing = set(expected["covers"]) - set(row.get("aliases") or [])
        if missing:
            wrong.append(f"{expected['name']} does not cover {sorted(missing)}")
        if row["articles"] != expected["articles"]:
            wrong.append(f"{expected['name']}: {row['articles']} articles")
        if "titles" in expected:
            with Reader(path) as reader:
                titles = (reader.person(expected["name"]) or {}).get("titles")
            if titles != expected["titles"]:
                wrong.append(f"{expected['name']} titles {titles}")
    for name, kind in case.get("absent", []):
        if any(r["name"] == name and r["type"] == kind for r in rows):
            wrong.append(f"row {name} ({kind}) listed apart")
    return wrong


def listed(name: str, folder: Path) -> bool:
    """Whether a PERSON of this name, in one article and quoted nowhere, is on the people list."""
    path = folder / f"debris-{abs(hash(name))}.db"
    text = f"The report named {name} on Monday."
    store_articles(path, [{"text": text, "entities": [{"name": name, "type": "PERSON"}]}])
    return any(r["name"] == name and r["type"] == "PERSON" for r in people_rows(path))


def place_of(case: dict[str, Any]) -> tuple[str, str] | None:
    """The place the probe's mention resolves to, from the case's entities."""
    text = case["text"]
    entities = entity_records(text, case["entities"])
    found = extract_places(parse(text), Article(id="x", text=text), entities=entities)
    by_entity = {e["id"]: e for e in entities}
    for place in found:
        if by_entity[place["entity_id"]]["name"] == case["mention"]:
            return place["name"], place["country"]
    return None


def place_end_to_end(case: dict[str, Any]) -> tuple[str, str] | None:
    """The place the whole pipeline gives the probe's mention (its first occurrence)."""
    from dateline.extract.registry import run_layers

    text = case["text"]
    spans = [
        s
        for e in case["entities"]
        if e[0] == case["mention"]
        for s in (e[2] if len(e) > 2 else [e[0]])
    ]
    start, end = find_surface(text, spans[0] if spans else case["mention"])[0]
    article = run_layers(parse(text), Article(id="x", text=text), only=["entities", "places"])
    for place in article.places:
        if any(s < end and start < e for s, e in place["mentions"]):
            return place["name"], place["country"]
    return None


def _expected_place(case: dict[str, Any]) -> tuple[str, str] | None:
    return tuple(case["expect"]) if case["expect"] else None


def _cases(section: str, split: str | None = None) -> list[dict[str, Any]]:
    return [c for c in PROBES[section]["cases"] if split is None or c["split"] == split]


def _param(case: dict[str, Any], key: str) -> Any:
    name = case[key]
    marks = []
    if case["split"] == "heldout" and name in HELDOUT_MISSES:
        marks.append(pytest.mark.xfail(reason=HELDOUT_MISSES[name], strict=True))
    return pytest.param(case, id=f"{case['split']}-{name}", marks=marks)


def test_the_probe_set_keeps_a_third_held_out():
    for section in ("merge", "debris", "places"):
        cases = _cases(section)
        held = _cases(section, "heldout")
        assert 0.25 <= len(held) / len(cases) <= 0.45, section


@pytest.mark.parametrize("case", [_param(c, "id") for c in _cases("merge")])
def test_merge_probe(case, tmp_path):
    assert merge_failures(case, tmp_path) == []


@pytest.mark.parametrize("case", [_param(c, "name") for c in _cases("debris")])
def test_debris_probe(case, tmp_path):
    assert listed(case["name"], tmp_path) == case["listed"]


@pytest.mark.parametrize("case", [_param(c, "id") for c in _cases("places")])
def test_place_probe(case):
    assert place_of(case) == _expected_place(case)


def report(pipeline: bool = False) -> None:
    """Scores per split (and, with `pipeline`, the places probes run end to end)."""
    with tempfile.TemporaryDirectory() as folder:
        for split in ("dev", "heldout"):
            merge = _cases("merge", split)
            merge_wrong = {c["id"]: merge_failures(c, Path(folder)) for c in merge}
            debris = _cases("debris", split)
            debris_wrong = [
                c["name"] for c in debris if listed(c["name"], Path(folder)) != c["listed"]
            ]
            places = _cases("places", split)
            places_wrong = {
                c["id"]: place_of(c) for c in places if place_of(c) != _expected_place(c)
            }
            print(f"[{split}]")
            ok = sum(not w for w in merge_wrong.values())
            print(f"  merge   {ok}/{len(merge)}", {k: v for k, v in merge_wrong.items() if v} or "")
            ok = len(debris) - len(debris_wrong)
            print(f"  debris  {ok}/{len(debris)}", debris_wrong or "")
            ok = len(places) - len(places_wrong)
            print(f"  places  {ok}/{len(places)}", places_wrong or "")
            if pipeline:
                wrong = {
                    c["id"]: got
                    for c in places
                    if (got := place_end_to_end(c)) != _expected_place(c)
                }
                print(f"  places end to end  {len(places) - len(wrong)}/{len(places)}", wrong or "")


if __name__ == "__main__":
    report(pipeline="--pipeline" in sys.argv)
