"""dateline as a spaCy component gives the records `dateline.extract(..., clean="none")` gives."""

import subprocess
import sys

import pytest
import spacy

import dateline
from dateline import nlp as dateline_nlp
from dateline.extract.registry import ORDER

TEXT = (
    "NAIROBI, March 3 (Reuters) - Kenya and Ethiopia held talks on Tuesday on the disputed "
    "border, officials said.\n\n"
    "\u201cWe will not move until they do,\u201d said Jane Kravets, the UN coordinator for "
    "the region. At least 12 people were killed in clashes near Moyale last week, the Kenya "
    "Red Cross said.\n\n"
    "Ethiopia's foreign minister accused Kenyan police of arresting 40 traders."
)


@pytest.fixture(scope="module")
def pipeline():
    """A fresh English pipeline (not dateline's shared one) with the component added."""
    nlp = __import__(dateline_nlp.MODEL_PACKAGE).load()
    nlp.add_pipe(dateline_nlp.PARAGRAPH_BREAKS, before="parser")  # the parse dateline uses
    nlp.add_pipe("dateline")
    return nlp


def test_records_equal_those_of_extract_with_clean_none(pipeline):
    doc = pipeline(TEXT)
    record = dateline.extract(TEXT, clean="none", languages=None).to_dict()
    assert set(doc._.records) == set(ORDER)
    for layer in ORDER:
        assert doc._.records[layer] == record[layer], layer
    assert record["quotes"] and record["figures"] and record["events"] and record["places"]


def test_shortcuts_and_quote_spans(pipeline):
    doc = pipeline(TEXT)
    assert doc._.quotes == doc._.records["quotes"]
    assert doc._.figures == doc._.records["figures"]
    assert doc._.events == doc._.records["events"]
    spans = doc.spans["quotes"]
    assert len(spans) == len(doc._.quotes)
    for span, quote in zip(spans, doc._.quotes, strict=True):
        assert span.start_char <= quote["start"] and quote["end"] <= span.end_char
        assert span.label_ == (quote["speaker"] or "unattributed")
    assert any(span.label_ == "Jane Kravets" for span in spans)


def test_a_text_in_another_language_gets_empty_layers(pipeline):
    doc = pipeline(
        "Der Bundestag hat am Dienstag ein neues Gesetz beschlossen, sagte die "
        "Regierung in Berlin. Die Opposition kritisierte den Entwurf scharf."
    )
    assert doc._.records == {layer: (None if layer == "tone" else []) for layer in ORDER}
    assert list(doc.spans["quotes"]) == []


def test_the_factory_is_found_through_its_entry_point_and_a_config():
    # a fresh interpreter that never imports dateline: spaCy finds the factory itself
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('dateline')\n"
        "config = nlp.config\n"
        "assert config['components']['dateline']['factory'] == 'dateline'\n"
        "again = spacy.util.load_model_from_config(config)\n"
        "print(again.pipe_names)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['dateline']"


def test_spacy_is_the_real_spacy_package():
    # dateline/spacy.py must not shadow spaCy inside the package
    assert spacy.__name__ == "spacy" and hasattr(spacy, "load")


def test_the_readme_example_runs(tmp_path, monkeypatch, capsys):
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text("utf-8")
    section = readme.split("## As a spaCy component", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    (tmp_path / "article.txt").write_text(TEXT, "utf-8")
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    assert "Jane Kravets" in capsys.readouterr().out
