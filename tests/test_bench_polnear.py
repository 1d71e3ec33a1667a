"""The PolNeAR reader (bench/polnear.py) and the quote bench's scoring (bench/quotes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench_scripts import load

polnear = load("polnear", "polnear.py")  # the name bench/quotes.py looks up
quotes = load("bench_quotes", "quotes.py")

TEXT = (
    "Senate vote\r\n"
    "\n"
    '"We will win," Smith said on Monday. "The polls are wrong."\n'
    "Officials said the count would take a week.\n"
    "The count, a report found, was late.\n"
)


def at(fragment: str, start: int = 0) -> tuple[int, int]:
    index = TEXT.index(fragment, start)
    return index, index + len(fragment)


WIN = at('"We will win,"')
SMITH = at("Smith")
SAID = at("said")
POLLS = at('"The polls are wrong."')
OFFICIALS = at("Officials")
SAID2 = at("said", OFFICIALS[0])
COUNT = at("the count would take a week")
THE_COUNT = at("The count")
WAS_LATE = at("was late")
FOUND = at("found")


def t_line(ident: str, label: str, *pieces: tuple[int, int]) -> str:
    offsets = ";".join(f"{start} {end}" for start, end in pieces)
    surface = " ".join(TEXT[start:end] for start, end in pieces)
    return f"{ident}\t{label} {offsets}\t{surface}"


ANN_FIRST = "\n".join(
    [
        t_line("T1", "Source", SMITH),
        t_line("T2", "Cue", SAID),
        t_line("T3", "Content", WIN, POLLS),
        t_line("T4", "Attribution", SAID),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        t_line("T5", "Source", OFFICIALS),
        t_line("T6", "Cue", SAID2),
        t_line("T7", "Content", COUNT) + "\nspilled surface line that is not an annotation",
        t_line("T8", "Attribution", SAID2),
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7 ",
        t_line("T9", "Cue", FOUND),
        t_line("T10", "Content", THE_COUNT),
        t_line("T11", "Content", WAS_LATE),
        t_line("T12", "Attribution-no-source", FOUND),
        "E3\tAttribution-no-source:T12 Cue:T9 Content:T10 Content2:T11",
        t_line("T13", "Discard", at("Senate vote")),
        "#1\tAnnotatorNotes T13\ta headline",
        "E4\tAttribution:T99 Cue:T9 Unknown:T1 Source:T42",
        "",
    ]
)
ANN_SECOND = "T1\tSource 0 6\tSenate\n"  # another annotator: must be ignored


@pytest.fixture
def root(tmp_path: Path) -> Path:
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    with open(split / "text" / "smith_2016-01-01_vote.txt", "w", encoding="utf-8", newline="") as f:
        f.write(TEXT)
    with open(split / "text" / "unannotated.txt", "w", encoding="utf-8", newline="") as f:
        f.write("No annotation file.\n")
    (split / "attributions" / "smith_2016-01-01_vote_b2.ann").write_text(ANN_SECOND, "utf-8")
    (split / "attributions" / "smith_2016-01-01_vote_a1.ann").write_text(ANN_FIRST, "utf-8")
    return tmp_path


def test_load_split_reads_the_first_annotator(root: Path) -> None:
    articles = polnear.load_split("dev", root)
    assert [a.name for a in articles] == ["smith_2016-01-01_vote"]
    article = articles[0]
    assert article.annotator == "a1"
    assert article.text == TEXT  # the \r\n is kept, so offsets match
    assert [a.id for a in article.attributions] == ["E1", "E2", "E3", "E4"]


def test_spans_and_roles(root: Path) -> None:
    first, second, third, broken = polnear.load_split("dev", root)[0].attributions
    assert first.kind == "Attribution"
    assert first.content == [WIN, POLLS]  # discontinuous: both pieces
    assert first.cue == [SAID] and first.source == [SMITH]
    assert second.content == [COUNT] and second.source == [OFFICIALS]
    assert third.kind == "Attribution-no-source"
    assert third.source == []
    assert third.content == [THE_COUNT, WAS_LATE]  # Content2 adds to the content
    assert third.cue == [FOUND]
    # unknown ids and roles are skipped, what is left is kept
    assert broken.content == [] and broken.source == [] and broken.cue == [FOUND]


def test_span_outside_the_text_is_an_error(root: Path) -> None:
    path = root / "dev" / "attributions" / "smith_2016-01-01_vote_a1.ann"
    path.write_text("T1\tContent 5 9999\tx\nE1\tAttribution:T1 Content:T1\n", "utf-8")
    with pytest.raises(ValueError, match="outside the text"):
        polnear.load_split("dev", root)


def test_missing_split(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        polnear.load_split("dev", tmp_path)


def score(golds, predictions):  # type: ignore[no-untyped-def]
    result = quotes.SystemResult("test")
    result.add("a", TEXT, golds, predictions)
    return result


def test_gold_as_predictions_scores_one(root: Path) -> None:
    article = polnear.load_split("dev", root)[0]
    golds = quotes.gold_of(article)
    assert len(golds) == 3  # E4 has no content
    assert [g.direct for g in golds] == [True, False, False]
    result = score(golds, quotes.from_gold(golds))
    for threshold in quotes.THRESHOLDS:
        assert result.all.precision(threshold) == 1.0
        assert result.all.recall(threshold) == 1.0
        assert result.all.f1(threshold) == 1.0
    assert result.all.speaker() == 1.0
    assert result.all.speaker_total == 2 and result.all.no_source == 1
    assert result.direct.recall(0.3) == 1.0 and result.direct.speaker() == 1.0


def test_dateline_records_are_scored() -> None:
    gold = quotes.Gold(content=(COUNT,), source=(OFFICIALS,), cue=(SAID2,), direct=False)
    record = {
        "text": TEXT[COUNT[0] : COUNT[1]],
        "start": COUNT[0],
        "end": COUNT[1],
        "direct": False,
        "speaker": "Officials",
        "speaker_start": OFFICIALS[0],
        "speaker_end": OFFICIALS[1],
    }
    result = score([gold], quotes.from_dateline([record]))
    assert result.all.f1(0.3) == result.all.f1(0.8) == 1.0
    assert result.all.speaker() == 1.0
    # half of the gold span: a match at T=0.3 only; a wrong speaker is counted wrong
    half = (COUNT[0], COUNT[0] + (COUNT[1] - COUNT[0]) // 2)
    record = record | {"start": half[0], "end": half[1], "speaker_start": SMITH[0]}
    record["speaker_end"] = SMITH[1]
    result = score([gold], quotes.from_dateline([record]))
    assert result.all.recall(0.3) == 1.0 and result.all.recall(0.8) == 0.0
    assert result.all.speaker() == 0.0
    assert [e.kind for e in result.errors] == ["wrong speaker"]


def test_a_records_parts_are_its_content() -> None:
    record = {"start": 10, "end": 60, "parts": [[10, 20], [50, 60]], "direct": True}
    assert quotes.from_dateline([record])[0].content == ((10, 20), (50, 60))
    # parts outside start..end, or overlapping, fall back to the envelope
    for parts in ([[5, 20], [50, 60]], [[10, 30], [25, 60]], "bad"):
        record = {"start": 10, "end": 60, "parts": parts}
        assert quotes.from_dateline([record])[0].content == ((10, 60),)


def test_matching_is_one_to_one_by_largest_overlap() -> None:
    golds = [quotes.Gold((WIN,), (SMITH,), (SAID,), True)]
    short = quotes.Prediction(((WIN[0], WIN[1] - 3),), None, True)
    exact = quotes.Prediction((WIN,), SMITH, True)
    assert quotes.match(golds, [short, exact], 0.3) == [(0, 1)]
    result = score(golds, [short, exact])
    assert result.all.precision(0.3) == 0.5 and result.all.recall(0.3) == 1.0
    # a discontinuous gold counts the overlap over its pieces only
    split_gold = quotes.Gold((WIN, POLLS), (SMITH,), (SAID,), True)
    whole = quotes.Prediction(((WIN[0], POLLS[1]),), SMITH, True)
    assert quotes.overlap(split_gold.content, whole.content) == quotes.length(split_gold.content)
