"""The `dateline` command: thin argument parsing over pipeline and store."""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from dateline import __version__
from dateline.clean.metadata import normalize_published
from dateline.pipeline import Options, Result, Skipped, run
from dateline.read import DEFAULT_MAX_BYTES
from dateline.read.sources import expand, is_uri, kind_from_name
from dateline.record import Failure, quote_kinds
from dateline.store import Reader, Store, StoreError


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    try:
        return args.handler(args, parser)
    except StoreError as error:
        print(f"dateline: error: {error}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as error:  # damaged after it opened ("disk image is malformed")
        where = getattr(args, "db", None) or "the database"
        print(f"dateline: error: {where}: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # "dateline export gdelt | head": the reader had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _parser() -> argparse.ArgumentParser:
    """The commands, each from the shared options it takes (as sqlite-utils shares its
    option decorators), in the order their help lists them."""
    parser = argparse.ArgumentParser(
        prog="dateline", description="Turn raw news pages into structured article records."
    )
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    groups = {"": parser.add_subparsers(metavar="COMMAND")}
    for name, help, handler, options in COMMANDS:
        group, _, word = name.rpartition(" ")
        command = groups[group].add_parser(word, help=help)
        if handler is None:  # a group of commands ("export gdelt")
            groups[name] = command.add_subparsers(metavar="FORMAT", dest=f"{name}_format")
            groups[name].required = True
            continue
        for option in options:
            option(command)
        command.set_defaults(handler=handler)
    return parser


Option = Callable[[argparse.ArgumentParser], None]


def _database(command: argparse.ArgumentParser) -> None:
    command.add_argument("--db", default="dateline.db", help="database file (default: dateline.db)")


def _limit(default: int, what: str) -> Option:
    def option(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--limit", type=int, default=default, help=f"most {what} to show (default: {default})"
        )

    return option


def _reading_options(command: argparse.ArgumentParser) -> None:
    """What `extract` and `ingest` share: the inputs and how documents become articles."""
    command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=".txt, .html/.htm, .warc/.warc.gz, .jsonl (also .gz), directories, or - for stdin",
    )
    command.add_argument(
        "--clean",
        choices=["auto", "none"],
        default="auto",
        help="auto: remove boilerplate; none: keep the input text exactly (default: auto)",
    )
    command.add_argument("--published", help="publication date to record (ISO 8601)")
    command.add_argument(
        "--lang",
        default="en",
        help="languages to keep, comma-separated ISO 639-1 codes, or 'any' (default: en)",
    )
    command.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse documents larger than this (default: {DEFAULT_MAX_BYTES:,})",
    )
    command.add_argument(
        "--strict", action="store_true", help="exit with status 1 if any document failed"
    )


def _extract_format(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--format",
        choices=["json", "jsonl"],
        help="json: pretty (one object for one article, else an array); jsonl: one per line "
        "(default: json for a single file, jsonl otherwise)",
    )


def _progress_and_workers(command: argparse.ArgumentParser) -> None:
    command.add_argument("--quiet", action="store_true", help="no progress bar")
    command.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: the number of cores)",
    )


def _search_filters(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "query", nargs="?", help='words, or FTS5 syntax (AND, OR, "a phrase", prefix*)'
    )
    command.add_argument("--person", help="only articles naming this person (any part of the name)")
    command.add_argument(
        "--place", help="only articles naming this place, or a place in this country"
    )
    command.add_argument("--speaker", help="list what this person (or body) said, not articles")
    command.add_argument(
        "--kind",
        help="with --speaker: quote kinds, comma-separated: speech, writing, stance, knowledge, "
        "unsourced, act, or all (default: speech,writing)",
    )


def _one_of(name: str, allowed: Callable[[], Iterable[str]]) -> Callable[[str], str]:
    """An argparse type: the value upper-cased if it is one of `allowed`, else an error that
    lists them (as --root's range is checked)."""

    def check(value: str) -> str:
        choices = list(allowed())
        if value.strip().upper() not in choices:
            raise argparse.ArgumentTypeError(
                f"unknown {name} {value!r}: use one of {', '.join(choices)}"
            )
        return value.strip().upper()

    return check


def _figure_categories() -> tuple[str, ...]:
    from dateline.extract.figures.category import categories

    return categories()


def _plover_types() -> list[str]:
    from dateline.extract.events.codebook import plover_types

    return sorted(plover_types())


def _figure_filters(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--category",
        type=_one_of("category", _figure_categories),
        help="KILL, WOUND, ARREST, DISPLACE, REFUGEE, MONEY ...",
    )
    command.add_argument("--place", help="only figures about this place")


def _claim_filters(command: argparse.ArgumentParser) -> None:
    _figure_filters(command)
    command.add_argument(
        "--since", type=_iso_date, help="only figures of articles published on or after DATE"
    )
    command.add_argument("--json", action="store_true", help="one JSON object per line")


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _event_filters(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--actor", help='source or target actor: any part of a name, or a code\'s start ("KEN")'
    )
    command.add_argument("--root", help="CAMEO root code, 01-20 (19: fight, 04: consult ...)")
    command.add_argument("--code", help='CAMEO event code or its start ("19", "193", "0871")')
    command.add_argument(
        "--plover",
        type=_one_of("PLOVER type", _plover_types),
        help="PLOVER type (ASSAULT, PROTEST, MOBILIZE ...)",
    )


def _event_format(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--format",
        choices=["text", "jsonl"],
        default="text",
        help="text: one line per event; jsonl: one JSON object per event (default: text)",
    )


def _file_output(command: argparse.ArgumentParser) -> None:
    command.add_argument("--out", default="-", help="file to write, or - for stdout (default: -)")


def _gdelt_output(command: argparse.ArgumentParser) -> None:
    command.add_argument("--out", default="-", help="file to write, or - for stdout (default: -)")
    command.add_argument("--header", action="store_true", help="write GDELT's column names first")


def _spark_options(command: argparse.ArgumentParser) -> None:
    from dateline.spark import add_arguments

    add_arguments(command)
    # set by `python -m dateline.spark`: the master is spark-submit's, not local[*]
    command.add_argument("--submitted", action="store_true", help=argparse.SUPPRESS)


def _dataset_folder(command: argparse.ArgumentParser) -> None:
    command.add_argument("folder", metavar="DIR", help="a Parquet dataset (dateline spark --out)")


def _parquet_output(command: argparse.ArgumentParser) -> None:
    command.add_argument("--out", required=True, help="folder to write the dataset to")


def _server_address(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine only)",
    )
    command.add_argument("--port", type=int, default=8000, help="port (default: 8000)")


def _options(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Options:
    published = None
    if args.published is not None:
        published = normalize_published(args.published)
        if published is None:
            parser.error(f"--published: not a date: {args.published!r}")
    if args.max_bytes <= 0:
        parser.error("--max-bytes must be positive")
    languages = None
    if args.lang.strip().lower() != "any":
        languages = frozenset(code.strip().lower() for code in args.lang.split(",") if code.strip())
        if not languages:
            parser.error("--lang: give ISO 639-1 codes or 'any'")
    return Options(
        clean=args.clean, published=published, languages=languages, max_bytes=args.max_bytes
    )


def _report(failure: Failure) -> None:
    print(f"dateline: error: {failure.source}: {failure.reason}", file=sys.stderr)


def _unreadable_inputs(paths: list[str]) -> list[str]:
    """The named inputs that hold nothing to read, each reported: a path that does not exist,
    a folder with no file of a kind dateline reads. A run that names one fails (status 1)."""
    bad = []
    for path in paths:
        if path == "-" or is_uri(path):
            continue
        if not Path(path).exists():
            _report(Failure(path, "no such file or directory"))
            bad.append(path)
        elif Path(path).is_dir() and next(expand([path]), None) is None:
            _report(
                Failure(
                    path,
                    "no file to read in this folder (.txt, .html, .htm, .warc, "
                    ".jsonl, .ndjson, also .gz)",
                )
            )
            bad.append(path)
    return bad


def _nothing_read(documents: int) -> bool:
    """True (and says so) when a run read no document at all: that is a failure."""
    if documents:
        return False
    print("dateline: error: nothing was read from the inputs", file=sys.stderr)
    return True


def _extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    options = _options(args, parser)
    fmt = args.format or ("json" if _single_document(args.paths) else "jsonl")
    bad = _unreadable_inputs(args.paths)
    paths = [path for path in args.paths if path not in bad]
    if not paths:
        return 1
    failed = documents = 0
    articles: list[dict] = []
    for item in run(paths, options):
        documents += 1
        if isinstance(item, Failure):
            failed += 1
            _report(item)
        elif fmt == "jsonl":
            print(json.dumps(item.to_dict(), ensure_ascii=False), flush=True)
        else:
            articles.append(item.to_dict())
    if fmt == "json" and articles:
        payload = articles[0] if len(articles) == 1 else articles
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    if bad or _nothing_read(documents):
        return 1
    return 1 if failed and args.strict else 0


def _single_document(paths: list[str]) -> bool:
    """One path that holds one article (not a directory, WARC or JSON Lines file)."""
    if len(paths) != 1:
        return False
    name = paths[0].lower().removesuffix(".gz")
    return not Path(paths[0]).is_dir() and not name.endswith((".warc", ".jsonl", ".ndjson"))


def _ingest(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    options = _options(args, parser)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    bad = _unreadable_inputs(args.paths)
    paths = [path for path in args.paths if path not in bad]
    if not paths:  # nothing to read: no database is made
        return 1
    stored = skipped = failed = 0
    started = time.monotonic()
    with Store(args.db) as store:
        items = run(paths, options, workers=args.workers, skip_ids=store.ids())
        total = _known_total(paths)
        item = None
        try:
            for item in _with_progress(items, quiet=args.quiet, total=total):
                if isinstance(item, Failure):
                    failed += 1
                    _report(item)
                    store.add_failure(item)
                elif isinstance(item, Skipped) or not store.add(item):
                    skipped += 1  # (another outlet's copy of a stored text keeps its outlet)
                    store.add_copy(item.id, item.url, item.outlet, item.published, item.source)
                else:
                    stored += 1
        except sqlite3.OperationalError as error:  # a full disk, a read-only file ...
            where = getattr(item, "source", None) or "the first document"
            print(
                f"dateline: error: {args.db}: {error}; stored {stored} article"
                f"{'s' * (stored != 1)}, then stopped: {where} and the documents after it "
                "were not stored (re-run the same command once the cause is fixed: it adds "
                "only what is missing)",
                file=sys.stderr,
            )
            return 1
        held = store.count()
    seconds = time.monotonic() - started
    print(
        f"dateline: stored {stored}, skipped {skipped} duplicate{'s' * (skipped != 1)}, "
        f"failed {failed} in {seconds:.1f}s; {args.db} now holds {held} "
        f"article{'s' * (held != 1)}" + (" (failures are in its errors table)" if failed else ""),
        file=sys.stderr,
    )
    if bad or _nothing_read(stored + skipped + failed):
        return 1
    return 1 if failed and args.strict else 0


def _known_total(paths: list[str]) -> int | None:
    """How many documents the inputs hold, when that is known without reading them: every
    input is a one-article file (not stdin, WARC or JSON Lines)."""
    names = list(expand(paths))
    if any(n == "-" or kind_from_name(n) in ("warc", "jsonl", None) for n in names):
        return None
    return len(names)


def _with_progress(
    items: Iterator[Result], quiet: bool, total: int | None = None
) -> Iterator[Result]:
    """Yield items while a progress bar (count, articles/s, and an ETA when the total is
    known) shows on a terminal."""
    if quiet or not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import (
        BarColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = [SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()]
    if total:
        columns[1:1] = [BarColumn(), TextColumn("{task.completed}/{task.total}")]
        columns.append(TimeRemainingColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("reading", total=total)
        started = time.monotonic()
        for count, item in enumerate(items, start=1):
            rate = count / max(time.monotonic() - started, 1e-9)
            progress.update(task, advance=1, description=f"{rate:.1f} articles/s")
            yield item


def _search(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        kinds = quote_kinds(args.kind)
    except ValueError as error:
        parser.error(f"--kind: {error}")
    if args.kind and not args.speaker:
        parser.error("--kind goes with --speaker")
    if not _database_exists(args.db):
        return 1
    if args.speaker:
        return _speaker_quotes(args, kinds)
    if not (args.query or args.person or args.place):
        parser.error("search needs a QUERY, --person, --place or --speaker")
    with Reader(args.db) as store:
        hits = store.search(args.query, person=args.person, place=args.place, limit=args.limit)
    for hit in hits:
        print(f"{hit.id}  {hit.published or '-':<25}  {hit.title or '(untitled)'}")
        print(f"    {' '.join(hit.snippet.split())}")
        if hit.also:
            print(f"    ({hit.also})")
    print(f"{len(hits)} stor{'ies' if len(hits) != 1 else 'y'} found", file=sys.stderr)
    return 0


def _database_exists(path: str) -> bool:
    """True if the database file exists; else says how to make one."""
    if Path(path).is_file():
        return True
    print(f"dateline: no database at {path} (run `dateline ingest` first)", file=sys.stderr)
    return False


def _speaker_quotes(args: argparse.Namespace, kinds: frozenset[str] | None) -> int:
    """What a person said across the database (the kinds asked for), newest article first."""
    with Reader(args.db) as store:
        total, quotes = store.quotes(speaker=args.speaker, limit=args.limit, kinds=kinds)
    for quote in quotes:
        marks = '"' if quote["direct"] else ""
        kind = f"{quote.get('kind')}, " if kinds is None or len(kinds) > 2 else ""
        print(
            f"{quote['published'] or '-':<25}  {quote['speaker']} "
            f"({kind}{quote['cue'] or 'quoted'}): {marks}{' '.join(quote['text'].split())}{marks}"
        )
        print(f"    {quote['article_id']}  {quote['article_title'] or '(untitled)'}")
    print(f"{total} quote{'s' * (total != 1)} found", file=sys.stderr)
    return 0


def _figures(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Figures as claims across the database, newest first, with who claims each, written as
    the web pages write them (dateline.display)."""
    from dateline.display import claimant, quantity

    if not _database_exists(args.db):
        return 1
    with Reader(args.db) as store:
        total, figures = store.figures(
            category=args.category.upper() if args.category else None,
            place=args.place,
            limit=args.limit,
        )
    for figure in figures:
        where = f" in {figure['place']}" if figure.get("place") else ""
        print(
            f"{figure['published'] or '-':<25}  {figure['category']:<8} "
            f"{quantity(figure)}{where} — {claimant(figure)}"
        )
        print(f"    {figure['article_id']}  {figure['article_title'] or '(untitled)'}")
    print(f"{total} figure{'s' * (total != 1)} found", file=sys.stderr)
    return 0


def _claims(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Claim lines: the figures of many articles about one quantity, over time, with who
    claims each and where claimants disagree (dateline.claims)."""
    from dateline.claims import claim_lines, lines_about
    from dateline.display import quantity

    if not _database_exists(args.db):
        return 1
    with Reader(args.db) as store:
        figures, articles = store.claim_figures(
            category=args.category.upper() if args.category else None, since=args.since
        )
    lines = lines_about(claim_lines(figures, articles), args.place)
    for number, line in enumerate(lines[: args.limit], 1):
        record = line.as_dict(number)
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
            continue
        marks = [word for word in ("disputed", "dropped") if record[word]]
        place = f" in {record['place']}" if record["place"] else ""
        scope = "running total" if record["scope"] == "cumulative" else "one incident"
        print(
            f"{record['category']} {record['counted'] or ''}{place} ({scope}): "
            f"{len(line.points)} point{'s' * (len(line.points) != 1)}"
            + (f", {' and '.join(marks)}" if marks else "")
        )
        for point, row in zip(line.points, record["points"], strict=True):
            outlets = ", ".join(row["outlets"]) or "-"
            flags = "".join(
                f"  {kind.upper()} vs {', '.join(map(str, against))}"
                for kind, against in row["marks"].items()
            )
            print(
                f"  {row['n']:>2}. {row['published'] or '-':<10}  {quantity(point.figure):<28} "
                f"{row['claimant']}  [{outlets}]{flags}"
            )
    shown = min(len(lines), args.limit)
    print(f"{len(lines)} claim line{'s' * (len(lines) != 1)} found, {shown} shown", file=sys.stderr)
    return 0


def _events(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Coded events across the database, newest article first."""
    root = (args.root or "").strip()
    if root and not (root.isdigit() and 1 <= int(root) <= 20):
        parser.error("--root: give a CAMEO root code, 01-20")
    code = (args.code or "").strip()
    if args.code is not None and not code.isdigit():
        parser.error("--code: give a CAMEO event code (digits: 19, 193, 0871)")
    if args.limit < 1:
        parser.error("--limit must be at least 1")
    if not _database_exists(args.db):
        return 1
    with Reader(args.db) as store:
        total, events = store.events(
            args.actor or None,
            root or None,
            limit=args.limit,
            code=code or None,
            plover=args.plover or None,
        )
    for event in events:
        if args.format == "jsonl":
            print(json.dumps(event, ensure_ascii=False))
        else:
            print(_event_line(event))
    print(f"{total} event{'s' * (total != 1)} found", file=sys.stderr)
    return 0


def _event_line(event: dict) -> str:
    """One event as a line: date, code/PLOVER, actor (code) action target (code), whether
    negated, who reported it, where, and the article."""
    day = event.get("date") or (event.get("published") or "")[:10] or "-"
    code = "/".join(str(x) for x in (event.get("code"), event.get("plover")) if x) or "-"

    def party(name: object, party_code: object) -> str:
        return " ".join(str(x) for x in (name, f"({party_code})" if party_code else None) if x)

    words = [
        party(event.get("actor") or "?", event.get("actor_code")),
        event.get("action") or "-",
        party(event.get("target"), event.get("target_code")),
        "(negated)" if event.get("negated") else "",
    ]
    reported = event.get("reported_by_speaker") or event.get("reported_by")
    if reported:
        words.append(f"[reported by {reported}]")
    if event.get("place"):
        words.append(f"in {event['place']}")
    article = event.get("article_title") or event.get("article_id") or "-"
    what = " ".join(" ".join(str(w) for w in words if w).split())
    return f"{day:<10}  {code:<14}  {what} — {article}"


def _export_gdelt(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Every stored article's events as GDELT 2.0 Event rows, GLOBALEVENTID counting on
    across articles."""
    if not _database_exists(args.db):
        return 1
    from dateline import gdelt

    articles = 0
    with Reader(args.db) as store:

        def rows() -> Iterator[list[str]]:
            nonlocal articles
            next_id = 1
            keys = ("id", "url", "published", "tone", "places", "text", "events", "story_id")
            sizes = store.story_sizes()
            written: set[str] = set()
            for article in store.records(keys):  # oldest first: a story's first article
                story = article.get("story_id") or article["id"]
                if story in written:
                    continue
                written.add(story)
                count, outlets = sizes.get(story, (1, 1))
                batch = gdelt.event_rows(
                    article,
                    article.get("events") or [],
                    first_id=next_id,
                    articles=count,
                    sources=max(outlets, 1),
                )
                next_id += len(batch)
                articles += bool(batch)
                yield from batch

        if args.out == "-":
            count = gdelt.write_tsv(rows(), sys.stdout, header=args.header)
            sys.stdout.flush()
        else:
            try:
                out = open(args.out, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            except OSError as error:
                print(
                    f"dateline: error: cannot write {args.out}: {error.strerror}", file=sys.stderr
                )
                return 1
            with out:
                count = gdelt.write_tsv(rows(), out, header=args.header)
    where = "stdout" if args.out == "-" else args.out
    print(
        f"dateline: wrote {count} GDELT event row{'s' * (count != 1)} from {articles} "
        f"article{'s' * (articles != 1)} to {where}",
        file=sys.stderr,
    )
    return 0


def _export_datasette(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Datasette metadata for a dateline database: titles, label columns and facets
    (`datasette news.db --metadata metadata.json`)."""
    from importlib import resources

    if not _database_exists(args.db):
        return 1
    with Reader(args.db):  # a dateline database (StoreError naming the file otherwise)
        pass
    template = json.loads(
        resources.files("dateline.data").joinpath("datasette-metadata.json").read_text("utf-8")
    )
    tables = template.pop("tables")
    metadata = {**template, "databases": {Path(args.db).stem: {"tables": tables}}}
    text = json.dumps(metadata, indent=2) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(
            f"dateline: wrote {args.out}; run: datasette {args.db} --metadata {args.out}",
            file=sys.stderr,
        )
    return 0


def _spark(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from dateline.spark import run_command

    options = _options(args, parser)
    bad = _unreadable_inputs(args.paths)
    args.paths = [path for path in args.paths if path not in bad]
    if not args.paths:
        return 1
    status = run_command(args, options, default_master=None if args.submitted else "local[*]")
    return 1 if bad else status


def _load(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """A Parquet dataset into the store: articles it holds are skipped, as ingest does."""
    from dateline.parquet import DatasetError, read_dataset

    stored = skipped = failed = 0
    try:
        with Store(args.db) as store:
            for item in read_dataset(args.folder):
                if isinstance(item, Failure):
                    failed += store.add_failure(item)
                elif store.add(item):
                    stored += 1
                else:
                    skipped += 1
            held = store.count()
    except DatasetError as error:
        print(f"dateline: error: {error}", file=sys.stderr)
        return 1
    print(
        f"dateline: loaded {stored} article{'s' * (stored != 1)} and {failed} error "
        f"row{'s' * (failed != 1)}, skipped {skipped} already stored; {args.db} now holds "
        f"{held} article{'s' * (held != 1)}",
        file=sys.stderr,
    )
    return 0


def _export_parquet(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """The store's articles and errors as the Parquet dataset `dateline spark` writes."""
    if not _database_exists(args.db):
        return 1
    from dateline.parquet import article_of_record, write_dataset

    if Path(args.out).exists() and any(Path(args.out).iterdir()):
        print(f"dateline: error: {args.out} is not empty", file=sys.stderr)
        return 1
    with Reader(args.db) as store:
        articles = (
            article_of_record(record, store.signature(record["id"])) for record in store.records()
        )
        articles, errors = write_dataset(itertools.chain(articles, store.failures()), args.out)
    print(
        f"dateline: wrote {articles} article{'s' * (articles != 1)} and {errors} error "
        f"row{'s' * (errors != 1)} to {args.out}",
        file=sys.stderr,
    )
    return 0


def _serve(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if not _database_exists(args.db):
        return 1
    if not 0 < args.port < 65536:
        parser.error("--port must be between 1 and 65535")
    import uvicorn

    from dateline.web import create_app

    Reader(args.db).close()  # a file that is no dateline database fails here, not per request
    app = create_app(args.db)
    print(f"dateline: serving {args.db} at http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())


# Each command: its name, help, handler and the shared options it takes, in the order of
# `dateline --help` ("export" groups its formats).
COMMANDS: list[tuple[str, str, Callable[..., int] | None, tuple[Option, ...]]] = [
    ("extract", "print one JSON record per article", _extract, (_reading_options, _extract_format)),
    (
        "ingest",
        "store articles in a SQLite database",
        _ingest,
        (_reading_options, _database, _progress_and_workers),
    ),
    (
        "search",
        "full-text search of stored articles",
        _search,
        (_search_filters, _database, _limit(20, "results")),
    ),
    (
        "figures",
        "figures as claims, newest first, with sources",
        _figures,
        (_figure_filters, _database, _limit(50, "figures")),
    ),
    (
        "claims",
        "claim lines: one quantity's figures across articles, over time, by claimant",
        _claims,
        (_claim_filters, _database, _limit(20, "claim lines")),
    ),
    (
        "events",
        "coded events (who did what to whom), newest first, with sources",
        _events,
        (_event_filters, _database, _limit(50, "events"), _event_format),
    ),
    ("export", "write stored records in another format", None, ()),
    (
        "export gdelt",
        "GDELT 2.0 Event table rows (61 tab-separated fields, no header)",
        _export_gdelt,
        (_database, _gdelt_output),
    ),
    (
        "export datasette",
        "Datasette metadata (facets, labels) for the database: datasette DB --metadata FILE",
        _export_datasette,
        (_database, _file_output),
    ),
    (
        "export parquet",
        "the Parquet dataset `dateline spark` writes (a folder per table)",
        _export_parquet,
        (_database, _parquet_output),
    ),
    (
        "spark",
        "run the pipeline as an Apache Spark job, to a Parquet dataset",
        _spark,
        (_reading_options, _spark_options),
    ),
    ("load", "bring a Parquet dataset into a SQLite database", _load, (_dataset_folder, _database)),
    ("serve", "web pages and a JSON API over a database", _serve, (_database, _server_address)),
]
