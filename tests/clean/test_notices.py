"""Notices: the page speaking to its reader about itself, told by who speaks, about what."""

import pytest

from dateline.clean.notices import notice_signal

APPEALS = [
    "Independent reporting from the region costs money. If you value our journalism, please "
    "consider a monthly gift: it keeps our newsroom open and our stories free to read.",
    "We are a small team and we rely on readers like you. Become a member today.",
    "Support us from $4 a month and get our newsletter in your inbox every Friday.",
    "Our journalism is banned in the country we cover. To keep reading, use a VPN or our "
    "mirror sites.",
    "You have read 4 of your 5 free articles this month. Subscribe for unlimited access.",
    "We use cookies to count visits and to remember your settings.",
]

ARTICLE = [
    # the people it quotes speak in the first person; the narration does not
    "“We will support every family that lost a home,” the mayor said, adding that donations "
    "had reached $2 million.",
    "The ministry said it had blocked 40 websites and banned three newspapers this year.",
    "Republican members of Congress questioned the agency's advertising budget on Tuesday.",
    "Shares of the streaming company fell 4% after it reported fewer subscribers than "
    "analysts had expected.",
    "The board voted to support the plan, and the union said its members would donate a day's pay.",
]


@pytest.mark.parametrize("line", APPEALS)
def test_appeals_are_notices(line):
    assert notice_signal(line).strong


@pytest.mark.parametrize("line", ARTICLE)
def test_article_prose_about_money_and_members_is_no_notice(line):
    assert not notice_signal(line).strong


def test_the_outlet_naming_itself_counts_as_its_we():
    line = "The Harbour Courier is funded by 3,100 readers and takes no money from advertisers."
    assert not notice_signal(line).strong
    assert notice_signal(line, ("the harbour courier",)).strong


@pytest.mark.parametrize(
    "line",
    [
        "$10 a month",
        "€5 per month",
        "Other amount",
        "Give monthly",
        "Remind me later",
        "Not ready to give today? Maybe next time.",
        "Visa, Mastercard, PayPal",
    ],
)
def test_widget_options_are_notices_by_their_shape(line):
    assert notice_signal(line).strong


def test_a_bare_amount_only_joins_a_notice_next_to_it():
    signal = notice_signal("$915")  # a chart's label, or an option of an amount chooser
    assert not signal.strong and signal.weak


def test_words_inside_quotation_marks_are_not_the_page_speaking():
    quoted = "“Your support means everything to our members,” the charity's director said."
    assert notice_signal(quoted).address == 0
