import pytest

from dateline.clean.credits import credit_line, credits_from_author, find_credits

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


@pytest.mark.parametrize(
    "line, agencies",
    [
        ("Reporting by Jane Roe in Almaty; Editing by John Doe", []),
        ("(Reporting by Jane Roe; Writing by Ann Poe; Editing by John Doe)", []),
        ("Additional reporting by Reuters in Kyiv", ["Reuters"]),
        ("Associated Press writer Jan Nowak in Warsaw contributed to this report.", ["AP"]),
        ("With files from Daryl Mensah and The Canadian Press", ["CP"]),
        ("This report by The Canadian Press was first published Jan. 24, 2024.", ["CP"]),
        ("Source: Ukrinform", ["Ukrinform"]),
        ("With AFP and dpa", ["AFP", "dpa"]),
        ("— Reuters/AFP", ["Reuters", "AFP"]),
        ("PTI ABA SJK RT", ["PTI"]),
    ],
)
def test_credit_lines(line, agencies):
    assert credit_line(line) == agencies


@pytest.mark.parametrize(
    "line",
    [
        "The APB said the storm had passed.",  # an agency's letters inside another name
        "Reuters reported that the talks had failed.",  # a source, not a credit
        "He said reporting by local media was inaccurate and that editors had been warned.",
    ],
)
def test_no_credit_line(line):
    assert credit_line(line) is None


@pytest.mark.parametrize(
    "text, agencies",
    [
        ("New Delhi, May 28 (PTI) The Supreme Court on Tuesday said.\n\nMore.", ["PTI"]),
        ("Guwahati (Assam) [India], July 5 (ANI): Floods rose.\n\nMore.", ["ANI"]),
        ("WASHINGTON, Jan. 5 (Reuters) - The court ruled.\n\nMore.", ["Reuters"]),
    ],
)
def test_datelines_without_a_dash(text, agencies):
    assert find_credits(text) == agencies
