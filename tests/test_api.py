import pytest

import dateline
from dateline import ExtractError

TEXT = (
    "Kenya and Ethiopia agreed on Tuesday to resume talks on their disputed border, "
    'officials said.\n\n"We will not move," Mudavadi said.'
)


def test_extract_text_str_and_bytes_agree():
    from_str = dateline.extract(TEXT, url="https://e.example/a", published="2024-03-12")
    from_bytes = dateline.extract(
        TEXT.encode("utf-16"), url="https://e.example/a", published="2024-03-12"
    )
    assert from_str.to_dict() == from_bytes.to_dict()
    record = from_str.to_dict()
    assert record["url"] == "https://e.example/a" and record["outlet"] == "e.example"
    assert record["published"] == "2024-03-12"


def test_extract_html(examples):
    article = dateline.extract((examples / "ukraine-grain-corridor.html").read_bytes())
    assert article.title == "Ukraine opens new grain corridor as Black Sea shipping resumes"
    assert article.credits == ["AFP"]


def test_clean_none_offsets_index_the_input():
    raw = "Kenya\u00a0and Ethiopia  agreed to resume talks on Tuesday, officials said."
    article = dateline.extract(raw, clean="none")
    assert article.text == raw
    start = raw.index("Ethiopia")
    assert article.text[start : start + 8] == "Ethiopia"


def test_errors():
    with pytest.raises(ExtractError, match="empty"):
        dateline.extract("   ")
    with pytest.raises(ExtractError, match="binary"):
        dateline.extract(b"%PDF-1.4 \x00\x01")
    with pytest.raises(ExtractError, match="size limit"):
        dateline.extract("word " * 100, max_bytes=100)
    with pytest.raises(ValueError, match="not a date"):
        dateline.extract(TEXT, published="yesterday-ish")
    with pytest.raises(ValueError, match="clean must be"):
        dateline.extract(TEXT, clean="aggressive")
