import pytest

from dateline.extract.quotes import extract_quotes
from dateline.extract.registry import layers_before
from dateline.nlp import parse
from dateline.record import Article


def quotes(text):
    doc = parse(text)
    article = Article(id="x", text=text)
    found = extract_quotes(doc, article, **layers_before(doc, article, "quotes"))
    for quote in found:  # offsets point into the text
        assert text[quote["start"] : quote["end"]]
        if quote["cue"] is not None:
            assert text[quote["cue_start"] : quote["cue_end"]] == quote["cue"]
    return found


def spoken_by(found, speaker):
    return [q for q in found if q["speaker"] == speaker]


@pytest.mark.parametrize(
    "text, content",
    [
        ('"We will not move," Kravets said.', "We will not move,"),
        ("“We will not move,” Kravets said.", "We will not move,"),
        ("Kravets said: ‘We will not move until they do.’", "We will not move until they do."),
        ("Kravets said: 'We will not move until they do.'", "We will not move until they do."),
    ],
)
def test_direct_quotes_with_every_kind_of_mark(text, content):
    [quote] = quotes(text)
    assert quote["direct"] is True
    assert quote["text"] == content
    assert quote["speaker"] == "Kravets"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Kravets"
    assert quote["cue"] == "said"


def test_quote_split_by_its_cue_is_one_quote():
    text = '"We will not move," Kravets said, "until they do."'
    [quote] = quotes(text)
    assert quote["text"] == "We will not move, until they do."
    assert [text[a:b] for a, b in quote["parts"]] == ["We will not move,", "until they do."]
    assert (quote["start"], quote["end"]) == (1, len(text) - 1)


def test_quote_over_several_paragraphs():
    text = (
        "Olena Kravets spoke to reporters in Kyiv on Monday.\n\n"
        "“We will keep the corridor open. The ships will sail every day.\n\n"
        "“Nobody will stop us,” she said."
    )
    [quote] = quotes(text)
    assert quote["text"].startswith("We will keep the corridor open.")
    assert quote["text"].endswith("Nobody will stop us,")
    assert quote["speaker"] == "Olena Kravets"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "she"


@pytest.mark.parametrize(
    "text",
    [
        'He said "no.',
        "Unbalanced “quote here and another ” one ” and ‘ stray",
        '"""',
        "She said “",
        "",
    ],
)
def test_stray_marks_never_crash(text):
    assert isinstance(quotes(text), list)


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        (
            "Kravets said that the border would reopen on Friday.",
            "Kravets",
            "said",
            "that the border would reopen on Friday",
        ),
        (
            "Kravets says the border will reopen on Friday.",
            "Kravets",
            "says",
            "the border will reopen on Friday",
        ),
        (
            "Kravets told reporters that the border would reopen.",
            "Kravets",
            "told reporters",
            "that the border would reopen",
        ),
        (
            "Kravets told the council the border would reopen.",
            "Kravets",
            "told the council",
            "the border would reopen",
        ),
        (
            "The border will reopen on Friday, Kravets said.",
            "Kravets",
            "said",
            "The border will reopen on Friday",
        ),
        (
            "Kravets said Tuesday that the border would reopen.",
            "Kravets",
            "said",
            "that the border would reopen",
        ),
        (
            "Kravets warned that prices would rise sharply.",
            "Kravets",
            "warned",
            "that prices would rise sharply",
        ),
        (
            "Kravets insisted the talks had not failed.",
            "Kravets",
            "insisted",
            "the talks had not failed",
        ),
        (
            "Kravets denied that troops had crossed the border.",
            "Kravets",
            "denied",
            "that troops had crossed the border",
        ),
        (
            "Kravets added that the ships would sail daily.",
            "Kravets",
            "added",
            "that the ships would sail daily",
        ),
        (
            "Kravets announced that the corridor was open.",
            "Kravets",
            "announced",
            "that the corridor was open",
        ),
        (
            "Kravets estimated that 4 million tonnes were waiting.",
            "Kravets",
            "estimated",
            "that 4 million tonnes were waiting",
        ),
        (
            "Kravets urged the allies to send more air defence.",
            "Kravets",
            "urged",
            "the allies to send more air defence",
        ),
    ],
)
def test_reported_speech(text, speaker, cue, content):
    found = quotes(text)
    [quote] = found
    assert (quote["speaker"], quote["cue"], quote["text"]) == (speaker, cue, content)
    assert quote["direct"] is False


def test_according_to():
    text = "According to the World Food Programme, 3,500 people crossed the border in May."
    [quote] = quotes(text)
    assert quote["cue"] == "According to"
    assert quote["speaker"] == "World Food Programme"
    assert quote["text"] == "3,500 people crossed the border in May"


def test_passive_said_by():
    text = "It was said by the ministry that the border would stay closed."
    [quote] = quotes(text)
    assert quote["text"] == "that the border would stay closed"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "the ministry"


def test_pronoun_speaker_is_resolved():
    text = (
        "Deputy Interior Minister Olena Kravets visited the border on Monday. "
        "She told reporters the crossing would reopen."
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Olena Kravets"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "She"
    assert quote["speaker_id"] is not None


def test_unresolved_description_keeps_the_phrase():
    text = "A senior interior ministry official said the border would stay closed."
    [quote] = quotes(text)
    assert quote["speaker"] == "A senior interior ministry official"
    assert quote["speaker_id"] is None


def test_organisation_speaker():
    text = "The World Food Programme warned that food stocks would run out in June."
    [quote] = quotes(text)
    assert quote["speaker"] == "World Food Programme"
    assert quote["speaker_id"] is not None


def test_description_resolved_to_the_person_with_that_title():
    text = (
        "The agency's coordinator for Yemen said aid convoys had been blocked for a month. "
        "The coordinator, Jane Okello, asked both sides to open the roads."
    )
    found = quotes(text)
    assert found[0]["speaker"] == "Jane Okello"
    assert text[found[0]["speaker_start"] : found[0]["speaker_end"]].startswith(
        "The agency's coordinator"
    )


def test_apposition_speaker():
    text = "Hugh Hill, a doctor, said the hospital had run out of insulin."
    [quote] = quotes(text)
    assert quote["speaker"] == "Hugh Hill"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Hugh Hill"


def test_floating_quote_takes_the_speaker_named_before_it():
    text = (
        "Amina Diallo, the African Union envoy, arrived in Khartoum on Sunday.\n\n"
        "“Both sides have agreed to talk. That is a first step.”"
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Amina Diallo"
    assert quote["cue"] is None and quote["direct"] is True


def test_a_quote_opening_the_next_paragraph_continues_the_previous_one():
    text = (
        "“We will not move,” Mr. Kravets said on Monday.\n\n"
        "“The ships will sail every day, whatever the threats.”"
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Kravets" and quote["cue"] == "said"
    assert len(quote["parts"]) == 2 and quote["text"].endswith("whatever the threats.")


def test_a_quote_after_another_sentence_floats_with_the_previous_speaker():
    text = (
        "“We will not move,” Kravets said. The port was quiet.\n\n"
        "“The ships will sail every day, whatever the threats.”"
    )
    first, second = quotes(text)
    assert second["speaker"] == "Kravets" and second["cue"] is None


def test_mixed_quote_is_one_reported_quote():
    text = 'Meles Alem said his government "sees no need" to deploy more troops.'
    [quote] = quotes(text)
    assert quote["direct"] is False
    assert quote["text"] == 'his government "sees no need" to deploy more troops'


def test_speech_inside_a_quote_is_not_counted_twice():
    text = '"I said no to the deal," Kravets told reporters.'
    [quote] = quotes(text)
    assert quote["text"] == "I said no to the deal,"
    assert quote["speaker"] == "Kravets"


def test_scare_quotes_are_not_speech():
    assert quotes("The so-called “peace plan” was never published.") == []


def test_headline_counts_only_when_the_body_backs_it():
    backed = (
        "Kenya Says Talks Will Resume\n\n"
        "Kenya said on Tuesday that talks with Ethiopia would resume next week."
    )
    found = quotes(backed)
    assert len(found) == 2 and {q["speaker"] for q in found} == {"Kenya"}
    unbacked = (
        "Kenya Says Talks Will Resume\n\n"
        "Talks between Kenya and Ethiopia have been suspended since January."
    )
    assert quotes(unbacked) == []


def test_ids_and_order():
    text = "Kravets said the border would reopen. Diallo said the talks would resume."
    found = quotes(text)
    assert [q["id"] for q in found] == ["q1", "q2"]
    assert found[0]["start"] < found[1]["start"]


def test_participle_cue_takes_the_main_subject():
    text = "Kravets spoke in Kyiv on Monday, saying that the corridor would stay open."
    [quote] = quotes(text)
    assert quote["speaker"] == "Kravets"
    assert quote["text"] == "that the corridor would stay open"


def test_colon_attribution_in_a_headline_and_a_transcript():
    text = (
        "Kravets: Grain corridor will stay open all winter\n\n"
        "WALLACE: Will the ships keep sailing through the winter?\n\n"
        "Olena Kravets told Fox News the corridor would stay open."
    )
    found = quotes(text)
    cues = [(q["cue"], q["speaker"], q["text"]) for q in found]
    assert (":", "Olena Kravets", "Grain corridor will stay open all winter") in cues
    assert any(c[0] == ":" and c[1].lower() == "wallace" for c in cues)


def test_a_claim_noun_with_a_that_clause_is_its_owners_statement():
    text = "Politifact checked Trump's claim that there have been thousands of shootings."
    [quote] = [q for q in quotes(text) if q["cue"] == "claim"]
    assert quote["speaker"] == "Trump"
    assert "thousands of shootings" in quote["text"]
    assert quote["direct"] is False


def test_a_claim_noun_without_an_owner_has_no_speaker():
    # PolNeAR marks these as attributions to no one, like "it was revealed that ..."
    [quote] = quotes("There is a claim that the vote was rigged.")
    assert quote["speaker"] is None and quote["speaker_start"] is None
    assert quote["text"] == "that the vote was rigged"


def test_a_passive_cue_without_agent_has_no_speaker():
    text = "China reported a new case on Sunday after two other cases were revealed last week."
    assert all(q["cue"] != "revealed" for q in quotes(text))


def test_a_reported_clause_parsed_as_an_object_is_still_content():
    [quote] = quotes("The unions said more than 15,000 people registered for the rally.")
    assert quote["speaker"] == "The unions"
    assert quote["text"].startswith("more than 15,000 people registered")


def test_trailing_according_to_before_a_paragraph_break():
    text = (
        "Sales fell.\n\nDealers sold 303,417 vehicles, according to InfoNation.\n\n"
        "Truck prices fell in October."
    )
    [quote] = quotes(text)
    assert (quote["speaker"], quote["text"]) == ("InfoNation", "Dealers sold 303,417 vehicles")


def test_a_quote_introduced_by_a_colon_line_is_the_introducers():
    text = (
        "Less than a quarter of Hillary Clinton's donors give $200 or less.\n\n"
        "The New York Times reports:\n\n"
        "\"Just 24 percent of the contributors to Mrs. Clinton's campaign so far have given "
        '$200 or less."\n'
    )
    [quote] = [q for q in quotes(text) if q["direct"]]
    assert quote["speaker"] == "New York Times"
    assert quote["text"].startswith("Just 24 percent")


@pytest.mark.parametrize(
    "text, speaker, start",
    [
        (
            "Poll: Donald Trump ties Hillary Clinton in a three-way contest.\n\nMore text.",
            "Poll",
            "Donald Trump ties",
        ),
        (
            "Kasich: 'We Are Going To Go All The Way To Cleveland.'\n\n"
            "On Tuesday Kasich said he would go all the way to Cleveland.",
            "Kasich",
            "'We Are Going",
        ),
    ],
)
def test_a_headline_with_a_colon_is_its_sources(text, speaker, start):
    found = [q for q in quotes(text) if q["cue"] == ":"]
    assert found and speaker in found[0]["speaker"] and found[0]["text"].startswith(start)


def test_a_transcript_turn_is_the_speakers_even_with_speech_inside():
    text = (
        "Partial transcript as follows:\n\n"
        "TAPPER: Do you think he has campaigned as a healer?\n\n"
        "FALLIN: I think he is trying to campaign as a racial healer, and I said so.\n"
    )
    turns = [q for q in quotes(text) if q["cue"] == ":"]
    assert [q["speaker"].lower() for q in turns] == ["tapper", "fallin"]


@pytest.mark.parametrize(
    "text, content, cue",
    [
        (
            "Donald Trump posted a photo. “Happy Cinco de Mayo!,” he tweeted.",
            "Happy Cinco de Mayo!,",
            "tweeted",
        ),
        (
            "John Kasich laughed. “If somebody yelled at me, I’d vote against them,” he joked.",
            "If somebody yelled at me, I’d vote against them,",
            "joked",
        ),
    ],
)
def test_a_quote_the_parser_left_unattached_is_the_cue_next_to_it(text, content, cue):
    [quote] = [q for q in quotes(text) if q["cue"] == cue]
    assert quote["text"] == content and quote["direct"] is True
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "he"


def test_a_relative_pronoun_is_the_speaker_mention_and_the_antecedent_its_name():
    text = "The band endorsed Sanders, who said the banks must be broken up."
    [quote] = [q for q in quotes(text) if q["cue"] == "said"]
    assert quote["speaker"] == "Sanders"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "who"


def test_an_object_content_stops_before_its_relative_clause():
    text = "The band endorsed Sanders, who said the banks must be broken up."
    [quote] = [q for q in quotes(text) if q["cue"] == "endorsed"]
    assert quote["text"] == "Sanders"


def test_a_dateline_is_no_speaker():
    text = "LONDON — Donald Trump said he was unlikely to get along with David Cameron."
    [quote] = quotes(text)
    assert quote["speaker"] == "Donald Trump"


def test_an_attribution_inside_reported_words_is_not_counted_twice():
    text = "Bernie Sanders says he thinks the big banks have grown too large to fail."
    [quote] = quotes(text)
    assert (quote["cue"], quote["speaker"]) == ("says", "Bernie Sanders")
    assert quote["text"].startswith("he thinks")


def test_a_quote_right_after_the_cue_sentence_is_more_of_the_same_quote():
    text = "“We will not move,” Kravets said. “Not until they do.” The council met later."
    [quote] = quotes(text)
    assert quote["parts"] == [[1, 18], [35, 53]]
    assert quote["text"] == "We will not move, Not until they do."
    assert quote["speaker"] == "Kravets"


def test_a_mixed_quote_ending_the_reported_clause_is_not_a_second_quote():
    text = "Kravets said the port had become “a trap for every ship in the region.”"
    [quote] = quotes(text)
    assert quote["direct"] is False


def test_a_medial_cue_splits_the_content_around_it():
    text = "In any case, Mr. DiPietro said, the golf industry had far too many courses."
    [quote] = quotes(text)
    assert quote["text"] == "In any case the golf industry had far too many courses"
    assert quote["cue"] == "said" and quote["speaker"] == "DiPietro"


def test_a_stance_verb_reported_by_a_speech_verb_does_not_swallow_it():
    text = "She said she wasn’t expecting to see a familiar face at the polling station."
    [quote] = quotes(text)
    assert quote["cue"] == "said"
    assert quote["text"] == "she wasn’t expecting to see a familiar face at the polling station"


def test_a_speaker_the_parser_hung_on_the_dateline_is_found():
    text = (
        "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates at "
        "the Republican National Convention that Hillary Clinton’s use of a private email server "
        "should disqualify her from becoming president."
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Michael Mukasey"


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("Trump called him a total stiff.", "him a total stiff", "called"),
        (
            "The company agreed to pay $325 million to settle the charges.",
            "to pay $325 million to settle the charges",
            "agreed",
        ),
        (
            "Blackwell pointed to Cruz’s organizational skills.",
            "Cruz’s organizational skills",
            "pointed",
        ),
        (
            "2:40 p.m.\n\nTrump’s campaign manager says he is “gratified” by the decision.",
            "he is “gratified” by the decision",
            "says",
        ),
    ],
)
def test_namings_intentions_and_pointers_are_attributions(text, content, cue):
    [quote] = quotes(text)
    assert (quote["text"], quote["cue"]) == (content, cue)


def test_a_quote_opening_right_after_the_cue_is_its_content():
    text = "Asked what the nominee must be able to do, Adelson said, “They have got to win.”"
    [quote] = [q for q in quotes(text) if q["cue"] == "said"]
    assert quote["text"] == "They have got to win." and quote["direct"] is True


def test_an_object_verb_after_a_quote_reports_its_object_not_the_quote():
    text = "“This is not a hard race,” he said, citing Trump’s blue-collar appeal."
    found = {q["cue"]: q["text"] for q in quotes(text)}
    assert found == {"said": "This is not a hard race,", "citing": "Trump’s blue-collar appeal"}


def test_a_quote_left_before_a_cue_clause_is_that_speakers():
    text = "“Like Oakland. Or Ferguson,” Donald Trump said. “The crime numbers are worse.”"
    [quote] = quotes(text)
    assert quote["speaker"] == "Donald Trump" and quote["cue"] == "said"
    assert quote["text"].startswith("Like Oakland. Or Ferguson,")


def test_manner_of_speaking_cues():
    [quote] = quotes("“Go back to Univision,” Donald Trump barked.")
    assert (quote["cue"], quote["speaker"]) == ("barked", "Donald Trump")


@pytest.mark.parametrize(
    "text, content",
    [
        ("Trump referred to Rubio as “Little Marco.”", "Rubio as “Little Marco"),
        ("She described the plan as reckless and dangerous.", "the plan as reckless and dangerous"),
    ],
)
def test_what_something_is_described_as_belongs_to_the_content(text, content):
    [quote] = quotes(text)
    assert quote["text"] == content


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders won the Minnesota caucus, claiming his third victory of the night.",
        "The boutiques are turning heads as they continue to rake in more fees.",
    ],
)
def test_a_participle_with_its_own_complement_does_not_report_the_clause_before_it(text):
    starts = ("Bernie Sanders won", "The boutiques")
    assert all(not q["text"].startswith(starts) for q in quotes(text))


def test_two_character_marks_next_to_the_cue():
    text = "Mr. Ackman shrugged. ''Wow, what a great idea,'' Ms. Epstein said, ''truly.''"
    found = [q for q in quotes(text) if q["cue"] == "said"]
    assert found and found[0]["text"].startswith("Wow, what a great idea,")
    assert text[found[0]["speaker_start"] : found[0]["speaker_end"]] == "Epstein"


def test_a_restrictive_relative_clause_stays_in_the_object():
    [quote] = quotes("Sanders has denounced supporters that level sexist attacks.")
    assert quote["text"] == "supporters that level sexist attacks"


def test_a_gerund_is_the_object_of_an_object_verb():
    [quote] = quotes("Clinton criticized raising the retirement age.")
    assert (quote["cue"], quote["text"]) == ("criticized", "raising the retirement age")


def test_a_continuation_in_two_character_marks_joins_the_quote():
    text = "''The walls are between north and south,'' Mr. Vian said. ''His reactions are moral.''"
    [quote] = quotes(text)
    assert quote["speaker"] == "Vian" and len(quote["parts"]) == 2


def test_a_phrase_quoted_inside_a_sentence_belongs_to_that_sentences_subject():
    text = (
        "“We will not move,” Kravets said.\n\n"
        "Marco Rubio painted a climate in which people “literally hate each other” now."
    )
    found = [q for q in quotes(text) if "literally" in q["text"]]
    assert [q["speaker"] for q in found] == ["Marco Rubio"]
    # a mixed quote: the sentence's verb is the cue, what it says the content
    assert found[0]["cue"] == "painted" and not found[0]["direct"]
    assert found[0]["text"] == "a climate in which people “literally hate each other” now"


def test_a_phrase_quoted_in_a_cue_verbs_object_stays_in_that_quote():
    text = "Marco Rubio bemoaned a climate in which people “literally hate each other” now."
    [quote] = quotes(text)
    assert (quote["speaker"], quote["cue"], quote["direct"]) == ("Marco Rubio", "bemoaned", False)
    assert quote["text"] == "a climate in which people “literally hate each other” now"


def test_attitude_verbs_report_their_object():
    text = (
        "Sanders voiced concern about the trade deal. "
        "Most Republicans view the senator as a liability. "
        "Clinton mocked the plan on Tuesday."
    )
    found = {q["cue"]: (q["speaker"], q["text"]) for q in quotes(text)}
    assert found["voiced"] == ("Sanders", "concern about the trade deal")
    assert found["view"][1] == "the senator as a liability"
    assert found["mocked"][1] == "the plan"


def test_a_misread_lemma_still_names_its_cue():
    [quote] = quotes("Democrats are hoping to win back the Senate in November.")
    assert (quote["cue"], quote["speaker"]) == ("hoping", "Democrats")
    [quote] = quotes("Clinton hopes to make a statement in a contest that ends the primaries.")
    assert (quote["cue"], quote["speaker"]) == ("hopes", "Clinton")


def test_a_participle_after_a_noun_takes_the_noun_as_its_speaker():
    text = "Right to Rise USA, the super PAC supporting Jeb Bush, spent $1.2 million on ads."
    [quote] = quotes(text)
    assert (quote["cue"], quote["text"]) == ("supporting", "Jeb Bush")
    assert text[quote["speaker_start"] : quote["speaker_end"]] in "the super PAC"


def test_an_impression_with_no_one_behind_it_is_an_unsourced_attribution():
    text = (
        "Indiana appears to be a break from the norm. "
        "It seems increasingly likely that Trump will be the nominee. "
        "Rivals beyond Mr. Bush are expected to quit the race. "
        "She appeared on Fox News on Sunday."
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert set(found) == {"appears", "seems", "expected"}
    assert all(q["speaker"] is None for q in found.values())
    assert found["appears"]["text"] == "Indiana to be a break from the norm"
    assert len(found["appears"]["parts"]) == 2
    assert found["seems"]["text"] == "increasingly likely that Trump will be the nominee"
    assert found["expected"]["text"] == "Rivals beyond Mr. Bush to quit the race"


def test_a_same_speakers_participle_after_a_comma_is_a_second_statement():
    text = (
        "Carson said he saw no need to change anything about his campaign, telling "
        "Stephanopoulos that he would keep telling the truth."
    )
    found = sorted(quotes(text), key=lambda q: q["start"])
    assert [q["text"] for q in found] == [
        "he saw no need to change anything about his campaign",
        "that he would keep telling the truth",
    ]
    assert all(q["speaker"] == "Carson" for q in found)


def test_an_attribution_reported_inside_another_is_not_a_second_record():
    found = quotes("Sanders says he thinks the banks are too big.")
    assert len(found) == 1


def test_an_accusation_keeps_the_accused_and_the_charge():
    [quote] = quotes("Trump blamed Clinton directly for the turmoil in the Middle East.")
    assert quote["text"] == "Clinton directly for the turmoil in the Middle East"


def test_a_conjoined_cue_verb_ends_the_reported_clause():
    text = (
        "Sen. Rand Paul said Rubio's tax plan would give money to undocumented immigrants, "
        "and called him a proponent of amnesty."
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert found["said"]["text"] == "Rubio's tax plan would give money to undocumented immigrants"
    assert found["called"]["speaker"] == found["said"]["speaker"]


def test_called_for_someone_to_act():
    [quote] = quotes("The prince called for Trump to drop out of the race.")
    assert (quote["speaker"], quote["text"]) == ("The prince", "Trump to drop out of the race")


def test_a_passive_cue_with_its_agent_reports_its_subject():
    [quote] = quotes("The proposal was endorsed by the Republican National Committee.")
    assert quote["text"] == "The proposal"
    assert quote["speaker"] == "Republican National Committee"


def test_as_someone_noted_reports_the_main_clause():
    [quote] = quotes("As the paper noted, the move is surprising because Trump criticized China.")
    assert quote["text"] == "the move is surprising because Trump criticized China"
    assert quote["cue"] == "noted"


def test_has_said_is_not_a_passive():
    [quote] = quotes("Paul Ryan is the speaker. He's said he gets his ideas from a novel.")
    assert quote["speaker"] == "Paul Ryan" and quote["text"] == "he gets his ideas from a novel"


def test_a_gerund_after_a_preposition_takes_the_clauses_subject():
    text = "Senator Smith undermined trust in the vote by suggesting the election may be rigged."
    [quote] = [q for q in quotes(text) if q["cue"] == "suggesting"]
    assert quote["speaker"] == "Smith" and quote["text"] == "the election may be rigged"


def test_speech_verbs_report_their_object_but_tell_does_not():
    text = "He recalled Ali's generosity to the city. She told reporters nothing new."
    found = {q["cue"]: q["text"] for q in quotes(text)}
    assert found.get("recalled") == "Ali's generosity to the city"
    assert not any(cue.startswith("told") for cue in found)


def test_a_stance_noun_reports_what_its_owner_holds():
    text = (
        "Senator Cruz sharpened his attack on Kasich. Voters heard Sanders's remarks on the deal."
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert (found["attack"]["speaker"], found["attack"]["text"]) == ("Cruz", "Kasich")
    assert found["remarks"]["text"] == "the deal"
    assert "Sanders" in found["remarks"]["speaker"]


def test_as_someone_put_it_reports_the_main_clause():
    [quote] = quotes("The system is rigged against workers, as Sanders put it in Iowa.")
    assert (quote["speaker"], quote["cue"]) == ("Sanders", "put")
    assert quote["text"] == "The system is rigged against workers"


def test_a_clause_of_the_paragraph_before_is_not_the_content():
    text = (
        '"On March 15, we will have an experiment: What happens then?"\n\n'
        "Some party strategists said none of the attempts will work unless Rubio steps up."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "said"]
    assert quote["text"] == "none of the attempts will work unless Rubio steps up"


def test_a_speech_verb_reports_a_gerund_clause():
    [quote] = quotes("He said legalizing it could put thousands of people to work.")
    assert quote["text"] == "legalizing it could put thousands of people to work"


def test_a_sentence_opening_with_a_poll_reports_its_finding():
    [quote] = quotes("In a Des Moines Register poll, Mr. Cruz had a 10 percentage-point lead.")
    assert quote["cue"] == "In" and quote["text"] == "Mr. Cruz had a 10 percentage-point lead"
    assert "poll" in quote["speaker"]


def test_a_light_verb_and_its_stance_noun():
    found = {q["cue"]: q for q in quotes("Cruz took aim at Clinton's email server on Monday.")}
    assert found["aim"]["speaker"] == "Cruz"
    assert found["aim"]["text"] == "Clinton's email server"


def test_an_offer_keeps_its_recipient():
    [quote] = quotes("Trump offered Kasich the second spot on the ticket.")
    assert quote["text"] == "Kasich the second spot on the ticket"


def test_a_cue_the_parser_took_for_a_reduced_relative():
    text = (
        "\"Is President Obama going to finally mention the words? If he doesn't he should "
        'resign!" the presumptive GOP presidential nominee, Donald Trump, tweeted Sunday.'
    )
    [quote] = quotes(text)
    assert quote["direct"] and quote["cue"] == "tweeted"
    assert quote["speaker"] in ("Donald Trump", "the presumptive GOP presidential nominee")


def test_a_question_put_by_no_one_named():
    text = "Asked about his paid speeches, Huckabee's campaign said he has accepted no new gigs."
    found = {q["cue"]: q for q in quotes(text)}
    assert found["Asked"]["speaker"] is None and found["Asked"]["text"] == "about his paid speeches"
    assert found["said"]["text"] == "he has accepted no new gigs"


def test_reportedly_is_a_claim_by_no_one_named():
    [quote] = quotes("Google and Facebook have reportedly looked at Twitter and passed.")
    assert quote["speaker"] is None and quote["cue"] == "reportedly"
    assert quote["text"] == "Google and Facebook have looked at Twitter and passed"
    assert len(quote["parts"]) == 2


def test_a_closing_according_to_reports_the_sentence_before_it():
    text = (
        "Trump got more than 13 million votes in the primary process - 13.3 million to be "
        "exact, according to RealClearPolitics."
    )
    [quote] = quotes(text)
    assert quote["text"].startswith("Trump got more than 13 million votes")
    assert quote["text"].endswith("to be exact")


def test_page_labels_before_a_colon_are_not_speakers():
    text = "Byline: Amber Phillips\n\nBreaking: Federal judge rules against the campaign today"
    assert not [q for q in quotes(text) if q["cue"] == ":"]


def test_a_cue_between_the_pieces_of_a_split_quote_is_its_own_statement():
    text = (
        '"Nobody has a monopoly on truth," Kopachko said, calling him a pragmatic and '
        'effective strategist. "He did his job."'
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert found["calling"]["text"] == "him a pragmatic and effective strategist"
    assert found["calling"]["speaker"] == found["said"]["speaker"]
    assert found["said"]["text"].endswith("He did his job.")  # the quote goes on after it


def test_an_objects_phrase_keeps_a_date_inside_it_but_not_a_date_of_its_own():
    text = (
        "Trump is thanking his supporters for delivering a commanding finish in South "
        "Carolina Saturday. Cruz criticized the plan on Tuesday."
    )
    found = {q["cue"]: q["text"] for q in quotes(text)}
    assert found["thanking"].endswith("in South Carolina Saturday")
    assert found["criticized"] == "the plan"


def test_as_reported_by_someone_reports_the_main_clause():
    [quote] = quotes("As reported by Western Journalism, investigators found 2,200 emails.")
    assert quote["speaker"] == "Western Journalism"
    assert quote["text"] == "investigators found 2,200 emails"


def test_a_speaker_the_parser_made_a_clausal_subject():
    text = (
        "But Republican activists clamoring to block Donald Trump from the GOP nomination say "
        "they're suddenly in the midst of a bump."
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Republican activists"
    assert quote["text"] == "they're suddenly in the midst of a bump"


def test_a_light_verb_with_a_statement_noun():
    text = "Sanders made the case that he is the only candidate who can beat Trump."
    [quote] = quotes(text)
    assert (quote["speaker"], quote["cue"]) == ("Sanders", "case")
    assert quote["text"] == "that he is the only candidate who can beat Trump"


def test_a_possessive_pronoun_owns_a_claim():
    text = "Bernie Sanders spoke in Iowa. His claim that the vote was rigged drew scorn."
    [quote] = [q for q in quotes(text) if q["cue"] == "claim"]
    assert quote["speaker"] == "Bernie Sanders" and quote["text"] == "that the vote was rigged"


def test_made_it_clear_and_made_no_secret():
    text = (
        "Trump made it clear that he would not back down. "
        "Clinton has made no secret of her disdain for the plan."
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert found["made it clear"]["text"] == "that he would not back down"
    assert found["secret"]["text"] == "her disdain for the plan"


def test_a_sentence_closing_with_a_poll_reports_its_finding():
    text = "Trump leads Clinton among men by 8 percentage points, 49% to 41%, in the survey."
    [quote] = quotes(text)
    assert quote["cue"] == "in" and quote["speaker"] == "the survey"
    assert quote["text"] == "Trump leads Clinton among men by 8 percentage points, 49% to 41%"


def test_a_speech_verb_reports_what_its_preposition_names():
    [quote] = quotes("Manafort did not directly respond to AP's requests to discuss the work.")
    assert quote["speaker"] == "Manafort"
    assert quote["text"] == "AP's requests to discuss the work"


def test_another_speakers_clause_set_against_the_content_ends_it():
    text = (
        "Rubio suggested that someone who does not answer questions cannot be president, "
        "while Cruz said that Trump was a liar."
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert found["suggested"]["text"].endswith("cannot be president")
    assert found["said"]["speaker"] == "Cruz"


def test_view_someone_as_something():
    [quote] = quotes("Voters still view Mrs. Clinton as vastly more prepared for the job.")
    assert quote["text"] == "Mrs. Clinton as vastly more prepared for the job"


def test_a_conjoined_stance_verb_without_a_comma_stays_in_the_reported_clause():
    text = "He says he's proud of his campaign and expects to leave Nevada with delegates."
    [quote] = quotes(text)
    assert quote["text"] == "he's proud of his campaign and expects to leave Nevada with delegates"


def test_a_reported_clause_runs_to_the_end_of_the_quotation_it_quotes():
    text = (
        "Bradley apologized for the columns, saying they were old and have “nothing to do "
        "with who I am as a person or a jurist, and they have nothing to do with my record.”"
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "saying"]
    assert quote["text"].rstrip(".”").endswith("nothing to do with my record")


def test_a_second_statement_inside_the_reported_clause_keeps_the_speaker():
    text = (
        'Ethiopia\'s ambassador to Kenya, Meles Alem, said his government "sees no need" to '
        'deploy additional troops to the area and called the agreement "a step toward lasting '
        'peace".'
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert found["said"]["text"].endswith("to the area")
    assert found["called"]["speaker"] == "Meles Alem"
    assert found["called"]["text"] == 'the agreement "a step toward lasting peace"'


def test_an_agentless_passive_of_judging_is_a_charge_by_no_one_named():
    [quote] = quotes("Janet Yellen has been repeatedly criticized for not raising interest rates.")
    assert quote["speaker"] is None and quote["cue"] == "criticized"
    assert quote["text"] == "Janet Yellen for not raising interest rates"
    assert len(quote["parts"]) == 2


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        (
            "Sanders is confident that he will win the nomination.",
            "Sanders",
            "that he will win the nomination",
        ),
        (
            "The senator was critical of the trade deal with China.",
            "The senator",
            "the trade deal with China",
        ),
        (
            "Clinton was eager to debate Trump on foreign policy.",
            "Clinton",
            "to debate Trump on foreign policy",
        ),
        (
            "Many voters are worried about the economy and jobs.",
            "Many voters",
            "the economy and jobs",
        ),
        (
            "The farmers remain leery of the new water rules.",
            "The farmers",
            "the new water rules",
        ),
        (
            "The governor is uncertain whether the bridge will open in May.",
            "The governor",
            "whether the bridge will open in May",
        ),
        (
            "The mayor was vague about her budget plans.",
            "The mayor",
            "her budget plans",
        ),
    ],
)
def test_stance_adjectives_report_what_their_subject_holds(text, speaker, content):
    [quote] = quotes(text)
    assert (quote["speaker"], quote["text"]) == (speaker, content)


def test_an_adjective_of_state_without_a_complement_is_no_quote():
    assert quotes("The senator was angry. Voters were happy.") == []


def test_a_participle_after_the_reported_clause_is_the_speaker_next_statement():
    text = (
        'Cruz said that Trump represents "New York values," stating during the debate that '
        "they are socially liberal."
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert found["said"]["text"] == 'that Trump represents "New York values,"'
    assert found["stating"]["speaker"] == "Cruz"
    assert found["stating"]["text"] == "that they are socially liberal"


def test_it_as_the_subject_of_a_cue_is_the_body_named_before():
    text = "The World Food Programme raised its appeal. It said that deliveries would resume."
    [quote] = [q for q in quotes(text) if q["cue"] == "said"]
    assert quote["speaker"] == "World Food Programme"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "It"


def test_dummy_it_is_no_speaker():
    assert [q["speaker"] for q in quotes("It turns out that the talks will resume.")] in (
        [],
        [None],
    )


def test_a_closing_according_to_reports_its_clause_whatever_the_parse_hangs_it_on():
    text = (
        "The plane was grounded in May. It is now cleared to fly again, according to the "
        "F.A.A.\n\nMost people who own aircraft do not have more than one or two."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "according to"]
    assert quote["text"] == "It is now cleared to fly again"
    assert quote["speaker"] == "F.A.A." or quote["speaker"] == "the F.A.A."


def test_a_relative_who_after_a_pronoun_is_said_by_its_antecedent():
    text = "Some who said they liked him changed their minds."
    [quote] = quotes(text)
    assert quote["speaker"] == "Some"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "who"
    assert quote["text"] == "they liked him"


def test_a_cue_after_its_subject_reports_the_clause_after_it():
    text = (
        "At his rallies, Trump primes supporters not to trust the media: He says news "
        "outlets undercount his supporters."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "says"]
    assert quote["text"] == "news outlets undercount his supporters"


def test_another_speaker_in_a_concessive_clause_ends_the_reported_clause():
    text = (
        "The Saudis have warned they could sell off assets if the bill becomes law, even "
        "though many observers doubt they would take such a step."
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert found["warned"]["text"] == "they could sell off assets if the bill becomes law"
    assert found["doubt"]["text"] == "they would take such a step"


def test_a_trailing_inverted_cue_the_parse_reads_as_a_conjunct():
    text = (
        "In nearby Decatur, the steel plant is hanging on, but it is under intense pressure "
        "from imports, said the company's chief executive, John J. Ferriola."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "said"]
    assert quote["speaker"] == "John J. Ferriola"
    assert quote["text"].endswith("it is under intense pressure from imports")


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "She is widely expected to capture enough delegates.",
            "She to capture enough delegates",
        ),
        (
            "Perez has also been mentioned as a potential candidate for governor.",
            "Perez as a potential candidate for governor",
        ),
    ],
)
def test_an_agentless_passive_keeps_its_subject_even_a_pronoun(text, content):
    [quote] = quotes(text)
    assert quote["speaker"] is None
    assert " ".join(text[a:b] for a, b in quote["parts"]) == content


def test_an_adverbial_clause_before_the_speaker_is_not_what_they_point_to():
    text = (
        "While populists like Mr. Trump partly blame foreigners for inequities, Francis "
        "points to structural inequities deriving from the global capitalist order."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "points"]
    assert quote["text"] == "structural inequities deriving from the global capitalist order"


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "He defended his call to raise the federal minimum wage to $15 an hour.",
            "his call to raise the federal minimum wage to $15 an hour",
        ),
        (
            "Warren has criticized him for not doing more to help raise the profile of "
            "progressive candidates.",
            "him for not doing more to help raise the profile of progressive candidates",
        ),
    ],
)
def test_an_object_keeps_the_infinitive_the_parse_hangs_on_the_verb(text, content):
    [quote] = quotes(text)
    assert quote["text"] == content


def test_an_intention_keeps_its_infinitive_whatever_object_follows():
    text = (
        "Trump has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire "
        "religion — from entering the U.S."
    )
    [quote] = quotes(text)
    assert quote["text"].startswith("to ban all Muslims")


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Trump endorsed the re-election of House Speaker Paul Ryan.",
            "the re-election of House Speaker Paul Ryan",
        ),
        (
            "Trump had chided President Barack Obama on Aug. 17 for continuing his vacation.",
            "President Barack Obama on Aug. 17 for continuing his vacation",
        ),
        (
            "Clinton is calling on the spouse to organize social events.",
            "on the spouse to organize social events",
        ),
    ],
)
def test_object_contents_the_parse_splits(text, content):
    [quote] = quotes(text)
    assert quote["text"] == content


def test_a_description_after_a_named_object_is_not_what_was_said_of_them():
    text = "Trump largely ignored Senator Ted Cruz of Texas, his most formidable opponent."
    [quote] = quotes(text)
    assert quote["text"] == "Senator Ted Cruz of Texas"


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Clinton, casting herself as a champion of working people, appeared to assuage "
            "liberal concerns.",
            "Clinton to assuage liberal concerns",
        ),
        (
            "Donald Trump held a sizable lead and appeared poised to win his first contest.",
            "Donald Trump poised to win his first contest",
        ),
    ],
)
def test_an_impression_of_a_subject_set_apart_or_shared_with_another_verb(text, content):
    [quote] = [q for q in quotes(text) if q["cue"] == "appeared"]
    assert quote["speaker"] is None
    assert " ".join(text[a:b] for a, b in quote["parts"]) == content


def test_a_question_about_a_deed_put_by_someone_unnamed():
    text = "At a town hall, Clinton was asked about securing the border."
    [quote] = quotes(text)
    assert quote["speaker"] is None and quote["cue"] == "asked"
    assert quote["text"] == "about securing the border"


def test_a_quote_opening_after_told_reporters_is_what_was_told():
    text = (
        "Weaver did not seem impressed with the comments, telling reporters, “A lot of people "
        "said the governor should step down.”"
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert found["telling reporters"]["speaker"] == "Weaver"
    assert found["telling reporters"]["text"].startswith("A lot of people said")
    assert "telling" not in found["seem"]["text"]


def test_an_unmarked_report_after_its_cue_and_a_comma():
    text = (
        "The reporter Michael Leahy previously reported, the foundation refused to release "
        "the names of foreign donors."
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert found["reported"]["speaker"] == "Michael Leahy"
    assert found["reported"]["text"].startswith("the foundation refused to release")


def test_the_occasion_of_a_stance_is_not_part_of_its_object():
    [quote] = quotes("Christie endorsed Mr. Trump at a news conference at Mar-a-Lago.")
    assert quote["text"] == "Mr. Trump"


def test_a_time_the_parse_takes_for_an_object_is_no_content():
    text = (
        "Scott has freed up $26 million in state funds to address the problem and on Monday "
        "announced $5 million more was being sent to Miami-Dade County."
    )
    assert "Monday" not in [q["text"] for q in quotes(text)]


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Trump's promise to repeal Obamacare won him votes.", "Trump", "to repeal Obamacare"),
        ("His refusal to disavow Duke angered many.", "His", "to disavow Duke"),
        (
            "The campaign raised the idea that the senator is unstable.",
            "The campaign",
            "that the senator is unstable",
        ),
    ],
)
def test_intention_and_belief_nouns_with_their_owner(text, speaker, content):
    [quote] = quotes(text)
    assert (quote["speaker"], quote["text"]) == (speaker, content)


def test_a_headline_is_backed_by_the_body_quoting_the_same_surname():
    text = (
        "Gov Fallin: Trump is trying to campaign as a racial healer\n\n"
        "Oklahoma Gov. Mary Fallin said on Sunday that Donald Trump is trying to heal."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found if q["start"] < 60] != []


def test_a_quote_credited_after_a_dash_is_that_persons():
    text = (
        "Latinos share their views.\n\n"
        "”Mr. Trump embodies the legacy of racism. He represents our greatest shame.” ― "
        "Sonya Herridge\n\n"
        "“He has said hateful things time and again.” ― Ariana Huichapa.\n"
    )
    found = {q["speaker"]: q for q in quotes(text)}
    assert found["Sonya Herridge"]["text"].startswith("Mr. Trump embodies")
    assert found["Sonya Herridge"]["direct"] and found["Sonya Herridge"]["cue"] == "―"
    assert found["Ariana Huichapa"]["text"] == "He has said hateful things time and again."


def test_an_embedded_post_is_its_authors():
    text = (
        "Reporters noticed the hats.\n\n"
        '"Why isn\'t Pence wearing a hat? #RINO" — Ben Jacobs (@Bencjacobs) September 1, 2016\n'
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "—"]
    assert quote["speaker"] == "Ben Jacobs"


def test_a_mis_curled_opening_mark_still_opens_a_quote():
    from dateline.extract.quotes.marks import quote_spans

    text = "”Fear. I am truly afraid,” she wrote."
    [span] = quote_spans(text)
    assert text[span.start : span.end] == "Fear. I am truly afraid,"
    text = "Viewers replied.\n\n\u202a”Sorry Sarah, you should have said no!!” posted Sharon."
    [span] = quote_spans(text)
    assert text[span.start : span.end] == "Sorry Sarah, you should have said no!!"


def test_an_unmarked_embedded_post_is_its_authors():
    text = (
        "Reporters noticed the hats.\n\n"
        "Rudy Giuliani is now wearing a campaign hat. pic.twitter.com/x1 — David Martosko "
        "(@dmartosko) September 1, 2016\n"
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "—"]
    assert quote["speaker"] == "David Martosko"
    assert quote["text"] == "Rudy Giuliani is now wearing a campaign hat. pic.twitter.com/x1"


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The governor spoke about the year-end budget agreement.",
            "the year-end budget agreement",
        ),
        ("Sanders is talking to voters about health care.", "health care"),
        ("An aide spoke to reporters on the condition of anonymity.", None),
    ],
)
def test_verbs_of_speaking_report_what_they_are_about(text, content):
    found = [q["text"] for q in quotes(text)]
    assert found == ([content] if content else [])


def test_focusing_and_campaigning_report_their_topic():
    found = quotes("Sanders focused on income inequality. Clinton pushed for a vote on the bill.")
    assert [q["text"] for q in found] == ["income inequality", "a vote on the bill"]


@pytest.mark.parametrize(
    "text, content",
    [
        ("The senator embraced the trade agreement.", "the trade agreement"),
        ("Kasich hinted that he would stay in the race.", "that he would stay in the race"),
        ("The campaign painted Cruz as a flip-flopper.", "Cruz as a flip-flopper"),
        ("The judge ordered the state to release the records.", "the state to release the records"),
    ],
)
def test_more_verbs_of_taking_a_position(text, content):
    [quote] = quotes(text)
    assert quote["text"] == content


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("They’re supportive of same-sex marriage.", "They", "same-sex marriage"),
        (
            "Republicans, concerned about the party's declining appeal to women, met.",
            "Republicans",
            "the party's declining appeal to women",
        ),
        (
            "The voters are angry about taxes and unhappy about the state of the schools.",
            "The voters",
            "the state of the schools",
        ),
    ],
)
def test_stance_adjectives_after_their_noun_or_conjoined(text, speaker, content):
    found = [(q["speaker"], q["text"]) for q in quotes(text)]
    assert (speaker, content) in found


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("As the day went on, Eric Trump was pressed to explain the contrast.", "Eric Trump"),
        (
            "That would require Republicans in Washington to recognize that the threat is real.",
            "Republicans",
        ),
    ],
)
def test_the_doer_of_an_infinitive_cue_is_its_speaker(text, speaker):
    [quote] = quotes(text)
    assert quote["speaker"] == speaker


def test_an_agentless_passive_conjoined_to_its_subjects_first_verb():
    text = "She is moving to Los Angeles but is expected to continue to appear on the show."
    [quote] = quotes(text)
    assert quote["speaker"] is None and quote["cue"] == "expected"
    assert " ".join(text[a:b] for a, b in quote["parts"]) == "She to continue to appear on the show"


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        (
            "The documents included 44 emails, which she said represented all her emails.",
            "she",
            "which represented all her emails",  # the pronoun stands for the emails
        ),
        (
            "After the crash, adults of all ages bemoaned the demise of the American dream.",
            "adults of all ages",
            "the demise of the American dream",
        ),
    ],
)
def test_parse_repairs_of_subject_and_object(text, speaker, content):
    [quote] = quotes(text)
    assert (quote["speaker"], quote["text"]) == (speaker, content)


def test_a_trailing_cue_keeps_its_clause_when_the_parse_runs_into_the_next_paragraph():
    text = (
        "Populists in such movements have little interest in knitting together trans-Atlantic "
        "interests and deploying Allied forces for common goals, he said.\n\n''These "
        "anti-establishment movements stand in contrast to everything which is NATO, and that "
        "is the only point which really worries me,'' Mr. Kamp said."
    )
    found = [q["text"] for q in quotes(text)]
    assert any(t.startswith("Populists in such movements") for t in found)


def test_a_trailing_cue_with_its_addressee():
    text = (
        "After a string of costly defeats on Tuesday night, Sen. Bernie Sanders remains "
        "committed to seeing the Democratic primary through to the convention, his top aide, "
        "Tad Devine, told The Huffington Post."
    )
    [quote] = [q for q in quotes(text) if q["cue"] and q["cue"].startswith("told")]
    assert quote["speaker"] == "Tad Devine"
    assert "remains committed to seeing the Democratic primary" in quote["text"]


def test_the_name_of_a_show_in_marks_is_not_speech():
    text = (
        "Gingrich spoke at length.\n\n"
        "Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said the party would unite."
        '\n\n"Donald Trump is a fraud," Perez said Sunday on NBC\'s "Meet the Press." '
        '"Listening to him talk is painful."'
    )
    found = quotes(text)
    assert all("Hannity" not in q["text"] for q in found)
    [perez] = [q for q in found if q["speaker"] == "Perez"]
    assert "Meet the Press" not in perez["text"]
    assert "Listening to him talk is painful." in perez["text"]


def test_whom_or_what_a_speaker_talks_to_or_of_is_not_what_was_said():
    text = (
        "The crowd cheered.\n\n“Who do they think they are?” Trump said of Apple in February. "
        "Clinton said to a crowd of about 500."
    )
    assert [q["text"] for q in quotes(text)] == ["Who do they think they are?"]
    [no] = quotes("Sanders said no to the Iraq war.")
    assert no["text"] == "the Iraq war"


def test_where_something_is_said_is_not_what():
    assert [q["text"] for q in quotes("Mr. Trump wrote on Twitter on Monday.")] == []


def test_records_keep_their_pieces_in_order_and_their_cue_as_written():
    text = (
        "The senator told The Star-Ledger that the plan would fail.\n\n"
        "In Iowa, Trump said that “ethanol people” “do a fantastic job. And it’s so "
        "important.”\n\nThe Senate bill, which the Senate is expected to vote on next week, "
        "returns power to the states."
    )
    found = quotes(text)  # (the helper checks that each cue is the text at its offsets)
    assert any(q["cue"] == "told The Star-Ledger" for q in found)
    for quote in found:
        assert quote["parts"] == sorted(quote["parts"])
        assert all(quote["start"] <= a < b <= quote["end"] for a, b in quote["parts"])
        assert quote["text"].strip()


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Many Republicans claim to object to the party's stance.",
            "to object to the party's stance",
        ),
        (
            "I prefer to view voting as I did when I was a teenager.",
            "to view voting as I did when I was a teenager",
        ),
    ],
)
def test_more_verbs_whose_infinitive_is_the_stance(text, content):
    [quote] = quotes(text)
    assert quote["text"] == content


def test_a_title_case_headline_statement_backed_by_the_body():
    text = (
        "Conservative Icon Morton Blackwell Endorses Ted Cruz.\n\n"
        "Morton Blackwell said Cruz is the candidate conservatives have waited for."
    )
    [headline] = [q for q in quotes(text) if q["start"] < text.find("\n")]
    assert (headline["cue"], headline["speaker"], headline["text"]) == (
        "Endorses",
        "Morton Blackwell",
        "Ted Cruz",
    )
    # a first line without a full stop is a headline: it needs the body's backing
    unbacked = "Rose Bowl Skywriters Blast Trump\n\nThe planes flew over Pasadena on Friday."
    assert quotes(unbacked) == []
    backed = "Rose Bowl Skywriters Blast Trump\n\nThe skywriters said Trump was a disgrace."
    assert [q["cue"] for q in quotes(backed)][:1] == ["Blast"]
    plural = (
        "Hillary Clinton Attacks On Trump's Policy Could Backfire.\n\nClinton said it would not."
    )
    assert all(q["cue"] != "Attacks" for q in quotes(plural))


def test_a_name_the_parse_makes_one_phrase_with_its_object():
    text = "He later called her “third-rate” and boycotted one of the debates."
    [quote] = [q for q in quotes(text) if q["cue"] == "called"]
    assert quote["text"] == "her “third-rate”"


def test_agreeing_with_someone_reports_whom_or_what():
    assert [
        q["text"] for q in quotes("Former President Bill Clinton agreed with the analysis.")
    ] == ["the analysis"]
    assert quotes("Kasich joked with reporters after a town hall.") == []


def test_an_agentless_announcement_is_by_no_one_named():
    text = "Aides cheered as she was announced the winner."
    [quote] = [q for q in quotes(text) if q["cue"] == "announced"]
    assert quote["speaker"] is None
    assert " ".join(text[a:b] for a, b in quote["parts"]) == "she the winner"


def test_a_list_the_parse_split_stays_one_content():
    text = (
        "Sanders's strength was the power of his message, a sharp attack against the elites "
        "and a big-government agenda promising universal health care, free college at state "
        "schools and other costly programs."
    )
    [quote] = quotes(text)
    assert quote["text"] == (
        "universal health care, free college at state schools and other costly programs"
    )
    described = "Huma Abedin was referring to Jeffrey Feltman, a State Department official."
    assert all(q["text"] == "Jeffrey Feltman" for q in quotes(described))


def test_a_speaker_the_parse_reads_into_a_time_phrase():
    text = "On Tuesday Kasich said he would go all the way to Cleveland."
    [quote] = quotes(text)
    assert quote["speaker"] == "Kasich"
    assert quote["text"] == "he would go all the way to Cleveland"


def test_a_that_clause_the_parse_reads_as_a_relative_clause():
    text = "Schneiderman alleged in the suit that Trump personally earned $5 million."
    [quote] = quotes(text)
    assert quote["text"] == "that Trump personally earned $5 million"
    assert quote["speaker"] == "Schneiderman"
    relative = "Trump spoke at the rally that his campaign held in Ohio."
    assert all(not q["text"].startswith("that") for q in quotes(relative))


def test_an_active_verb_joined_to_a_passive_one_shares_its_subject():
    text = "Mr. Trump was forced into damage control and said that his words were misconstrued."
    [quote] = quotes(text)
    assert quote["speaker"] == "Trump" or quote["speaker"] == "Mr. Trump"
    assert quote["text"] == "that his words were misconstrued"


def test_a_phrase_before_the_subject_is_no_object():
    [quote] = quotes("To a rousing standing ovation, Kasich called for the suspension of the deal.")
    assert quote["text"] == "the suspension of the deal"


def test_whom_one_complains_to_is_not_what_about():
    text = "The American Legion has complained to Sanders officials about the use of the emblem."
    [quote] = quotes(text)
    assert quote["text"] == "the use of the emblem"
    settled = (
        "The company agreed to a $7 million settlement over allegations that it misled buyers."
    )
    assert [q["text"] for q in quotes(settled) if q["cue"] == "agreed"] == [
        "a $7 million settlement over allegations that it misled buyers"
    ]


def test_a_clause_closed_by_a_colon_is_not_what_the_next_verb_reports():
    text = (
        "The bulwarks against Mr. Sanders are significant: Hundreds of the party's "
        "''superdelegates'' have endorsed Mrs. Clinton, a signal of her broad support."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "endorsed"]
    assert quote["text"] == "Mrs. Clinton"
    text = (
        "The magnate was expected to cruise past the delegates needed on the first ballot and, "
        "if he follows tradition, Trump will officially accept the nomination Thursday."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "accept"]
    assert quote["text"] == "the nomination"


def test_asking_someone_if_reports_the_question():
    [quote] = quotes("He asked the students if they were always so preternaturally serious.")
    assert quote["text"] == "if they were always so preternaturally serious"
    assert quote["speaker"] == "He"


def test_a_finding_in_the_polls_is_the_polls():
    [quote] = quotes(
        "Trump has a decisive lead in the polls ahead of the state's April 19 primary."
    )
    assert quote["text"] == "Trump has a decisive lead"
    assert quote["speaker"] == "the polls"
    speech = "Trump attacked Cruz in a speech on Friday and then left for Ohio."
    assert all(q["cue"] != "in" for q in quotes(speech))


def test_a_verb_the_word_list_lacks_reports_its_that_clause():
    [quote] = quotes("The senator reasoned that the bill would never pass the House.")
    assert quote["text"] == "that the bill would never pass the House"
    assert quote["speaker"] == "The senator"
    assert quotes("The new rules ensure that every vote is counted by hand.") == []
    assert quotes("The scandal drew criticism that the agency had ignored warnings.") == []


def test_what_the_verb_says_of_its_object_is_part_of_the_content():
    [quote] = quotes("The poll shows Ted Cruz 16 points ahead of Trump in Indiana.")
    assert quote["text"] == "Ted Cruz 16 points ahead of Trump in Indiana"
    [quote] = quotes("The mayor welcomed Trump to visit the city.")
    assert quote["text"] == "Trump to visit the city"


def test_the_doer_of_a_verb_under_an_object_is_the_subject_above():
    text = "Clinton's campaign took the unusual step of criticizing the intelligence community."
    [quote] = quotes(text)
    assert quote["speaker"] == "Clinton's campaign"
    assert quote["text"] == "the intelligence community"
    [quote] = quotes("The rise of Bannon gave Beck new impetus to oppose Trump.")
    assert quote["speaker"] == "Beck"


def test_a_sentence_case_headline_with_a_plural_subject():
    text = "Terrorism experts rebuke Trump proposal for more airstrikes.\n\nThe experts said so."
    [headline] = [q for q in quotes(text) if q["start"] == 0 or q["cue_start"] < 20]
    assert headline["cue"] == "rebuke"
    assert headline["text"] == "Trump proposal for more airstrikes"
    assert text[headline["speaker_start"] : headline["speaker_end"]] == "Terrorism experts"
    opening = "In two-front war, Clinton attacks Trump's housing record.\n\nClinton said so."
    [headline] = [q for q in quotes(opening) if q["cue_start"] < 30]
    assert text_of(opening, headline) == "Clinton"


def text_of(text, quote):
    return text[quote["speaker_start"] : quote["speaker_end"]]


@pytest.mark.parametrize(
    "text, content",
    [
        ("It was revealed that he bankrolled the lawsuits.", "that he bankrolled the lawsuits"),
        ("Sanders had been told that he would lose narrowly.", "that he would lose narrowly"),
        (
            "It is assumed that Sanders has earned a speaking slot.",
            "that Sanders has earned a speaking slot",
        ),
    ],
)
def test_more_agentless_passives_report_their_clause(text, content):
    [quote] = quotes(text)
    assert quote["speaker"] is None
    assert quote["text"] == content


def test_subjects_the_parse_reads_as_a_measure_or_a_loose_word():
    text = "Less than a third agreed with the President that Britain would have to wait its turn."
    [quote] = quotes(text)
    assert quote["speaker"] == "Less than a third"
    text = (
        "Mr. Bush, channeling his respectful roots, responded by first saying ''some good "
        "things'' about Mr. Trump."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "saying"]
    assert quote["speaker"] in ("Bush", "Mr. Bush")


def test_a_one_word_object_that_is_a_singular_noun():
    assert [q["text"] for q in quotes("Devine did not concede defeat on Tuesday.")] == ["defeat"]
    assert quotes("The campaign is convincing voters.") == []


def test_according_to_whatever_the_parse_makes_of_it():
    text = (
        "Kasich said he would have fired Lewandowski if such an incident had happened in his "
        "campaign, according to press reports."
    )
    [quote] = quotes(text)
    assert (quote["cue"], quote["speaker"]) == ("according to", "press reports")
    assert quote["text"].startswith("Kasich said he would have fired")
    [quote] = quotes("That’s according to early results of exit polls conducted for the AP.")
    assert quote["text"] == "That"
    text = (
        "According to a January 2016 study by the Pew Research Center based on census data "
        "from 2014, eligible voters who are Hispanic skew younger in California."
    )
    [quote] = quotes(text)
    assert quote["text"] == "eligible voters who are Hispanic skew younger in California"


def test_two_attributions_holding_each_others_cue_keep_one():
    text = (
        "In Chicago, organizers added 160 security personnel along the parade route, the "
        "Sun-Times reported."
    )
    [quote] = quotes(text)
    assert (quote["cue"], quote["speaker"]) == ("reported", "Sun-Times")


def test_said_in_a_statement_that():
    text = "John Weaver says in a statement that the race will now be a four-man contest."
    [quote] = quotes(text)
    assert quote["text"] == "that the race will now be a four-man contest"


def test_a_one_word_answer():
    assert [q["text"] for q in quotes("Everyone but Hewlett said yes.")] == ["yes"]
    assert [q["text"] for q in quotes("Sanders said no to the Iraq war.")] == ["the Iraq war"]


def test_what_a_study_finds_is_its_finding():
    text = "A recent CNN survey found 90 percent support for background checks."
    [quote] = quotes(text)
    assert quote["text"] == "90 percent support for background checks"
    assert quotes("Police found the body of a woman near the river.") == []


def test_a_finite_verb_the_parse_makes_an_adjective():
    text = (
        "Erin Brockovich, the legendary environmental activist and lawyer, endorsed Sanders’ "
        "approach Saturday, saying she hadn’t yet called for the governor’s resignation."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "endorsed"]
    assert quote["speaker"] == "Erin Brockovich"
    assert quote["text"].startswith("Sanders")


def test_a_statement_noun_with_no_owner_is_a_view_of_no_one_named():
    text = "Despite complaints that he is a quixotic crusader, he has passed many amendments."
    [quote] = quotes(text)
    assert (quote["cue"], quote["speaker"]) == ("complaints", None)
    assert quote["text"] == "that he is a quixotic crusader"


def test_the_doer_of_a_gerund_under_a_preposition():
    text = "Democratic voters are united in supporting Planned Parenthood funding."
    [quote] = quotes(text)
    assert quote["speaker"] == "Democratic voters"
    text = "Guardian stopped short of fully endorsing Clinton's criticisms."
    [quote] = quotes(text)
    assert quote["speaker"] == "Guardian"
    text = "That's not the same as saying an Indiana-born judge can't be impartial."
    [quote] = quotes(text)
    assert quote["speaker"] is None
    assert quote["text"] == "an Indiana-born judge can't be impartial"


def test_a_main_verb_with_no_subject_in_the_parse_after_a_name():
    text = (
        "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he "
        "spoke with Mr. Sanders on Tuesday."
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Harry Reid"
    assert quote["text"] == "that he spoke with Mr. Sanders on Tuesday"


def test_a_reported_clause_runs_on_after_a_colon():
    text = (
        "Critics have said it falls flat for one reason: the pride he feels for his father "
        "is not one he extends to others."
    )
    [quote] = quotes(text)
    assert quote["text"].endswith("is not one he extends to others")


def test_a_two_word_naming_is_content():
    [quote] = quotes("Trump entered the race calling them rapists.")
    assert quote["text"] == "them rapists"


def test_a_quote_with_its_own_cue_is_not_the_sentence_befores_continuation():
    text = (
        "“I’d beat him,” Trump said. “I would love him to do it actually. I love the "
        "competition,” he said on Monday."
    )
    texts = sorted(q["text"] for q in quotes(text))
    assert texts == [
        "I would love him to do it actually. I love the competition,",
        "I’d beat him,",
    ]


def test_one_record_per_cue_and_content():
    text = (
        "Trump said the goal was not to “make America great again” but to “make America "
        "white again.”"
    )
    [quote] = quotes(text)
    assert quote["text"].endswith("“make America white again.”")


def test_more_verbs_of_saying():
    text = "“The way I see it,” she elaborated, “no one ever questioned his sacrifice.”"
    [quote] = quotes(text)
    assert quote["cue"] == "elaborated"
    assert quote["direct"]


@pytest.mark.parametrize(
    ("text", "cue", "parts"),
    [
        (
            "Trump attacked Kasich, whom he views as something of a peer.",
            "views",
            ["whom", "as something of a peer"],
        ),
        (
            "He cited the law, which he called a cartel for higher education.",
            "called",
            ["which", "a cartel for higher education"],
        ),
        ("He praised Clinton, who he is supporting in the primary.", "supporting", ["who"]),
    ],
)
def test_a_relative_pronoun_that_is_the_cues_object(text, cue, parts):
    quote = next(q for q in quotes(text) if q["cue"] == cue)
    assert [text[a:b] for a, b in quote["parts"]] == parts
    assert quote["speaker_start"] is not None
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "he"


def test_a_partly_quoted_sentence_goes_on_in_the_next_quote():
    text = (
        "Still, golf clubs are ''just scratching out a profit,'' Mr. Hedge said from his office."
        " ''Golf is a razor-thin industry from an investor standpoint.''"
    )
    [quote] = quotes(text)
    assert quote["cue"] == "said"
    assert [text[a:b] for a, b in quote["parts"]][-1] == (
        "Golf is a razor-thin industry from an investor standpoint."
    )


def test_of_two_subjects_the_speaker_is_the_one_next_to_the_cue():
    # the parse makes "The fact" a second subject of "said"
    text = (
        "\"He's sharp. He's articulate. The fact that he, in his first term in the Senate,"
        ' really tried to do something," Huckabee said.'
    )
    [quote] = quotes(text)
    assert (quote["cue"], quote["speaker"], quote["direct"]) == ("said", "Huckabee", True)


def test_a_quote_one_sentence_after_another_in_its_paragraph_goes_on_with_it():
    text = (
        '"We will win this state," Trump said at the rally.\n\n'
        '"You know, it happens, right?" Trump went on, as if he didn\'t hear her.'
        ' "But you gotta get over it. Fight back."'
    )
    [quote] = quotes(text)
    assert [text[a:b] for a, b in quote["parts"]][-1] == "But you gotta get over it. Fight back."


def test_a_naming_verb_the_tagger_reads_as_a_participle():
    text = "De Blasio, speaking on WOR710, called Trump a “blowhard,” and left."
    quote = next(q for q in quotes(text) if q["cue"] == "called")
    assert (quote["speaker"], quote["text"]) == ("De Blasio", "Trump a “blowhard,”")
    assert not [q for q in quotes("He runs a website called Real News Right Now.")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Clinton has been asked to release the transcripts of these speeches.",
            "to release the transcripts of these speeches",
        ),
        ("Respondents were also asked to pick the loser.", "to pick the loser"),
    ],
)
def test_what_someone_unnamed_asks_someone_to_do(text, content):
    [quote] = quotes(text)
    assert (quote["cue"], quote["speaker"], quote["text"]) == ("asked", None, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "McCain Challenger Kelli Ward: Impeach AG Lynch, ‘Stop DC at the Bathroom Door.’\n\n"
            "Former Arizona State Senator Kelli Ward called for the impeachment of Lynch on"
            " Friday.",
            "Kelli Ward",
            "Impeach AG Lynch, ‘Stop DC at the Bathroom Door.’",
        ),
        (
            "Obama To Asians Worried About U.S. Election: It’s Going To Be OK.\n\n"
            "President Barack Obama said on Wednesday that the election would turn out fine.",
            "Obama",
            "It’s Going To Be OK",
        ),
        (
            "Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary Private Email Server Was"
            " a Bad Idea.\n\nSidney Blumenthal said that he has “no idea” if he would have told"
            " her.",
            "Sidney Blumenthal",
            "‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad Idea",
        ),
    ],
)
def test_a_titles_speaker_before_its_colon(text, speaker, content):
    quote = next(q for q in quotes(text) if q["cue"] == ":")
    assert (quote["speaker"], quote["text"]) == (speaker, content)


def test_a_quote_right_after_a_mixed_quote_goes_on_with_it():
    text = (
        "Carson noted that Saturday would have been Ronald Reagan’s 105th birthday and quoted"
        " Reagan’s “eleventh commandment” -- “Thou shall not speak ill of thy fellow Republican.”"
    )
    cues = {q["cue"]: q["text"] for q in quotes(text)}
    assert cues["noted"] == "that Saturday would have been Ronald Reagan’s 105th birthday"
    assert cues["quoted"].endswith("Thou shall not speak ill of thy fellow Republican.")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Many voters can envision a Clinton presidency that ends the gridlock.", "envision"),
        ("The senator sided with the Democrats on the spending bill.", "sided"),
        ("Putin lashed out at Turkey for having shot down a Russian bomber.", "lashed"),
    ],
)
def test_more_verbs_of_stance(text, cue):
    assert cue in [q["cue"].split()[0] for q in quotes(text)]


def test_a_chant_is_speech():
    text = 'The attendees chanted "Lock her up!" as he spoke.'
    [quote] = quotes(text)
    assert (quote["cue"], quote["speaker"], quote["text"]) == (
        "chanted",
        "The attendees",
        "Lock her up!",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "White states like Iowa (93 percent of voters there were white, according to exit"
            " polls) have long been a problem for him.",
            "93 percent of voters there were white",
        ),
        (
            "The women skate. (According to the New York Police Department, it does not keep"
            " statistics on violations.)",
            "it does not keep statistics on violations",
        ),
    ],
)
def test_according_to_inside_parentheses(text, content):
    quote = next(q for q in quotes(text) if q["cue"].lower() == "according to")
    assert quote["text"] == content


def test_a_verb_the_tagger_reads_as_a_plural_noun():
    text = "The Republican presidential candidate plans to be back in South Carolina on Saturday."
    [quote] = quotes(text)
    assert (quote["cue"], quote["speaker"], quote["text"]) == (
        "plans",
        "The Republican presidential candidate",
        "to be back in South Carolina on Saturday",
    )


def test_the_support_a_candidate_draws_is_the_supporters_stance():
    text = "Trump drew the support of 41 percent of the Republican voters surveyed."
    [quote] = quotes(text)
    assert quote["text"] == "Trump"
    assert text[quote["speaker_start"] : quote["speaker_end"]].startswith("41 percent")


def test_a_stance_on_someone_named_by_a_pronoun():
    text = "Christie met Trump in February. The governor endorsed him on Friday."
    quote = next(q for q in quotes(text) if q["cue"] == "endorsed")
    assert quote["text"] == "him"
    assert not [q for q in quotes("The governor saw them on Friday.")]


def test_a_headline_backed_by_a_body_sentence_that_tells_it():
    headline = "China rebuts American criticism on overcapacity\n\n"
    told = headline + "The American criticism of China's steel overcapacity grew louder this week."
    assert [q["cue"] for q in quotes(told) if q["start"] < len(headline)] == ["rebuts"]
    untold = headline + "Steel prices grew this week as mills in Ohio closed."
    assert not [q for q in quotes(untold) if q["start"] < len(headline)]


def test_a_speaker_or_a_content_found_in_markup_is_no_quote():
    text = (
        '<tweet author="realDonaldTrump" tweet_id="672149874046083072">I refuse to accept'
        " this as normal.</tweet>"
    )
    assert not [
        q
        for q in quotes(text)
        if q["speaker_start"] is not None and "=" in text[q["speaker_start"] : q["speaker_end"]]
    ]
    posts = (
        '<tweet pic="" author="realDonaldTrump" timestamp="1449075600"'
        ' tweet_id="672152791717158917">California shooting looks very bad. Good luck to law'
        " enforcement and God bless.</tweet>.\n\n"
        '<tweet pic="" author="JebBush" timestamp="1449075600" tweet_id="672153025243426816">'
        "Praying for the victims, their families & the San Bernardino first responders in the"
        " wake of this tragic shooting.</tweet>."
    )
    assert not [q for q in quotes(posts) if "author=" in q["text"]]


def test_a_reported_clause_the_parse_reads_as_a_subject_before_an_inverted_cue():
    text = (
        'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert'
        " Wilders, founder of the Dutch Party for Freedom."
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Geert Wilders"
    assert quote["text"].startswith("The rejection of the treaty signals")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Davis, a longtime liberal, lashed out at the GOP nominee on Facebook.", "GOP nominee"),
        ("Clinton has been hinting at her playbook for the convention.", "her playbook"),
    ],
)
def test_what_a_stance_is_aimed_at(text, content):
    [quote] = quotes(text)
    assert content in quote["text"]


def test_where_something_was_said_is_not_what_it_was_aimed_at():
    found = quotes("Energized new voters showed up at the polls. Obama pointed at a rally.")
    assert not [q for q in found if "polls" in q["text"] or "rally" in q["text"]]


def test_an_agentless_passive_with_nothing_after_it_reports_its_subject():
    [quote] = quotes("On Thursday, the dissolution of the club was announced.")
    assert quote["speaker"] is None
    assert quote["text"] == "the dissolution of the club"
    assert not quotes("Two other cases were revealed.")  # a discovery, not a claim


def test_a_quote_right_after_a_reported_sentence_goes_on_with_it():
    text = (
        "Sanders said she and Obama had made progress in the face of GOP opposition. "
        '"I really believe that the president has done an incredible job against great odds."'
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Sanders"
    assert len(quote["parts"]) == 2
    assert quote["parts"][1][0] == text.index("I really")


def test_a_clause_before_a_verb_with_its_own_complement_is_not_what_it_reports():
    text = (
        "The club has been a significant money-maker for Trump, however — he reported earning"
        " $132 million from the club on his financial disclosure form."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "reported"]
    assert quote["text"].startswith("earning $132 million")


def test_what_a_trailing_cue_asks_for_is_its_content_not_the_clause_before():
    text = (
        "There was a moment of mayhem before the votes were cast when a party activist asked"
        " for the allegiances of all the delegate-candidates to be disclosed."
    )
    [quote] = [q for q in quotes(text) if q["cue"].startswith("asked")]
    assert quote["text"].startswith("the allegiances")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Few executives knew of the confidential research effort.", "research effort"),
        ("Many residents worry about derogatory portrayals of migrants.", "portrayals"),
    ],
)
def test_what_a_view_is_about(text, content):
    [quote] = quotes(text)
    assert content in quote["text"]


def test_whom_something_is_said_of_is_not_what_is_said():
    assert not [q for q in quotes("Ryan said of Mr. Trump on Tuesday.") if "Trump" in q["text"]]


def test_pushing_back_on_a_claim_is_a_stance_on_it():
    [quote] = quotes("The senator pushed back on those claims on Thursday.")
    assert quote["text"].startswith("those claims")


def test_the_story_one_tells_is_what_is_told_not_whom_one_tells():
    [quote] = quotes("The governor often tells a much different story.")
    assert quote["text"] == "a much different story"
    assert not quotes("The governor told reporters on Tuesday.")


def test_what_a_paper_or_researchers_find_is_their_finding():
    [quote] = quotes("One influential 2009 paper found improvements in math scores.")
    assert quote["text"] == "improvements in math scores"


def test_what_someone_pushes_to_do_is_their_aim():
    [quote] = quotes("Many leaders are pushing to make the agreement binding.")
    assert quote["text"] == "to make the agreement binding"


def test_what_one_believes_in_is_what_one_holds():
    [quote] = quotes("Millennials still believe in the American dream.")
    assert quote["text"] == "the American dream"
    assert not [q for q in quotes("Rubio responded with vitriol.") if q["text"] == "vitriol"]


def test_a_past_tense_verb_joined_to_a_present_reported_clause_is_the_speakers_next_act():
    text = "Sanders said she admires his determination and highlighted their shared goals."
    quote = next(q for q in quotes(text) if q["cue"] == "said")
    assert quote["text"] == "she admires his determination"


def test_what_something_is_known_as_is_a_name_not_an_attribution():
    # issue 21: naming ("known as", "a group called") is no attribution of any kind
    text = "Trump won Georgia, his first win in the group of contests known as Super Tuesday."
    assert not [q for q in quotes(text) if q["cue"] == "known"]
    assert not quotes("Protesters gathered in what is known as the Square of Heroes.")
    assert not quotes("A new group called Parents for Parks met on Tuesday.")
    # a reputation held by no one named stays an unsourced attribution
    text = "They went to New Hampshire, a state known for rewarding more moderate types."
    [quote] = [q for q in quotes(text) if q["cue"] == "known"]
    assert quote["text"].endswith("rewarding more moderate types")


def test_a_sentence_closing_records_show_the_parse_misreads():
    text = "A company gave $5,000 to the PAC in June, campaign finance records show."
    [quote] = quotes(text)
    assert quote["cue"] == "show"
    assert quote["speaker"] == "campaign finance records"
    assert quote["text"].startswith("A company gave $5,000")
    assert not quotes("The debates were watched more than the talk shows.")


def test_more_manners_of_saying_next_to_a_quote():
    [quote] = quotes("“This is fantastic!” beamed Donald Hartley of Madison, Alabama.")
    assert quote["speaker"] == "Donald Hartley"
    assert quote["text"] == "This is fantastic!"


def test_an_effort_or_a_bid_is_an_aim_not_a_statement():
    found = quotes("Ortega's efforts to repair the bridge stalled. Her bid to win the seat failed.")
    assert not [q for q in found if q["cue"] in ("efforts", "bid")]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The mayor won the endorsement of the teachers union on Monday.",
            "won the endorsement",
            "the teachers union",
            "The mayor",
        ),
        (
            "She now has the backing of the largest farm groups in the state.",
            "has the backing",
            "the largest farm groups in the state",
            "She",
        ),
    ],
)
def test_backing_won_or_held_is_the_backers_stance(text, cue, speaker, content):
    [quote] = [q for q in quotes(text) if q["cue"] == cue]
    assert text[quote["speaker_start"] : quote["speaker_end"]] in speaker
    assert quote["text"] == content


def test_in_someones_view_the_clause_is_what_they_hold():
    text = "In Garcia's view, the new levy would hurt small dairy farmers badly."
    [quote] = quotes(text)
    assert quote["cue"] == "In Garcia's view"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Garcia"
    assert quote["text"] == "the new levy would hurt small dairy farmers badly"
    found = quotes("Who in their right mind would ever sell the farm now?")
    assert not [q for q in found if q["cue"] and "mind" in q["cue"]]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The zoning plan drew sharp criticism from local shop owners.",
            "local shop owners",
            "The zoning plan",
        ),
        ("The new coach came under fire from angry fans.", "angry fans", "The new coach"),
    ],
)
def test_criticism_met_is_the_critics_stance_on_whom_it_meets(text, speaker, content):
    [quote] = quotes(text)
    assert text[quote["speaker_start"] : quote["speaker_end"]] in speaker
    assert quote["text"] == content


def test_criticism_met_with_a_topic_of_its_own_is_about_that_topic():
    text = "The owner faced stern opposition from the neighbors to his plan for the lot."
    [quote] = quotes(text)
    assert quote["text"].startswith("his plan for the lot")


def test_opposition_with_no_one_named_is_still_a_stance():
    [quote] = quotes("Opposition to the new stadium has grown in recent months.")
    assert quote["speaker"] is None
    assert quote["text"] == "the new stadium"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Her main argument was that the city cannot afford another delay.",
            "that the city cannot afford another delay",
        ),
        (
            "The only promise Alvarez made was that the rents would not rise.",
            "that the rents would not rise",
        ),
    ],
)
def test_a_statement_noun_equated_with_a_that_clause(text, content):
    [quote] = quotes(text)
    assert quote["text"] == content
    assert quote["speaker"] is not None


def test_when_or_where_a_statement_was_made_is_not_what_it_was_about():
    found = quotes(
        "The governor's statement on Tuesday surprised many. Her comments at the fair drew cheers."
    )
    assert not [q for q in found if q["text"] in ("Tuesday", "the fair")]


def test_what_someone_would_like_is_their_wish():
    [quote] = quotes("Republicans would like to shrink the federal education department.")
    assert quote["text"] == "to shrink the federal education department"


def test_a_second_relative_clause_speaks_for_the_noun_the_first_hangs_on():
    text = "A senator who backed the war and who hoped to end it before the election will now lose."
    [quote] = [q for q in quotes(text) if q["cue"] == "hoped"]
    assert quote["speaker"] == "A senator"
    assert quote["text"].startswith("to end it")


def test_it_in_a_relative_clause_stands_for_a_body():
    text = "The agency is bracing for a fight it expects to last into the summer."
    [quote] = [q for q in quotes(text) if q["cue"] == "expects"]
    assert quote["speaker"] == "it"
    assert quote["text"] == "to last into the summer"


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("In his column on Sunday, Will urged voters to reject the measure.", "urged", "Will"),
        ("Asked about the vote, Early described it as a mistake.", "described", "Early"),
        ("On taxes, more said they trust the governor than the mayor.", "said", "more"),
    ],
)
def test_a_subject_read_as_a_modal_or_an_adverb_still_speaks(text, cue, speaker):
    [quote] = [q for q in quotes(text) if q["cue"] == cue]
    assert quote["speaker"] == speaker


def test_the_last_of_a_series_of_verbs_keeps_the_subject_of_the_first():
    text = (
        "The governor toured the flooded plant on Monday, said the factory would reopen by spring."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "said"]
    assert quote["speaker"] == "The governor"
    assert quote["text"] == "the factory would reopen by spring"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "At a town hall in Dayton, Ohio, 58-year-old Mary Ruiz also said the mill should"
            " reopen.",
            "Mary Ruiz",
        ),
        ("In an interview at the plant in Toledo - Ruiz said the mill should reopen.", "Ruiz"),
    ],
)
def test_a_name_hung_on_the_phrase_before_it_still_speaks(text, speaker):
    [quote] = [q for q in quotes(text) if q["cue"] == "said"]
    assert quote["speaker"] == speaker
    assert quote["text"] == "the mill should reopen"


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        ("Two mayors were the only Democrats to oppose the budget.", "oppose", "Two mayors"),
        ("Lee was one of the first to praise the plan.", "praise", "Lee"),
    ],
)
def test_an_infinitive_after_be_speaks_for_the_subject_of_be(text, cue, speaker):
    [quote] = [q for q in quotes(text) if q["cue"] == cue]
    assert quote["speaker"] == speaker


def test_a_participle_with_an_object_of_its_own_speaks_for_the_noun_it_follows():
    text = "Teachers required to vote for the contract could still change their minds."
    [quote] = [q for q in quotes(text) if q["cue"] == "vote"]
    assert quote["speaker"] == "Teachers"


@pytest.mark.parametrize(
    "text",
    ["Spalding calls himself a moderate.", "Spalding describes himself on his blog as a moderate."],
)
def test_a_one_word_name_read_as_a_verb_still_speaks(text):
    [quote] = [q for q in quotes(text) if q["cue"] in ("calls", "describes")]
    assert quote["speaker"] == "Spalding"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator derided the plan as a giveaway.", "the plan as a giveaway"),
        ("Progressive groups are encouraging her to run on bold change.", "her to run"),
    ],
)
def test_more_verbs_of_attitude(text, content):
    [quote] = quotes(text)
    assert quote["text"].startswith(content)


def test_casting_someone_as_something_is_a_view_casting_ballots_is_not():
    [quote] = quotes("The governor cast himself as a Washington outsider.")
    assert quote["text"] == "himself as a Washington outsider"
    assert not quotes("Millions of voters cast their ballots on Tuesday.")


def test_the_focus_someone_keeps_on_something_is_a_stance():
    [quote] = quotes("She has had to keep her entire focus on the primary campaign.")
    assert quote["text"] == "the primary campaign"


def test_a_poll_showing_someone_doing_something():
    [quote] = quotes("Every recent state poll has shown him trailing Trump.")
    assert quote["text"] == "him trailing Trump"


def test_a_mis_curled_closing_mark_still_closes_the_quote():
    text = (
        "“The harbour is not ready for winter,“ the port authority wrote. "
        "“We need three more cranes before the ice comes.”"
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "the port authority"
    assert quote["text"] == (
        "The harbour is not ready for winter, We need three more cranes before the ice comes."
    )


def test_reported_words_up_to_a_colon_and_the_quote_they_open_are_one_statement():
    text = (
        "The protest lasted four hours.\n\n"
        "Tomas Berg said the council had one answer for the protesters on Monday:\n\n"
        "“We will rebuild the bridge before the summer and nobody will pay a toll.”"
    )
    [quote] = spoken_by(quotes(text), "Tomas Berg")
    assert quote["text"].startswith("the council had one answer")
    assert quote["text"].endswith("nobody will pay a toll.")


def test_a_quote_with_a_credit_the_parse_missed_is_no_continuation():
    text = (
        "“The ferry will run again in May,” Anna Lind said.\n\n"
        "“Not before the engines are replaced,” Peter Holm shot back with a grin."
    )
    [said, *_] = quotes(text)
    assert said["speaker"] == "Anna Lind"
    assert said["text"] == "The ferry will run again in May,"


def test_a_quote_credited_after_a_long_apposition():
    text = (
        "“The danger,” said Marta Olsen, a geologist who has studied the northern glaciers "
        "for thirty years at the university, “is that the ice melts faster than we thought.”"
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Marta Olsen"
    assert quote["cue"] == "said"
    assert quote["text"] == "The danger, is that the ice melts faster than we thought."


def test_a_quote_right_after_a_cue_and_its_long_adjunct():
    text = (
        "The host was Anna Lind, who complained in a talk with the Morning Post sports editor "
        "Peter Holm, ''We have spent ten years ignoring the small clubs in the north.''"
    )
    [quote] = quotes(text)
    assert (quote["cue"], quote["speaker"], quote["direct"]) == ("complained", "Anna Lind", True)
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "who"
    assert quote["text"] == "We have spent ten years ignoring the small clubs in the north."


def test_making_no_mention_of_someone_is_a_stance_on_them():
    [quote] = quotes("The nominee notably made no mention of his former rival.")
    assert quote["text"] == "his former rival"


@pytest.mark.parametrize(
    "text, content",
    [
        ("The mayor endorsed Garcia before the runoff.", "Garcia"),
        ("The union endorsed Ramirez after the debate in Tulsa.", "Ramirez"),
    ],
)
def test_a_time_after_the_object_is_not_what_the_stance_is_on(text, content):
    [quote] = quotes(text)
    assert quote["text"] == content


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The governor praised the Lakeside program, a free summer school for poor children.",
            "the Lakeside program",
        ),
        (
            "Marsh cited the report of the Kellner Institute, a research group in Ohio.",
            "the report of the Kellner Institute",
        ),
    ],
)
def test_a_description_after_a_comma_is_left_out_of_the_object(text, content):
    [quote] = quotes(text)
    assert quote["text"] == content


def test_a_reported_clause_split_before_is_runs_on():
    text = "Lund explained that all the city has to do is repave the old bridge."
    [quote] = quotes(text)
    assert quote["text"] == "that all the city has to do is repave the old bridge"


@pytest.mark.parametrize(
    "text, content",
    [
        ("The mayor heralded the new budget as a turning point.", "the new budget"),
        ("The senator has repudiated years of his party's trade policy.", "years of"),
        ("Analysts foresee a long slump in the housing market.", "a long slump"),
    ],
)
def test_rarer_verbs_of_praise_and_judgment(text, content):
    [quote] = quotes(text)
    assert quote["text"].startswith(content)


def test_an_impression_in_one_word():
    text = (
        "Halvorsen seemed nervous. "
        "He appears ready, moreover, to use sanctions to punish the regime."
    )
    found = {q["cue"]: q for q in quotes(text)}
    assert found["seemed"]["text"] == "Halvorsen nervous"
    assert found["appears"]["text"].endswith("to use sanctions to punish the regime")


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Ms. Lindqvist took a shot at the mayor's housing plan on Monday.",
            "the mayor's housing plan",
        ),
        ("The union came out against the new pension rules.", "the new pension rules"),
        ("Several governors weighed in on the border dispute.", "the border dispute"),
        ("The actress opened up about her struggles with anxiety.", "her struggles"),
        ("The retired general threw his support behind Senator Okafor.", "Senator Okafor"),
    ],
)
def test_phrasal_and_light_verb_cues(text, content):
    [quote] = quotes(text)
    assert quote["text"].startswith(content)
    assert quote["speaker"] is not None


def test_questioned_about_is_a_question_put_by_no_one():
    text = "When the mayor was questioned about the stadium deal, he walked away."
    [quote] = [q for q in quotes(text) if q["cue"] == "questioned"]
    assert quote["speaker"] is None
    assert quote["text"] == "about the stadium deal"


def test_participle_of_expectation_held_by_no_one():
    text = "Officials are preparing for a winter expected to bring record snowfall to the region."
    [quote] = [q for q in quotes(text) if q["cue"] == "expected"]
    assert quote["speaker"] is None
    assert quote["text"].startswith("a winter")
    assert quote["text"].endswith("to bring record snowfall to the region")


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The fans greeted the mayor with chants of “Fix the roads!” at the parade.",
            "chants",
            "The fans",
            "Fix the roads!",
        ),
        (
            "Her advisers have long used the term “quiet majority” in their mailings.",
            "term",
            "Her advisers",
            "quiet majority",
        ),
        (
            "The council released a report titled “Streets for People” on Monday.",
            "titled",
            "The council",
            "Streets for People",
        ),
    ],
)
def test_words_chanted_coined_or_titled_after_their_noun(text, cue, speaker, content):
    [quote] = [q for q in quotes(text) if q["cue"] == cue]
    assert text[quote["speaker_start"] : quote["speaker_end"]] == speaker
    assert quote["text"] == content


def test_a_stance_noun_of_whom_a_relative_pronoun_speaks():
    text = "The bishop, who launched an attack on the casino plan, visited the flooded town."
    [quote] = [q for q in quotes(text) if q["cue"] == "attack"]
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "who"
    assert quote["text"] == "the casino plan"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Her assessment of the harbor project was blunt.", "assessment", "the harbor project"),
        ("Her message of patience did not reach the farmers.", "message", "patience"),
        ("Her hostility to the harbor project is well known.", "hostility", "the harbor project"),
    ],
)
def test_assessments_messages_and_hostility_are_their_owners_stance(text, cue, content):
    [quote] = [q for q in quotes(text) if q["cue"] == cue]
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Her"
    assert quote["text"] == content


def test_to_someone_the_clause_after_the_comma_is_how_it_seems_to_them():
    from dateline.extract.quotes.nominal import to_someone

    text = "To most farmers, the new levy is a tax on bad weather."
    doc = parse(text)
    frame = to_someone(doc, doc[0])
    assert frame.speaker.text == "most farmers"
    assert text[frame.content[0] : frame.content[1]] == "the new levy is a tax on bad weather"
    answer = parse("To that, the minister added a warning about the harvest.")
    assert to_someone(answer, answer[0]) is None


def speaker_span(text, quote):
    return text[quote["speaker_start"] : quote["speaker_end"]]


def test_contracted_has_is_no_passive():
    text = "He's predicted big wins in the western states."
    [quote] = quotes(text)
    assert quote["cue"] == "predicted"
    assert speaker_span(text, quote) == "He"


@pytest.mark.parametrize(
    "text, cue",
    [
        (
            "Senator Okafor, who toured the flooded towns and promised new funding, met the press.",
            "promised",
        ),
        (
            "The farmers, who marched through the capital to protest the new tariffs, went home.",
            "protest",
        ),
    ],
)
def test_relative_who_speaks_for_a_cue_under_its_clause(text, cue):
    [quote] = [q for q in quotes(text) if q["cue"] == cue]
    assert speaker_span(text, quote) == "who"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Mayor Berg released a video saying that the bridge would reopen.", "Berg"),
        (
            "Governor Lindqvist opened the session with a speech praising the volunteers.",
            "Lindqvist",
        ),
    ],
)
def test_the_issuer_speaks_through_a_statement(text, speaker):
    [quote] = [q for q in quotes(text) if q["cue"] in ("saying", "praising")]
    assert speaker_span(text, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Turnout rose sharply, according to an analysis by the Lindqvist Institute.",
        "Turnout rose sharply, according to a report from the Lindqvist Institute.",
    ],
)
def test_according_to_a_work_names_its_maker(text):
    [quote] = quotes(text)
    assert quote["speaker"] == "Lindqvist Institute"
    assert speaker_span(text, quote) == "Lindqvist Institute"


def test_a_dateline_with_an_agency_is_no_speaker():
    text = (
        "Bergen (AFP) – Erna Halvorsen on Monday joined the campaign, "
        "mocking her rivals as reckless."
    )
    [quote] = [q for q in quotes(text) if q["cue"] == "mocking"]
    assert speaker_span(text, quote) == "Erna Halvorsen"


def headline_quotes(text):
    return [q for q in quotes(text) if q["start"] < text.find("\n")]


@pytest.mark.parametrize(
    ("title", "cue", "speaker", "content"),
    [
        (
            "Harbor Fees Will ‘Double By Spring,’ Port Authority Tells Fishermen.",
            "Tells",
            "Port Authority",
            "Harbor Fees Will ‘Double By Spring,’",
        ),
        (
            "Mill closures must be reviewed again, county judge rules.",
            "rules",
            "county judge",
            "Mill closures must be reviewed again",
        ),
    ],
)
def test_a_headline_credited_after_its_last_comma(title, cue, speaker, content):
    text = title + "\n\nThe ruling came on Friday."
    [quote] = headline_quotes(text)
    assert (quote["cue"], quote["text"]) == (cue, content)
    assert text[quote["speaker_start"] : quote["speaker_end"]] == speaker
    # a second predicate after the comma is not a credit ("..., but backs him")
    second = "Mayor calls the plan 'reckless,' but backs him.\n\nThe vote is Monday."
    assert all(q["cue"] != "backs" for q in headline_quotes(second))


def test_a_headline_with_two_predicates_is_two_quotes_of_its_subject():
    text = (
        "Mayor Alvarez Praises Firefighters For Quick Work, Criticizes Water Board.\n\n"
        "Alvarez said the water board had failed the town."
    )
    found = {q["cue"]: q for q in headline_quotes(text)}
    assert found["Praises"]["text"] == "Firefighters For Quick Work"
    assert found["Criticizes"]["text"] == "Water Board"
    assert found["Criticizes"]["speaker_start"] == found["Praises"]["speaker_start"]
    text = "Senator Okafor chides bankers and praises farmers.\n\nOkafor spoke in Lagos."
    assert {q["cue"]: q["text"] for q in headline_quotes(text)} == {
        "chides": "bankers",
        "praises": "farmers",
    }


def test_a_title_case_headline_speaker_may_have_a_possessive():
    text = (
        "Denmark’s Anna Holm Endorses The Harbor Plan.\n\nHolm said the plan would bring jobs back."
    )
    [quote] = headline_quotes(text)
    assert (quote["cue"], quote["text"]) == ("Endorses", "The Harbor Plan")
    # a plural noun before a modal is the subject's head, not a cue
    emails = "After review, Governor Lind's emails might be released.\n\nThe review ended."
    assert all(q["cue"] != "emails" for q in headline_quotes(emails))


@pytest.mark.parametrize(
    "title",
    [
        "Harbor Report: A Town at the Water's Edge.",
        "Valley Weekly: Was the dam worth its price?",
        "The Latest: Lind wins the county primary.",
    ],
)
def test_a_headline_colon_after_a_label_or_before_a_topic_is_no_quote(title):
    assert headline_quotes(title + "\n\nThe town voted on Tuesday.") == []
    stated = "Harbor Council: Fees will rise next year.\n\nThe town voted on Tuesday."
    assert [q["cue"] for q in headline_quotes(stated)] == [":"]


def test_a_headline_source_with_a_cue_verb_before_its_colon_is_the_words_before_it():
    text = (
        "Mayor Alvarez Warns Port Critics: ‘We Will Not Close The Docks.’\n\n"
        "Luis Alvarez, the mayor, said on Monday that the docks would stay open."
    )
    [quote] = headline_quotes(text)
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Mayor Alvarez"


def test_headline_jabs_are_cues_of_a_title():
    text = "Okafor swipes at the governor over the budget.\n\nOkafor spoke in Lagos."
    [quote] = headline_quotes(text)
    assert quote["cue"] == "swipes"
    assert text[quote["speaker_start"] : quote["speaker_end"]] == "Okafor"


def test_a_verb_with_what_it_is_about_after_it_does_not_take_the_clause_before():
    text = "Turnout has dropped sharply, organizers complain of the poor weather."
    [quote] = [q for q in quotes(text) if q["cue"] == "complain"]
    assert quote["text"] == "the poor weather"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The landlord was charged with fraud in a county court last spring.", "charged"),
        ("The new levy was intended to curb speculation in the housing market.", "intended"),
        ("The senator is assured of at least forty votes in the committee.", "assured"),
        ("The rezoning plan was quietly approved last month.", "approved"),
    ],
)
def test_an_agentless_charge_or_projection_is_an_unsourced_attribution(text, cue):
    [quote] = quotes(text)
    assert (quote["cue"], quote["speaker"]) == (cue, None)


def test_one_record_for_words_two_cues_share():
    # "said" and "wants" both take the quoted words: one statement, the reporting cue's
    found = quotes(
        'Mayor Linda Okafor said she wants "a new bridge over the river before the winter '
        'floods come back again."'
    )
    shared = [q for q in found if q["text"].startswith("a new bridge")]
    assert len(shared) == 1
    assert shared[0]["cue"] == "said"


def test_short_colon_lines_heading_sections_are_no_quotes():
    text = (
        "What each mayor needs to do this week.\n\n"
        "Linda Okafor: Hold the line.\n\n"
        "Okafor leads in every poll of the city and has money to spare.\n\n"
        "Peter Vance: Win the suburbs.\n\n"
        "Vance has spent the month in the towns around the city.\n\n"
        "Maria Santos: Stay in the race.\n\n"
        "Santos trails both of them by a wide margin.\n"
    )
    assert [q for q in quotes(text) if q["cue"] == ":"] == []


def test_every_word_list_the_quote_layer_reads_is_in_quote_rules():
    # the quote modules read their word lists from sections of data/quote_rules.txt
    import re
    from pathlib import Path

    from dateline.extract.quotes import frames
    from dateline.lexicon import section_lines

    rules = section_lines("quote_rules.txt")
    package = Path(frames.__file__).parent
    read = {
        name
        for path in package.glob("*.py")
        for name in re.findall(
            r'(?:sections|section_lines)\(RULES\)\["([^"]+)"\]', path.read_text()
        )
    }
    assert len(read) > 40
    assert all(rules.get(name) for name in read), sorted(n for n in read if not rules.get(n))
    assert "trailing-cues" in read and "verb-phrases" in read
    assert frames._PHRASES["touch", ""] == frozenset({"on"})  # a verb with no particle
    assert frames._PHRASES["take", "shot"] == frozenset({"at"})
    assert frames._PHRASES["walk", "back"] is None  # the verb's own object is the content
    assert frames._TOPIC_PREPOSITIONS["push"] == frozenset({"for", "against", "on"})


def test_a_quote_whose_extra_mark_comes_first_keeps_its_parts_in_order():
    text = (
        "Trump said that \u201cethanol people\u201d\xa0\u201cdo a fantastic job. And it\u2019s so "
        "important. And it\u2019s another form of, let\u2019s stay away from OPEC,\xa0and "
        "let\u2019s stay away from that Middle East stuff. It\u2019s so important.\u201d\n\n"
        "He added, \u201cactually, what I don\u2019t understand, because the one guy that\u2019s "
        "doing pretty good with me in Iowa is Ted Cruz.\u201d"
    )
    found = quotes(text)
    assert found
    for quote in found:
        assert quote["parts"] == sorted(quote["parts"]) and quote["start"] <= quote["end"]
