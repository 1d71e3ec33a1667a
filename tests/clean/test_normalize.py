from dateline.clean.normalize import normalize_line, normalize_text


def test_odd_spaces_become_plain_spaces():
    assert normalize_line("Kenya\u00a0and\u202fEthiopia\u2009agreed\u3000today") == (
        "Kenya and Ethiopia agreed today"
    )


def test_invisible_characters_and_runs_are_removed():
    assert normalize_line("  soft\u00adhyphen  zero\u200bwidth\ufeff  ") == "softhyphen zerowidth"


def test_nfc():
    assert normalize_line("Cafe\u0301") == "Caf\u00e9"


def test_paragraph_breaks_are_one_blank_line():
    text = "First para.\r\n\r\n\r\n  Second\u00a0para.\nsame para\u2029Third."
    assert normalize_text(text) == "First para.\n\nSecond para.\nsame para\nThird."
