import gzip
import io
import json
from pathlib import Path

from dateline.read import iter_documents
from dateline.record import Document, Failure

ARTICLE = "Kenya and Ethiopia agreed on Tuesday to resume border talks, officials said."
PAGE = f"<html><head><title>T</title></head><body><p>{ARTICLE}</p></body></html>"


def docs(*paths, **kw):
    return list(iter_documents([str(p) for p in paths], **kw))


def test_text_file(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = docs(path)
    assert isinstance(doc, Document)
    assert (doc.kind, doc.content, doc.source) == ("text", ARTICLE, str(path))


def test_html_and_htm_and_gz(tmp_path: Path):
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "b.htm").write_text(PAGE)
    with gzip.open(tmp_path / "c.html.gz", "wt") as handle:
        handle.write(PAGE)
    found = docs(tmp_path / "a.html", tmp_path / "b.htm", tmp_path / "c.html.gz")
    assert [d.kind for d in found] == ["html", "html", "html"]
    assert all(d.content == PAGE for d in found)


def test_warc_plain_and_gzipped(examples: Path, tmp_path: Path):
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(gzip.open(examples / "crawl.warc.gz").read())
    for path in (examples / "crawl.warc.gz", plain):
        found = docs(path)
        assert [d.kind for d in found] == ["html", "html"]
        assert found[0].url == "https://news.example.com/2024/06/03/sahel-aid-convoy"
        assert "Djibo" in found[0].content
        assert found[1].source.endswith(
            "#2 https://news.example.com/2024/06/04/chile-copper-strike"
        )


def test_warc_skips_non_html_records(tmp_path: Path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "mixed.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, ctype, body in [
            ("https://x.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://x.example/a", "text/html; charset=utf-8", PAGE.encode()),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
        writer.write_record(
            writer.create_warc_record(
                "https://x.example/a", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
        )
    found = docs(path)
    assert len(found) == 1 and found[0].url == "https://x.example/a"


def test_truncated_warc_keeps_earlier_records(examples: Path, tmp_path: Path):
    data = gzip.open(examples / "crawl.warc.gz").read()
    for cut in (len(data) - 300, data.find(b"WARC/1", 10) + 60):
        path = tmp_path / f"cut{cut}.warc"
        path.write_bytes(data[:cut])
        first, second = docs(path)
        assert isinstance(first, Document) and "Djibo" in first.content
        assert isinstance(second, Failure) and "truncated WARC record" in second.reason


def test_jsonl(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {"id": 7, "text": ARTICLE, "url": "https://e.example/1", "published": "2024-03-12"}
        ),
        "",
        json.dumps({"html": PAGE}),
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps(["a list"]),
    ]
    path.write_text("\n".join(lines) + "\n")
    found = docs(path)
    assert [type(d).__name__ for d in found] == [
        "Document",
        "Document",
        "Failure",
        "Failure",
        "Failure",
    ]
    first = found[0]
    assert (first.kind, first.url, first.published, first.id) == (
        "text",
        "https://e.example/1",
        "2024-03-12",
        "7",
    )
    assert first.source == f"{path}:1 id=7"
    assert found[1].kind == "html" and found[1].source == f"{path}:3"
    assert found[2].source == f"{path}:4" and "invalid JSON" in found[2].reason
    assert "no non-empty `html` or `text`" in found[3].reason
    assert "expected a JSON object" in found[4].reason


def test_directory_is_read_recursively_in_order(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE)
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "notes.py").write_text("print()")
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    found = docs(tmp_path)
    assert [Path(d.source).name for d in found] == ["a.html", "b.txt"]


def test_stdin_is_sniffed():
    for payload, kind in [(ARTICLE.encode(), "text"), (PAGE.encode(), "html")]:
        [doc] = list(iter_documents(["-"], stdin=io.BytesIO(payload)))
        assert (doc.kind, doc.source) == (kind, "<stdin>")
    feed = (
        json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": ARTICLE + " Again."})
    ).encode()
    assert len(list(iter_documents(["-"], stdin=io.BytesIO(feed)))) == 2
    gz = gzip.compress(PAGE.encode())
    [doc] = list(iter_documents(["-"], stdin=io.BytesIO(gz)))
    assert doc.kind == "html"


def test_bad_inputs_are_failures_and_the_batch_goes_on(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "big.txt").write_text("word " * 300)
    (tmp_path / "bad-utf8.txt").write_bytes("café “quoted”".encode() + b"\xe2\x80 end")
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(PAGE.encode() * 20)[:-40])
    (tmp_path / "good.txt").write_text(ARTICLE)
    names = [
        "empty.txt",
        "binary.txt",
        "big.txt",
        "bad-utf8.txt",
        "cut.html.gz",
        "missing.txt",
        "good.txt",
    ]
    found = docs(*(tmp_path / n for n in names), max_bytes=1000)
    reasons = {Path(f.source).name: f.reason for f in found if isinstance(f, Failure)}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "size limit" in reasons["big.txt"] and "--max-bytes" in reasons["big.txt"]
    assert "invalid UTF-8" in reasons["bad-utf8.txt"]
    assert "truncated gzip" in reasons["cut.html.gz"]
    assert "no such file" in reasons["missing.txt"]
    assert isinstance(found[-1], Document) and found[-1].content == ARTICLE


def test_oversized_jsonl_line_is_skipped(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "x " * 2000}) + "\n" + json.dumps({"text": ARTICLE}) + "\n")
    big, ok = docs(path, max_bytes=1000)
    assert isinstance(big, Failure) and "size limit" in big.reason
    assert isinstance(ok, Document) and ok.source == f"{path}:2"
