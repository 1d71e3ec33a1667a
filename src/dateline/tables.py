"""The columnar layout of dateline's records: one table per layer, each row keyed by
`article_id`, as the Spark job writes them and `dateline load` / `export parquet` read and
write them with pyarrow. The Arrow schemas here are the one definition of the Parquet
columns (Spark's schemas are converted from them), and `article_rows` / `article_from_rows`
are the one mapping between an Article and its rows, so every engine writes the same rows.

Tables: `articles` (the record's scalar fields, lists of strings and the tone as a struct,
plus `source`, `story_id`, `minhash` and `shingles` (dateline.stories), and `year` / `month` of
`published` to partition by), one table per layer in `LAYERS` (the record's fields; `n` is
the record's index in its list; entities and places, whose records have many mentions, get
the first mention's `start` / `end` as every other layer has its own), and `errors` (a
failed document: `id`, `source`, `reason`).
"""

from __future__ import annotations

import hashlib
from typing import Any

import pyarrow as pa

from dateline.record import Article, Failure

_SPAN = pa.list_(pa.list_(pa.int64()))
_STR = pa.string()
_INT = pa.int64()
_FLOAT = pa.float64()
_BOOL = pa.bool_()

TONE = pa.struct(
    [
        ("tone", _FLOAT),
        ("positive", _FLOAT),
        ("negative", _FLOAT),
        ("polarity", _FLOAT),
        ("words", _INT),
        ("vader", pa.struct([(key, _FLOAT) for key in ("compound", "pos", "neu", "neg")])),
    ]
)

ARTICLES = pa.schema(
    [
        ("id", _STR),
        ("url", _STR),
        ("outlet", _STR),
        ("title", _STR),
        ("published", _STR),
        ("authors", pa.list_(_STR)),
        ("credits", pa.list_(_STR)),
        ("language", _STR),
        ("text", _STR),
        ("removed", pa.list_(_STR)),
        ("tone", TONE),
        ("notes", pa.list_(_STR)),
        ("schema", _STR),
        ("source", _STR),
        ("story_id", _STR),
        ("minhash", pa.list_(_INT)),
        ("shingles", _INT),
        ("year", pa.int32()),
        ("month", pa.int32()),
    ]
)
PARTITIONS = ("year", "month")  # of `articles`, from `published`

_KEY = [("article_id", _STR), ("n", _INT)]
_LAYER_FIELDS: dict[str, list[tuple[str, pa.DataType]]] = {
    "entities": [
        ("id", _STR),
        ("name", _STR),
        ("type", _STR),
        ("titles", pa.list_(_STR)),
        ("affiliation", _STR),
        ("country", _STR),
        ("mentions", _SPAN),
        ("start", _INT),
        ("end", _INT),
    ],
    "quotes": [
        ("id", _STR),
        ("text", _STR),
        ("start", _INT),
        ("end", _INT),
        ("parts", _SPAN),
        ("direct", _BOOL),
        ("kind", _STR),
        ("cue", _STR),
        ("cue_start", _INT),
        ("cue_end", _INT),
        ("speaker", _STR),
        ("speaker_start", _INT),
        ("speaker_end", _INT),
        ("speaker_id", _STR),
    ],
    "figures": [
        ("id", _STR),
        ("value", _FLOAT),
        ("low", _FLOAT),
        ("high", _FLOAT),
        ("approximate", _BOOL),
        ("vague", _BOOL),
        ("qualifier", _STR),
        ("category", _STR),
        ("object", _STR),
        ("unit", _STR),
        ("place", _STR),
        ("place_id", _STR),
        ("period", _STR),
        ("scope", _STR),
        ("source", _STR),
        ("source_id", _STR),
        ("source_start", _INT),
        ("source_end", _INT),
        ("quote_id", _STR),
        ("text", _STR),
        ("start", _INT),
        ("end", _INT),
        ("number_start", _INT),
        ("number_end", _INT),
        ("mentions", _SPAN),
    ],
    "events": [
        ("id", _STR),
        ("actor", _STR),
        ("actor_code", _STR),
        ("actor_id", _STR),
        ("target", _STR),
        ("target_code", _STR),
        ("target_id", _STR),
        ("action", _STR),
        ("action_start", _INT),
        ("action_end", _INT),
        ("code", _STR),
        ("root", _STR),
        ("quad_class", _INT),
        ("goldstein", _FLOAT),
        ("plover", _STR),
        ("negated", _BOOL),
        ("reported_by", _STR),
        ("date", _STR),
        ("place", _STR),
        ("place_id", _STR),
        ("text", _STR),
        ("start", _INT),
        ("end", _INT),
    ],
    "places": [
        ("name", _STR),
        ("entity_id", _STR),
        ("country", _STR),
        ("lat", _FLOAT),
        ("lon", _FLOAT),
        ("geonameid", _INT),
        ("feature", _STR),
        ("mentions", _SPAN),
        ("candidates", _INT),
        ("resolution", _STR),
        ("start", _INT),
        ("end", _INT),
    ],
}
LAYERS = tuple(_LAYER_FIELDS)
ERRORS = pa.schema([("id", _STR), ("source", _STR), ("reason", _STR)])

SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    **{layer: pa.schema(_KEY + fields) for layer, fields in _LAYER_FIELDS.items()},
    "errors": ERRORS,
}
TABLES = tuple(SCHEMAS)
# Layers whose records have no span of their own: the row gets its first mention's.
_FIRST_MENTION = frozenset({"entities", "places"})
# Number fields a record may hold as int or float ("2,000" and "2.5bn"): stored as float,
# read back as int when whole.
_NUMBERS = frozenset({"value", "low", "high"})


def article_rows(article: Article) -> dict[str, list[dict]]:
    """Every table's rows for one article. A record field the layout lacks is an error, so
    a new field cannot be dropped on the way to Parquet without a test failing."""
    record = article.to_dict()
    head = {name: record.get(name) for name in ARTICLES.names if name in record}
    head["source"] = article.source
    head["story_id"] = article.story_id
    head["minhash"] = article.signature
    head["shingles"] = article.shingles
    head["year"], head["month"] = _year_month(article.published)
    rows: dict[str, list[dict]] = {"articles": [head]}
    for layer in LAYERS:
        names = set(SCHEMAS[layer].names)
        rows[layer] = []
        for index, item in enumerate(record[layer]):
            unknown = set(item) - names
            if unknown:
                raise ValueError(f"{layer} field(s) not in the Parquet layout: {sorted(unknown)}")
            row = {"article_id": article.id, "n": index, **item}
            if layer in _FIRST_MENTION and item.get("mentions"):
                row["start"], row["end"] = item["mentions"][0]
            rows[layer].append(row)
    return rows


def failure_row(failure: Failure) -> dict[str, str]:
    """An `errors` row; its id is stable, so a re-run adds the same failure once."""
    digest = hashlib.sha256(f"{failure.source}\n{failure.reason}".encode()).hexdigest()[:16]
    return {"id": digest, "source": failure.source, "reason": failure.reason}


def article_from_rows(head: dict[str, Any], layers: dict[str, list[dict]]) -> Article:
    """The Article whose rows these are (the inverse of `article_rows`)."""
    article = Article(
        id=head["id"],
        text=head["text"],
        url=head.get("url"),
        outlet=head.get("outlet"),
        title=head.get("title"),
        published=head.get("published"),
        authors=list(head.get("authors") or []),
        credits=list(head.get("credits") or []),
        language=head.get("language"),
        removed=list(head.get("removed") or []),
        notes=list(head.get("notes") or []),
        tone=head.get("tone"),
        source=head.get("source"),
        signature=list(head["minhash"]) if head.get("minhash") is not None else None,
        story_id=head.get("story_id"),
        shingles=head.get("shingles"),
    )
    for layer in LAYERS:
        items = []
        for row in sorted(layers.get(layer, []), key=lambda row: row["n"]):
            item = {key: value for key, value in row.items() if key not in ("article_id", "n")}
            if layer in _FIRST_MENTION:
                item.pop("start", None)
                item.pop("end", None)
            for key in _NUMBERS & item.keys():
                if isinstance(item[key], float) and item[key].is_integer():
                    item[key] = int(item[key])
            items.append(item)
        setattr(article, layer, items)
    return article


def _year_month(published: str | None) -> tuple[int | None, int | None]:
    if published and len(published) >= 7 and published[:4].isdigit() and published[5:7].isdigit():
        return int(published[:4]), int(published[5:7])
    return None, None
