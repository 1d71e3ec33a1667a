"""People and organisations across articles: which stored entities are one referent, what to
call it, which of its titles to show, and which names are NER debris.

The entity layer merges the mentions of one referent inside an article ("Kravets" joins
"Olena Kravets"); across articles only the stored names are left, with their types and
titles. `group` joins those of one referent:

1. a name's key ignores case, accents, full stops, a trailing possessive and an honorific
   ("Donald Trump's", "DONALD TRUMP", "Mr. Donald Trump" are one key);
2. a name tagged PERSON in some articles and ORG in others takes the type most of its
   articles give it, an article naming a full name of that surname counting for the person
   ("Trump" tagged ORG joins the person; "Politico" tagged PERSON stays an organisation);
   an ORG surname beside its person's full name in one article is that person;
3. a mis-bounded mention joins the person it contains: a name that ends with the full name of
   a person the same article names ("Floridians Jeb Bush"), or that is no name (`problem`)
   but ends with a known person's name ("That's Jeb Bush", "AG Mukasey"), or that is a
   place's or a people's name before a surname the article gives one person ("New Hampshire
   Sanders" where the article names Bernie Sanders);
4. an initialled or middle-named form joins the plain name when it is the only form that
   reduces to it ("Donald J. Trump", "Hillary Rodham Clinton"; "George W. Bush" and "George
   H.W. Bush" both stay apart from "George Bush");
5. a single name joins the one full name of that surname (or, failing that, given name) the
   same article names; else the full name holding at least two thirds of the articles that
   name someone of that surname ("Obama" joins "Barack Obama"; "Bush" stays apart while
   George W. and Jeb share the articles);
6. an organisation's short form joins its full name when the store has it: initials an
   article defines ("World Health Organization (WHO)"), learned from the stored mentions, and
   the short forms of data/people.txt ("VW" for Volkswagen).

A group is listed on the people page unless its name is no name (`problem`: a digit, a
lowercase word, a role abbreviation, a possessive ...) or is doubtful: named in one article
only, quoted nowhere, and either a single word that no full name in the store has as its
surname or given name ("Lordy", "Mischief"), or a first word that is an adjective or an
adverb and no person's given name ("Big Machine", "Classic Clinton"; not "Rich Beeson").
Titles are normalised ("U.S." and "US", "Sen." and "Senator") and a title contained in a
more specific one is dropped ("President" beside "US President")."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from dateline import geo
from dateline.lexicon import section_lines, sections, title_modifiers

PEOPLE_TYPES = ("PERSON", "ORG")
# A single name joins the full name holding at least this share of the articles naming
# someone of its surname.
DOMINANT_SHARE = 2 / 3

_RULES = sections("entity_rules.txt")
_HONORIFICS = _RULES["honorifics"]
_SUFFIXES = frozenset(s.rstrip(".") for s in _RULES["name-suffixes"])
_PARTICLES = _RULES["name-particles"]
_PEOPLE = sections("people.txt")
_ROLES = frozenset(word.upper() for word in _PEOPLE["role-abbreviations"])
_WORD_NAMES = _PEOPLE["word-given-names"]
# Words of a title written more than one way: the key of each ("Sen." and "Senator").
_TITLE_WORDS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "prof": "professor",
    "dr": "doctor",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "coun": "councillor",
    "councilor": "councillor",
    "pres": "president",
    "atty": "attorney",
    "sec": "secretary",
    "u.s": "us",
    "usa": "us",
    "u.k": "uk",
    "u.n": "un",
    "e.u": "eu",
}
_TITLE_PHRASES = (("united states", "us"), ("united kingdom", "uk"), ("united nations", "un"))
# Title words that make a title a different office, not a more specific one: "former
# President" does not contain "President".
_TENSE_WORDS = frozenset({"former", "ex", "then", "late", "outgoing", "incoming", "future"})

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_POSSESSIVE = re.compile(r"'s$|(?<=s)'$", re.IGNORECASE)
_NOT_NAME_CHARS = re.compile(r"[^\w\s.'\-]|[\d_]")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]\.?$|^[A-Z]{2}$")
_ROMAN = frozenset({"II", "III", "IV", "V", "VI"})
_NUMERAL = re.compile(r"^m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")


# -- names -------------------------------------------------------------------------------


def clean(name: str) -> str:
    """The name with plain apostrophes and one space between words, without a trailing
    possessive ("Donald Trump’s" -> "Donald Trump")."""
    s = " ".join(name.translate(_APOSTROPHES).split())
    return _POSSESSIVE.sub("", s).rstrip()


def _unpossessive(name: str) -> str:
    """The name as written, less a trailing possessive ("Donald Trump‘s")."""
    s = " ".join(name.split())
    return re.sub(r"['\u2019\u2018`]s$|(?<=s)['\u2019]$", "", s).rstrip() or s


def tokens(name: str) -> list[str]:
    """The words of a name, a leading honorific dropped ("Mr. Ruto" -> ["Ruto"])."""
    words = clean(name).split()
    while len(words) > 1 and words[0].lower() in _HONORIFICS:
        words = words[1:]
    return words


def _fold(word: str) -> str:
    s = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).replace(".", "").casefold()


def key(name: str) -> str:
    """What names of one referent share: case, accents, full stops, a possessive and an
    honorific ignored ("Donald J. Trump's" -> "donald j trump")."""
    return " ".join(word for word in (_fold(w) for w in tokens(name)) if word)


def _core(words: list[str]) -> list[str]:
    """The words without a closing suffix ("Jr.", "III")."""
    while len(words) > 1 and words[-1].rstrip(".").lower() in _SUFFIXES:
        words = words[:-1]
    return words


def surname(name: str) -> str:
    """The key of a person's last name, "Jr." and "III" ignored."""
    words = _core(tokens(name))
    return _fold(words[-1]) if words else ""


def given_name(name: str) -> str:
    words = tokens(name)
    return _fold(words[0]) if len(words) > 1 else ""


def reduced(name: str) -> str:
    """The key of the name's first and last words: "Hillary Rodham Clinton" and "Donald J.
    Trump's" -> "hillary clinton", "donald trump"; a name of two words is its own."""
    words = _core(tokens(name))
    if len(words) < 3:
        return key(" ".join(words)) if words else ""
    return f"{_fold(words[0])} {_fold(words[-1])}"


def problem(name: str) -> str | None:
    """Why a PERSON name is no person's name, or None: a digit or a sign no name has, a
    lowercase word that is no name particle ("pro-Clinton", "Kalanick of Uber"), a role
    abbreviation ("Browns DL Sheldon Richardson"), capitals inside the name ("Keystone XL"),
    a possessive inside it ("That's Jeb Bush"), a state abbreviation before it ("N.J. Roger
    Ailes"), a verb form ("Hosting Cook") or a title word at its end; for a single word, a
    function word or an adverb ("That", "Nationally")."""
    s = clean(name)
    words = tokens(name)
    if not words:
        return "no words"
    if _NOT_NAME_CHARS.search(s):
        return "a digit or sign"
    for n, word in enumerate(words):
        bare = word.rstrip(".")
        if word[0].islower() and not _particle(word):
            return "a lowercase word"
        if "'s" in word.lower() or word.endswith("s'"):
            return "a possessive"
        if bare.replace(".", "").upper() in _ROLES and (bare.isupper() or len(bare) > 2):
            return "a role abbreviation"
        inside = 0 < n < len(words) - 1
        if n and bare.isupper() and len(bare) > 1 and bare not in _ROMAN and "." not in bare:
            if not (inside and _INITIALS.match(bare)):  # "George HW Bush"
                return "an abbreviation inside the name"
    first = words[0]
    if len(words) > 1 and "." in first and len(first) > 2:
        if not _INITIALS.match(first) or geo.us_state_abbreviation(first) is not None:
            return "a state abbreviation" if _INITIALS.match(first) else "an abbreviation"
    lowered = first.lower()
    if lowered.endswith("ing") and lowered not in _WORD_NAMES and _verb_form(lowered):
        return "a verb form"
    core = _core(words)
    if len(core) > 1 and core[-1].lower() in title_modifiers():
        return "a title word"
    if len(words) == 1:
        if lowered in _function_words():
            return "a function word"
        if lowered.endswith("ly") and lowered in _lexicon().adverbs:
            return "an adverb"
    return None


def _particle(word: str) -> bool:
    """ "de", "van", "bin", "al-Baghdadi": the lowercase parts of names."""
    lowered = word.lower()
    return lowered in _PARTICLES or lowered.split("-")[0] in _PARTICLES and "-" in lowered


def _verb_form(word: str) -> bool:
    """An -ing form of an English verb ("hosting", "following"; not "sterling")."""
    stem = word[:-3]
    stems = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "running"
    return bool(stems & _lexicon().verbs)


@dataclass(frozen=True)
class _Lexicon:
    adjectives: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()


@cache
def _lexicon() -> _Lexicon:
    """English adjectives, adverbs and verbs (WordNet's lemmas, as the spaCy model's
    lemmatizer tables ship them); empty when the model is not installed."""
    try:
        from importlib import resources

        from spacy.lookups import Lookups
        from spacy.strings import hash_string

        from dateline.nlp import MODEL_PACKAGE

        root = resources.files(MODEL_PACKAGE)
        folder = next(p for p in root.iterdir() if p.is_dir() and (p / "lemmatizer").is_dir())
        index = Lookups().from_disk(str(folder / "lemmatizer" / "lookups"))
        table = index.get_table("lemma_index")
    except Exception:  # noqa: BLE001 - no model: the rules that need the words stay off
        return _Lexicon()

    def words(part: str) -> frozenset[str]:  # WordNet's roman numerals ("xi") are no words
        return frozenset(w for w in table.get(hash_string(part), ()) if not _NUMERAL.match(w))

    return _Lexicon(words("adj"), words("adv"), words("verb"))


@cache
def _function_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:
        return frozenset()
    return frozenset(STOP_WORDS)


def _starts_with_a_word(name: str) -> bool:
    """Whether a name of several words starts with an adjective or an adverb that is no
    given name ("Big Machine", "Classic Clinton")."""
    words = tokens(name)
    if len(words) < 2:
        return False
    first = words[0].lower()
    lexicon = _lexicon()
    return first not in _WORD_NAMES and (first in lexicon.adjectives or first in lexicon.adverbs)


# -- titles ------------------------------------------------------------------------------


def title_key(title: str) -> str:
    """A title's words as one key: case, full stops and abbreviations ignored ("U.S.
    President" and "US President"; "Sen." and "Senator")."""
    s = " ".join(title.translate(_APOSTROPHES).split()).casefold()
    for phrase, short in _TITLE_PHRASES:
        s = s.replace(phrase, short)
    words = []
    for word in s.split():
        bare = word.rstrip(".")
        bare = _TITLE_WORDS.get(bare, bare).replace(".", "")
        if bare:
            words.append(bare)
    return " ".join(words)


def merge_titles(titles: Iterable[str]) -> list[str]:
    """Each title once, most often given first, in its most common writing (one without full
    stops on a tie); a title whose words another title contains is dropped ("President"
    beside "US President", "Sen." beside "Vermont Senator"), unless the other is a past or
    future office ("former President")."""
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    order: dict[str, int] = {}
    for title in titles:
        k = title_key(title)
        if not k:
            continue
        counts[k] += 1
        forms[k][title] += 1
        order.setdefault(k, len(order))
    kept = [k for k in counts if not any(_contains(other, k) for other in counts if other != k)]
    kept.sort(key=lambda k: (-counts[k], order[k]))
    return [_best_form(forms[k]) for k in kept]


def _contains(bigger: str, smaller: str) -> bool:
    big, small = bigger.split(), smaller.split()
    if len(big) <= len(small) or _TENSE_WORDS & (set(big) - set(small)):
        return False
    left = Counter(big)
    left.subtract(Counter(small))
    return all(n >= 0 for n in left.values())


def _best_form(forms: Counter[str]) -> str:
    return max(forms, key=lambda f: (forms[f], "." not in f, f[:1].isupper(), -len(f)))


# -- grouping ----------------------------------------------------------------------------


@dataclass
class Entity:
    """One stored entity row of type PERSON or ORG."""

    article_id: str
    entity_id: str
    name: str
    type: str
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None


@dataclass
class Group:
    """One referent across articles."""

    key: str
    type: str
    name: str = ""
    members: list[Entity] = field(default_factory=list)
    quotes: int = 0
    problem: str | None = None  # why it is not listed; None when it is

    @property
    def articles(self) -> set[str]:
        return {member.article_id for member in self.members}

    @property
    def aliases(self) -> list[str]:
        """The other names it is stored under, as written."""
        return sorted({m.name for m in self.members} - {self.name})

    @property
    def listed(self) -> bool:
        return self.problem is None

    def names(self) -> set[str]:
        return {m.name.casefold() for m in self.members} | {self.name.casefold()}

    def titles(self) -> list[str]:
        return merge_titles(title for m in self.members for title in m.titles)

    def country(self) -> str | None:
        counted = Counter(m.country for m in self.members if m.country)
        return max(sorted(counted), key=lambda c: counted[c]) if counted else None

    def affiliations(self) -> list[str]:
        counted = Counter(m.affiliation for m in self.members if m.affiliation)
        return [name for name, _ in counted.most_common()]


def org_aliases() -> dict[str, str]:
    """Key of a short form -> key of the organisation's full name (data/people.txt)."""
    found = {}
    for line in section_lines("people.txt")["aliases"]:
        short, _, full = line.partition("|")
        found[key(short)] = key(full)
    return found


def is_acronym(surface: str) -> bool:
    """ "WHO", "U.N.", "AT&T": a form written in capitals."""
    letters = surface.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def group(
    entities: Iterable[Entity],
    quotes: dict[tuple[str, str], int] | None = None,
    acronyms: Iterable[tuple[str, str, str]] = (),
) -> list[Group]:
    """The referents of PERSON and ORG entity rows across articles (module docstring).
    `quotes`: (article id, entity id) -> quotes it is the speaker of; `acronyms`: (article
    id, organisation name, a mention's surface) for the short forms articles define."""
    rows = [e for e in entities if e.type in PEOPLE_TYPES and key(e.name)]
    keys = {id(e): key(e.name) for e in rows}
    kinds = _types(rows, keys)
    people = [e for e in rows if kinds[id(e)] == "PERSON"]
    target = _person_targets(people, keys)
    target.update(_org_targets([e for e in rows if kinds[id(e)] == "ORG"], keys, acronyms))
    groups: dict[tuple[str, str], Group] = {}
    for entity in rows:
        kind = kinds[id(entity)]
        k = target.get(id(entity), keys[id(entity)])
        groups.setdefault((kind, k), Group(k, kind)).members.append(entity)
    quotes = quotes or {}
    for found in groups.values():
        found.name = _display_name(found)
        found.quotes = sum(quotes.get((m.article_id, m.entity_id), 0) for m in found.members)
    _judge(list(groups.values()))
    return list(groups.values())


def _types(rows: list[Entity], keys: dict[int, str]) -> dict[int, str]:
    """Each row's type: a name tagged PERSON and ORG takes the one most of its articles give
    it, a full name of that surname counting for the person; an ORG surname beside its
    person's full name in one article is that person."""
    person_articles: dict[str, set[str]] = defaultdict(set)
    org_articles: dict[str, set[str]] = defaultdict(set)
    surname_articles: dict[str, set[str]] = defaultdict(set)
    article_surnames: dict[str, set[str]] = defaultdict(set)
    for e in rows:
        k = keys[id(e)]
        if e.type == "PERSON":
            person_articles[k].add(e.article_id)
            if " " in k and problem(e.name) is None:
                surname_articles[surname(e.name)].add(e.article_id)
                article_surnames[e.article_id].add(surname(e.name))
        else:
            org_articles[k].add(e.article_id)
    kinds = {}
    for e in rows:
        k = keys[id(e)]
        if not (person_articles.get(k) and org_articles.get(k)) and not (
            e.type == "ORG" and " " not in k and k in surname_articles
        ):
            kinds[id(e)] = e.type
            continue
        if e.type == "ORG" and " " not in k and k in article_surnames[e.article_id]:
            kinds[id(e)] = "PERSON"
            continue
        person = person_articles[k] | (surname_articles[k] if " " not in k else set())
        kinds[id(e)] = "PERSON" if len(person) >= len(org_articles[k]) else "ORG"
    return kinds


def _person_targets(people: list[Entity], keys: dict[int, str]) -> dict[int, str]:
    """Row -> the key of the full name it joins, for the rows that join another name."""
    full = {keys[id(e)] for e in people if " " in keys[id(e)] and problem(e.name) is None}
    in_article: dict[str, set[str]] = defaultdict(set)
    for e in people:
        if keys[id(e)] in full:
            in_article[e.article_id].add(keys[id(e)])
    # 4. initialled and middle-named forms -> the plain name, when one form reduces to it
    forms: dict[str, set[str]] = defaultdict(set)
    for e in people:
        k = keys[id(e)]
        r = reduced(e.name)
        if k in full and r != k and r in full:
            forms[r].add(k)
    plain = {k: r for r, ks in forms.items() if len(ks) == 1 for k in ks}

    def canonical(k: str) -> str:
        return plain.get(k, k)

    by_surname: dict[str, Counter[str]] = defaultdict(Counter)
    seen: set[tuple[str, str]] = set()
    for e in people:
        k = canonical(keys[id(e)])
        if k in full and (e.article_id, k) not in seen:
            seen.add((e.article_id, k))
            by_surname[surname(k)][k] += 1
    target: dict[int, str] = {}
    for e in people:
        k = keys[id(e)]
        here = {canonical(f) for f in in_article[e.article_id]} - {k}
        joined = _misbounded(e.name, here, full) if " " in k else None
        if joined is None and k in full:
            if canonical(k) != k:
                target[id(e)] = canonical(k)
            continue
        if joined is None and " " not in k:
            joined = _single(k, here, by_surname)
        if joined is not None:
            target[id(e)] = canonical(joined)
    return target


def _misbounded(name: str, here: set[str], full: set[str]) -> str | None:
    """The person a mis-bounded mention stands for: its longest proper ending that is a full
    name the article names, or, when the name is no name, one the store knows (or a surname
    the article names after a place or other words that are no name: "New Hampshire
    Sanders")."""
    words = tokens(name)
    broken = problem(name) is not None
    for n in range(len(words) - 1, 0, -1):
        ending = " ".join(words[-n:])
        k = key(ending)
        if n > 1 and problem(ending) is None and (k in here or (broken and k in full)):
            return k
        if n == 1:
            prefix = " ".join(words[:-1])
            if broken or _place_words(prefix):
                matches = [f for f in here if surname(f) == k]
                if len(matches) == 1:
                    return matches[0]
    head = []  # "Travis Kalanick of Uber" -> "Travis Kalanick"
    for word in words:
        if word[0].islower() and not _particle(word):
            break
        head.append(word)
    if broken and 1 < len(head) < len(words):
        k = key(" ".join(head))
        if k in here or k in full:
            return k
    return None


def _place_words(words: str) -> bool:
    """Whether words before a surname name a place or a people, not a given name: a
    country, a region of more than one word ("New Hampshire"), a demonym; not "Clint" or
    "Georgia", which are given names as well as places."""
    if geo.demonym(words):
        return True
    return any(
        p.feature == "country" or (p.feature == "region" and " " in words)
        for p in geo.lookup(words)
    )


def _single(k: str, here: set[str], by_surname: dict[str, Counter[str]]) -> str | None:
    """The full name a single name stands for: the one of that surname (else given name)
    the article names; else the one that holds most of the store's articles naming someone
    of that surname."""
    matches = [f for f in here if surname(f) == k]
    if not matches:
        matches = [f for f in here if f.split()[0] == k]
    if len(matches) == 1:
        return matches[0]
    if matches:
        return None
    counts = by_surname.get(k)
    if not counts:
        return None
    best, top = counts.most_common(1)[0]
    return best if top >= DOMINANT_SHARE * sum(counts.values()) else None


def _org_targets(
    orgs: list[Entity], keys: dict[int, str], acronyms: Iterable[tuple[str, str, str]]
) -> dict[int, str]:
    """Row -> the key of the organisation's full name, for short forms the store has the
    full name of."""
    stored = {keys[id(e)] for e in orgs}
    learned: dict[str, Counter[str]] = defaultdict(Counter)
    for _, name, surface in set(acronyms):
        short, full = key(surface), key(name)
        if is_acronym(surface.strip()) and short != full and full in stored:
            learned[short][full] += 1
    aliases = {}
    for short, counts in learned.items():
        best, top = counts.most_common(1)[0]
        if top >= DOMINANT_SHARE * sum(counts.values()):
            aliases[short] = best
    for short, full in org_aliases().items():
        if full in stored:
            aliases.setdefault(short, full)

    def resolve(k: str) -> str:  # "GOP" -> "Grand Old Party" -> "Republican Party"
        seen = {k}
        while k in aliases and aliases[k] not in seen:
            k = aliases[k]
            seen.add(k)
        return k

    return {id(e): resolve(keys[id(e)]) for e in orgs if keys[id(e)] in aliases}


def _display_name(found: Group) -> str:
    """The commonest writing of the group's own key (by articles), the longer on a tie
    ("George H.W. Bush" over "George HW Bush")."""
    counts: Counter[str] = Counter()
    for member in {(m.article_id, m.name) for m in found.members}:
        if key(member[1]) == found.key:
            counts[_unpossessive(member[1])] += 1
    if not counts:
        counts = Counter(_unpossessive(m.name) for m in found.members)
    return max(sorted(counts), key=lambda n: (counts[n], len(n)))


def _judge(groups: list[Group]) -> None:
    """Set `problem` of each group that is not to be listed (module docstring)."""
    surnames, given = set(), Counter()
    for found in groups:
        if found.type == "PERSON" and " " in found.key:
            surnames.add(surname(found.name))
            given[given_name(found.name)] += 1
    for found in groups:
        if found.type != "PERSON":
            continue
        found.problem = problem(found.name)
        if found.problem or found.quotes or len(found.articles) > 1:
            continue
        if " " not in found.key:
            if found.key not in surnames and found.key not in given:
                found.problem = "a single name in one article"
        elif _starts_with_a_word(found.name) and given[given_name(found.name)] < 2:
            found.problem = "an adjective or adverb for a given name, in one article"
