import pytest

from dateline.clean.credits import credits_from_author, find_credits

BODY = "Kenya and Ethiopia agreed to resume talks, officials said."


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"{BODY}\n\n(Reuters, AFP)", ["Reuters", "AFP"]),
        (f"{BODY}\n\n(AFP, dpa)", ["AFP", "dpa"]),
        (f"{BODY}\n\n— AP", ["AP"]),
        (f"{BODY}\n\nXinhua", ["Xinhua"]),
        (f"{BODY}\n\nWith AFP", ["AFP"]),
        (f"{BODY}\n\nAFP/dpa", ["AFP", "dpa"]),
        (f"{BODY} (AFP)", ["AFP"]),
        (f"{BODY} — Reuters", ["Reuters"]),
        (f"NAIROBI (Reuters) - {BODY}", ["Reuters"]),
        (f"NAIROBI, Kenya (AP) — {BODY}", ["AP"]),
        (f"BEIJING, Nov. 19 (Xinhua) -- {BODY}", ["Xinhua"]),
        (f"(Reuters) — {BODY}\n\nMore.\n\n(Reuters, AFP)", ["Reuters", "AFP"]),
    ],
)
def test_credits_at_head_and_foot(text, expected):
    assert find_credits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Interfax reported that the talks had stalled.\n\nThe ministry declined to comment.",
        f"{BODY}\n\nThe agency told Reuters it would respond.",
        f"The AP poll found support at 40%.\n\n{BODY}",
        f"{BODY}\n\nReuters and AFP were barred from the briefing, the ministry said.",
        "",
    ],
)
def test_agencies_named_in_sentences_are_not_credits(text):
    assert find_credits(text) == []


def test_agency_as_author():
    assert credits_from_author("Reuters") == ["Reuters"]
    assert credits_from_author("AFP staff") == ["AFP"]
    assert credits_from_author("Olga Marchenko") == []
