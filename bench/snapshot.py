"""Save the JSON records of every corpus in ../shared (and the project's own examples and
probes), or check that a run gives byte-identical records to a saved one.

A refactoring that must not change behaviour is checked with it before and after every step:

    .venv/bin/python bench/snapshot.py save /tmp/before            # on the old code
    .venv/bin/python bench/snapshot.py check /tmp/before           # on the new code

`check` prints, per corpus, the number of records and whether they are identical, and for the
first few records that differ the layers that differ; its exit status is 1 on any difference.

`--parse-cache DIR` keeps each text's spaCy parse (a DocBin per corpus, keyed by the text's
hash) so that repeated checks of the extractors skip the parser; the parse itself is spaCy's
and the code path otherwise the pipeline's (`process_batch`). A check without the cache runs
everything, the parse included.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
HERE = Path(__file__).resolve().parent


def _texts(folder: Path, pattern: str) -> Iterator[tuple[str, str]]:
    for path in sorted(folder.glob(pattern)):
        yield path.name, path.read_text("utf-8")


def _zyte_pages() -> Iterator[tuple[str, str]]:
    folder = SHARED / "zyte-article-benchmark" / "html"
    for path in sorted(folder.glob("*.html.gz")):
        yield path.name, gzip.decompress(path.read_bytes()).decode("utf-8", "replace")


def _readability(name: str) -> Iterator[tuple[str, str]]:
    for folder in sorted((SHARED / "readability-pages").iterdir()):
        if (folder / name).exists():
            yield folder.name, (folder / name).read_text("utf-8", "replace")


def _json_texts(path: Path) -> Iterator[tuple[str, str]]:
    for index, item in enumerate(json.loads(path.read_text("utf-8"))):
        if "text" in item:  # (PLOVER's first item describes the file)
            yield str(item.get("id", index)), item["text"]


def _jsonl_texts(path: Path) -> Iterator[tuple[str, str]]:
    for index, line in enumerate(path.read_text("utf-8").splitlines()):
        if line.strip():
            item = json.loads(line)
            yield str(item.get("id", index)), item["text"]


def _examples() -> Iterator[tuple[str, str]]:
    for path in sorted((HERE.parent / "examples").iterdir()):
        if path.suffix != ".py":
            yield path.name, str(path)  # read by the readers: every input kind


# name -> (kind of content: "text", "html" or "path", clean mode, the items)
CORPORA = {
    "polnear-dev": ("text", "none", lambda: _texts(SHARED / "polnear/dev/text", "*.txt")),
    "polnear-train": ("text", "none", lambda: _texts(SHARED / "polnear/train/text", "*.txt")),
    "zyte-html": ("html", "auto", _zyte_pages),
    "zyte-dumps": (
        "text",
        "auto",
        lambda: _texts(SHARED / "zyte-article-benchmark/plaintext", "*.txt"),
    ),
    "readability-html": ("html", "auto", lambda: _readability("source.html")),
    "readability-dumps": ("text", "auto", lambda: _readability("source.txt")),
    "event-probes": (
        "text",
        "none",
        lambda: _json_texts(HERE / "data/event-probes/probes.json"),
    ),
    "plover": (
        "text",
        "none",
        lambda: _json_texts(SHARED / "events/plover/PLOVER_GSR_CAMEO.txt"),
    ),
    "ggt-dev": ("text", "none", lambda: _jsonl_texts(SHARED / "ggt-dev/gold.jsonl")),
    "examples": ("path", "auto", _examples),
}


class ParseCache:
    """spaCy parses by text hash, saved as one DocBin per corpus."""

    def __init__(self, folder: Path, corpus: str) -> None:
        from spacy.tokens import DocBin

        from dateline import nlp

        self.path = folder / f"{corpus}.spacy"
        self.vocab = nlp.load().vocab
        self.docs = {}
        if self.path.exists():
            for doc in DocBin().from_bytes(self.path.read_bytes()).get_docs(self.vocab):
                self.docs[_key(doc.text)] = doc
        self.fresh = 0

    def parse_many(self, original):
        def parse_many(texts, batch_size=64, **kwargs):
            texts = list(texts)
            missing = [t for t in texts if _key(t) not in self.docs]
            for text, doc in zip(missing, original(missing, batch_size=batch_size), strict=True):
                self.docs[_key(text)] = doc
                self.fresh += 1
            return iter([_copy(self.docs[_key(t)]) for t in texts])

        return parse_many

    def save(self) -> None:
        from spacy.tokens import DocBin

        if self.fresh:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(DocBin(docs=self.docs.values()).to_bytes())


def _copy(doc):
    """A fresh copy (the extractors may cache in user_data)."""
    return doc.copy()


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def records(corpus: str, cache_folder: Path | None) -> Iterator[str]:
    """One JSON line per item of the corpus: its name and its record (or failure)."""
    from dateline import nlp, pipeline
    from dateline.read import iter_documents
    from dateline.record import Article, Document

    kind, clean, items = CORPORA[corpus]
    options = pipeline.Options(clean=clean, languages=None)
    cache = ParseCache(cache_folder, corpus) if cache_folder else None
    original = nlp.parse_many
    if cache:
        nlp.parse_many = cache.parse_many(original)
    try:
        names, documents = [], []
        for name, content in items():
            if kind == "path":
                for document in iter_documents([content]):
                    where = document.source.rpartition("#")[2] if "#" in document.source else ""
                    names.append(f"{name}:{where}")
                    documents.append(document)
            else:
                names.append(name)
                documents.append(Document(source=name, content=content, kind=kind))
        for start in range(0, len(documents), pipeline.BATCH_SIZE):
            batch = documents[start : start + pipeline.BATCH_SIZE]
            for name, result in zip(
                names[start : start + len(batch)],
                pipeline.process_batch(batch, options),
                strict=True,
            ):
                record = (
                    result.to_dict() if isinstance(result, Article) else {"failure": str(result)}
                )
                yield json.dumps({"item": name, "record": record}, ensure_ascii=False)
    finally:
        nlp.parse_many = original
        if cache:
            cache.save()


def save(folder: Path, corpora: list[str], cache: Path | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for corpus in corpora:
        began = time.perf_counter()
        lines = list(records(corpus, cache))
        (folder / f"{corpus}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{corpus:18} {len(lines):5} records  {time.perf_counter() - began:6.1f} s")


def check(folder: Path, corpora: list[str], cache: Path | None, show: int) -> bool:
    same = True
    for corpus in corpora:
        began = time.perf_counter()
        saved = (folder / f"{corpus}.jsonl").read_text("utf-8").splitlines()
        now = list(records(corpus, cache))
        differing = [i for i, (a, b) in enumerate(zip(saved, now, strict=False)) if a != b]
        identical = not differing and len(saved) == len(now)
        same &= identical
        verdict = "identical" if identical else f"{len(differing)} DIFFER"
        if len(saved) != len(now):
            verdict += f" (saved {len(saved)}, now {len(now)})"
        seconds = time.perf_counter() - began
        print(f"{corpus:18} {len(now):5} records  {verdict:24} {seconds:6.1f} s")
        for index in differing[:show]:
            before, after = json.loads(saved[index]), json.loads(now[index])
            layers = [
                key
                for key in set(before["record"]) | set(after["record"])
                if before["record"].get(key) != after["record"].get(key)
            ]
            print(f"    {before['item']}: {', '.join(sorted(layers))}")
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("folder", type=Path, help="where the records are saved")
    parser.add_argument("--corpus", action="append", choices=list(CORPORA), help="(repeatable)")
    parser.add_argument("--parse-cache", type=Path, help="keep parses here (see the docstring)")
    parser.add_argument("--shared", type=Path, help="the shared/ folder (default ../shared)")
    parser.add_argument("--show", type=int, default=5, help="differing records shown per corpus")
    args = parser.parse_args(argv)
    if args.shared:
        global SHARED
        SHARED = args.shared / "data"
    corpora = args.corpus or list(CORPORA)
    if args.action == "save":
        save(args.folder, corpora, args.parse_cache)
        return 0
    return 0 if check(args.folder, corpora, args.parse_cache, args.show) else 1


if __name__ == "__main__":
    sys.exit(main())
