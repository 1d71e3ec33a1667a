"""The parse repairs every layer shares (dateline.extract.common.syntax)."""

from dateline.extract.common.syntax import is_passive, lemma, subject_of
from dateline.nlp import parse


def token(text, word):
    return next(t for t in parse(text) if t.text == word)


def test_lemma_puts_the_small_models_misreadings_right():
    assert lemma(token("She is hoping for a deal.", "hoping")) == "hope"
    assert lemma(token("He retweeted the post.", "retweeted")) == "retweet"
    assert lemma(token("They\u2019re leaving today.", "\u2019re")) == "be"
    assert lemma(token("The Ministers Said nothing.", "Said")) == "say"  # lowercased


def test_is_passive_but_not_has_read_as_a_passive():
    assert is_passive(token("Five people were killed in the blast.", "killed"))
    assert is_passive(token("The talks are expected to resume.", "expected"))
    assert not is_passive(token("He's said he will not run again.", "said"))
    assert not is_passive(token("Kenya closed the border.", "closed"))


def test_subject_of_active_and_passive_verbs():
    assert subject_of(token("Kenya closed the border.", "closed")).text == "Kenya"
    assert subject_of(token("The border was closed.", "closed")).text == "border"
