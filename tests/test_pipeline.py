import gzip
from pathlib import Path

import pytest

from dateline.pipeline import Options, process, run
from dateline.record import Article, Document, Failure

ENGLISH = (
    "NAIROBI (Reuters) - Kenya and Ethiopia agreed on Tuesday to resume talks on their "
    "disputed border after clashes forced thousands from their homes, officials said."
)
GERMAN = (
    "Die Regierung in Berlin hat am Dienstag neue Gespräche über die Grenze angekündigt. "
    "Der Minister sagte, man werde sich in der nächsten Woche in Addis Abeba treffen."
)


def results(paths, **options):
    return list(run([str(p) for p in paths], Options(**options)))


def test_examples_give_one_article_each(examples: Path):
    found = results([examples])
    assert all(isinstance(item, Article) for item in found)
    assert len(found) == 8  # 3 text dumps, 1 HTML page, 2 WARC records, 2 JSON Lines objects
    assert len({a.id for a in found}) == 8


def test_text_dump_example(examples: Path):
    [article] = results([examples / "kenya-ethiopia-border-talks.txt"])
    assert article.title == (
        "Kenya and Ethiopia agree to resume border talks after clashes displace thousands"
    )
    assert article.authors == ["Grace Wanjiru", "Tomas Berg"]
    assert article.published == "2024-03-12T14:05:00"
    assert article.credits == ["Reuters", "AFP"]
    assert article.outlet == "The Horn Observer"  # from the copyright footer
    assert article.language == "en"
    assert article.text.startswith("NAIROBI, March 12 (Reuters) - Kenya and Ethiopia agreed")
    assert "\u00a0" not in article.text
    assert "The talks were suspended in January." in article.text.split("\n\n")
    for cut in (
        "Donate today",
        "cookies",
        "Read more",
        "Share this article",
        "Advertisement",
        "Related articles",
        "Sign up for our Africa newsletter",
        "All rights reserved",
    ):
        assert cut not in article.text
        assert any(cut in block for block in article.removed)


def test_jsonl_fields_carry_over(examples: Path):
    first, second = results([examples / "wire-feed.jsonl"])
    assert first.url == "https://wire.example.net/2024/07/09/un-council-sanctions"
    assert first.published == "2024-07-09T16:40:00+00:00"
    assert first.source.endswith("wire-feed.jsonl:1 id=wire-0001")
    assert second.title == "Aid agencies say 1.9 million displaced in Gaza"
    assert second.published == "2024-07-10"


def test_clean_none_keeps_the_input_exactly(tmp_path: Path):
    raw = '  Menu\n\nKenya\u00a0said  "no".\r\nSecond line.  '
    path = tmp_path / "raw.txt"
    path.write_bytes(raw.encode())
    [article] = results([path], clean="none", languages=None)
    assert article.text == raw
    assert article.removed == []


def test_published_override(examples: Path):
    [article] = results([examples / "ukraine-grain-corridor.html"], published="2030-01-02")
    assert article.published == "2030-01-02"


def test_non_english_is_a_failure_unless_asked_for(tmp_path: Path):
    path = tmp_path / "de.txt"
    path.write_text(GERMAN)
    [failure] = results([path])
    assert isinstance(failure, Failure) and "language is 'de'" in failure.reason
    [article] = results([path], languages=None)
    assert article.language == "de"
    [article] = results([path], languages=frozenset({"en", "de"}))
    assert isinstance(article, Article)


def test_html_without_article_is_a_failure(tmp_path: Path):
    path = tmp_path / "nav.html"
    path.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>"
    )
    [failure] = results([path])
    assert isinstance(failure, Failure)
    assert failure.reason == "no article text found in the HTML page"


def test_every_bad_input_is_reported_and_the_batch_goes_on(tmp_path: Path, examples: Path):
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-binary.html").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "3-huge.txt").write_text(ENGLISH * 200)
    (tmp_path / "4-badutf8.txt").write_bytes(ENGLISH.encode() + "—“”".encode()[:-1] + b"\xff")
    (tmp_path / "5-cut.txt.gz").write_bytes(gzip.compress(ENGLISH.encode() * 50)[:-30])
    data = gzip.open(examples / "crawl.warc.gz").read()
    (tmp_path / "6-cut.warc").write_bytes(data[:-300])
    (tmp_path / "7-noarticle.html").write_text("<html><body><ul><li>Home</li></ul></body></html>")
    (tmp_path / "8-german.txt").write_text(GERMAN)
    (tmp_path / "9-good.txt").write_text(ENGLISH)
    found = results([tmp_path], max_bytes=10_000)
    failures = [f for f in found if isinstance(f, Failure)]
    articles = [a for a in found if isinstance(a, Article)]
    assert len(failures) == 8
    assert {Path(f.source.split("#")[0]).name for f in failures} == {
        "1-empty.txt",
        "2-binary.html",
        "3-huge.txt",
        "4-badutf8.txt",
        "5-cut.txt.gz",
        "6-cut.warc",
        "7-noarticle.html",
        "8-german.txt",
    }
    assert all(f.reason and "\n" not in f.reason for f in failures)
    assert [a.source for a in articles] == [
        f"{tmp_path}/6-cut.warc#1 https://news.example.com/2024/06/03/sahel-aid-convoy",
        f"{tmp_path}/9-good.txt",
    ]


def test_an_internal_error_is_a_failure_not_a_crash(monkeypatch):
    import dateline.pipeline as pipeline

    def boom(_text):
        raise RuntimeError("cleaner exploded")

    monkeypatch.setattr(pipeline, "clean_text", boom)
    result = process(Document(source="x.txt", content=ENGLISH, kind="text"))
    assert isinstance(result, Failure)
    assert result.reason == "internal error (RuntimeError: cleaner exploded)"


def test_dump_outlet_from_page_title_line(tmp_path: Path):
    dump = (
        "Floods cut off villages in northern Italy - The Alpine Courier\n\nHome\nNews\n\n"
        "Floods cut off villages in northern Italy\n\n"
        "ROME (Reuters) - Floods cut off dozens of villages in northern Italy on Sunday after two "
        "days of heavy rain, the civil protection agency said.\n\n"
        "More than 3,000 people were evacuated from their homes in the Piedmont region, and "
        "rescuers were searching for two missing hikers, officials said.\n"
    )
    path = tmp_path / "floods.txt"
    path.write_text(dump)
    [article] = results([path])
    assert article.title == "Floods cut off villages in northern Italy"
    assert article.outlet == "The Alpine Courier"


def test_extractor_layers_are_filled_from_one_parse(examples: Path, monkeypatch):
    import dateline.nlp as nlp

    calls = []
    real_parse_many = nlp.parse_many

    def counting(texts, batch_size=32):
        texts = list(texts)
        calls.extend(texts)
        return real_parse_many(texts, batch_size)

    monkeypatch.setattr(nlp, "parse", lambda text: pytest.fail("parsed outside the batch"))
    monkeypatch.setattr(nlp, "parse_many", counting)
    [article] = results([examples / "ukraine-grain-corridor.html"])
    assert calls == [article.text]  # parsed once, whatever the number of extractors
    people = {e["name"]: e for e in article.entities if e["type"] == "PERSON"}
    assert people["Olena Kravets"]["titles"] == ["Deputy Infrastructure Minister"]
    assert people["Amina Diallo"]["affiliation"] == "World Food Programme"
    places = {p["name"]: p for p in article.places}
    assert places["Kyiv"]["country"] == "UKR" and places["Kyiv"]["feature"] == "city"
    assert places["Romania"]["feature"] == "country"
    for record in article.entities + article.places:
        for start, end in record["mentions"]:
            assert article.text[start:end]
    assert set(article.tone) >= {"tone", "positive", "negative", "polarity", "words", "vader"}
    assert -100 <= article.tone["tone"] <= 100


def test_annotate_false_leaves_layers_empty(examples: Path):
    [article] = results([examples / "ukraine-grain-corridor.html"], annotate=False)
    assert article.entities == [] and article.places == [] and article.tone is None


def test_non_english_articles_are_not_parsed_with_the_english_model(tmp_path: Path):
    path = tmp_path / "de.txt"
    path.write_text(GERMAN)
    [article] = results([path], languages=None)
    assert article.entities == [] and article.tone is None
