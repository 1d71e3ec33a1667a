"""The event layer on passages written for each construction: codes, actors, negation,
reported events, dates and places."""

import pytest

from dateline.extract.common.referents import EntityIndex
from dateline.extract.events import codebook
from dateline.extract.events.actors import actor_code, group_code, sector
from dateline.pipeline import annotate
from dateline.record import Article

PUBLISHED = "2024-03-14T09:00:00Z"  # a Thursday


def events(text, published=PUBLISHED):
    article = annotate(Article(id="x", text=text, published=published))
    for event in article.events:
        assert event["text"] == text[event["start"] : event["end"]]
        assert event["start"] <= event["action_start"] < event["action_end"] <= event["end"]
        assert event["root"] == event["code"][:2]
        assert event["goldstein"] == codebook.goldstein(event["code"])
        assert event["quad_class"] == codebook.quad_class(event["code"])
    return article, article.events


def first(text, **kwargs):
    _, found = events(text, **kwargs)
    assert found, f"no event in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "text, code, plover",
    [
        ("Iran supplied weapons to the Houthi rebels last year.", "072", "AID"),
        ("Russia vetoed the Security Council resolution on Mali.", "129", "REJECT"),
        ("The European Union imposed sanctions on Belarus.", "163", "COERCE"),
        ("Kenya deployed peacekeepers to Haiti.", "074", "AID"),
        ("Kenyan officials held talks with Ethiopian envoys in Nairobi.", "046", "CONSULT"),
        ("The Kenyan president met his Ethiopian counterpart.", "040", "CONSULT"),
        ("Egypt made a proposal to the two sides.", "030", "AGREE"),
        ("The opposition demanded the withdrawal of Ethiopian troops.", "106", "REQUEST"),
        ("Ukraine accused Russia of war crimes.", "1124", "ACCUSE"),
        ("The Kenyan government criticized Ethiopia for the raid.", "111", "ACCUSE"),
        ("Ethiopian soldiers attacked a Kenyan border post.", "190", "ASSAULT"),
        ("Russian artillery shelled the town of Kupiansk.", "194", "ASSAULT"),
        ("Kenyan police arrested 14 opposition activists.", "173", "COERCE"),
        ("Thousands of Kenyan students protested against the tax bill.", "141", "PROTEST"),
        ("Kenya and Ethiopia signed an agreement on grazing rights.", "057", "SUPPORT"),
        ("Hamas released four hostages on Saturday.", "0841", "RETREAT"),
        ("Russia declared a ceasefire in the region.", "0871", "RETREAT"),
        ("Kenya recalled its ambassador to Ethiopia.", "161", "SANCTION"),
        ("The Ethiopian army mobilized its reserves.", "154", "MOBILIZE"),
    ],
)
def test_verb_events_are_coded(text, code, plover):
    event = first(text)
    assert (event["code"], event["plover"]) == (code, plover)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Iran continued arms shipments to the Houthis.", "072"),
        ("The Ethiopian government launched a crackdown on protesters in Addis Ababa.", "175"),
        ("Israel launched air strikes on targets in Gaza.", "195"),
        ("Workers in Nairobi staged a general strike on Monday.", "143"),
        ("The Kenyan army carried out an attack on the militants' camp.", "190"),
    ],
)
def test_nominal_events_are_coded_by_the_noun(text, code):
    assert first(text)["code"] == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Jordan and Britain held joint military exercises in the desert.", "062"),
        ("The United States provided military aid to Ukraine.", "072"),
        ("The United Nations sent military personnel to Bosnia.", None),
    ],
)
def test_military_words_alone_do_not_make_military_aid(text, code):
    codes = [e["code"] for e in events(text)[1]]
    assert (codes[0] if codes else None) == code


@pytest.mark.parametrize(
    "text, code, plover",
    [
        ("Ethiopia agreed to withdraw its troops from the border.", "0356", "AGREE"),
        ("The United States will provide humanitarian aid to Sudan.", "0333", "AGREE"),
        ("Kenya demanded that Ethiopia withdraw its troops.", "106", "REQUEST"),
        ("Russia refused to release the prisoners.", "1243", "REJECT"),
        ("Pakistan rejected an offer of talks from India.", "125", "REJECT"),
        ("Iran threatened to impose sanctions on the Emirates.", "1312", "THREATEN"),
        ("The rebels vowed to attack government positions.", "138", "THREATEN"),
        ("Russia said that Sudan must release the prisoners.", "1053", "REQUEST"),
        ("The U.S. said it would not meet the kidnappers' demands.", "124", "REJECT"),
        ("The ILO reiterated its demand that Israel ease the restrictions.", "1051", "REQUEST"),
        ("Egypt said the United States must be ready to mediate.", "105", "REQUEST"),
    ],
)
def test_frames_turn_events_into_intents_demands_rejections_threats(text, code, plover):
    event = first(text)
    assert (event["code"], event["plover"]) == (code, plover)


def test_an_agreement_to_act_is_an_intent_not_the_act():
    _, found = events("Israel and Jordan reached an agreement to share intelligence.")
    assert "0314" in {e["code"] for e in found}
    assert "064" not in {e["code"] for e in found}


def test_expelling_an_agency_is_not_deporting_a_person():
    event = first("Indonesia expelled the UN refugee agency UNHCR from Aceh.")
    assert event["code"] == "1663"


def test_a_demand_names_who_is_asked():
    event = first("Kenya demanded that Ethiopia withdraw its troops.")
    assert (event["actor_code"], event["target_code"]) == ("KEN", "ETH")


def test_must_in_reported_speech_is_a_demand_by_the_speaker_of_the_one_who_must():
    event = first("Russia said on Tuesday that Sudan must release the prisoners.")
    assert (event["actor"], event["target"]) == ("Russia", "Sudan")
    assert event["date"] == "2024-03-12"


@pytest.mark.parametrize(
    "text, actor_code",
    [
        ("Kenya's foreign minister condemned the attack.", "KENGOV"),
        ("The Kenyan army attacked the camp.", "KENMIL"),
        ("Somali rebels attacked the camp.", "SOMREB"),
        ("Kenyan police arrested the suspects.", "KENCOP"),
        ("The Ethiopian opposition protested in Addis Ababa.", "ETHOPP"),
        ("The United Nations condemned the attack.", "IGOUNO"),
        ("The African Union condemned the attack.", "IGOAFU"),
        ("Amnesty International condemned the arrests.", "NGOAMN"),
        ("Syria condemned the attack.", "SYR"),
        ("Protesters in Nairobi blocked roads.", "KENCVL"),
        ("Sri Lankan soldiers arrested the suspects.", "LKAMIL"),
        ("The Philippine Senate condemned the attack.", "PHLLEG"),
        ("Soviet troops attacked the camp.", "RUSMIL"),
        ("Thousands of Buddhist monks in Rangoon condemned the attack.", "MMRREL"),
        ("Janjaweed militiamen in Darfur attacked the camp.", "SDNREB"),
    ],
)
def test_actor_codes_come_from_country_and_role(text, actor_code):
    assert first(text)["actor_code"] == actor_code


def test_coordinated_actors_each_get_the_event():
    _, found = events("France and Germany condemned the coup in Niger.")
    assert [(e["actor_code"], e["code"]) for e in found] == [("FRA", "111"), ("DEU", "111")]
    assert all(e["place"] == "Niger" for e in found)


def test_pronoun_and_title_actors_resolve_to_the_named_entity():
    text = (
        "Kenyan President William Ruto arrived in Addis Ababa on Monday. "
        "He met Prime Minister Abiy Ahmed and praised Ethiopia's efforts."
    )
    _, found = events(text)
    met = next(e for e in found if e["code"] == "040")
    assert met["actor"] == "William Ruto"
    assert met["actor_code"] == "KENGOV"
    assert met["target"] == "Abiy Ahmed"
    praised = next(e for e in found if e["code"] == "051")
    assert praised["actor"] == "William Ruto"


def test_apposition_actor():
    event = first("Hugh Hill, a Kenyan army general, ordered troops to withdraw from the town.")
    assert event["actor"] == "Hugh Hill"
    assert event["code"] == "0874"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Ethiopian troops did not attack the village.", "190"),
        ("Kenya never recognized the breakaway government.", None),
        ("His government sees no need to deploy additional troops.", "154"),
    ],
)
def test_negation_is_kept_not_dropped(text, code):
    _, found = events(text)
    if code is None:
        assert all(e["code"] != "054" for e in found) or all(e["negated"] for e in found)
        return
    event = next(e for e in found if e["code"] == code)
    assert event["negated"] is True


def test_unnegated_event_is_not_negated():
    assert first("Ethiopian troops attacked the village.")["negated"] is False


def test_event_inside_a_quote_is_reported_by_that_quote():
    text = "The rebels attacked the base, the army spokesman said on Friday."
    article, found = events(text)
    event = first(text)
    quote = next(q for q in article.quotes if q["id"] == event["reported_by"])
    assert quote["start"] <= event["action_start"] < quote["end"]


def test_first_person_inside_a_direct_quote_is_the_speaker():
    text = '"We will retaliate against Ethiopia," the Kenyan defence minister said.'
    event = first(text)
    assert event["reported_by"] is not None
    assert event["actor_code"] == "KENGOV"
    assert event["plover"] == "THREATEN"


@pytest.mark.parametrize(
    "phrase_text, date",
    [
        ("on Tuesday", "2024-03-12"),
        ("on Thursday", "2024-03-14"),
        ("yesterday", "2024-03-13"),
        ("on March 3", "2024-03-03"),
        ("last week", None),
    ],
)
def test_dates_are_anchored_to_publication(phrase_text, date):
    event = first(f"Kenyan police arrested 14 activists {phrase_text}.")
    assert event["date"] == date


def test_no_publication_date_leaves_relative_dates_unknown():
    event = first("Kenyan police arrested 14 activists on Tuesday.", published=None)
    assert event["date"] is None


def test_place_comes_from_the_place_layer():
    event = first("Ethiopian soldiers attacked a village in Tigray on Sunday.")
    assert event["place"] == "Tigray"
    assert event["place_id"] is not None


def test_wire_dateline_is_neither_actor_nor_date():
    text = "NEW YORK, July 9 (Reuters) - Russia vetoed a draft resolution on Mali on Tuesday."
    event = first(text, published="2024-07-09")
    assert event["actor"] == "Russia"
    assert event["date"] == "2024-07-09"


@pytest.mark.parametrize(
    "text",
    [
        "The weather in Nairobi was warm and dry on Tuesday.",
        "The report runs to 40 pages and cites 12 sources.",
        "He called the agreement a step toward lasting peace.",
        "The blast was heard across the city.",
        "Marco Rubio, will you resign?",
        "Even had I known, it would not have killed my enthusiasm.",
        "Donald Trump is destroying the party's chance to win.",
        "That is a view I don't agree with.",
        "The author will discuss his new book on Monday.",
        "Rising prices could threaten our national security.",
        "The senator said Trump should win the nomination.",
        "I shouldn't say this, he said.",
        "Democrats act as though they want to lose.",
        "Voters simply push the button for their party.",
        "Asked why he had not endorsed Clinton, Sanders smiled.",
        "The senator asked if it would be possible to fund the program with taxes.",
        "Ms. Brainard declined to comment for this article.",
        "Miller agreed that she was not in the Trump camp.",
        "Sanders offered a glimpse of his plans.",
        "Switzerland's political system allows anyone to bring an issue to a referendum.",
        "Samantha Lachman contributed reporting from Charleston.",
        "Adelson will help fund the super PAC.",
        "The debate was hosted by ABC News at St. Anselm College.",
        "We are going to march out with the Democratic nomination.",
        "I will fight for you, and I will win for you.",
        "The Super PAC also plans to target Indiana voters via mail.",
        "If the demands are not met, the union will strike.",
        "Voters were divided on whether to deport immigrants.",
        "Hillary Clinton called Alicia Machado on Friday to express gratitude.",
        "Chaffetz insisted he has different questions for Pagliano.",
        "Citizens carried arms openly in Cleveland.",
        'Co-anchor Norah O\'Donnell then loudly asked, "Really?"',
        "Mateen was assisted from abroad.",
    ],
)
def test_sentences_without_a_codable_event_give_none(text):
    assert events(text)[1] == []


def test_attacking_an_idea_is_criticism():
    event = first("The Kenyan opposition attacked the plan in parliament.")
    assert event["code"] == "111"


def test_meeting_of_coordinated_actors_needs_no_object():
    _, found = events("Kenya and Ethiopia met in Addis Ababa on Monday.")
    assert {e["actor_code"] for e in found if e["code"] == "040"} == {"KEN", "ETH"}


def test_unconventional_violence_by_irregular_actors():
    event = first("Gunmen killed 23 people in Kabul.")
    assert event["code"] == "1823"
    assert event["plover"] == "ASSAULT"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Two suicide bombers killed 23 people in Kabul.", "1831"),
        ("Three Kenyan soldiers were killed by a roadside bomb near Mandera.", "1833"),
        ("A Lebanese journalist was killed in a car bomb explosion in Beirut.", "1832"),
    ],
)
def test_bombings_are_coded_as_bombings(text, code):
    assert first(text)["code"] == code


def test_codebook_plover_and_quad_class():
    assert codebook.plover("163") == "COERCE"
    assert codebook.plover("0841") == "RETREAT"
    assert codebook.plover("081") == "CONCEDE"
    assert codebook.plover("010") is None  # PLOVER drops statements
    assert codebook.plover("1823") == "ASSAULT"
    assert [codebook.quad_class(c) for c in ("040", "057", "112", "190")] == [1, 2, 3, 4]
    assert codebook.goldstein("190") == -10.0


def test_compose_never_invents_a_code():
    for frame in ("intent", "demand", "reject", "threaten", "cause"):
        for code in ["040", "0874", "163", "1823", "190", None]:
            assert codebook.is_code(codebook.compose(frame, code))


def test_codebook_predicates_name_cameo_roots():
    assert codebook.root("1831") == "18" and codebook.root_number("0874") == 8
    assert codebook.base("1831") == "183" and codebook.base("04") == "04"
    assert codebook.is_violent("190") and not codebook.is_violent("173")
    assert codebook.is_coercive_or_worse("173") and not codebook.is_coercive_or_worse("163")
    assert codebook.is_material_conflict("141") and not codebook.is_material_conflict("130")
    assert codebook.is_threat_or_worse("130") and not codebook.is_threat_or_worse("120")
    assert codebook.is_cooperative("0874") and not codebook.is_cooperative("090")
    assert codebook.is_self_move("0874") and codebook.is_self_move("154")
    assert not codebook.is_self_move("087")
    assert codebook.is_state_act("1731") and not codebook.is_state_act("171")
    assert codebook.is_meeting_between("039") and codebook.is_meeting_between("046")
    assert codebook.is_demonstration("1411") and not codebook.is_demonstration("145")


def test_event_rules_data_file_has_every_section_the_modules_read():
    from dateline.lexicon import section_lines

    rules = section_lines("event_rules.txt")
    for name in ("hypothetical", "weapons", "bombings", "noun-frames", "target-prepositions"):
        assert rules[name], name
    tables = ("plover-exceptions", "compose-intent", "compose-threat", "bombings")
    for name in tables:  # "code<TAB>..." lines: every code is in the code book
        assert all(codebook.is_code(line.split("\t")[0]) for line in rules[name]), name


def test_lexicon_codes_all_exist_in_the_code_book():
    lex = codebook.lexicon()
    assert all(codebook.is_code(e.code) for entries in lex.verbs.values() for e in entries)
    assert all(codebook.is_code(code) for code in lex.nouns.values())


def test_group_codes_match_abbreviations_as_written():
    assert group_code("WHO") == "IGOWHO"
    assert group_code("who") is None
    assert group_code("the United Nations") == "IGOUNO"


def test_sector_prefers_specific_roles():
    assert sector(["rebel", "commander"]) == "REB"
    assert sector(["army", "spokesman"]) == "MIL"
    assert sector(["spokesman"]) == "GOV"
    assert sector(["security", "forces"]) == "COP"
    assert sector(["state"]) is None
    assert actor_code(None, None, EntityIndex([])) is None


def test_possessive_pronoun_gives_the_country_of_whom_it_stands_for():
    text = (
        "Ethiopia's ambassador to Kenya, Meles Alem, said his government sees no need "
        "to deploy additional troops to the area."
    )
    event = first(text)
    assert (event["actor_code"], event["code"], event["negated"]) == ("ETHGOV", "154", True)


def test_an_unnamed_government_takes_the_country_named_outside_the_target():
    event = first("The administration said China must drop barriers to U.S. exports.")
    assert (event["actor_code"], event["target_code"]) == ("USAGOV", "CHN")


def test_a_persons_title_naming_an_international_body():
    text = "Kenzo Oshima, the United Nations relief coordinator, condemned the attack."
    assert first(text)["actor_code"] == "IGOUNO"


def test_a_body_named_as_a_modifier_does_not_replace_the_country():
    event = first("NATO-member Norway agreed to send equipment to Saudi Arabia.")
    assert event["actor_code"] == "NOR"


def test_an_unnamed_minister_takes_a_nationality_the_sentence_names():
    text = (
        "The interior minister allowed the opposition rally, according to the Pakistani "
        "home secretary."
    )
    assert first(text)["actor_code"] == "PAKGOV"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Trump attacked Hillary Clinton during the debate.", "111"),
        ("Jeb Bush fired back at Trump on Twitter.", "111"),
        ("Clinton and Sanders clashed on the debate stage.", None),
        ("She can't beat this guy without stacking the deck.", None),
        ("Together, we can fight for that change.", None),
        ("The campaign should target ethnic voters in swing states.", None),
        ("Russia attacked Ukraine on Thursday.", "190"),
        ("Israeli troops attacked the village.", "190"),
        ("Russian jets are fighting ISIS in Syria.", "190"),
        ("Rebels clashed with soldiers near the border.", "190"),
    ],
)
def test_political_attacks_are_not_violence(text, code):
    codes = [e["code"] for e in events(text)[1] if e["root"] in ("11", "18", "19", "20")]
    assert (codes[0] if codes else None) == code


def test_object_control_gives_the_doer_of_the_infinitive():
    _, found = events("Clinton needs superdelegates to support her nomination.")
    assert all(e["actor"] != "Clinton" for e in found if e["code"] == "051")


@pytest.mark.parametrize(
    "text",
    [
        "The Ivory Coast's Supreme Court decided to allow candidate Alassane Ouattara to run.",
        "The interior minister allowed opposition leaders to hold a rally, a spokesman said.",
        "Turkey will allow refugees to return home.",
    ],
)
def test_letting_someone_act_is_a_concession(text):
    codes = {e["code"][:2] for e in events(text)[1]}
    assert codes & {"08", "03"}


@pytest.mark.parametrize(
    "text, code",
    [
        ("Thousands of students gathered in Nairobi on Friday to protest the tax bill.", "141"),
        ("World leaders gathered in Paris for the climate summit.", None),
        ("Protesters threw stones at police in Nablus.", "145"),
        ("The Israeli army called up reservists on Monday.", "154"),
    ],
)
def test_crowds_and_call_ups(text, code):
    codes = [e["code"] for e in events(text)[1]]
    assert (codes[0] if codes else None) == code


@pytest.mark.parametrize(
    "text, target_code",
    [
        ("Syria said it is willing to withdraw its troops from Lebanon.", "LBN"),
        ("The European Union agreed to provide 70 million dollars of aid for Romania.", "ROU"),
        ("Iraqi President Saddam Hussein arrived in Amman on a visit on Wednesday.", "JOR"),
        ("Syria offered its troops to Lebanon's new president.", "LBNGOV"),
        ("Chirac issued a stern reminder to Iraq that it must cooperate with the UN.", "IRQ"),
        ("Kenya demanded support from the Ethiopian parliament.", "ETHLEG"),
    ],
)
def test_targets_behind_prepositions_and_frames(text, target_code):
    found = events(text)[1]
    assert found and found[0]["target_code"] == target_code


@pytest.mark.parametrize(
    "text, code",
    [
        ("The UN withdrew its peacekeepers from the enclave.", "1661"),
        ("The Sudanese government signed a ceasefire agreement with the rebels.", "0871"),
        ("Kenya and Somalia sealed an agreement on the maritime border.", "057"),
        ("Turkey and Armenia normalized relations in 2025.", "050"),
        ("Israel reopened the border crossings on Sunday.", "0872"),
        ("The militia disbanded its units after the accord.", "0873"),
        ("The unions called off the strike after the pay offer.", "082"),
        ("Ghana lodged a formal protest with the Togolese embassy.", "114"),
        ("The rebels breached the truce within hours.", "196"),
        ("Serbia amassed troops on the Kosovo border.", "154"),
        ("Washington withheld military aid from Cairo.", "1621"),
        ("The junta exiled the former president to Gabon.", "174"),
        ("Gunmen held three aid workers hostage near Goma.", "181"),
        ("Iranian forces downed a drone over the Gulf.", "190"),
        ("Russia annexed the peninsula in 2014.", "192"),
        ("The court found the former minister guilty of fraud.", "116"),
        ("Police placed the opposition leader under house arrest.", "173"),
        ("The Kenyan finance minister was put under investigation for fraud.", "090"),
    ],
)
def test_second_lexicon_pass(text, code):
    assert first(text)["code"] == code


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Trump was largely self-funding his campaign.",
        "A developer contributed as much as $5 million to the campaign.",
        "He has to seal the deal with voters in Iowa.",
        "It takes courage to look into the eye of a shooter.",
        "Trump's chairman routed Ukrainian money to lobbyists.",
        "They will surround themselves with advisers.",
        "Trump had stolen Christie's thunder and never gave it back.",
    ],
)
def test_second_lexicon_pass_keeps_idioms_out(text):
    _, found = events(text)
    assert found == []


def test_rejecting_a_request_is_a_rejection_not_the_request():
    event = first("Yemen has rejected a U.S. request to interrogate the detainees.")
    assert event["plover"] == "REJECT" and event["actor_code"].startswith("YEM")


def test_an_unnamed_attacker_is_coded_as_unidentified_armed_forces_of_the_place():
    event = first("Three US soldiers were killed by a roadside bomb outside the city of Basra.")
    assert event["actor"] is None and event["actor_id"] is None
    assert event["actor_code"] == "IRQUAF"
    assert event["plover"] == "ASSAULT"


def test_a_named_attacker_keeps_its_own_code():
    event = first("Russian troops shelled the Ukrainian town of Kupiansk.")
    assert event["actor_code"].startswith("RUS")


@pytest.mark.parametrize(
    "text, code",
    [
        ("On Tuesday, Putin offered to negotiate with the president of Armenia.", "RUSGOV"),
        ("President Omar El Bashir shortened the nightly curfew by one hour.", "SDNGOV"),
        ("Kofi Annan condemned the attack on the convoy.", "IGOUNO"),
        ("The rebel Revolutionary United Front released 20 peacekeepers.", "SLEREB"),
        ("The Islamic militant group Hamas condemned the attack.", "PSEREB"),
        ("Inspectors from the International Atomic Energy Agency condemned the test.", "IGOIAE"),
        ("A team of IAEA inspectors condemned the test.", "IGOIAE"),
        ("The Kremlin condemned the attack.", "RUSGOV"),
        ("The State Department condemned the attack.", "USAGOV"),
        ("President George Bush condemned the attack.", "USAGOV"),
    ],
)
def test_known_people_and_groups_give_their_country_and_role(text, code):
    assert first(text)["actor_code"] == code


def test_supporters_of_a_group_are_not_the_group():
    assert first("Supporters of Hamas condemned the arrests.")["actor_code"] != "PSEREB"


def test_a_common_surname_alone_is_not_taken_for_a_leader():
    assert actor_code_of("Bush criticized the ruling on Monday.") is None


def actor_code_of(text):
    _, found = events(text)
    return found[0]["actor_code"] if found else None


def test_a_state_act_without_its_agent_is_coded_to_the_country_where_it_happened():
    event = first("A US national was put under investigation in Italy for her role in the riots.")
    assert (event["code"], event["actor"], event["actor_code"]) == ("090", None, "ITA")


def test_a_pro_country_modifier_does_not_hide_the_group_it_describes():
    event = first("The pro-Iranian Hizbollah (Party of God) group declared a ceasefire on Monday.")
    assert event["actor_code"] == "LBNREB"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Sanders held a rally in Mason City on Wednesday night.",
        "Cruz has consistently demonstrated his commitment to conservative principles.",
        "The campaign demonstrated that it can beat Donald Trump.",
        "I walked out of that tragedy feeling I had a mission.",
    ],
)
def test_campaign_rallies_and_showing_are_no_protest(text):
    _, found = events(text)
    assert [e for e in found if e["plover"] == "PROTEST"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Kizza Besigye held a rally in Kampala against the new tax.",
        "Thousands of Kenyan students demonstrated outside parliament on Tuesday.",
        "Hundreds of workers marched through Nairobi on Monday.",
    ],
)
def test_protest_rallies_and_demonstrations_are_still_protests(text):
    assert first(text)["plover"] == "PROTEST"


@pytest.mark.parametrize(
    "text, plover",
    [
        ("Egypt wants Israel to withdraw its troops from Gaza.", "REQUEST"),
        ("The United States wants Iran to release the prisoners.", "REQUEST"),
        ("Thousands of Algerians took part in a demonstration in Algiers on Friday.", "PROTEST"),
        ("Kenyan students joined the strike on Monday.", "PROTEST"),
        ("Sudan participated in the talks in Jeddah.", "CONSULT"),
    ],
)
def test_wishes_of_another_and_taking_part(text, plover):
    assert first(text)["plover"] == plover


@pytest.mark.parametrize(
    "text, code",
    [
        ("Pakistan handed over the suspects to Afghan authorities.", "063"),
        ("Iraq complied with the Security Council resolution.", "080"),
        ("The Kenyan government withdrew the finance bill after the protests.", "0832"),
        ("China protested to Japan over the visit to the shrine.", "114"),
        ("Amnesty International protested the executions in Iran.", "114"),
        ("Israel warned of reprisals against Hezbollah.", "138"),
        ("NATO threatened Serbia with air strikes.", "138"),
        ("Syria expressed its readiness to resume talks with Israel.", "036"),
        ("The rebels used civilians as human shields in Mosul.", "184"),
    ],
)
def test_third_lexicon_pass(text, code):
    assert first(text)["code"] == code


@pytest.mark.parametrize(
    "text", ["Palestinians protested in Hebron on Friday.", "Kurds protested outside the embassy."]
)
def test_a_people_protesting_is_a_demonstration(text):
    assert first(text)["code"] == "141"


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government pledged to hold free elections next year.",
        "Pakistan expressed willingness to open its markets to Indian goods.",
    ],
)
def test_a_commitment_to_anything_is_an_expression_of_intent(text):
    event = first(text)
    assert (event["code"], event["plover"]) == ("030", "AGREE")


def test_a_promise_that_something_is_true_is_no_commitment():
    _, found = events("I can promise you he is not going to be president of Kenya.")
    assert [e for e in found if e["plover"] == "AGREE"] == []


def test_the_of_object_of_a_nominal_event_is_its_target():
    event = first("European ministers demanded the withdrawal of Serbian forces from Bosnia.")
    assert event["plover"] == "REQUEST" and event["target_code"].startswith("SRB")


@pytest.mark.parametrize(
    "text, target",
    [
        ("The Mozambique government accepted demands from Shona rebels.", "Shona rebels"),
        (
            "Kenya's Supreme Court allowed opposition leader Raila Odinga to run in the election.",
            "Raila Odinga",
        ),
    ],
)
def test_the_one_conceded_to_is_the_target(text, target):
    assert first(text)["target"] == target


@pytest.mark.parametrize(
    "text, target_code",
    [
        ("Iran rejected Iraqi President Saddam Hussein's proposal for a cease-fire.", "IRQGOV"),
        ("Pakistan rejected a fresh offer from Afghanistan for direct talks.", "AFG"),
        ("The United States rejected calls by Kofi Annan to adopt the reforms.", "IGOUNO"),
    ],
)
def test_whose_proposal_is_rejected_is_the_target(text, target_code):
    assert first(text)["target_code"] == target_code


@pytest.mark.parametrize(
    "text, target_code",
    [
        ("The United States demanded that North Korea forsake its nuclear program.", "PRK"),
        (
            "The United States demanded that the Democratic People's Republic of Korea forsake "
            "its nuclear program.",
            "PRK",
        ),
    ],
)
def test_the_one_a_bare_demand_is_made_of_is_the_target(text, target_code):
    assert first(text)["target_code"] == target_code


def test_a_demand_noun_frames_a_clause_the_parser_hung_on_its_verb():
    event = first(
        "The International Labor Office reiterated its demand today that Israel ease "
        "restrictions on Palestinian workers."
    )
    assert (event["plover"], event["actor_code"], event["target_code"]) == (
        "REQUEST",
        "IGOILO",
        "ISR",
    )


@pytest.mark.parametrize(
    "text, code",
    [
        ("Burma's military government freed opposition leader Aung San Suu Kyi on Monday.", "0841"),
        ("Iran released the 15 British sailors seized in the Gulf.", "0841"),
        ("Peruvian police captured Shining Path leader Abimael Guzman in Lima.", "173"),
        ("Japan extended a yen loan worth 150 billion yen to Indonesia.", "071"),
        ("China donated 10 million yuan to flood victims in Bangladesh.", "071"),
        ("Austria has given refuge to about 80,000 Bosnian refugees.", "075"),
        ("Coal miners across Russia's Kuzbass basin went on strike on Monday.", "143"),
        ("Syrian troops pulled out of Lebanon on Tuesday.", "0874"),
        ("Japan suspended grant aid to China on Tuesday in protest at the test.", "1621"),
    ],
)
def test_wire_phrasings_are_coded(text, code):
    assert first(text)["code"] == code


def test_releasing_a_thing_is_no_event():
    _, found = events("The company released its quarterly report on Monday.")
    assert not found


@pytest.mark.parametrize(
    "text",
    [
        "China warned Taiwan that any move toward independence would mean war.",
        "Russia warned that it would take retaliatory measures.",
        "Washington warned Pyongyang of serious consequences.",
        "Turkey threatened military action against Syria.",
    ],
)
def test_warnings_of_force_are_threats(text):
    assert first(text)["plover"] == "THREATEN"


def test_a_warning_of_what_others_may_do_is_no_threat():
    _, found = events("The economist warned that a terror attack strengthens the case for reform.")
    assert not any(event["plover"] == "THREATEN" for event in found)


def test_rebels_killing_civilians_is_an_assault_and_fighting_soldiers_a_battle():
    assert first("Kurdish rebels killed ten villagers in southeastern Turkey.")["code"] == "1823"
    assert first("Tamil Tiger rebels killed 20 soldiers in an ambush in Jaffna.")["code"] == "190"


def test_a_nominal_event_as_subject_takes_its_parties_from_between():
    event = first(
        "Negotiations between the Sudanese government and the Sudan People's Liberation Army"
        " resumed in Machakos on Monday."
    )
    assert (event["plover"], event["actor_code"], event["target_code"]) == (
        "CONSULT",
        "SDNGOV",
        "SDNREB",
    )
    event = first("Heavy fighting erupted between Ethiopian and Eritrean forces on Saturday.")
    assert (event["code"][:2], event["actor_code"]) == ("19", "ETHMIL")


def test_a_nominal_event_as_subject_takes_its_doer_from_by():
    event = first("A general strike called by the opposition in Bangladesh paralysed Dhaka.")
    assert (event["code"], event["actor_code"]) == ("143", "BGDOPP")


def test_coming_for_talks_is_a_meeting():
    assert first("A North Korean delegation arrived in Seoul for talks.")["plover"] == "CONSULT"


def test_a_role_word_inside_a_phrase_does_not_decide_alone():
    assert sector(["Chinese", "and", "Russian", "forces"]) == "MIL"  # not "security forces"
    assert sector(["the", "army", "chief"]) == "MIL"  # not "security chief"
    assert sector(["security", "forces"]) == "COP"


def test_forces_moved_in_the_passive_are_the_actor():
    event = first("Russian forces in the North Caucasus were placed on high alert on Thursday.")
    assert (event["plover"], event["actor_code"], event["target_code"]) == (
        "MOBILIZE",
        "RUSMIL",
        None,
    )
    event = first("Spanish warships were dispatched to the Moroccan coast on Friday.")
    assert (event["plover"], event["actor_code"]) == ("MOBILIZE", "ESPMIL")


def test_a_main_verb_the_parser_hung_on_its_subject_keeps_its_doer():
    # the small model parses "troops ... crossed" and "commander threatened" as reduced
    # relatives of a root noun
    event = first(
        "Thousands of Turkish troops backed by warplanes crossed into northern Iraq on"
        " Thursday to attack bases of the Kurdistan Workers' Party."
    )
    assert event["actor_code"] == "TURMIL"
    event = first(
        "A senior Iranian commander threatened on Wednesday to close the Strait of Hormuz."
    )
    assert (event["plover"], event["actor_code"]) == ("THREATEN", "IRNMIL")


@pytest.mark.parametrize(
    "text, code",
    [
        ("Pope John Paul II condemned the attack.", "VATGOV"),
        ("The Organisation of African Unity condemned the attack.", "IGOOAU"),
        ("The Hague war crimes tribunal condemned the attack.", "IGOUNOJUD"),
    ],
)
def test_more_known_bodies(text, code):
    assert first(text)["actor_code"] == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Filipinos massed along the avenue in Manila, demanding the ouster of Estrada.", "141"),
        ("Hundreds of thousands of Serbs rallied in Belgrade on Thursday.", "141"),
        ("Tens of thousands of Iranians rallied in Tehran in support of Mousavi.", "141"),
        ("Sri Lankan troops massed on the outskirts of the Jaffna peninsula.", "154"),
        ("Palestinian youths hurled stones at Israeli troops in the Gaza Strip.", "145"),
        ("A Hamas suicide bomber blew himself up on a crowded bus in Jerusalem.", "1831"),
    ],
)
def test_crowds_and_force_build_ups(text, code):
    assert first(text)["code"] == code


def test_leaders_gathering_is_no_protest():
    _, found = events("European leaders gathered in Paris on Monday.")
    assert not any(event["plover"] == "PROTEST" for event in found)


def test_a_countryless_role_takes_the_country_of_whom_it_acts_on():
    assert first("Police arrested 14 Kenyan activists on Monday.")["actor_code"] == "KENCOP"


def test_a_nationality_inside_a_crowd_gives_its_country_and_a_crowd_storming_is_a_riot():
    event = first("Hundreds of Indonesian Muslims stormed the lobby of the Danish embassy.")
    assert (event["code"], event["actor_code"][:3]) == ("145", "IDN")


def test_warning_that_something_will_no_longer_be_tolerated_is_a_threat():
    event = first("Cairo's security chief has warned that police will no longer tolerate rallies.")
    assert event["plover"] == "THREATEN"


def test_pushing_for_another_to_act_is_an_appeal():
    event = first("The UK is pushing hard for the US to support its debt relief plan.")
    assert (event["root"], event["plover"]) == ("02", "REQUEST")
    assert first("Democrats have pushed for new negotiations with Republicans.")["root"] == "02"


def test_a_warm_welcome_is_hosting():
    event = first("President Mitterrand gave a warm welcome to South African leader de Klerk.")
    assert event["plover"] == "CONSULT"


def test_pulling_out_of_a_debate_is_no_troop_withdrawal():
    _, found = events("The Republican party pulled out of the NBC debate on Friday.")
    assert not any(event["code"] == "0874" for event in found)


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Palestinian delegation pulled out of the peace talks in Washington.", "164"),
        ("The World Bank halted disbursement of a loan to Kenya.", "1621"),
        ("Bonn stopped all weapons deliveries to Turkey on Thursday.", "1622"),
        ("An arms embargo on Yugoslavia was ordered by the UN Security Council.", "163"),
        ("South Africa's government unbanned the African National Congress.", "0812"),
        ("Israel formally recognised the Palestine Liberation Organisation.", "054"),
        ("Pakistani authorities turned over Khalid Sheikh Mohammed to U.S. officials.", "063"),
        ("The first NATO peacekeeping troops have arrived in Bosnia.", "074"),
        ("The last Syrian troops left Lebanon on Tuesday.", "0874"),
        ("Putin spoke by telephone with German Chancellor Gerhard Schroeder.", "041"),
        ("Japan pledged 5 billion dollars in grants for Iraq's reconstruction.", "0331"),
    ],
)
def test_fifth_pass_phrasings(text, code):
    assert first(text)["code"] == code


def test_those_sent_to_act_do_the_act():
    event = first("FBI agents were dispatched to Nairobi to investigate the bombing.")
    assert (event["code"], event["actor_code"]) == ("090", "USACOP")


def test_ministers_of_two_countries_meet_each_other():
    event = first("The foreign ministers of Greece and Turkey met in Brussels.")
    assert event["plover"] == "CONSULT"


def test_a_demand_with_its_clause_is_coded_by_the_clause():
    event = first("The ILO reiterated its demand that Israel ease the restrictions.")
    assert event["code"] == "1051"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Abu Sayyaf rebels released three Malaysian hostages on Jolo.", "PHLREB"),
        ("The first deployment of NATO peacekeeping troops have arrived in Bosnia.", "IGONAT"),
        (
            "Thousands of Turkish troops backed by warplanes crossed into northern Iraq to attack"
            " bases of the Kurdistan Workers' Party, Turkish military sources said.",
            "TURMIL",
        ),
    ],
)
def test_actors_through_names_deployments_and_trailing_attributions(text, code):
    assert first(text)["actor_code"] == code


def test_the_unnamed_doer_of_an_attempt_is_an_unidentified_attacker():
    event = first(
        "An attempt to assassinate the deputy governor of the Tyumen region was thwarted in"
        " Russia, police said."
    )
    assert (event["plover"], event["actor_code"]) == ("ASSAULT", "RUSUAF")


def test_peacekeepers_of_no_named_body_are_coded_as_cameo_says():
    # CAMEO actor codebook 3.1.9: "Senegalese peacekeepers" are IGOPKO
    assert first("Senegalese peacekeepers attacked the camp.")["actor_code"] == "IGOPKO"
    assert first("UN peacekeepers attacked the camp.")["actor_code"] == "IGOUNO"


def test_an_unnamed_state_act_is_by_the_state_of_those_it_was_done_to():
    event = first("Fourteen Kenyan opposition activists were arrested on Monday.")
    assert (event["code"], event["actor_code"]) == ("173", "KEN")


def test_a_countryless_role_takes_a_capital_the_parser_missed():
    event = first("Riot police were deployed in central Harare on Saturday.")
    assert event["actor_code"] == "ZWECOP"


def test_families_gathering_is_no_protest_but_thousands_gathering_is():
    _, found = events("The families of the victims were gathering at the church on Monday.")
    assert not any(event["plover"] == "PROTEST" for event in found)
    assert first("Thousands of people gathered in the square in Nairobi.")["plover"] == "PROTEST"


def test_peoples_of_a_region_take_its_country():
    assert first("Chechen rebels attacked the camp.")["actor_code"] == "RUSREB"


@pytest.mark.parametrize(
    "text, code",
    [
        ("The U.N. World Food Program condemned the attack.", "IGOWFP"),
        ("The U.N. Relief and Works Agency condemned the attack.", "IGOUNO"),
        ("The U.N. Children's Fund condemned the attack.", "IGOKID"),
    ],
)
def test_un_bodies_named_with_the_un_prefix(text, code):
    assert first(text)["actor_code"] == code


def test_armed_forces_known_by_their_names():
    event = first("The People's Liberation Army staged exercises on the coast opposite Taiwan.")
    assert event["actor_code"] == "CHNMIL"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Iranian and Iraqi negotiators met in Geneva on Tuesday.", "040"),
        ("Students hurled petrol bombs at riot police in central Seoul.", "145"),
        ("Taiwan's armed forces went on full alert on Friday.", "152"),
        ("The Israeli cabinet approved the call-up of three divisions of reservists.", "154"),
        ("Iranian Revolutionary Guards seized 15 British sailors in the Gulf.", "173"),
        ("The Turkish military suspended all military cooperation with France.", "160"),
    ],
)
def test_sixth_pass_phrasings(text, code):
    assert first(text)["code"] == code


def test_an_event_noun_that_only_classifies_a_thing_is_no_event():
    _, found = events("The Pentagon sent a second aircraft carrier battle group to the Gulf.")
    assert not any(event["code"].startswith("19") for event in found)


def test_a_summit_where_a_call_was_made_is_not_what_was_called():
    event = first("ECOWAS called on the warring factions to disarm at a summit in Abuja.")
    assert event["plover"] == "REQUEST"


def test_militias_battling_peacekeepers_is_a_battle_not_an_assault_on_civilians():
    event = first("Militiamen loyal to the warlord battled UN peacekeepers in Mogadishu.")
    assert event["code"][:2] == "19"


def test_shelling_out_money_is_no_shelling():
    _, found = events("A rich supporter could shell out as much as $449,400 to the committee.")
    assert not found


def test_role_words_in_either_number():
    assert sector(["envoys"]) == "GOV"
    assert sector(["warlord"]) == "REB"


def test_it_opening_reported_speech_is_the_reporter():
    event = first("The Kenyan army said it had killed 20 rebels in the north.")
    assert event["actor_code"] == "KENMIL"
    event = first("The rebel Revolutionary United Front announced it will return the weapons.")
    assert event["actor_code"] == "SLEREB"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Athens and Ankara undertook to refrain from military exercises in the Aegean.", "03"),
        ("Moscow offered on Thursday to supply nuclear fuel for the Bushehr reactor.", "03"),
        ("Ethiopia and Eritrea put their signatures to a peace agreement in Algiers.", "057"),
        ("Ugandan President Museveni acted as mediator between the rival factions.", "045"),
        ("Zapatista rebels insisted that the Mexican government recognise the autonomy.", "10"),
        # wanting another to act is an appeal (the code book's 025: "Sharon wants Germany to pay")
        ("Moscow wants Kiev to pay off its gas debt before any new contract is signed.", "02"),
        ("Chinese authorities ended 13 months of martial law in Lhasa on Tuesday.", "0814"),
        ("Robert Mugabe brushed aside British criticism of his land seizures.", "120"),
        ("South Korean prosecutors questioned Hyundai chairman Chung Mong-hun.", "090"),
    ],
)
def test_seventh_pass_phrasings(text, code):
    assert first(text)["code"].startswith(code)


def test_a_persons_wish_for_another_is_no_demand():
    _, found = events("I want the next president to have more liberal policies.")
    assert not any(event["plover"] == "REQUEST" for event in found)


def test_a_reporter_questioning_a_candidate_is_no_investigation():
    _, found = events("The reporter questioned Senator Smith about his taxes.")
    assert not any(event["code"] == "090" for event in found)


def test_a_state_among_the_words_of_an_of_phrase_is_not_a_state_recognised():
    _, found = events("The campaign was late to recognize the importance of the state conventions.")
    assert not any(event["code"] == "054" for event in found)


def test_a_description_with_a_name_in_it_is_not_the_body_that_spoke():
    _, found = events(
        "Human rights organization Amnesty International demanded that the Sudanese "
        "government end curbs on press freedom."
    )
    assert found[0]["actor"] == "Amnesty International"
    assert found[0]["target"] == "the Sudanese government"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Kenya on Monday urged Uganda to repatriate all Kenyan prisoners.", "02"),
        ("Iraq on Saturday appealed to the U.N. to end the trade embargo.", "02"),
        ("Romania has asked the European Community for immediate aid.", "02"),
        ("The presidents of Iraq and Egypt called for the withdrawal of Syrian forces.", "02"),
        ("The PRC demanded that the US cancel plans to sell weapons to Taiwan.", "10"),
    ],
)
def test_an_appeal_is_not_a_demand(text, root):
    _, found = events(text)
    assert found and found[0]["root"] == root, [(e["code"], e["action"]) for e in found]


def test_the_appeal_parallel_to_a_demand():
    assert codebook.as_appeal("1031") == "0231"
    assert codebook.as_appeal("1056") == "0256"
    assert codebook.as_appeal("100") == "020"
    assert codebook.as_appeal("190") == "190"


@pytest.mark.parametrize(
    "text",
    [
        "He said she should call Compaq's chief right away.",
        "If he doesn't, he should immediately resign in disgrace.",
    ],
)
def test_a_possibility_or_advice_is_no_event(text):
    _, found = events(text)
    assert not [e for e in found if e["action"].split()[0] in ("call", "resign")]


def test_a_role_without_a_country_takes_the_articles_country():
    _, found = events(
        "The Senate Judiciary Committee met in Washington on Monday, and the debate went on "
        "in Iowa and Idaho this week. Both senators criticized the nomination of Crenshaw on "
        "Tuesday."
    )
    assert found[0]["actor_code"] == "USALEG"


def test_an_attack_ad_is_campaigning_not_force():
    _, found = events("A pro-Rubio super PAC unleashed a tough attack ad campaign against Cruz.")
    assert not [e for e in found if e["root"] in ("18", "19", "20")]


def test_the_owner_of_a_call_is_who_would_act():
    _, found = events("Khan decried Trump's calls to ban Muslims from entering the United States.")
    assert all(e["actor"] != "Khan" for e in found if e["action"].startswith("ban"))


def test_office_holders_take_the_code_of_the_office_they_held_that_day():
    from dateline.extract.events.actors import office_code

    assert office_code("Hillary Clinton", "2011-06-01") == "USAGOV"  # Secretary of State
    assert office_code("Hillary Clinton", "2016-06-01") == "USAELI"
    assert office_code("John McCain", "2016-06-01") == "USALEG"
    assert office_code("Nobody Known", "2016-06-01") is None
    assert office_code("Bernie Sanders", "2016-03-01") == "USALEG"  # our terms, after PETRARCH's
    assert office_code("John Kasich", "2016-03-01") == "USAGOV"
    assert office_code("Harry Reid", "2018-01-01") == "USAELI"  # retired in 2017
    text = "Barack Obama criticized Sergey Lavrov on Monday."
    _, found = events(text, published="2012-05-01T09:00:00Z")
    assert (found[0]["actor_code"], found[0]["target_code"]) == ("USAGOV", "RUSGOV")


@pytest.mark.parametrize(
    "published, code",
    [("2016-02-01T09:00:00Z", "USAELI"), ("2018-02-01T09:00:00Z", "USAGOV")],
)
def test_a_person_in_the_people_table_takes_the_office_held_on_the_day(published, code):
    # the [people] table's one code for all time (USAGOV) gives way to the dated terms
    _, found = events("Donald Trump criticized Sen. Marco Rubio on Monday.", published=published)
    assert (found[0]["actor_code"], found[0]["target_code"]) == (code, "USALEG")


@pytest.mark.parametrize(
    "text, actor_code, target_code",
    [
        (
            "Former New York Gov. George Pataki endorsed Ohio Gov. John Kasich on Monday.",
            "USAELI",
            "USAGOV",
        ),
        (
            "Republican presidential candidate Ben Carson criticized Sen. Ted Cruz of Texas.",
            "USAPTY",
            "USALEG",
        ),
        ("Rep. Alan Grayson criticized Hillary Clinton on Monday.", "USALEG", "USAELI"),
    ],
)
def test_titles_abbreviated_former_or_of_candidates_give_the_role(text, actor_code, target_code):
    _, found = events(text, published="2016-02-01T09:00:00Z")
    assert (found[0]["actor_code"], found[0]["target_code"]) == (actor_code, target_code)


def test_a_title_in_the_text_wins_over_the_dictionary():
    _, found = events("President George Bush condemned the attack.", published="2024-01-01")
    assert found[0]["actor_code"] == "USAGOV"


def test_petrarchs_agents_name_roles_our_table_lacks():
    _, found = events("Swiss doctors handed over 700 kg of medicine to the Red Crescent in Bam.")
    assert found[0]["actor_code"] == "CHEHLH"


@pytest.mark.parametrize(
    "text",
    ["Trump is supporting Trump in this race, he joked.", "Rubio criticized himself on Friday."],
)
def test_an_actor_acting_on_itself_is_no_event(text):
    _, found = events(text)
    assert not found


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton pledged to raise incomes.",  # a candidate's promise, to no one
        "Gary Johnson endorsed the ballot measure.",  # a position, no one endorsed
    ],
)
def test_an_act_done_to_no_one_by_an_actor_without_public_power_is_no_event(text):
    _, found = events(text, published="2016-02-01T09:00:00Z")
    assert found == []


def test_a_state_acting_on_a_state_of_affairs_needs_no_named_counterpart():
    assert first("Greece demanded immediate elections.")["code"] == "100"


@pytest.mark.parametrize(
    "text",
    [
        "If he were elected to the Senate, Carlos Lopez-Cantera would support Israel.",
        "Title I, which supports schools, was cut.",
        "America must reject this merchant of death.",
        "Gingrich said Trump should relax.",
        "Trump had been invited to a conference in Miami.",
    ],
)
def test_unreal_conditions_descriptions_obligations_advice_and_doerless_acts_are_no_events(
    text,
):
    _, found = events(text)
    assert found == []


def test_a_real_condition_keeps_an_intent_and_a_reported_must_is_a_demand():
    text = "The rebels said they would meet the mediator if he gave them guarantees."
    assert first(text)["code"] == "036"
    event = first("Russia said Sudan must return the helicopter.")
    assert (event["code"], event["actor_code"], event["target_code"]) == ("100", "RUS", "SDN")


def test_an_accusation_with_no_accuser_named_is_kept_for_its_target():
    event = first("Aristide has been accused of misusing funds.")
    assert (event["code"], event["target"]) == ("112", "Aristide")


@pytest.mark.parametrize(
    "text, target_code",
    [
        ("Yemen has rejected a U.S. request to interrogate detainees.", "USA"),
        ("Arafat rejected a US offer to host a summit in July, his aide said.", "USA"),
    ],
)
def test_the_owner_of_a_rejected_request_is_the_target(text, target_code):
    assert first(text)["target_code"] == target_code


@pytest.mark.parametrize(
    "text, target_code",
    [
        ("Serbia lifted a night curfew in Montenegro on Sunday.", "MNE"),
        ("NATO peacekeeping troops have arrived in Bosnia.", "BIH"),
        ("Gbagbo will extend the night-time curfew in Abidjan, Ivorian radio said.", None),
    ],
)
def test_with_no_target_named_a_foreign_place_is_the_target_country(text, target_code):
    assert first(text)["target_code"] == target_code


def test_a_politicians_attack_named_as_a_noun_is_criticism():
    text = "Donald Trump unleashed a harsh attack on Ben Carson, comparing Carson to a molester."
    event = first(text, published="2016-02-01T09:00:00Z")
    assert (event["code"], event["target"]) == ("111", "Ben Carson")


def test_a_role_word_used_as_a_figure_of_speech_is_no_actor():
    _, found = events("It is the economic forces that are destroying the middle class.")
    assert found == []


def test_calling_someone_something_is_naming_not_an_appeal():
    _, found = events(
        "Mehmet Oz has been called a charlatan by fellow physicians for promoting cures."
    )
    assert not [e for e in found if e["root"] == "02"]
    assert first("Amnesty called for the release of the prisoners.")["code"] == "0253"


def test_party_members_are_the_partys():
    text = "Republicans are slamming Democratic vice presidential nominee Tim Kaine in Ohio."
    event = first(text)
    assert (event["actor_code"], event["target_code"]) == ("USAPTY", "USAPTY")


@pytest.mark.parametrize(
    "text, code",
    [
        ("A Palestinian guerrilla group claimed responsibility on Saturday for the attack.", "015"),
        ("Kenya rejected allegations that its army killed civilians in Somalia.", "016"),
        ("Boutros-Ghali on Saturday expressed condolences to the United States.", "018"),
        ("Syrian officers today ended mediation efforts between the rival militias.", "165"),
        ("The army is committing genocide in Darfur.", "202"),
    ],
)
def test_the_code_books_statement_and_other_categories(text, code):
    _, found = events(text)
    assert [e["code"] for e in found] == [code]


def test_the_content_of_a_denied_charge_is_no_event():
    text = (
        "The government of Liberia denied charges by Ivory Coast that Monrovia is committing"
        " genocide."
    )
    _, found = events(text)
    assert [e["code"] for e in found] == ["016"]


def test_killings_in_a_crackdown_are_the_crackdowns_owners():
    text = (
        "Russia has blocked UN sanctions over Syria's crackdown on the opposition, in which"
        " thousands have been killed."
    )
    _, found = events(text)
    assert [(e["code"], e["actor_code"]) for e in found] == [("129", "RUS"), ("190", "SYR")]


def test_a_bare_government_is_the_one_of_the_country_where_it_acts():
    text = (
        "Syria's army shelled rebel-held districts of Homs on Monday.\n\n"
        "The U.S. State Department condemned the shelling. "
        "The government arrested dozens of activists in Damascus."
    )
    _, found = events(text, published="2013-05-01")
    arrest = next(e for e in found if e["root"] == "17")
    assert arrest["actor_code"] == "SYRGOV"


@pytest.mark.parametrize(
    "text",
    [
        "Trump has avoided directly criticizing Comey.",
        "The pope has no plans to either address the conference or meet with Sanders.",
    ],
)
def test_avoided_failed_and_no_plans_negate_the_act(text):
    assert all(e["negated"] for e in events(text)[1])
    assert events(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Private business owners could refuse service to anyone they perceived to be gay.",
        "Iran may retaliate against Israel.",
    ],
)
def test_a_possibility_framed_or_not_is_no_event(text):
    assert events(text)[1] == []


@pytest.mark.parametrize(
    "text",
    [
        "Voters are rejecting him.",
        "Most Americans oppose the deal, a poll found.",
        "Many people are supporting the plan.",
    ],
)
def test_the_stance_of_the_public_is_opinion_not_an_event(text):
    assert events(text)[1] == []


def test_the_public_protesting_is_an_event():
    assert first("Thousands of residents protested in the capital.")["code"] == "141"


@pytest.mark.parametrize(
    "text",
    [
        "Switzerland beat Gibraltar 6-0 to win Group D.",
        "Two United States service members have been killed in a helicopter crash in Afghanistan.",
    ],
)
def test_games_and_accidents_are_no_violence(text):
    assert events(text)[1] == []


def test_a_bombing_with_no_doer_named_stays_violence():
    event = first("Two soldiers were killed in a roadside bomb attack in Afghanistan.")
    assert event["root"] == "18"


def test_code_names_come_from_the_code_book():
    assert codebook.name("051") == "Praise or endorse"


@pytest.mark.parametrize(
    "text, code",
    [
        ("She attacked President Obama in 2008 for being too tough on guns.", "111"),
        (
            "Republican legislators have questioned that determination, waging an aggressive"
            " campaign to get the FBI to release more information.",
            None,
        ),
        ("Clinton rocketed in the polls after the debate.", None),
        ("The army waged a campaign against the rebels.", "190"),
    ],
)
def test_weapons_as_a_topic_campaigns_and_polls_are_no_violence(text, code):
    found = events(text)[1]
    assert [e["code"] for e in found] == ([code] if code else [])


@pytest.mark.parametrize(
    "text",
    [
        "I apologize to nobody for that, the senator said.",
        "Donald Trump has yet to endorse Paul Ryan.",
    ],
)
def test_acts_to_nobody_and_not_yet_done_are_negated(text):
    found = events(text)[1]
    assert found and all(e["negated"] for e in found)


def test_the_author_of_an_endorsed_compromise_is_the_target():
    text = "Sen. Kelly Ayotte endorsed the compromise led by Sen. Susan Collins."
    assert first(text)["target"] == "Susan Collins"


def test_people_named_by_a_group_before_them_are_a_target():
    assert first("Perez urged Latino leaders to stand up and be active.")["target"] == (
        "Latino leaders"
    )


def test_a_passive_conjunct_does_not_make_its_patient_the_doer():
    text = "Cosby is coming under attack by dozens of women and has now been indicted."
    assert all(e["actor"] != "Cosby" for e in events(text)[1] if e["root"] == "17")


@pytest.mark.parametrize(
    "text",
    [
        "Clinton said the president has done an incredible job and deserves to be supported.",
        "Rubio said President Barack Obama is to blame for the crisis.",
    ],
)
def test_who_deserves_or_is_to_blame_is_not_the_doer(text):
    assert all(
        e["actor"] not in ("Obama", "Barack Obama", "the president") for e in events(text)[1]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Trump called for a special prosecutor to investigate Clinton.",
        "There is no guarantee that the next class of senators will support the party's efforts.",
    ],
)
def test_what_someone_would_be_for_and_what_is_not_sure_are_no_events(text):
    assert [e for e in events(text)[1] if e["root"] in ("09", "05", "12")] == []


def test_a_team_sent_to_investigate_investigates():
    assert first("The UN sent a team to investigate the attack.")["code"] == "090"


def test_she_in_a_quote_is_not_its_male_speaker_and_a_gun_topic_arms_no_one():
    text = (
        "Jeff Weaver, Sanders's campaign manager, spoke on Sunday about Hillary Clinton.\n\n"
        '"She used to be for gun registration in New York, then she attacked President Obama'
        ' in 2008 for being too tough on guns," Weaver said.'
    )
    event = first(text, published="2016-04-10")
    assert (event["code"], event["actor"], event["target"]) == ("111", "Hillary Clinton", "Obama")


def test_two_doers_of_a_cooperative_act_are_each_others_target():
    _, found = events("Kenya and Ethiopia agreed to cooperate on security.")
    assert {(e["actor_code"], e["target_code"]) for e in found} == {("KEN", "ETH"), ("ETH", "KEN")}


def test_a_meetings_place_is_its_setting_not_its_target():
    event = first("The foreign ministers of Greece and Turkey met in Brussels.")
    assert event["target_code"] != "BEL"


def test_the_one_called_on_is_the_target_when_the_parse_strands_on():
    text = (
        "On Saturday, Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to"
        " resign over the lead poisoning crisis."
    )
    assert first(text)["target"] == "Rick Snyder"


def test_a_relative_pronoun_target_is_its_antecedent():
    text = "Police identified Clarence Howard, who was fatally shot in June by a deputy sheriff."
    assert first(text)["target"] == "Clarence Howard"


@pytest.mark.parametrize(
    "text",
    [
        "He would have had to resign.",
        "I'd like to congratulate my Republican opponent for having done something.",
        "Carrier will keep jobs in Mexico until it agrees to change course.",
        "It is easier for the Republicans to attack Obama as a job killer.",
    ],
)
def test_counterfactual_complements_wishes_and_conditions_are_no_events(text):
    assert events(text)[1] == []


def test_a_states_wish_to_act_stays_an_event():
    assert first("Iran would like to resume talks with the EU.")["target_code"] == "IGOEEC"


def test_violence_words_in_a_primary_race_are_figures_of_speech():
    text = "Bernie Sanders, who rocketed from near-obscurity to winning primaries, spoke."
    assert events(text)[1] == []


def test_a_us_party_tag_makes_a_member_of_congress():
    event = first("Toomey criticized Clinton. Pat Toomey (R-Pa.) is up for reelection.")
    assert event["actor_code"] == "USALEG"


@pytest.mark.parametrize(
    "text, code",
    [
        ("The DNC criticized Bernie Sanders on Monday.", "USAPTY"),
        ("The National Education Association endorsed Hillary Clinton.", "USALAB"),
    ],
)
def test_us_party_committees_and_unions_have_codes(text, code):
    assert first(text)["actor_code"] == code


def test_an_authored_things_author_wins_over_its_topic_and_a_participle_frames_nothing():
    _, found = events("Trump lambasted the Iran nuclear deal negotiated by President Obama.")
    criticism = next(e for e in found if e["code"] == "111")
    assert criticism["target"] == "Obama"
    assert not [e for e in found if e["actor"] == "Trump" and e["root"] == "03"]
