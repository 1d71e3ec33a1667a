"""A Parquet dataset of dateline's records, read and written with pyarrow: the layout of
`dateline.tables` (one folder per table, `articles/` partitioned by `year=` / `month=`), as
the Spark job writes it. `write_dataset` is `dateline export parquet`'s side (records from a
store), `read_dataset` is `dateline load`'s (records to a store); DuckDB, pandas and Spark read
the folders as they are."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds

from dateline.record import Article, Failure
from dateline.tables import (
    PARTITIONS,
    SCHEMAS,
    TABLES,
    article_from_rows,
    article_rows,
    failure_row,
)

ARTICLES_PER_FILE = 5_000
# Spark's layout: `year=2016/month=8/`, an undated article under `__HIVE_DEFAULT_PARTITION__`
_HIVE = ds.HivePartitioning(pa.schema([SCHEMAS["articles"].field(name) for name in PARTITIONS]))


class DatasetError(ValueError):
    """The folder is not a dateline Parquet dataset; the message says why."""


def write_dataset(
    items: Iterable[Article | Failure],
    out: str | Path,
    per_file: int = ARTICLES_PER_FILE,
) -> tuple[int, int]:
    """Write articles and failures as the dataset's tables under `out` (created; files added
    beside any already there, each with a new name). Returns (articles, failures) written."""
    out = Path(out)
    buffers: dict[str, list[dict]] = {table: [] for table in TABLES}
    articles = failures = 0
    for item in items:
        if isinstance(item, Failure):
            buffers["errors"].append(failure_row(item))
            failures += 1
            continue
        for table, rows in article_rows(item).items():
            buffers[table].extend(rows)
        articles += 1
        if len(buffers["articles"]) >= per_file:
            _flush(buffers, out)
    _flush(buffers, out)
    return articles, failures


def _flush(buffers: dict[str, list[dict]], out: Path) -> None:
    batch = uuid.uuid4().hex
    for table, rows in buffers.items():
        if not rows:
            continue
        data = pa.Table.from_pylist(rows, schema=SCHEMAS[table])
        ds.write_dataset(
            data,
            out / table,
            format="parquet",
            partitioning=_HIVE if table == "articles" else None,
            basename_template=f"part-{batch}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
        rows.clear()


def read_dataset(folder: str | Path, batch_size: int = 2_000) -> Iterator[Article | Failure]:
    """Every article of the dataset with its layers (read `batch_size` articles at a time),
    then every failure."""
    folder = Path(folder)
    if not (folder / "articles").is_dir():
        raise DatasetError(f"{folder}: no articles/ folder (not a dateline Parquet dataset)")
    articles = _table(folder, "articles")
    layers = {
        table: _table(folder, table) for table in TABLES if table not in ("articles", "errors")
    }
    for batch in articles.to_batches(batch_size=batch_size):
        heads = batch.to_pylist()
        ids = [head["id"] for head in heads]
        rows: dict[str, dict[str, list[dict]]] = {article_id: {} for article_id in ids}
        for table, dataset in layers.items():
            if dataset is None:
                continue
            for row in dataset.to_table(filter=ds.field("article_id").isin(ids)).to_pylist():
                rows[row["article_id"]].setdefault(table, []).append(row)
        for head in heads:
            yield article_from_rows(head, rows[head["id"]])
    errors = _table(folder, "errors")
    if errors is not None:
        for row in errors.to_table().to_pylist():
            yield Failure(row["source"], row["reason"])


def _table(folder: Path, table: str) -> ds.Dataset | None:
    path = folder / table
    if not path.is_dir():
        return None
    try:
        return ds.dataset(
            path,
            format="parquet",
            schema=SCHEMAS[table],
            partitioning=_HIVE if table == "articles" else None,
            exclude_invalid_files=False,
        )
    except (pa.ArrowInvalid, OSError) as exc:
        raise DatasetError(f"{path}: {exc}") from exc


def article_of_record(
    record: dict[str, Any], signature: tuple[list[int], int] | None = None
) -> Article:
    """An Article from a stored record (`Reader.records()`) and its signature, for writing
    it out again."""
    fields = {key: record.get(key) for key in Article.__dataclass_fields__}
    fields["signature"], fields["shingles"] = signature or (None, None)
    for key in (
        "authors",
        "credits",
        "removed",
        "notes",
        "entities",
        "quotes",
        "figures",
        "events",
        "places",
    ):
        fields[key] = list(fields[key] or [])
    return Article(**fields)
