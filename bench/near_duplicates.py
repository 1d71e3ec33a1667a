"""Near-duplicate ("syndicated copy") pairs for evaluating a same-story detector.

A wire story republished by many outlets, each with its own boilerplate and small edits, is
ONE story. Two different articles about the same event, debate or scandal are NOT copies,
however many words they share. `pair_set(shared)` builds labelled pairs of article texts for
that decision at call time from the shared corpora (no article text is stored in the
repository); `bench/data/near-duplicates/README.md` has the counts and how hard each kind is.

Sources (paths under the shared data folder):

- PolNeAR (`polnear/{train,dev}/text/*.txt`): US political news, Nov 2015 - Nov 2016, seven
  outlets; where a name repeats with an annotator suffix, the first copy only;
- GGT-dev (`ggt-dev/gold.jsonl`): 48 Canadian news articles;
- the Zyte article benchmark (`zyte-article-benchmark/ground-truth.json`, `articleBody`):
  181 pages, most from 18-19 Nov 2019; the generated pairs use the English ones of 250 words
  or more;
- readability-pages (`readability-pages/*/expected.txt`): its news pages (READABILITY_NEWS).

Why it is made this way. The corpora hold only a handful of real copies, too few to measure
a detector, so most positives are made by applying to one article what syndication does to a
wire story, one family of changes per kind, so that a miss can be traced to its cause. The
negatives are the pairs a detector is most likely to merge by mistake: articles about the
same thing (which fool bag-of-words and embedding similarity) and different articles that
share an exact block of text (which fool shingle and fingerprint methods).

Positives (`same_story=True`), one article and a copy of it:

- `trim`: the first paragraphs only, 60-90% of the words (outlets cut from the bottom);
- `add-boilerplate`: 1-3 outlet paragraphs at the top, after one of the first paragraphs or
  at the bottom (an editor's note, byline, correction, local-angle paragraph, "Read more:" or
  related-links lines, a subscription or donation appeal, wire copyright and credit lines);
- `rewrite-header`: a new headline (title case, a prefix or suffix, shortened, or drawn from
  the lead), a rewritten, dropped or added dateline ("WASHINGTON (AP) —" / "Washington,
  May 3 (Reuters) -"), sometimes a byline;
- `copy-edit`: 3-6 sentences each changed by a word or two (safe synonyms, deleted fillers,
  "said"/"says", "per cent"/"percent", "labor"/"labour", "U.S."/"US", numbers as digits or
  words, "$3.2 million"/"$3,200,000", "Mr. Smith"/"Smith"), half the time also a house style
  over the whole text (straight or curly quotes, dashes, "per cent");
- `trim+add`: trimmed to 60-90%, 1-3 additions, half the time a new header;
- `two-copies`: two outlets' copies of one article, neither of them the original (each
  trimmed to 70-100%, with its own additions, header and edits);
- `heavy` (hard): trimmed to 50-65%, 2-4 additions, a new header, 6-10 edited sentences, 1-2
  sentences cut, paragraphs merged or split;
- `brief` (hard): a news-in-brief copy: the first 15-40% of the words, maybe one addition,
  half the time a new header;
- `real`: same-story pairs found in PolNeAR itself (5-gram containment above 0.5) and read by
  hand: a repost, two International-edition versions with abstract and correction, a print
  version with copy edits, a story updated after a primary result, two snapshots of one AP
  "The Latest" live file (REAL_POSITIVES).

Negatives (`same_story=False`), two different stories:

- `same-day`, `same-week`, `follow-up`, `same-topic`: PolNeAR pairs ranked by a plain word
  overlap (the cosine of integer TF-IDF-like weights over content words) and taken from the
  top, by date: within a day of each other; 2-7 days apart at different outlets; the same
  outlet 1-14 days apart (plus one GGT outlet's AP market reports a week apart); further
  apart. An article is in at most two negative pairs;
- `same-event`: Zyte pairs from different sites ranked the same way: independent reports of
  one event or topic on the same day or two (NASA's lander contracts, plague cases in China,
  a kidnapping rescue, the impeachment hearings);
- `shared-boilerplate`: two similar articles (ranked PolNeAR pairs; GGT pairs of one outlet)
  with the same 68-79-word block (an outlet's about, membership, poll-methodology, comment
  policy, app, ethics or project text) added to both at the same place;
- `shared-quote`: two similar PolNeAR articles with the same passage inserted after one of
  the first paragraphs of each: a 50-130-word paragraph holding a direct quote and, for two
  pairs in three, the one or two paragraphs after it (a longer excerpt, as two outlets quote),
  taken from a third article close to them in the ranking (its id follows "+" in the pair id);
- `real-shared-boilerplate`: pairs from the corpora that share a real block: HuffPost's 2016
  editor's note on Trump (neighbouring articles that carry it, paired in date order), a
  "Related:" block, site footers (REAL_SHARED_BOILERPLATE);
- `real-shared-passage`: pairs from the corpora that quote the same statement or repeat the
  same background paragraphs (REAL_SHARED_PASSAGE), read by hand.

Generated negatives leave out any pair whose word 5-gram sets share 10% of the smaller set or
more (copies and shared-text cases), and the titles of every ranked pair, with the text of the
closest ones, were read: none is a copy or a version of the other.

Everything is deterministic: sorted file lists, `random.Random` seeded with fixed strings,
integer similarity scores (exact in float64 whatever the BLAS) with ties broken by ids, no set
or hash order. One third of each kind (the pairs whose id has the lowest sha256) is
`held-out`, the rest `dev`.

Usage:
    .venv/bin/python bench/near_duplicates.py [--shared ../shared/data] [--jsonl pairs.jsonl]
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

POSITIVE_QUOTAS = {
    "trim": 50,
    "add-boilerplate": 50,
    "rewrite-header": 40,
    "copy-edit": 50,
    "trim+add": 45,
    "two-copies": 30,
    "heavy": 45,
    "brief": 25,
}
NEGATIVE_QUOTAS = {  # the ranked PolNeAR kinds: (quota, least score, cosine squared x 1e6)
    "follow-up": (35, 9000),
    "same-day": (45, 8000),
    "same-week": (35, 12000),
    "same-topic": (40, 25000),
}
SAME_EVENT = (30, 50000)
SHARED_BOILERPLATE = 50  # of which GGT same-outlet pairs:
SHARED_BOILERPLATE_GGT = 14
SHARED_QUOTE = 50
USES = 2  # an article appears in at most this many negative pairs

# news pages of readability-pages (the others are test fixtures, blogs or reference pages)
READABILITY_NEWS = (
    "bbc-1", "buzzfeed-1", "cnn", "guardian-1", "herald-sun-1", "nytimes-1", "nytimes-2",
    "nytimes-3", "nytimes-4", "seattletimes-1", "telegraph", "wapo-1", "wapo-2", "yahoo-2",
)  # fmt: skip

# Same-story pairs found in the corpora (5-gram containment above 0.5), each read by hand.
REAL_POSITIVES = (
    # reposted a day later, identical
    ("polnear:wash-post_2015-12-22_as-spotlight-shines-on-trump-and",
     "polnear:wash-post_2015-12-23_as-spotlight-shines-on-trump-and"),
    # a day later with copy edits ("President Obama", "grassroots") and wording changes
    ("polnear:wash-post_2015-12-12_misinformation-enters-mainstream",
     "polnear:wash-post_2015-12-13_misinformation-enters-mainstream"),
    # International edition: new headline, ABSTRACT/FULL TEXT lines, edits, added paragraphs
    ("polnear:nyt_2016-03-04_republicans-have-stake-in-a-deal",
     "polnear:nyt_2016-03-05_polls-suggest-possibility-of-dea"),
    # new headline, abstract, dateline dropped, trimmed quotes, correction appended
    ("polnear:nyt_2015-11-25_golf-courses-forced-to-reach-int",
     "polnear:nyt_2015-11-26_with-fewer-golfers-in-u-s-course"),
    # web and print versions: new headline and deck, paragraphs rewritten and reordered
    ("polnear:nyt_2016-03-15_sanders-advances-agenda-via-side",
     "polnear:nyt_2016-03-16_via-legislative-side-doors-sande"),
    # the Wisconsin primary story before and after the result: lead rewritten, body kept
    ("polnear:usa-today_2016-04-06_sanders-says-he-s-riding-momentu",
     "polnear:usa-today_2016-04-06_sanders-winning-streak-continues"),
    # two snapshots of one AP "The Latest" live file (newer entries added on top)
    ("polnear:breitbart_2016-03-15_the-latest-kasich-scores-all-del",
     "polnear:breitbart_2016-03-15_the-latest-sanders-declares-revo"),
)  # fmt: skip

# Different stories that share a real block of text, each read by hand.
REAL_SHARED_BOILERPLATE = (
    # HuffPost's "Related:" block under two different debate stories
    ("polnear:huff-post_2015-11-11_a-meaningful-exchange-actually-h",
     "polnear:huff-post_2015-11-11_watch-the-best-moments-from-the-"),
    # company "About" paragraphs under two press releases
    ("zyte:57e2e98887a1", "zyte:dfd43bc0d46e"),
    # the production's credits block under two blog posts
    ("zyte:521118842884", "zyte:8cad00dc22de"),
    # a newsletter/ebook appeal under two blog posts (Portuguese; the only non-English pair)
    ("zyte:23aaecd14171", "zyte:3252222e61fe"),
)  # fmt: skip
HUFFPOST_NOTE = "Editor’s note: Donald Trump"  # pairs of the articles that carry it are added
REAL_SHARED_PASSAGE = (
    # Pence's press-release quote in Breitbart's story and in UPI's next-day story
    ("polnear:breitbart_2016-08-23_mike-pence-calls-for-special-pro",
     "polnear:breitbart_2016-08-24_report-half-clinton-s-state-meet"),
    # two Washington Post email stories repeating background paragraphs
    ("polnear:wash-post_2016-03-03_staffer-who-set-up-clinton-email",
     "polnear:wash-post_2016-03-05_some-emails-to-powell-rice-s-aid"),
    # the same poll figures in an NYT poll story and a Western Journalism story
    ("polnear:nyt_2016-07-15_latest-poll-has-trump-pulling-ev",
     "polnear:west-journal_2016-07-14_hillary-clinton-visit-to-police-"),
    # Home Depot earnings: Fox Business and Barron's quoting the same release
    ("zyte:51374560f400", "zyte:f8ff621a0b9b"),
    # Taylor Swift and Big Machine: BBC and Fox News quoting the same statement
    ("zyte:70cb2d5bca75", "zyte:eb62ac8425e5"),
    # a guilty plea over threats to Rep. Omar: The Hill and NBC quoting the same release
    ("zyte:6ebac05f637e", "zyte:7a457a4f7173"),
    # "feather duvet lung": MSN and Forbes quoting the same patient
    ("zyte:9eef8162bbb6", "zyte:a078b3656adc"),
)  # fmt: skip

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say one two new like get got also would could mr mrs ms
    it's don't he's she's i'm that's there's they're we're can't won't didn't""".split()
)
ENGLISH_MARKERS = frozenset("the of and to a in that is for on with was as by at it from".split())
WORD = re.compile(r"[a-z][a-z'’]+")
TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Pair:
    """Two article texts and whether they are the same story (one a copy of the other)."""

    id: str
    a: str
    b: str
    same_story: bool
    kind: str
    split: str  # "dev" or "held-out"


@dataclass(frozen=True)
class Doc:
    id: str  # "polnear:<name>", "ggt:<id>", "zyte:<first 12 of the key>", "readability:<dir>"
    outlet: str  # PolNeAR publisher code, GGT outlet, or the page's host
    date: dt.date | None
    title: str | None
    paras: tuple[str, ...]
    url: str | None = None

    @property
    def text(self) -> str:
        return render(self.title, self.paras)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paras)


def render(title: str | None, paras: Iterable[str]) -> str:
    return "\n\n".join(([title] if title else []) + list(paras))


# ---------------------------------------------------------------------------------------------
# The corpora


def data_root(shared: Path) -> Path:
    """The shared data folder, given it or its parent."""
    if not (shared / "polnear").is_dir() and (shared / "data" / "polnear").is_dir():
        return shared / "data"
    return shared


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) > 0 and 5 * sum(w in ENGLISH_MARKERS for w in words) >= len(words)


def usable(doc: Doc) -> bool:
    """English and 250 words or more (all of PolNeAR and GGT; most of Zyte)."""
    return doc.words >= 250 and _english(doc.text)


def load_docs(root: Path) -> list[Doc]:
    docs: list[Doc] = []
    seen: set[str] = set()
    for split in ("train", "dev"):
        for path in sorted((root / "polnear" / split / "text").glob("*.txt")):
            name = "_".join(path.stem.split("_")[:3])  # outlet_date_slug[_annotator]
            if name in seen:
                continue
            seen.add(name)
            outlet, date, _ = name.split("_", 2)
            lines = _paragraphs(path.read_text(encoding="utf-8"))
            docs.append(
                Doc(
                    f"polnear:{name}",
                    outlet,
                    dt.date.fromisoformat(date),
                    lines[0],
                    tuple(lines[1:]),
                )
            )
    ggt = root / "ggt-dev" / "gold.jsonl"
    records = [json.loads(line) for line in ggt.read_text(encoding="utf-8").splitlines() if line]
    for rec in sorted(records, key=lambda r: r["id"]):
        created = dt.datetime.fromtimestamp(int(rec["id"][:8], 16), dt.UTC).date()  # ObjectId
        docs.append(
            Doc(
                f"ggt:{rec['id']}",
                rec["outlet"],
                created,
                None,
                tuple(_paragraphs(rec["text"])),
                rec["url"],
            )
        )
    zyte = json.loads((root / "zyte-article-benchmark" / "ground-truth.json").read_text("utf-8"))
    for key in sorted(zyte):
        body = zyte[key]["articleBody"]
        host = re.sub(r"^www\.", "", zyte[key]["url"].split("/")[2])
        docs.append(
            Doc(f"zyte:{key[:12]}", host, None, None, tuple(_paragraphs(body)), zyte[key]["url"])
        )
    for name in READABILITY_NEWS:
        path = root / "readability-pages" / name / "expected.txt"
        if path.is_file():
            paras = tuple(_paragraphs(path.read_text(encoding="utf-8")))
            docs.append(Doc(f"readability:{name}", name, None, None, paras))
    return docs


def slug_title(url: str) -> str | None:
    """A headline from a URL's slug ("andrew-scheer-rules-out-free-trade-deal-with-china")."""
    for part in reversed(url.rstrip("/").split("/")):
        part = re.sub(r"\.(?:html?|php)$|[-_.]?\d[\d.]*$", "", part)
        words = [w for w in re.split(r"[-_]+", part) if w.isalpha()]
        if len(words) >= 4:
            text = " ".join(words[:14])
            return text[0].upper() + text[1:]
    return None


# ---------------------------------------------------------------------------------------------
# Similarity: integer arithmetic only, so the ranking is the same on every machine


def ranked_pairs(docs: list[Doc], least: int = 2000) -> list[tuple[int, str, str]]:
    """Pairs scoring `least` or more, best first: (cosine squared x 1e6, id, id).

    Weights are min(tf, 3) x bit_length(N // df) over lowercased content words; the dot
    product counts only words in 2 to N/10 documents (the norms count every word). The
    weights are small integers, so the float64 matrix product is exact (every partial sum is
    an integer far below 2**53) whatever order the BLAS adds in: the scores, and so the
    ranking, are the same on every machine."""
    counts = [
        collections.Counter(
            w for w in WORD.findall(d.text.lower()) if w not in STOPWORDS and len(w) > 2
        )
        for d in docs
    ]
    n = len(docs)
    df: collections.Counter[str] = collections.Counter()
    for c in counts:
        df.update(c.keys())
    top = max(2, n // 10)
    vocab = {w: i for i, w in enumerate(sorted(w for w, k in df.items() if 2 <= k <= top))}
    matrix = np.zeros((n, len(vocab)), dtype=np.float64)
    norms = []
    for row, c in enumerate(counts):
        norm = 0
        for w, k in c.items():
            x = min(k, 3) * (n // df[w]).bit_length()
            norm += x * x
            if w in vocab:
                matrix[row, vocab[w]] = x
        norms.append(norm)
    dots = (matrix @ matrix.T).astype(np.int64)
    ranked = []
    for i, j in zip(*np.nonzero(np.triu(dots, k=1)), strict=True):
        dot = int(dots[i, j])
        score = dot * dot * 10**6 // (norms[i] * norms[j])
        if score >= least:
            ranked.append((score, docs[i].id, docs[j].id))
    ranked.sort(key=lambda r: (-r[0], r[1], r[2]))
    return ranked


class Shingles:
    """Word 5-gram sets, computed once per document."""

    def __init__(self, docs: dict[str, Doc]):
        self.docs = docs
        self.cache: dict[str, set[str]] = {}

    def of(self, doc_id: str) -> set[str]:
        if doc_id not in self.cache:
            words = TOKEN.findall(self.docs[doc_id].text.lower())
            self.cache[doc_id] = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
        return self.cache[doc_id]

    def distinct(self, a: str, b: str) -> bool:
        """Less than 10% of the smaller 5-gram set is shared."""
        sa, sb = self.of(a), self.of(b)
        return 10 * len(sa & sb) < min(len(sa), len(sb))


# ---------------------------------------------------------------------------------------------
# What outlets add (names, people and places are made up)

OUTLETS = (
    "The Riverton Record", "Lakeshore Daily News", "The Cedar Valley Gazette",
    "Northgate Tribune", "The Harbourside Herald", "Summit County Sentinel",
    "The Eastbrook Observer", "Pine Ridge Post", "Metro Wire Daily", "The Bayview Bulletin",
    "Prairie Star-Journal", "Capital Courier",
)  # fmt: skip
PEOPLE = (
    "Maria Delgado", "James Whitfield", "Priya Raman", "Tom Okafor", "Ellen Brandt",
    "Kevin Liu", "Sarah McAllister", "Daniel Reyes", "Aisha Mohammed", "Robert Kline",
    "Hannah Novak", "Luis Ortega", "Grace Whitaker", "Samuel Adeyemi",
)  # fmt: skip
TOWNS = ("Riverton", "Cedar Falls", "Eastbrook", "Pine Ridge", "Bayview", "Millbrook",
         "Northgate", "Fairhaven", "Oak Hollow", "Westfield")  # fmt: skip
US_CITIES = ("WASHINGTON", "NEW YORK", "DES MOINES, Iowa", "MANCHESTER, N.H.", "CHICAGO",
             "COLUMBIA, S.C.", "PHILADELPHIA", "LOS ANGELES", "MIAMI", "DENVER")  # fmt: skip
CA_CITIES = ("TORONTO", "OTTAWA", "VANCOUVER", "MONTREAL", "CALGARY", "EDMONTON", "WINNIPEG",
             "HALIFAX", "REGINA")  # fmt: skip
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec.")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ERRATA = ("date of the meeting", "name of a spokeswoman", "number of delegates",
          "figure in the fifth paragraph", "title of a state official", "location of the rally",
          "amount raised in the last quarter")  # fmt: skip
LOCAL_QUOTES = (
    "We're watching this closely, like everyone else",
    "People here want answers, and they want them soon",
    "It's all anyone at the coffee shop has talked about this week",
    "We'll be ready, whatever happens",
    "Folks around here have seen this kind of thing before",
)


@dataclass
class Context:
    """What an added paragraph may mention: the copying outlet, the article, other titles."""

    outlet: str
    doc: Doc
    titles: list[str]  # headlines of other articles, for "Read more:" lines
    canadian: bool


def _handle(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _time(rng: random.Random) -> str:
    return f"{rng.randint(1, 11)}:{rng.choice(('05', '15', '30', '42', '50'))} " + rng.choice(
        ("a.m.", "p.m.")
    )


def add_top(rng: random.Random, ctx: Context) -> list[str]:
    name = rng.choice(PEOPLE)
    options = [
        f"Editor's note: This story was updated at {_time(rng)} with additional details.",
        f"Editor’s note: This article is part of {ctx.outlet}’s coverage of the "
        f"{'federal' if ctx.canadian else '2016'} election. Our reporting is independent "
        "of our advertisers and sponsors.",
        f"EDITOR'S NOTE: {ctx.outlet} is making this story free to read as a public service. "
        "Please consider subscribing to support local journalism.",
        f"Correction: An earlier version of this story gave the wrong {rng.choice(ERRATA)}."
        " The story has been corrected.",
        f"UPDATE, {_time(rng)}: This story has been updated with new information.",
        f"By {name}, {rng.choice(('Associated Press', 'Reuters', 'The Canadian Press'))}",
        f"By {name} | {ctx.outlet}",
        f"This article originally appeared on {rng.choice(OUTLETS)} and is republished here "
        "with permission.",
    ]
    return [rng.choice(options)]


def add_middle(rng: random.Random, ctx: Context) -> list[str]:
    name, town = rng.choice(PEOPLE), rng.choice(TOWNS)
    options = [
        f"In {town}, the news drew a mixed reaction. “{rng.choice(LOCAL_QUOTES)},” said "
        f"{name}, who runs a hardware store on Main Street.",
        f"Closer to home, {town} officials said they did not expect an immediate effect on "
        f"local services but would review the matter at the next council meeting on "
        f"{rng.choice(WEEKDAYS)}.",
        f"Locally, {name}, who chairs the {town} County "
        f"{rng.choice(('Democratic', 'Republican'))} Party, said volunteers had been preparing "
        f"for weeks. “{rng.choice(LOCAL_QUOTES)},” {name.split()[-1]} said.",
        f"Messages left with the offices of the region's two representatives were not "
        f"returned by press time, {ctx.outlet} reported.",
        "Story continues below advertisement",
        f"WATCH: {rng.choice(ctx.titles)}",
        "ADVERTISEMENT",
    ]
    return [rng.choice(options)]


def add_bottom(rng: random.Random, ctx: Context) -> list[str]:
    name, name2, name3 = rng.sample(PEOPLE, 3)
    year = ctx.doc.date.year if ctx.doc.date else 2019
    titles = rng.sample(ctx.titles, 3)
    options: list[list[str]] = [
        [f"Read more: {titles[0]}"],
        [rng.choice(("Read more:", "Related:", "RELATED COVERAGE", f"MORE FROM {ctx.outlet}"))]
        + titles,
        [f"Subscribe to {ctx.outlet} for $1 a week to keep reading stories like this one."],
        [
            f"Sign up for the {ctx.outlet} Morning Briefing to get the day's top stories in your "
            f"inbox every {rng.choice(WEEKDAYS)} morning."
        ],
        [
            f"{ctx.outlet} is a nonprofit, reader-supported newsroom. If you value this reporting, "
            "please make a tax-deductible donation today."
        ],
        [
            f"Help us cover the issues that matter to your community. Become a member of "
            f"{ctx.outlet} for as little as $5 a month."
        ],
        [
            f"Copyright {year} The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed."
        ],
        [f"(Reporting by {name}; Additional reporting by {name2}; Editing by {name3})"],
        [f"Associated Press writer {name} in {rng.choice(TOWNS)} contributed to this report."],
        [f"Follow {name} on Twitter: @{_handle(name)}."],
        [f"Have a news tip? Email {_handle(name)}@{_handle(ctx.outlet)}.com."],
        ["Comments on this story are moderated. Please keep the conversation civil and on topic."],
        [f"Correction: This story has been corrected to show the right {rng.choice(ERRATA)}."],
    ]
    return rng.choice(options)


PLACES = ("top", "middle", "bottom", "bottom", "top")


def add_boilerplate(
    rng: random.Random,
    paras: list[str],
    ctx: Context,
    places: list[str],
) -> list[str]:
    """An addition for each place: at the top, after one of the first paragraphs, at the end."""
    paras = list(paras)
    for where in places:
        if where == "top":
            paras = add_top(rng, ctx) + paras
        elif where == "middle":
            at = rng.randint(1, max(1, min(4, len(paras) - 1)))
            paras = paras[:at] + add_middle(rng, ctx) + paras[at:]
        else:
            paras = paras + add_bottom(rng, ctx)
    return paras


# Blocks shared by the two articles of a `shared-boilerplate` pair (70-120 words each).
BLOCKS = (
    "About {outlet}: {outlet} has covered {town} and the surrounding counties since 1921. Our "
    "newsroom of 40 reporters, editors and photographers is committed to accurate, fair and "
    "independent journalism. We correct our errors promptly and openly; to report one, write "
    "to corrections@{handle}.com. Opinions expressed in letters and columns are those of their "
    "authors. {outlet} is owned by a local family trust and is not affiliated with any "
    "political party, candidate or campaign.",
    "Local journalism needs your support. Reporting like this takes time, skill and money, and "
    "advertising no longer pays for it. More than 12,000 readers now support {outlet} with a "
    "membership, and every dollar goes to the newsroom. Members get unlimited access on every "
    "device, our daily newsletter, invitations to events and the satisfaction of keeping a "
    "watchdog on the beat in {town}. Join today for as little as $5 a month, and cancel at any "
    "time.",
    "How we report on polls: {outlet} reports only polls that disclose their sponsor, their "
    "dates, the number of people interviewed, how they were reached and the margin of "
    "sampling error. Results for subgroups have larger margins of error. A lead smaller than "
    "twice the margin of error is described as a close race, not a lead. Averages of polls can "
    "smooth out the quirks of any single survey, but they can also hide late shifts in opinion.",
    "Comment policy: We welcome your thoughts on this story. Comments are reviewed by our "
    "moderators before they appear and are closed after 48 hours. Please stay on topic, do not "
    "attack other readers or the people in our stories, and do not post links to commercial "
    "sites. We remove comments that are abusive, obscene, defamatory or that use someone "
    "else's name. Repeat offenders will be banned. Questions about moderation can be sent to "
    "community@{handle}.com.",
    "Get the news that matters to {town}, delivered. Download the {outlet} app for breaking "
    "news alerts, live election results, traffic and weather updates, and our full e-edition, "
    "the digital replica of the printed paper. Subscribers can save stories to read later and "
    "choose the topics they follow. The app is free to download for iPhone and Android; "
    "existing subscribers sign in with the same email and password they use on our website.",
    "Editor's note on our election coverage: {outlet} does not endorse candidates. Our "
    "reporters follow the campaigns to every event they can, and we fact-check claims made in "
    "speeches, debates and advertising, whoever makes them. When a candidate makes a false "
    "statement, we say so plainly in our stories. We also publish the questionnaires each "
    "campaign returned to us, unedited, so that readers can compare the candidates' positions "
    "in their own words.",
    "Our standards: {outlet} does not pay for information, and our reporters identify "
    "themselves as journalists. We use anonymous sources only when the information is "
    "important, cannot be obtained otherwise and comes from someone in a position to know; an "
    "editor must know the source's identity. We give people a chance to respond to criticism "
    "before we publish. Our full code of ethics is available at {handle}.com/ethics.",
    "This story is part of {town} Matters, a year-long project by {outlet} on the issues "
    "voters say matter most: jobs, schools, roads and the cost of health care. The project is "
    "supported by a grant from the {town} Community Foundation, which has no say in what we "
    "cover or how. Tell us what you think we are missing, and which questions you want the "
    "candidates to answer, by writing to matters@{handle}.com.",
)


# ---------------------------------------------------------------------------------------------
# Headlines and datelines

DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z.]+)?))?"
    r"(?:,?\s*(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2})?\s*"
    r"(?:\((?P<wire>[A-Za-z. ]{2,20})\)\s*)?(?:—|–|―|--|-)\s+"
)
SMALL_WORDS = frozenset("a an and as at but by for in of on or the to vs. with".split())


def title_case(text: str) -> str:
    out = []
    for i, w in enumerate(text.split(" ")):
        if i > 0 and w.lower() in SMALL_WORDS:
            out.append(w.lower())
        elif w[:1].islower():
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


def strip_dateline(text: str) -> str:
    return DATELINE.sub("", text, count=1)


def lead_index(paras: list[str]) -> int:
    """The lead: the first paragraph of 12 words or more (not a photo credit or a byline)."""
    return next((i for i, p in enumerate(paras) if len(p.split()) >= 12), 0)


def lead_headline(lead: str) -> str | None:
    """A headline from the lead's first clause (4-14 words), as some outlets write them."""
    sentence = re.split(r"(?<=[.!?])\s", strip_dateline(lead), maxsplit=1)[0]
    clause = re.split(r",\s|\s[—–]\s|;\s", sentence)[0].rstrip(".")
    words = clause.split()
    if len(words) < 4:
        return None
    return title_case(" ".join(words[:14]))


def new_headline(rng: random.Random, title: str | None, lead: str, ctx: Context) -> str:
    """Another headline for the same story; never the old one."""
    for _ in range(10):
        base = re.sub(r"[ .;]+$", "", title) if title else (lead_headline(lead) or "")
        if not base:
            return (title or "") + " (updated)"
        op = rng.randrange(6)
        if op == 0:
            new = title_case(base)
        elif op == 1:
            new = rng.choice(("UPDATED: ", "BREAKING: ", "ANALYSIS: ", "WATCH: ", "NEWS: ")) + base
        elif op == 2:
            new = base + rng.choice(
                (f" | {ctx.outlet}", f" - {ctx.outlet}", " (VIDEO)", " [UPDATED]")
            )
        elif op == 3:
            parts = [p for p in re.split(r":\s|;\s|\s[—–]\s|,\s", base) if len(p.split()) >= 3]
            new = max(parts, key=len) if parts else base
        elif op == 4:
            new = lead_headline(lead) or base
        else:
            new = title_case(base) + ("" if base[-1] in "’”'\"?!." else ".")
        if new != title:
            return new
    return (title or "") + " (updated)"


def new_dateline(rng: random.Random, paras: list[str], ctx: Context) -> list[str]:
    """Rewrite the lead's dateline in another wire's style, drop it, or add one."""
    if not paras:
        return paras
    k = lead_index(paras)
    lead = paras[k]
    match = DATELINE.match(lead)
    if match:
        city = match.group("city")
        region = match.group("region")
        place = f"{city}, {region}" if region else city
    else:
        place = rng.choice(CA_CITIES if ctx.canadian else US_CITIES)
    body = strip_dateline(lead)
    date = ctx.doc.date or dt.date(2019, 11, 18)
    month = MONTHS[date.month - 1]
    city_word = " ".join(w.capitalize() if w.isupper() else w for w in place.split(" "))
    styles = [
        f"{place} (AP) — ",
        f"{city_word}, {date:%B} {date.day} (Reuters) - ",
        f"{place} — ",
        f"{place.split(',')[0]}, {month} {date.day} (UPI) -- ",
        f"{place} (The Canadian Press) — " if ctx.canadian else f"{place} (CNN) — ",
    ]
    if match:
        styles.append("")  # dropped
    for _ in range(5):
        new = rng.choice(styles) + body
        if new != lead:
            return paras[:k] + [new] + paras[k + 1 :]
    return paras


def rewrite_header(
    rng: random.Random,
    title: str | None,
    paras: list[str],
    ctx: Context,
) -> tuple[str | None, list[str]]:
    """A new headline (always when the article has one), a new dateline, maybe a byline."""
    k = lead_index(paras)
    lead = paras[k] if paras else ""
    before = TOKEN.findall(render(title, paras[: k + 1]).lower())
    if title or rng.random() < 0.6:
        title = new_headline(rng, title, lead, ctx)
    for _ in range(5):  # a new dateline, or another, until some word differs
        if TOKEN.findall(render(title, paras[: k + 1]).lower()) != before and rng.random() < 0.25:
            break
        paras = new_dateline(rng, paras, ctx)
        if TOKEN.findall(render(title, paras[: k + 1]).lower()) != before:
            break
    if rng.random() < 0.35:
        paras = [
            f"By {rng.choice(PEOPLE)}" + rng.choice(("", f", {ctx.outlet}", ", Associated Press"))
        ] + paras
    return title, paras


# ---------------------------------------------------------------------------------------------
# Copy edits: each returns the sentence changed, or None where it does not apply

SYNONYMS = (  # (pattern, replacements): swaps a copy desk makes without changing the sense
    (r"\babout (?=\$?\d)", ("around ", "roughly ", "some ")),
    (r"\baround (?=\$?\d)", ("about ", "roughly ")),
    (r"\bmore than (?=\$?\d)", ("over ",)),
    (r"\bnearly\b", ("almost",)), (r"\balmost\b", ("nearly",)),
    (r"\bbig\b", ("large",)), (r"\blarge\b", ("big",)), (r"\bbuy\b", ("purchase",)),
    (r"\bbegan\b", ("started",)), (r"\bstarted\b", ("began",)),
    (r"\btried to\b", ("attempted to",)), (r"\bchildren\b", ("kids",)),
    (r"\bkids\b", ("children",)), (r"\bquickly\b", ("rapidly",)),
    (r"\bis expected to\b", ("is likely to",)), (r"\bshows\b", ("indicates",)),
    (r"\bbecause\b", ("since",)), (r", however,", (", though,",)),
    (r"\bin order to\b", ("to",)), (r"\bas well as\b", ("and",)),
    (r"\ba number of\b", ("several",)), (r"\bprior to\b", ("before",)),
    (r"\bdespite\b", ("in spite of",)), (r"\bresidents\b", ("locals",)),
    (r"\bannounced\b", ("said",)), (r"\bmajor\b", ("key",)),
)  # fmt: skip
FILLERS = ("also", "just", "very", "really", "still", "now", "currently", "actually",
           "already", "even", "only", "recently")  # fmt: skip
SPELLINGS = (
    ("percent", "per cent"), ("email", "e-mail"), ("health care", "healthcare"),
    ("toward", "towards"), ("afterward", "afterwards"), ("OK", "okay"),
    ("organization", "organisation"), ("center", "centre"), ("color", "colour"),
    ("favor", "favour"), ("favorite", "favourite"), ("defense", "defence"), ("labor", "labour"),
    ("program", "programme"), ("neighbor", "neighbour"), ("traveled", "travelled"),
    ("analyze", "analyse"), ("theater", "theatre"), ("gray", "grey"),
    ("criticize", "criticise"), ("criticized", "criticised"), ("recognize", "recognise"),
    ("apologize", "apologise"), ("U.S.", "US"), ("U.N.", "UN"), ("U.K.", "UK"),
    ("Washington, D.C.", "Washington DC"), ("vice president", "vice-president"),
)  # fmt: skip
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
MONTH_NAMES = {"Jan.": "January", "Feb.": "February", "Aug.": "August", "Sept.": "September",
               "Oct.": "October", "Nov.": "November", "Dec.": "December"}  # fmt: skip
DAYS = "|".join(WEEKDAYS)


def _sub_one(
    pattern: str,
    repl: str | Callable[[re.Match[str]], str],
    sentence: str,
    rng: random.Random,
    flags: int = 0,
) -> str | None:
    """Replace one match of the pattern (chosen at random); None when none matches."""
    matches = list(re.finditer(pattern, sentence, flags))
    if not matches:
        return None
    m = rng.choice(matches)
    new = m.expand(repl) if isinstance(repl, str) else repl(m)
    return sentence[: m.start()] + new + sentence[m.end() :]


def edit_synonym(s: str, rng: random.Random) -> str | None:
    options = [(pattern, new) for pattern, new in SYNONYMS if re.search(pattern, s)]
    if not options:
        return None
    pattern, new = rng.choice(options)
    return _sub_one(pattern, rng.choice(new), s, rng)


def edit_filler(s: str, rng: random.Random) -> str | None:
    words = [w for w in FILLERS if re.search(rf" {w}\b", s)]
    if re.search(r"\b(?:said|says) that\b", s):
        return _sub_one(r"\b(said|says) that\b", r"\1", s, rng)
    if not words:
        return None
    return _sub_one(rf" {rng.choice(words)}\b", "", s, rng)


def edit_spelling(s: str, rng: random.Random) -> str | None:
    options = []
    for x, y in SPELLINGS:
        for old, new in ((x, y), (y, x)):
            if re.search(rf"(?<![\w.-]){re.escape(old)}(?![\w-])", s):
                options.append((old, new))
    if not options:
        return None
    old, new = rng.choice(options)
    return _sub_one(rf"(?<![\w.-]){re.escape(old)}(?![\w-])", new.replace("\\", r"\\"), s, rng)


def _million(m: re.Match[str]) -> str:
    whole, _, frac = m.group(2).partition(".")
    value = int(whole) * 10**6 + (int(frac.ljust(6, "0")[:6]) if frac else 0)
    return f"{m.group(1)}{value:,}"


def edit_number(s: str, rng: random.Random) -> str | None:
    ops: list[Callable[[], str | None]] = [
        lambda: _sub_one(
            r"(?<![\w$.,/-])([2-9])(?![\w.,%/:-]|\.\d)",
            lambda m: NUMBER_WORDS[int(m.group(1))],
            s,
            rng,
        ),
        lambda: _sub_one(
            r"\b(two|three|four|five|six|seven|eight|nine)\b",
            lambda m: str(NUMBER_WORDS.index(m.group(1))),
            s,
            rng,
        ),
        lambda: _sub_one(r"\b(\d{1,3}),(\d{3})\b(?!,\d)", r"\1\2", s, rng),
        lambda: _sub_one(r"(\$)(\d+(?:\.\d{1,3})?) million\b", _million, s, rng),
        lambda: _sub_one(
            r"(\$\d+(?:\.\d+)?) (million|billion)\b",
            lambda m: m.group(1) + ("M" if m.group(2) == "million" else "B"),
            s,
            rng,
        ),
        lambda: _sub_one(r"(\d) ?(?:percent|per cent)\b", r"\1%", s, rng),
        lambda: _sub_one(r"(\d)%", r"\1 percent", s, rng),
        lambda: _sub_one(
            r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. (\d{1,2})\b",
            lambda m: f"{MONTH_NAMES[m.group(1) + '.']} {m.group(2)}",
            s,
            rng,
        ),
    ]
    rng.shuffle(ops)
    for op in ops:
        new = op()
        if new is not None:
            return new
    return None


def edit_said(s: str, rng: random.Random) -> str | None:
    ops: list[Callable[[], str | None]] = [
        lambda: _sub_one(rf"\bsaid ({DAYS})\b", r"said on \1", s, rng),
        lambda: _sub_one(rf"\bsaid on ({DAYS})\b", r"said \1", s, rng),
        lambda: _sub_one(r"\bsaid\b", "says", s, rng),
        lambda: _sub_one(r"\bsays\b", "said", s, rng),
    ]
    rng.shuffle(ops)
    for op in ops:
        new = op()
        if new is not None:
            return new
    return None


def edit_names(s: str, rng: random.Random) -> str | None:
    ops: list[Callable[[], str | None]] = [
        lambda: _sub_one(r"\b(?:Mr|Mrs|Ms|Dr)\. (?=[A-Z])", "", s, rng),  # NYT -> AP style
        lambda: _sub_one(r"\b([A-Z][a-z]+) [A-Z]\. ([A-Z][a-z]+)\b", r"\1 \2", s, rng),
        lambda: _sub_one(r"\bthe (\w+) (?:Party|party)\b", r"the \1s", s, rng),
    ]
    rng.shuffle(ops)
    for op in ops:
        new = op()
        if new is not None:
            return new
    return None


EDITS = (edit_synonym, edit_filler, edit_spelling, edit_number, edit_said, edit_names)
BOUNDARY = re.compile(r"[.!?][”\"’')]*(\s+)(?=[“\"‘(A-Z0-9])")
ABBREVIATIONS = frozenset(
    """mr mrs ms dr rev sen rep gov gen lt col sgt capt st jr sr prof no vs etc inc corp co
    ltd jan feb mar apr aug sept sep oct nov dec ave mt ft""".split()
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; no break after "Rev.", "Jan.", "U.S." or an initial."""
    spans, start = [], 0
    for m in BOUNDARY.finditer(text):
        words = text[start : m.start() + 1].split()
        last = words[-1].rstrip(".").lower() if words else ""
        if text[m.start()] == "." and (
            last in ABBREVIATIONS or len(last) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last)
        ):
            continue
        spans.append((start, m.start(1)))
        start = m.end(1)
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def copy_edit(rng: random.Random, paras: list[str], count: int) -> list[str]:
    """Change `count` sentences (of the paragraphs after the first line), one edit each."""
    paras = list(paras)
    done: set[tuple[int, int]] = set()
    for _ in range(count * 12):
        if len(done) >= count:
            break
        i = rng.randrange(len(paras))
        spans = sentence_spans(paras[i])
        if not spans:
            continue
        j = rng.randrange(len(spans))
        start, end = spans[j]
        sentence = paras[i][start:end]
        if (i, j) in done or len(sentence.split()) < 6:
            continue
        for edit in rng.sample(EDITS, len(EDITS)):
            if edit is edit_said and rng.random() < 0.6:  # it fits most sentences: rarer
                continue
            new = edit(sentence, rng)
            if new is not None and new != sentence:
                paras[i] = paras[i][:start] + re.sub(r"  +", " ", new) + paras[i][end:]
                done.add((i, j))
                break
    return paras


def house_style(rng: random.Random, paras: list[str]) -> list[str]:
    """One change over the whole text, as a copy desk's style sheet would make it."""
    style = rng.randrange(4)
    out = []
    for p in paras:
        if style == 0:  # straight quotes
            p = p.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
        elif style == 1:  # curly quotes
            p = re.sub(r'(^|[\s(])"', "\\1“", p).replace('"', "”")
            p = re.sub(r"(\w)'(\w)", "\\1’\\2", p)
        elif style == 2:  # dashes
            p = p.replace(" — ", " -- ").replace(" – ", " -- ").replace("—", " -- ")
        else:  # per cent
            p = re.sub(r"(\d) ?(?:percent|%)", r"\1 per cent", p)
        out.append(p)
    return out


def cut_sentences(rng: random.Random, paras: list[str], count: int) -> list[str]:
    """Delete `count` sentences from paragraphs after the lead (each keeps one sentence)."""
    paras = list(paras)
    for _ in range(count):
        candidates = [i for i in range(1, len(paras)) if len(sentence_spans(paras[i])) >= 2]
        if not candidates:
            break
        i = rng.choice(candidates)
        spans = sentence_spans(paras[i])
        j = rng.randrange(len(spans))
        start = spans[j][0]
        end = spans[j + 1][0] if j + 1 < len(spans) else len(paras[i])
        paras[i] = (paras[i][:start] + paras[i][end:]).rstrip()
    return paras


def reflow(rng: random.Random, paras: list[str]) -> list[str]:
    """Merge two short neighbouring paragraphs, or split a long one at a sentence."""
    paras = list(paras)
    for _ in range(rng.randint(1, 3)):
        if len(paras) < 3:
            break
        if rng.random() < 0.5:
            i = rng.randrange(1, len(paras) - 1)
            paras[i : i + 2] = [paras[i] + " " + paras[i + 1]]
        else:
            long = [i for i, p in enumerate(paras) if len(sentence_spans(p)) >= 3]
            if long:
                i = rng.choice(long)
                spans = sentence_spans(paras[i])
                at = spans[rng.randrange(1, len(spans))][0]
                paras[i : i + 1] = [paras[i][:at].rstrip(), paras[i][at:]]
    return paras


def trim(paras: list[str], keep: float) -> list[str]:
    """The first paragraphs holding about `keep` of the words (at least two paragraphs)."""
    total = sum(len(p.split()) for p in paras)
    kept, words = [], 0
    for p in paras:
        n = len(p.split())
        if kept and len(kept) >= 2 and abs(words + n - keep * total) > abs(words - keep * total):
            break
        kept.append(p)
        words += n
    return kept


# ---------------------------------------------------------------------------------------------
# Positives


def syndicate(
    rng: random.Random,
    doc: Doc,
    ctx: Context,
    *,
    keep: tuple[float, float] = (1, 1),
    additions: tuple[int, int] = (0, 0),
    header: float = 0.0,
    edits: tuple[int, int] = (0, 0),
    style: float = 0.0,
    cuts: tuple[int, int] = (0, 0),
    reflowed: bool = False,
) -> str:
    """One outlet's copy of the article: trimmed, edited, re-headed, with its additions."""
    title, paras = doc.title, list(doc.paras)
    share = rng.uniform(*keep)
    if share < 1:
        paras = trim(paras, share)
    n_cuts = rng.randint(*cuts)
    if n_cuts:
        paras = cut_sentences(rng, paras, n_cuts)
    n_edits = rng.randint(*edits)
    if n_edits:
        paras = copy_edit(rng, paras, n_edits)
    if rng.random() < style:
        paras = house_style(rng, paras)
    if reflowed:
        paras = reflow(rng, paras)
    places = rng.sample(PLACES, rng.randint(*additions))
    paras = add_boilerplate(rng, paras, ctx, [p for p in places if p != "top"])
    if rng.random() < header:  # the dateline is on the lead, the byline above it
        title, paras = rewrite_header(rng, title, paras, ctx)
    paras = add_boilerplate(rng, paras, ctx, [p for p in places if p == "top"])
    return render(title, paras)


RECIPES: dict[str, dict] = {
    "trim": {"keep": (0.6, 0.9)},
    "add-boilerplate": {"additions": (1, 3)},
    "rewrite-header": {"header": 1.0},
    "copy-edit": {"edits": (3, 6), "style": 0.5},
    "trim+add": {"keep": (0.6, 0.9), "additions": (1, 3), "header": 0.5},
    "two-copies": {
        "keep": (0.7, 1.0),
        "additions": (1, 2),
        "header": 0.7,
        "edits": (0, 3),
        "style": 0.3,
    },
    "heavy": {
        "keep": (0.5, 0.65),
        "additions": (2, 4),
        "header": 1.0,
        "edits": (6, 10),
        "style": 0.5,
        "cuts": (1, 2),
        "reflowed": True,
    },
    "brief": {"keep": (0.15, 0.4), "additions": (0, 1), "header": 0.5},
}


def positives(docs: list[Doc], exclude: set[str]) -> list[tuple[str, str, str, bool, str]]:
    """(id, a, b, same_story, kind) for the synthetic copies, then the real ones."""
    rng = random.Random("near-duplicates/positives")
    by_id = {d.id: d for d in docs}
    us_titles = sorted({d.title.rstrip(" .;") for d in docs if d.title})
    web_titles = sorted({t for d in docs if d.url and usable(d) and (t := slug_title(d.url))})
    pool = [
        d
        for d in docs
        if d.id not in exclude
        and len(d.paras) >= 6
        and usable(d)
        and 250 <= d.words <= 3000
        and sum(len(p) > 40 for p in d.paras) >= 5
    ]
    # up to 110 GGT, Zyte and readability articles (a third of the copies), PolNeAR for the rest
    others = [d for d in pool if not d.id.startswith("polnear:")]
    polnear = [d for d in pool if d.id.startswith("polnear:")]
    others = rng.sample(others, min(len(others), 110))
    needed = sum(POSITIVE_QUOTAS.values())
    chosen = others + rng.sample(polnear, needed - len(others))
    rng.shuffle(chosen)
    out = []
    start = 0
    for kind, quota in POSITIVE_QUOTAS.items():
        for doc in chosen[start : start + quota]:
            r = random.Random(f"near-duplicates/{kind}/{doc.id}")
            canadian = doc.id.startswith("ggt:")
            titles = us_titles if doc.id.startswith("polnear:") else web_titles
            ctx = Context(r.choice(OUTLETS), doc, titles, canadian)
            copy = syndicate(r, doc, ctx, **RECIPES[kind])
            if kind == "two-copies":
                ctx2 = Context(
                    r.choice([o for o in OUTLETS if o != ctx.outlet]), doc, titles, canadian
                )
                original = syndicate(r, doc, ctx2, **RECIPES[kind])
            else:
                original = doc.text
            a, b = (original, copy) if r.random() < 0.5 else (copy, original)
            out.append((f"{kind}:{doc.id}", a, b, True, kind))
        start += quota
    for x, y in REAL_POSITIVES:
        if x in by_id and y in by_id:
            out.append((f"real:{x}|{y}", by_id[x].text, by_id[y].text, True, "real"))
    return out


# ---------------------------------------------------------------------------------------------
# Negatives


def _polnear_kind(a: Doc, b: Doc) -> str:
    assert a.date is not None and b.date is not None
    days = abs((a.date - b.date).days)
    if a.outlet == b.outlet and 1 <= days <= 14:
        return "follow-up"
    if days <= 1:
        return "same-day"
    if days <= 7 and a.outlet != b.outlet:
        return "same-week"
    return "same-topic"


QUOTED = re.compile(r"[“\"].{20,}[”\"]")
SPEECH = re.compile(r"\b(?:said|says|told|wrote|added|stated|declared)\b")


def quote_passage(doc: Doc, length: int = 1) -> list[str] | None:
    """The first 50-130-word paragraph with a direct quote and a speech verb, and the
    `length - 1` paragraphs after it (a longer excerpt, as of a statement or a transcript)."""
    for i, p in enumerate(doc.paras[1:], start=1):
        if 50 <= len(p.split()) <= 130 and QUOTED.search(p) and SPEECH.search(p):
            return list(doc.paras[i : i + length])
    return None


def negatives(docs: list[Doc]) -> list[tuple[str, str, str, bool, str]]:
    by_id = {d.id: d for d in docs}
    shingles = Shingles(by_id)
    uses: collections.Counter[str] = collections.Counter()
    out: list[tuple[str, str, str, bool, str]] = []

    def add(kind: str, a: str, b: str, text_a: str | None = None, text_b: str | None = None,
            source: str = ""):  # fmt: skip
        uses[a] += 1
        uses[b] += 1
        out.append(
            (
                f"{kind}:{a}|{b}" + (f"+{source}" if source else ""),
                text_a if text_a is not None else by_id[a].text,
                text_b if text_b is not None else by_id[b].text,
                False,
                kind,
            )
        )

    # found in the corpora
    for a, b in REAL_SHARED_BOILERPLATE:
        if a in by_id and b in by_id:
            add("real-shared-boilerplate", a, b)
    noted = [
        d.id
        for d in docs
        if d.id.startswith("polnear:huff-post")
        and any(p.startswith(HUFFPOST_NOTE) for p in d.paras)
    ]
    for a, b in zip(noted[0::2], noted[1::2], strict=False):  # neighbours in date order
        add("real-shared-boilerplate", a, b)
    for a, b in REAL_SHARED_PASSAGE:
        if a in by_id and b in by_id:
            add("real-shared-passage", a, b)
    known = {frozenset(p) for p in REAL_POSITIVES + REAL_SHARED_BOILERPLATE + REAL_SHARED_PASSAGE}

    def free(a: str, b: str) -> bool:
        return (
            uses[a] < USES
            and uses[b] < USES
            and frozenset((a, b)) not in known
            and shingles.distinct(a, b)
        )

    # PolNeAR, ranked by word overlap
    polnear = [d for d in docs if d.id.startswith("polnear:")]
    ranked = ranked_pairs(polnear)
    taken: dict[str, int] = collections.Counter()
    for score, a, b in ranked:
        kind = _polnear_kind(by_id[a], by_id[b])
        quota, least = NEGATIVE_QUOTAS[kind]
        if score >= least and taken[kind] < quota and free(a, b):
            add(kind, a, b)
            taken[kind] += 1

    # Zyte and GGT: independent reports of one event by different sites (and a GGT outlet's
    # follow-ups)
    web = [d for d in docs if d.id.startswith(("zyte:", "ggt:")) and usable(d)]
    n_event = 0
    for _, a, b in ranked_pairs(web, SAME_EVENT[1]):
        if n_event >= SAME_EVENT[0] or not free(a, b):
            continue
        if by_id[a].outlet != by_id[b].outlet:
            add("same-event", a, b)
            n_event += 1
        elif a.startswith("ggt:") and b.startswith("ggt:"):
            add("follow-up", a, b)

    # similar PolNeAR pairs given a shared block or a shared quoted paragraph
    rng = random.Random("near-duplicates/shared")
    short = {d.id for d in polnear if 150 <= d.words <= 1200}
    neighbours: dict[str, list[str]] = collections.defaultdict(list)
    for _, a, b in ranked[:20000]:
        neighbours[a].append(b)
        neighbours[b].append(a)
    n_block, n_quote = 0, 0
    quota_block = SHARED_BOILERPLATE - SHARED_BOILERPLATE_GGT
    for score, a, b in ranked:
        if n_block >= quota_block and n_quote >= SHARED_QUOTE:
            break
        if score < 5000 or a not in short or b not in short or not free(a, b):
            continue
        if n_quote < SHARED_QUOTE and (n_block >= quota_block or (n_block + n_quote) % 2):
            source = next(
                (
                    c
                    for c in neighbours[a] + neighbours[b]
                    if c not in (a, b) and quote_passage(by_id[c])
                ),
                None,
            )
            if source is None:
                continue
            passage = quote_passage(by_id[source], 1 + n_quote % 3)  # 1-3 paragraphs
            assert passage is not None
            texts = [insert(rng, by_id[x], passage, "middle") for x in (a, b)]
            add("shared-quote", a, b, *texts, source=source)
            n_quote += 1
        else:
            texts = shared_block(rng, by_id[a], by_id[b])
            add("shared-boilerplate", a, b, *texts)
            n_block += 1
    # GGT: two articles of one outlet with the same block
    ggt = [d for d in docs if d.id.startswith("ggt:")]
    n_ggt = 0
    for _, a, b in ranked_pairs(ggt, 0):
        if n_ggt >= SHARED_BOILERPLATE_GGT:
            break
        if by_id[a].outlet == by_id[b].outlet and free(a, b):
            add("shared-boilerplate", a, b, *shared_block(rng, by_id[a], by_id[b]))
            n_ggt += 1
    return out


def insert(rng: random.Random, doc: Doc, block: list[str], where: str) -> str:
    paras = list(doc.paras)
    if where == "top":
        paras = block + paras
    elif where == "bottom":
        paras = paras + block
    else:
        at = rng.randint(1, max(1, min(4, len(paras) - 1)))
        paras = paras[:at] + block + paras[at:]
    return render(doc.title, paras)


def shared_block(rng: random.Random, a: Doc, b: Doc) -> tuple[str, str]:
    outlet = rng.choice(OUTLETS)
    block = rng.choice(BLOCKS).format(outlet=outlet, town=rng.choice(TOWNS), handle=_handle(outlet))
    where = rng.choice(("bottom", "bottom", "top"))
    return insert(rng, a, [block], where), insert(rng, b, [block], where)


# ---------------------------------------------------------------------------------------------
# The set


def _split(rows: list[tuple[str, str, str, bool, str]]) -> list[Pair]:
    """One third of each kind held out: the pairs whose id hashes lowest."""
    by_kind: dict[str, list[tuple[str, str, str, bool, str]]] = collections.defaultdict(list)
    for row in rows:
        by_kind[row[4]].append(row)
    pairs = []
    for kind in sorted(by_kind):
        group = sorted(by_kind[kind], key=lambda r: hashlib.sha256(r[0].encode()).hexdigest())
        cut = round(len(group) / 3)
        for i, (pid, a, b, same, k) in enumerate(group):
            pairs.append(Pair(pid, a, b, same, k, "held-out" if i < cut else "dev"))
    pairs.sort(key=lambda p: (not p.same_story, p.kind, p.id))
    return pairs


def pair_set(shared: Path) -> list[Pair]:
    """The labelled pairs, built from the shared corpora (the `data` folder or its parent)."""
    docs = load_docs(data_root(Path(shared)))
    in_real = {
        x for pair in REAL_POSITIVES + REAL_SHARED_BOILERPLATE + REAL_SHARED_PASSAGE for x in pair
    }
    rows = positives(docs, exclude=in_real) + negatives(docs)
    ids = [r[0] for r in rows]
    assert len(ids) == len(set(ids)), "pair ids must be unique"
    return _split(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="the shared data folder (default: ../shared/data)",
    )
    parser.add_argument("--jsonl", type=Path, help="also write the pairs here, one a line")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    pairs = pair_set(args.shared)
    seconds = time.perf_counter() - start
    counts = collections.Counter((p.same_story, p.kind, p.split) for p in pairs)
    kinds = sorted({(p.same_story, p.kind) for p in pairs}, key=lambda k: (not k[0], k[1]))
    print(f"{'kind':26} {'label':9} {'dev':>5} {'held-out':>9} {'total':>6}")
    for label in (True, False):
        totals = [0, 0]
        for same, kind in kinds:
            if same != label:
                continue
            dev, held = counts[same, kind, "dev"], counts[same, kind, "held-out"]
            totals[0] += dev
            totals[1] += held
            print(f"{kind:26} {'same' if same else 'different':9} {dev:5} {held:9} {dev + held:6}")
        name = "all positives" if label else "all negatives"
        print(f"{name:26} {'':9} {totals[0]:5} {totals[1]:9} {sum(totals):6}")
    digest = hashlib.sha256()
    for p in pairs:
        digest.update(json.dumps([p.id, p.a, p.b, p.same_story, p.kind, p.split]).encode())
    print(f"{len(pairs)} pairs in {seconds:.1f} s; sha256 {digest.hexdigest()[:16]}")
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as f:
            for p in pairs:
                f.write(json.dumps(dataclasses.asdict(p), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
