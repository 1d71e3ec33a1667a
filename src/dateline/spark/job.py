"""`dateline spark`: the pipeline as an Apache Spark job, to a Parquet dataset.

The driver lists the input files and deals them, largest first, into `--partitions` groups;
each task runs the one pipeline code path (`pipeline.run`, which batches `process_batch`) over
its files, streaming each (a WARC one record at a time), with spaCy loaded once per Python
worker (workers are reused across tasks). A record from Spark is the record `dateline extract`
makes of the same input, in the columns of `dateline.tables`.

Each task's results become rows of one DataFrame (table name, key, index, the row as JSON),
kept on disk so the documents are processed once, then each table is written with Spark's
Parquet writer, which commits a task's files only once: a retried task adds no duplicates.
Re-running over the same inputs changes nothing: the articles and errors already in `--out`
are skipped by id (articles before they are parsed), and an article met twice in one run is
written once.

Run it locally (`dateline spark corpus/ --out out/ --master local[4]`) or on a cluster with
`spark-submit ... -m dateline.spark` (`python -m dateline.spark`): the arguments are the same,
and the master comes from spark-submit. Not a unit of Spark's own (no JVM code): PySpark only.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from dateline import pipeline, stories
from dateline.read.sources import expand, is_uri, list_uri, size_of
from dateline.record import Article, Failure
from dateline.tables import PARTITIONS, SCHEMAS, TABLES, article_rows, failure_row

# `copy` orders the copies of one article met twice in a run (its source): the first is kept
_ROW = "table string, key string, n long, copy string, payload string"
_SKIPPED = "skipped"  # a row that only counts an article already stored
CARRIERS_PER_KEY = 16


class SparkMissing(RuntimeError):
    """PySpark is not installed."""


@dataclass(frozen=True)
class Summary:
    stored: int
    skipped: int
    failed: int


def list_inputs(inputs: Iterable[str]) -> list[str]:
    """The files to process: paths and directories (recursively) as `dateline ingest` reads
    them, glob patterns, and URIs (`file://`, or any scheme fsspec reads: `s3://`,
    `s3a://`, `hdfs://`, `gs://` ...). Sorted within each input; each file once."""
    files: list[str] = []
    for item in inputs:
        if is_uri(item):
            found = list_uri(item)
        elif glob.has_magic(item):
            found = sorted(expand(sorted(glob.glob(item, recursive=True))))
        else:
            found = list(expand([item]))
        for name in found:
            if name not in files:
                files.append(name)
    return files


def _groups(files: list[str], count: int) -> list[list[str]]:
    """Files dealt into `count` groups, largest first, so the groups' sizes are close."""
    count = max(1, min(count, len(files)))
    groups: list[list[str]] = [[] for _ in range(count)]
    totals = [0] * count
    for size, name in sorted(((size_of(name), name) for name in files), reverse=True):
        smallest = totals.index(min(totals))
        groups[smallest].append(name)
        totals[smallest] += size
    return [sorted(group) for group in groups if group]


def _task_rows(
    groups: Iterator[list[str]], options: pipeline.Options, skip
) -> Iterator[tuple[str, str, int, str, str]]:
    """One task: its files through the pipeline, as (table, key, n, copy, JSON row)."""
    skip_ids = skip.value
    for files in groups:
        for result in pipeline.run(files, options, skip_ids=skip_ids):
            if isinstance(result, Failure):
                yield _error_row(result)
            elif isinstance(result, Article):
                try:
                    rows = [
                        (
                            table,
                            result.id if table == "articles" else row["article_id"],
                            row.get("n", 0),
                            result.source or "",
                            _json(row),
                        )
                        for table, table_rows in article_rows(result).items()
                        for row in table_rows
                    ]
                except (TypeError, ValueError) as exc:  # one bad record must not stop the job
                    reason = f"internal error ({type(exc).__name__}: {exc})"
                    yield _error_row(Failure(result.source or "", reason))
                    continue
                yield from rows
            else:
                yield (_SKIPPED, result.id, 0, "", "")


def _error_row(failure: Failure) -> tuple[str, str, int, str, str]:
    row = failure_row(failure)
    return ("errors", row["id"], 0, failure.source, _json(row))


def _json(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, allow_nan=False)


def run_job(
    spark, inputs: Iterable[str], out: str, options: pipeline.Options, partitions: int | None = None
) -> Summary:
    """Process `inputs` into the Parquet dataset at `out` (a path or any URI Spark writes)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    files = list_inputs(inputs)
    out = out.rstrip("/")
    stored_articles = _stored_ids(spark, out, "articles")
    stored_errors = _stored_ids(spark, out, "errors")
    if not files:
        return Summary(0, 0, 0)
    context = spark.sparkContext
    groups = _groups(files, partitions or context.defaultParallelism)
    skip = context.broadcast(stored_articles)
    tuples = context.parallelize(groups, len(groups)).mapPartitions(
        partial(_task_rows, options=options, skip=skip)
    )
    rows = spark.createDataFrame(tuples, _ROW).persist(StorageLevel.DISK_ONLY)
    try:
        counts = {row["table"]: row["count"] for row in rows.groupBy("table").count().collect()}
        for table in TABLES:
            part = (
                rows.filter(F.col("table") == table)
                .groupBy("key", "n")
                .agg(F.min_by("payload", "copy").alias("payload"), F.min("copy").alias("copy"))
            )
            if table == "errors" and stored_errors:
                part = part.filter(~F.col("key").isin(list(stored_errors)))
            if table == "articles" and stored_articles:  # met in a file beside a stored copy
                part = part.filter(~F.col("key").isin(list(stored_articles)))
            if _exists(spark, f"{out}/{table}") and part.isEmpty():
                continue  # nothing new: leave the table's files as they are
            schema = from_arrow_schema(SCHEMAS[table])
            parsed = part.select(
                F.from_json("payload", schema, {"mode": "FAILFAST"}).alias("row")
            ).select("row.*")
            if table == "articles":
                parsed = _with_story_ids(spark, parsed, out, bool(stored_articles))
            writer = parsed.write.mode("append")
            if table == "articles":
                writer = writer.partitionBy(*PARTITIONS)
            writer.parquet(f"{out}/{table}")
        summary = Summary(
            stored=_count_distinct(rows, "articles") if counts.get("articles") else 0,
            skipped=counts.get(_SKIPPED, 0),
            failed=_count_distinct(rows, "errors") if counts.get("errors") else 0,
        )
    finally:
        rows.unpersist()
        skip.unpersist()
    return summary


def _with_story_ids(spark, articles, out: str, stored: bool):
    """The new articles with their `story_id` (dateline.stories): candidate pairs meet on an
    LSH band key (a join), pairs at or over the threshold are collected, and the driver names
    the components as `stories.name_stories` does. Stored articles keep their story ids."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    new = articles.select("id", "minhash", "shingles")
    everyone = new.withColumn("story_id", F.lit(None).cast("string"))
    if stored:
        everyone = everyone.unionByName(
            spark.read.parquet(f"{out}/articles").select("id", "minhash", "shingles", "story_id")
        )
    keys = F.array(
        *[
            F.xxhash64(F.lit(band), F.slice("minhash", band * stories.ROWS + 1, stories.ROWS))
            for band in range(stories.BANDS)
        ]
    )
    new_keys = new.select("id", F.explode(keys).alias("key"))
    # as the store keeps a key's first carriers, a key is compared with its first few
    # articles only: a story of thousands of copies does not make a join of millions of pairs
    first = Window.partitionBy("key").orderBy("other")
    all_keys = (
        everyone.select(F.col("id").alias("other"), F.explode(keys).alias("key"))
        .withColumn("nth", F.row_number().over(first))
        .where(F.col("nth") <= CARRIERS_PER_KEY)
        .drop("nth")
    )
    candidates = (
        new_keys.join(all_keys, "key")
        .where(F.col("id") != F.col("other"))
        .select("id", "other")
        .distinct()
    )
    signatures = everyone.select(
        F.col("id").alias("other"),
        F.col("minhash").alias("other_minhash"),
        F.col("shingles").alias("other_shingles"),
        "story_id",
    )
    agree = F.aggregate(
        F.zip_with("minhash", "other_minhash", lambda one, two: (one == two).cast("int")),
        F.lit(0),
        lambda total, value: total + value,
    )
    # stories.same_story, as Spark columns
    jaccard = agree / F.lit(float(stories.NUM_PERM))
    smaller = F.least("shingles", "other_shingles")
    contained = jaccard * (F.col("shingles") + F.col("other_shingles")) / (1 + jaccard) / smaller
    same = F.when(smaller < stories.MIN_CONTAINED, jaccard >= stories.MIN_JACCARD_SHORT).otherwise(
        contained >= stories.CONTAINMENT
    )
    pairs = (
        candidates.join(new, "id")
        .join(signatures, "other")
        .where(same)
        .select("id", "other", "story_id")
        .collect()
    )
    named = stories.name_stories(
        {row["id"] for row in pairs},
        [(row["id"], row["other"]) for row in pairs],
        {row["other"]: row["story_id"] for row in pairs if row["story_id"] is not None},
    )
    if not named:
        return articles.withColumn("story_id", F.col("id"))
    names = spark.createDataFrame(sorted(named.items()), "id string, named string")
    return (
        articles.join(F.broadcast(names), "id", "left")
        .withColumn("story_id", F.coalesce("named", "id"))
        .drop("named")
        .select(*articles.columns)
    )


def _count_distinct(rows, table: str) -> int:
    from pyspark.sql import functions as F

    return rows.filter(F.col("table") == table).select("key").distinct().count()


def _stored_ids(spark, out: str, table: str) -> frozenset[str]:
    if not _exists(spark, f"{out}/{table}"):
        return frozenset()
    frame = spark.read.parquet(f"{out}/{table}")
    return frozenset(row[0] for row in frame.select("id").distinct().collect())


def _exists(spark, path: str) -> bool:
    """Whether a path exists, asked of Hadoop's file system (any scheme Spark writes)."""
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    filesystem = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return bool(filesystem.exists(hadoop_path))


def session(master: str | None = None, app_name: str = "dateline"):
    """A SparkSession: `master` for a local run (`local[N]`, `spark://...`, `yarn`), None for
    the one spark-submit configured. Local workers run this Python (the one with dateline)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkMissing("dateline spark needs PySpark: pip install 'dateline[spark]'") from exc
    if master is not None and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    spark = (
        builder.config("spark.python.worker.reuse", "true")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, help="the Parquet dataset's folder (or URI)")
    parser.add_argument(
        "--master",
        help="Spark master: local[N], spark://HOST:PORT, yarn (default: local[*], or the "
        "one spark-submit gives)",
    )
    parser.add_argument(
        "--partitions",
        type=int,
        help="tasks to split the input files into (default: Spark's default parallelism)",
    )


def run_command(
    args: argparse.Namespace, options: pipeline.Options, default_master: str | None
) -> int:
    if args.partitions is not None and args.partitions < 1:
        print("dateline: error: --partitions must be at least 1", file=sys.stderr)
        return 2
    try:
        spark = session(args.master or default_master)
    except SparkMissing as error:
        print(f"dateline: error: {error}", file=sys.stderr)
        return 1
    try:
        summary = run_job(spark, args.paths, args.out, options, args.partitions)
    finally:
        spark.stop()
    print(
        f"dateline: stored {summary.stored}, skipped {summary.skipped} already stored, "
        f"failed {summary.failed} (each once in {args.out}/errors)",
        file=sys.stderr,
    )
    return 1 if summary.failed and getattr(args, "strict", False) else 0
