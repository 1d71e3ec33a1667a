import os

import pytest

from dateline.read.decode import DecodeError, decode


def test_utf8_is_decoded_as_is():
    assert decode("Kyiv — “grain” café".encode()) == "Kyiv — “grain” café"


def test_bom_is_dropped():
    assert decode(b"\xef\xbb\xbfHello world") == "Hello world"


def test_utf16_with_bom():
    assert decode("Olena Kravets said".encode("utf-16")) == "Olena Kravets said"


def test_legacy_encoding_is_detected_not_assumed():
    text = "Le ministre a déclaré que l’été sera « très chaud » à Paris et à Marseille."
    assert decode(text.encode("cp1252")) == text


def test_cyrillic_legacy_encoding():
    text = "Министр заявил, что переговоры возобновятся на следующей неделе в Москве."
    assert decode(text.encode("cp1251")) == text


def test_declared_html_charset_is_honoured():
    html = '<html><head><meta charset="iso-8859-1"></head><body>Señor Müller</body></html>'
    assert "Señor Müller" in decode(html.encode("latin-1"))


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty(data):
    with pytest.raises(DecodeError, match="empty"):
        decode(data)


@pytest.mark.parametrize(
    "data, what",
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"text\x00with\x00nuls\x00" * 10, "NUL"),
    ],
)
def test_binary_is_refused(data, what):
    with pytest.raises(DecodeError, match=what):
        decode(data)


def test_random_bytes_are_refused():
    with pytest.raises(DecodeError, match="binary|UTF-8|control"):
        decode(os.urandom(4096) + b"\x00")


def test_corrupt_utf8_is_an_error_not_mojibake():
    data = "Kravets said “we will not move” — café".encode() + b"\xe2\x80 and \xff more"
    with pytest.raises(DecodeError, match="invalid UTF-8"):
        decode(data)


def test_unknown_declared_charset_falls_back_to_detection():
    # found by tests/fuzz: a WARC record's `Content-Type: text/html; charset=bogus` raised
    # LookupError out of the reader instead of decoding by detection
    data = "Olena Kravets said the caf\xe9 would reopen on Tuesday.".encode("cp1252")
    assert decode(data, declared="bogus") == data.decode("cp1252")
