"""Quotation-mark pairing on its own: typewriter marks."""

import pytest

from dateline.extract.quotes.marks import quote_spans


@pytest.mark.parametrize(
    "text, inner",
    [
        ("''Francis' walls are high,'' Mr. Vian said.", "Francis' walls are high,"),
        ("``We will win,'' he said.", "We will win,"),
        ("''I didn't realize,'' he said.", "I didn't realize,"),
    ],
)
def test_typewriter_double_marks_pair_over_apostrophes(text, inner):
    [span] = quote_spans(text)
    assert span.double is True
    assert text[span.start : span.end] == inner
