"""Span highlighting (dateline/web/highlight.py): escaped, flat, well formed when spans
overlap, and every span keyed to its record."""

from html.parser import HTMLParser

from dateline.web.highlight import Span, highlight, record_spans


class _Checker(HTMLParser):
    """Collects the text and checks every element closes in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.text, self.spans = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.spans.append(dict(attrs))

    def handle_endtag(self, tag):
        assert self.stack.pop() == tag

    def handle_data(self, data):
        self.text.append(data)


def parse(markup):
    checker = _Checker()
    checker.feed(str(markup))
    checker.close()
    assert checker.stack == []
    return "".join(checker.text), checker.spans


def test_overlapping_spans_stay_well_formed_and_keep_the_text():
    text = 'Olena Kravets said: "We will not stop," in Kyiv.'
    spans = [
        Span(0, 13, "person", "entity-0"),
        Span(14, 18, "cue", "quote-0"),
        Span(0, 13, "speaker", "quote-0"),
        Span(21, 37, "quote", "quote-0"),
        Span(29, 47, "place", "place-0"),  # crosses the quote's end
    ]
    markup = highlight(text, spans)
    plain, elements = parse(markup)
    assert plain == text
    refs = [element["data-refs"].split() for element in elements]
    assert ["entity-0", "quote-0"] in refs or ["quote-0", "entity-0"] in refs
    assert any({"quote-0", "place-0"} <= set(r) for r in refs)  # the overlap's own segment
    assert all("hl" in element["class"].split() for element in elements)


def test_text_is_escaped_inside_and_outside_spans():
    text = "<script>alert(1)</script> & <b>bold</b>"
    markup = str(highlight(text, [Span(0, 8, "quote", "quote-0")]))
    assert "<script>" not in markup and "<b>" not in markup
    assert "&lt;script&gt;" in markup and "&amp;" in markup
    assert parse(markup)[0] == text


def test_spans_outside_the_text_are_clipped_or_dropped():
    markup = highlight("short", [Span(-5, 2, "person", "entity-0"), Span(9, 12, "org", "x-1")])
    plain, elements = parse(markup)
    assert plain == "short" and len(elements) == 1 and elements[0]["data-refs"] == "entity-0"
    assert str(highlight("", [Span(0, 3, "person", "entity-0")])) == ""


def test_record_spans_key_every_layer():
    record = {
        "entities": [{"type": "PERSON", "mentions": [[0, 5], [20, 25]]}, {"type": "ORG"}],
        "places": [{"mentions": [[30, 34]]}],
        "quotes": [
            {
                "start": 6,
                "end": 19,
                "parts": [[6, 10], [12, 19]],
                "speaker_start": 0,
                "speaker_end": 5,
                "cue_start": None,
                "cue_end": None,
            }
        ],
        "figures": [{"start": 40, "end": 45}],
        "events": [{"start": "bad", "end": 3}],
    }
    got = {(s.kind, s.ref, s.start, s.end) for s in record_spans(record)}
    assert got == {
        ("person", "entity-0", 0, 5),
        ("person", "entity-0", 20, 25),
        ("place", "place-0", 30, 34),
        ("quote", "quote-0", 6, 10),
        ("quote", "quote-0", 12, 19),
        ("speaker", "quote-0", 0, 5),
        ("figure", "figure-0", 40, 45),
    }
