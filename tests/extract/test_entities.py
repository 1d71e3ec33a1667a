import pytest

import dateline
from dateline.extract.entities import extract_entities
from dateline.nlp import parse


def entities(text):
    found = extract_entities(parse(text))
    for entity in found:  # every mention points at the article text
        for start, end in entity["mentions"]:
            assert text[start:end].strip() == text[start:end] and text[start:end]
    return found


def one(found, name):
    [entity] = [e for e in found if e["name"] == name]
    return entity


def names(found, kind):
    return sorted(e["name"] for e in found if e["type"] == kind)


def test_surname_joins_full_name_and_title_word_is_not_an_org():
    text = (
        "Deputy Interior Minister Olena Kravets said the border would stay closed. "
        "Kravets told reporters in Kyiv that talks would resume on Friday."
    )
    found = entities(text)
    person = one(found, "Olena Kravets")
    assert person["type"] == "PERSON"
    assert person["titles"] == ["Deputy Interior Minister"]
    assert [text[s:e] for s, e in person["mentions"]] == ["Olena Kravets", "Kravets"]
    assert "Interior" not in [e["name"] for e in found]


def test_president_and_surname_join():
    text = (
        "President William Ruto said on Monday that Kenya would send police officers to Haiti. "
        "Ruto added that the mission had the support of the United Nations."
    )
    person = one(entities(text), "William Ruto")
    assert person["titles"] == ["President"]
    assert len(person["mentions"]) == 2


def test_acronym_joins_its_long_form():
    text = (
        "The World Health Organization (WHO) declared the outbreak over. "
        "The WHO said 1,200 people had been vaccinated, and a WHO team left on Sunday."
    )
    org = one(entities(text), "World Health Organization")
    assert org["type"] == "ORG"
    assert [text[s:e] for s, e in org["mentions"]] == [
        "World Health Organization",
        "WHO",
        "WHO",
        "WHO",
    ][: len(org["mentions"])]
    assert len(org["mentions"]) >= 3


def test_the_who_and_the_world_health_organization_join_without_parentheses():
    text = (
        "The World Health Organization warned of a cholera outbreak in Sudan. "
        "The WHO said cases had doubled in a week."
    )
    found = entities(text)
    org = one(found, "World Health Organization")
    assert len(org["mentions"]) == 2
    assert "WHO" not in [e["name"] for e in found]


def test_countries_in_a_list_are_never_people():
    text = "Niger, Chad and Mali left the regional bloc last year, their governments said."
    found = entities(text)
    assert names(found, "PERSON") == []
    assert {"Niger", "Chad", "Mali"} <= set(names(found, "GPE"))
    assert one(found, "Chad")["country"] == "TCD"


def test_apposition_gives_title_and_affiliation():
    text = "Amina Diallo, the African Union envoy, said the ceasefire was holding."
    person = one(entities(text), "Amina Diallo")
    assert person["titles"] == ["African Union envoy"]
    assert person["affiliation"] == "African Union"


def test_possessive_ambassador_and_a_name_the_model_calls_a_place():
    text = (
        "Ethiopia's ambassador to Kenya, Meles Alem, said his government saw no need to "
        "deploy more troops."
    )
    found = entities(text)
    person = one(found, "Meles Alem")
    assert person["type"] == "PERSON"
    assert person["titles"] == ["ambassador to Kenya"]
    assert (person["affiliation"], person["country"]) == ("Ethiopia", "ETH")


def test_demonym_gives_affiliation_and_country():
    text = "Kenyan Trade Minister Moses Kuria met investors in Nairobi on Tuesday."
    found = entities(text)
    person = one(found, "Moses Kuria")
    assert person["titles"] == ["Kenyan Trade Minister"]
    assert (person["affiliation"], person["country"]) == ("Kenya", "KEN")
    assert "Kenyan" not in [e["name"] for e in found if e["type"] == "GPE"]


def test_acronym_affiliation_before_a_title():
    text = (
        "The World Health Organization (WHO) sent experts to Goma. WHO Director-General "
        "Tedros Adhanom Ghebreyesus said the risk was high."
    )
    found = entities(text)
    person = one(found, "Tedros Adhanom Ghebreyesus")
    assert person["titles"] == ["WHO Director-General"]
    assert person["affiliation"] == "World Health Organization"


def test_appositive_description_is_a_title():
    text = "Hugh Hill, a doctor, said the hospital in Djibo had run out of insulin."
    assert one(entities(text), "Hugh Hill")["titles"] == ["doctor"]


@pytest.mark.parametrize("verb", ["said", "says"])
def test_a_surname_subject_of_said_is_a_person(verb):
    text = (
        f"Maria Okonjo-Iweala chaired the meeting in Geneva. Okonjo-Iweala {verb} the deal "
        "would lower tariffs."
    )
    person = one(entities(text), "Maria Okonjo-Iweala")
    assert len(person["mentions"]) == 2


def test_untagged_speaker_is_a_person():
    text = "Kravets told reporters she would not resign."
    found = entities(text)
    assert names(found, "PERSON") == ["Kravets"]


def test_different_first_names_are_different_people():
    text = (
        "Hillary Clinton spoke in Ohio while Bill Clinton campaigned in Florida. "
        "Clinton later flew to New York."
    )
    found = entities(text)
    assert {"Hillary Clinton", "Bill Clinton"} <= set(names(found, "PERSON"))
    bill = one(found, "Bill Clinton")
    assert len(bill["mentions"]) == 2  # the nearest full name before the lone surname


def test_us_variants_are_one_entity():
    text = "The U.S. imposed sanctions. The United States said more would follow."
    found = entities(text)
    [usa] = [e for e in found if e["country"] == "USA" and e["type"] == "GPE"]
    assert len(usa["mentions"]) == 2


def test_ids_in_order_of_first_mention():
    found = entities("Olena Kravets met Amina Diallo in Addis Ababa.")
    assert [e["id"] for e in found] == [f"e{n}" for n in range(1, len(found) + 1)]
    starts = [e["mentions"][0][0] for e in found]
    assert starts == sorted(starts)


def test_a_bare_surname_the_model_calls_an_org_is_the_person():
    text = (
        "Donald Trump held a rally in Ohio on Monday. Supporters cheered as Trump promised "
        "new jobs, and the Trump rally ran late."
    )
    found = entities(text)
    person = one(found, "Donald Trump")
    assert len(person["mentions"]) == 3
    assert "Trump" not in names(found, "ORG")


def test_entity_rules_has_every_section_the_entity_rules_read():
    from dateline.extract import entities as entities_module
    from dateline.extract import mentions, roles
    from dateline.extract.common import referents
    from dateline.lexicon import section_lines

    found = section_lines("entity_rules.txt")
    wanted = {
        "honorifics", "name-suffixes", "country-acronyms", "place-prepositions", "org-words",
        "possessive-pronouns", "clause-starts", "initials-skip", "person-pronouns",
        "group-pronouns", "org-nouns", "naming-prepositions",
    }  # fmt: skip
    assert wanted <= {name for name, lines in found.items() if lines}
    assert "mr." in mentions.HONORIFICS and "jr." in mentions._SUFFIXES
    assert "DPRK" in mentions._COUNTRY_ACRONYMS  # kept in capitals: matched as written
    assert "ministry" in mentions._ORG_WORDS and "who" in roles._CLAUSE_STARTS
    assert {",", "(", "--"} <= roles._CLAUSE_STARTS and "&" in entities_module._SKIP_INITIALS
    assert "agency" in referents.ORG_NOUNS and "from" in referents.NAMING_PREPOSITIONS


def test_a_full_name_tagged_a_place_is_the_person_its_surname_names():
    found = entities(
        "The young goalie made 24 saves and Nino Niederreiter scored twice as the Carolina "
        "Hurricanes defeated the Vancouver Canucks 5-2 on Wednesday night. Niederreiter has four "
        "goals since Minnesota traded him to Carolina. The pass popped out to Niederreiter, who "
        "scored."
    )
    person = one(found, "Nino Niederreiter")
    assert person["type"] == "PERSON" and len(person["mentions"]) >= 2


def test_a_one_word_name_found_speaking_is_found_everywhere():
    text = (
        "\u201cI told them I\u2019m going to be the first person,\u201d Poulter said.\n\n"
        "That includes a text message that European captain Jose Maria Olazabal sent to "
        "Poulter on Christmas Day in 2012, three months after Poulter nearly single-handedly "
        "led Europe on a comeback victory at Medinah."
    )
    person = one(entities(text), "Poulter")
    assert len(person["mentions"]) == 3


def test_a_name_at_a_lines_end_keeps_no_line_break():
    text = (
        "He is held at Belmarsh prison.\n\nProfile: Julian Assange\nTimeline of saga\n\n"
        "Assange said."
    )
    for entity in entities(text):
        assert "\n" not in entity["name"]


def test_a_name_the_model_tags_both_ways_is_the_organisations():
    found = entities(
        "Apple closed off Facebook's efforts to sidestep its app store. Engineers at Facebook "
        "could still write code. In a statement, Facebook said it was getting its apps running."
    )
    assert {e["type"] for e in found if e["name"] == "Facebook"} == {"ORG"}


def test_a_name_after_a_body_noun_is_a_body():
    found = entities("Canadian grocery chain Maple Basket Foods is recalling frozen berries.")
    assert one(found, "Maple Basket Foods")["type"] == "ORG"


def test_a_hyphenated_given_name_stays_whole():
    found = entities(
        "Hye-jin Park, a researcher in Seoul, said the talks failed. Park added that the "
        "U.S. was absent."
    )
    person = one(found, "Hye-jin Park")
    assert person["type"] == "PERSON" and len(person["mentions"]) == 2


def test_an_honorific_picks_the_full_name_of_its_gender():
    text = (
        "Hillary Clinton spoke in Philadelphia on Monday, where she accepted the nomination."
        " Former President Bill Clinton, who spoke on Tuesday, said he was proud.\n\n"
        "Mrs. Warren praised Mrs. Clinton's advocacy for families. Mr. Clinton smiled."
    )
    article = dateline.extract(text, clean="none", languages=None)
    people = {e["name"]: e["mentions"] for e in article.entities if e["type"] == "PERSON"}
    mrs, mr = text.index("Mrs. Clinton") + 5, text.index("Mr. Clinton") + 4
    assert [mrs, mrs + 7] in people["Hillary Clinton"]
    assert [mr, mr + 7] in people["Bill Clinton"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a sentence's first word read into a person's name
        ("Across Kerala, the agency said the toll had risen to 104.", "Kerala"),
        # a place after "in" and an adjective, read as a person
        ("The authority said 17 people had died in neighbouring Kozhikode.", "Kozhikode"),
        # a place named with its kind, read as an organisation or a person
        ("Gunmen killed 78 people in the Artibonite department last month.", "Artibonite"),
    ],
)
def test_a_place_the_model_misread_is_a_place(text, place):
    found = {e["name"]: e["type"] for e in entities(text)}
    assert found.get(place) == "GPE"
