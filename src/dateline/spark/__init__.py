"""`dateline spark`: the pipeline as an Apache Spark job, to a Parquet dataset (`job.py`);
`python -m dateline.spark` runs it under spark-submit (`__main__.py`)."""

from dateline.spark.job import (
    SparkMissing,
    Summary,
    add_arguments,
    list_inputs,
    run_command,
    run_job,
    session,
)

__all__ = [
    "SparkMissing",
    "Summary",
    "add_arguments",
    "list_inputs",
    "run_command",
    "run_job",
    "session",
]
