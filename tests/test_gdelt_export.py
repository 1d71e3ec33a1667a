"""GDELT 2.0 Event rows from dateline records (src/dateline/gdelt.py)."""

import csv
import io

import pytest

from dateline.gdelt import COLUMNS, event_rows, fips_code, split_actor, write_tsv

TEXT = (
    "NAIROBI - Kenya's government deployed police to Nairobi on Monday.\n\n"
    "The United Nations later criticized the deployment."
)


def _place(**kw):
    place = {
        "name": "Nairobi",
        "entity_id": "e2",
        "country": "KEN",
        "lat": -1.28333,
        "lon": 36.81667,
        "geonameid": 184745,
        "feature": "city",
    }
    place.update(kw)
    return place


def _article(**kw):
    article = {
        "id": "abc123",
        "url": "https://example.com/news/1",
        "published": "2016-09-13T09:30:00+03:00",
        "tone": {"tone": -2.5, "positive": 1.0, "negative": 3.5},
        "text": TEXT,
        "places": [_place()],
    }
    article.update(kw)
    return article


def _event(**kw):
    event = {
        "actor": "Kenya's government",
        "actor_code": "KENGOV",
        "actor_id": "e1",
        "target": "police",
        "target_code": "KENCOP",
        "target_id": "e3",
        "action": "deployed",
        "code": "0871",
        "root": "08",
        "quad_class": 2,
        "goldstein": 5.2,
        "plover": "MOBILIZE",
        "negated": False,
        "reported_by": None,
        "date": "2016-09-12",
        "place": "Nairobi",
        "place_id": "e2",
        "text": "Kenya's government deployed police to Nairobi",
        "start": 9,
        "end": 54,
    }
    event.update(kw)
    return event


def _field(row, name):
    return row[COLUMNS.index(name)]


def test_sixty_one_columns_in_gdelt_order():
    assert len(COLUMNS) == 61
    assert len(set(COLUMNS)) == 61
    expected = {
        "GLOBALEVENTID": 0,
        "SQLDATE": 1,
        "FractionDate": 4,
        "Actor1Code": 5,
        "Actor1Type3Code": 14,
        "Actor2Code": 15,
        "Actor2Type3Code": 24,
        "IsRootEvent": 25,
        "EventCode": 26,
        "EventRootCode": 28,
        "QuadClass": 29,
        "GoldsteinScale": 30,
        "AvgTone": 34,
        "Actor1Geo_Type": 35,
        "Actor1Geo_ADM2Code": 39,
        "Actor2Geo_Type": 43,
        "ActionGeo_Type": 51,
        "ActionGeo_CountryCode": 53,
        "ActionGeo_Lat": 56,
        "ActionGeo_Long": 57,
        "ActionGeo_FeatureID": 58,
        "DATEADDED": 59,
        "SOURCEURL": 60,
    }
    assert {name: COLUMNS.index(name) for name in expected} == expected


def test_every_row_has_61_fields_of_strings():
    rows = event_rows(_article(), [_event(), _event(code="112", root="11")])
    assert len(rows) == 2
    for row in rows:
        assert len(row) == 61
        assert all(isinstance(v, str) for v in row)


def test_ids_count_from_first_id():
    rows = event_rows(_article(), [_event(), _event(), _event()], first_id=41)
    assert [_field(r, "GLOBALEVENTID") for r in rows] == ["41", "42", "43"]


def test_date_fields_from_event_date():
    (row,) = event_rows(_article(), [_event(date="2016-09-12")])
    assert _field(row, "SQLDATE") == "20160912"
    assert _field(row, "MonthYear") == "201609"
    assert _field(row, "Year") == "2016"
    # day 256 of 2016: 2016 + 256/365
    assert _field(row, "FractionDate") == "2016.7014"


def test_date_falls_back_to_published_date():
    (row,) = event_rows(_article(published="2019-01-25"), [_event(date=None)])
    assert _field(row, "SQLDATE") == "20190125"
    assert _field(row, "FractionDate") == "2019.0685"  # as in GDELT's own rows for that day


def test_no_date_at_all_leaves_date_fields_empty():
    (row,) = event_rows(_article(published=None), [_event(date=None)])
    for name in ("SQLDATE", "MonthYear", "Year", "FractionDate", "DATEADDED"):
        assert _field(row, name) == ""


def test_dateadded_is_published_time_in_utc():
    (row,) = event_rows(_article(published="2016-09-13T09:30:00+03:00"), [_event()])
    assert _field(row, "DATEADDED") == "20160913063000"
    (row,) = event_rows(_article(published="2016-09-13"), [_event()])
    assert _field(row, "DATEADDED") == "20160913000000"


@pytest.mark.parametrize(
    ("code", "country", "group", "type1", "type2"),
    [
        ("KENGOV", "KEN", "", "GOV", ""),
        ("USAMIL", "USA", "", "MIL", ""),
        ("IGOUNO", "", "UNO", "IGO", ""),
        ("NGOHRIAMN", "", "AMN", "NGO", "HRI"),
        ("USA", "USA", "", "", ""),
        ("GOV", "", "", "GOV", ""),
        (None, "", "", "", ""),
    ],
)
def test_split_actor(code, country, group, type1, type2):
    split = split_actor(code)
    assert split["CountryCode"] == country
    assert split["KnownGroupCode"] == group
    assert split["Type1Code"] == type1
    assert split["Type2Code"] == type2


def test_actor_fields_in_row():
    event = _event(target="United Nations", target_code="IGOUNO")
    (row,) = event_rows(_article(), [event])
    assert _field(row, "Actor1Code") == "KENGOV"
    assert _field(row, "Actor1Name") == "KENYA'S GOVERNMENT"
    assert _field(row, "Actor1CountryCode") == "KEN"
    assert _field(row, "Actor1Type1Code") == "GOV"
    assert _field(row, "Actor1KnownGroupCode") == ""
    assert _field(row, "Actor2Code") == "IGOUNO"
    assert _field(row, "Actor2Name") == "UNITED NATIONS"
    assert _field(row, "Actor2CountryCode") == ""
    assert _field(row, "Actor2KnownGroupCode") == "UNO"
    # fields dateline does not code stay empty
    for name in ("Actor1EthnicCode", "Actor1Religion1Code", "Actor2Religion2Code"):
        assert _field(row, name) == ""


def test_actor_without_code_or_name():
    (row,) = event_rows(_article(), [_event(target=None, target_code=None)])
    for field in ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code"):
        assert _field(row, f"Actor2{field}") == ""


def test_event_codes_and_scores():
    (row,) = event_rows(_article(), [_event(code="0871", root="08", quad_class=2, goldstein=5.2)])
    assert _field(row, "EventCode") == "0871"
    assert _field(row, "EventBaseCode") == "087"
    assert _field(row, "EventRootCode") == "08"
    assert _field(row, "QuadClass") == "2"
    assert _field(row, "GoldsteinScale") == "5.2"
    assert _field(row, "AvgTone") == "-2.5"
    assert _field(row, "SOURCEURL") == "https://example.com/news/1"
    for name in ("NumMentions", "NumSources", "NumArticles"):
        assert _field(row, name) == "1"


def test_short_codes_are_their_own_base_code():
    rows = event_rows(_article(), [_event(code="112", root="11"), _event(code="19", root="19")])
    assert [_field(r, "EventBaseCode") for r in rows] == ["112", "19"]
    assert _field(rows[1], "GoldsteinScale") == "5.2"


def test_goldstein_printed_with_one_decimal():
    (row,) = event_rows(_article(), [_event(goldstein=-10)])
    assert _field(row, "GoldsteinScale") == "-10.0"


def test_missing_tone_and_url_are_empty():
    (row,) = event_rows(_article(tone=None, url=None), [_event()])
    assert _field(row, "AvgTone") == ""
    assert _field(row, "SOURCEURL") == ""


def test_is_root_event_marks_the_lead_paragraph():
    lead = _event(start=9)
    later = _event(start=TEXT.index("The United Nations"))
    rows = event_rows(_article(), [lead, later])
    assert [_field(r, "IsRootEvent") for r in rows] == ["1", "0"]
    (row,) = event_rows(_article(text=None), [later])
    assert _field(row, "IsRootEvent") == "1"


@pytest.mark.parametrize(
    ("iso3", "fips"),
    [
        ("DEU", "GM"),
        ("KEN", "KE"),
        ("GBR", "UK"),
        ("USA", "US"),
        ("SRB", "RI"),
        ("XXX", ""),
        (None, ""),
    ],
)
def test_fips_conversion(iso3, fips):
    assert fips_code(iso3) == fips


def test_action_geo_for_a_world_city():
    (row,) = event_rows(_article(), [_event(place_id="e2")])
    assert _field(row, "ActionGeo_Type") == "4"
    assert _field(row, "ActionGeo_FullName") == "Nairobi, Kenya"
    assert _field(row, "ActionGeo_CountryCode") == "KE"
    assert _field(row, "ActionGeo_Lat") == "-1.2833"
    assert _field(row, "ActionGeo_Long") == "36.8167"
    assert _field(row, "ActionGeo_FeatureID") == "184745"
    for prefix in ("Actor1Geo_", "Actor2Geo_"):
        assert all(_field(row, c) == "" for c in COLUMNS if c.startswith(prefix))


def test_action_geo_types():
    places = [
        _place(entity_id="p1", name="Germany", country="DEU", feature="country", geonameid=2921044),
        _place(entity_id="p2", name="Texas", country="USA", feature="region", geonameid=4736286),
        _place(entity_id="p3", name="Austin", country="USA", feature="city", geonameid=4671654),
        _place(entity_id="p4", name="Rift Valley", country="KEN", feature="region"),
        _place(entity_id="p5", name="Mount Kenya", country="KEN", feature="other"),
    ]
    events = [_event(place_id=p["entity_id"]) for p in places]
    rows = event_rows(_article(places=places), events)
    assert [_field(r, "ActionGeo_Type") for r in rows] == ["1", "2", "3", "5", "4"]
    germany, texas, austin, rift, _ = rows
    assert _field(germany, "ActionGeo_CountryCode") == "GM"
    assert _field(germany, "ActionGeo_FullName") == "Germany"
    assert _field(germany, "ActionGeo_ADM1Code") == "GM"
    assert _field(germany, "ActionGeo_FeatureID") == ""  # blank for countries, as in GDELT
    assert _field(texas, "ActionGeo_ADM1Code") == "USTX"
    assert _field(texas, "ActionGeo_FeatureID") == ""
    assert _field(austin, "ActionGeo_FeatureID") == "4671654"
    assert _field(rift, "ActionGeo_CountryCode") == "KE"


def test_event_without_known_place_has_empty_action_geo():
    rows = event_rows(_article(), [_event(place_id=None), _event(place_id="e99")])
    for row in rows:
        assert all(_field(row, c) == "" for c in COLUMNS if c.startswith("ActionGeo_"))


def test_negated_events_are_skipped():
    events = [_event(code="190", negated=True), _event(code="0871"), _event(code="112")]
    rows = event_rows(_article(), events, first_id=7)
    assert [_field(r, "EventCode") for r in rows] == ["0871", "112"]
    assert [_field(r, "GLOBALEVENTID") for r in rows] == ["7", "8"]


def test_tabs_and_newlines_are_replaced_with_spaces():
    event = _event(actor="Kenya's\tgovernment\nofficials", target="po\r\nlice")
    (row,) = event_rows(_article(url="https://example.com/a\tb"), [event])
    assert _field(row, "Actor1Name") == "KENYA'S GOVERNMENT OFFICIALS"
    assert _field(row, "Actor2Name") == "PO  LICE"
    assert _field(row, "SOURCEURL") == "https://example.com/a b"
    assert not any(ch in v for v in row for ch in "\t\n\r")


def test_write_tsv_is_readable_with_csv_module():
    event = _event(actor="gov\tern\nment")
    rows = event_rows(_article(), [event, _event(code="112", root="11")])
    out = io.StringIO()
    assert write_tsv(rows, out) == 2
    text = out.getvalue()
    assert text.count("\n") == 2  # no header; one line per row
    parsed = list(csv.reader(io.StringIO(text), delimiter="\t"))
    assert parsed == rows
    assert all(len(r) == 61 for r in parsed)


def test_write_tsv_header_only_when_asked():
    rows = event_rows(_article(), [_event()])
    out = io.StringIO()
    assert write_tsv(rows, out, header=True) == 1
    parsed = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert parsed[0] == list(COLUMNS)
    assert parsed[1] == rows[0]
    assert write_tsv([], io.StringIO()) == 0
