#!/usr/bin/env python3
"""Validate the heldout4 claim-line corpus and recompute the disputed/drop marks.

Usage: python3 check.py            (prints problems, then a summary; exit 1 if any problem)
       python3 check.py --review   (also prints every gold row with its context)

Self-contained: standard library only; reads the three JSONL files next to it.
"""
import datetime as dt
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []


def problem(msg):
    problems.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                problem(f"{name}:{i}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problem(f"{name}:{i}: bad JSON ({e})")
    return rows


articles = load("articles.jsonl")
gold = load("gold.jsonl")
lines = load("lines.jsonl")

# ---------------------------------------------------------------- articles
A = {}
for a in articles:
    for k in ("id", "url", "published", "outlet", "copy_of", "text"):
        if k not in a:
            problem(f"article {a.get('id')}: missing field {k}")
    aid = a.get("id")
    if not re.fullmatch(r"m\d\d", str(aid)):
        problem(f"article id {aid!r} does not match m01, m02, ...")
    if aid in A:
        problem(f"duplicate article id {aid}")
    A[aid] = a
    try:
        a["_date"] = dt.date.fromisoformat(a["published"])
    except Exception:
        problem(f"article {aid}: bad published date {a.get('published')!r}")
        a["_date"] = None
    u = urlparse(a.get("url", ""))
    if u.scheme != "https" or not u.netloc:
        problem(f"article {aid}: bad url {a.get('url')!r}")
    a["_domain"] = u.netloc.lower().removeprefix("www.")
    text = a.get("text", "")
    parts = text.split("\n\n")
    if len(parts) < 3 or "\n" in parts[0]:
        problem(f"article {aid}: text must be 'Headline\\n\\nParagraph\\n\\nParagraph...'")
    nwords = len(text.split())
    if not 120 <= nwords <= 350:
        problem(f"article {aid}: {nwords} words (want 120-350)")
    a["_words"] = nwords

dom_of = defaultdict(set)
outlet_of = defaultdict(set)
for a in articles:
    dom_of[a["outlet"]].add(a["_domain"])
    outlet_of[a["_domain"]].add(a["outlet"])
for o, ds in dom_of.items():
    if len(ds) != 1:
        problem(f"outlet {o!r} uses several domains: {sorted(ds)}")
for d, os_ in outlet_of.items():
    if len(os_) != 1:
        problem(f"domain {d!r} used by several outlets: {sorted(os_)}")
if len(dom_of) < 5:
    problem(f"only {len(dom_of)} outlets (want >= 5)")


def body(text):
    return text.split("\n\n", 1)[1] if "\n\n" in text else ""


copies = [a for a in articles if a.get("copy_of")]
for c in copies:
    o = A.get(c["copy_of"])
    if o is None:
        problem(f"copy {c['id']}: copy_of {c['copy_of']} does not exist")
        continue
    if o.get("copy_of"):
        problem(f"copy {c['id']}: its original {o['id']} is itself a copy")
    if c["published"] != o["published"]:
        problem(f"copy {c['id']}: published {c['published']} != original {o['published']}")
    if c["outlet"] == o["outlet"]:
        problem(f"copy {c['id']}: same outlet as its original")
    ob, cb = body(o["text"]), body(c["text"])
    oparas = ob.split("\n\n")
    if cb != ob and cb != "\n\n".join(oparas[:-1]):
        problem(f"copy {c['id']}: body is neither the original body nor the original body minus its last paragraph")
    c["_keeps_all"] = cb == ob
if len(copies) < 4:
    problem(f"only {len(copies)} wire copies (want >= 4)")

# ---------------------------------------------------------------- number parsing
WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
HEDGES = [("between", None), ("at least", "atleast"), ("more than", "morethan"), ("up to", "upto"),
          ("about", "about"), ("some", "about"), ("around", "about"), ("nearly", "nearly"), ("almost", "nearly")]


def parse_core(s):
    s = s.strip()
    s = re.sub(r"^[$\u20ac\u00a3]", "", s)
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(thousand|million|billion))?", s)
    if m:
        v = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        if m.group(3):
            v *= SCALE[m.group(3)]
        return v
    w = s.lower()
    if w in WORDS:
        return WORDS[w]
    if w in TENS:
        return TENS[w]
    m = re.fullmatch(r"([a-z]+)-([a-z]+)", w)
    if m and m.group(1) in TENS and m.group(2) in WORDS and 0 < WORDS[m.group(2)] < 10:
        return TENS[m.group(1)] + WORDS[m.group(2)]
    return None


def parse_number(s):
    """-> (kind, low, high) or None"""
    low = s.lower()
    m = re.fullmatch(r"between (.+) and (.+)", low)
    if m:
        x, y = parse_core(m.group(1)), parse_core(m.group(2))
        return None if x is None or y is None else ("between", x, y)
    for h, kind in HEDGES[1:]:
        if low.startswith(h + " "):
            v = parse_core(s[len(h) + 1:])
            return None if v is None else (kind, v, None)
    v = parse_core(s)
    return None if v is None else ("exact", v, None)


def interval(kind, v, hi):
    """(lo, lo_closed, hi, hi_closed)"""
    if kind == "exact":
        return (v, True, v, True)
    if kind == "about":
        return (0.9 * v, True, 1.1 * v, True)
    if kind == "nearly":
        return (0.9 * v, True, v, True)
    if kind == "atleast":
        return (v, True, math.inf, False)
    if kind == "morethan":
        return (v, False, math.inf, False)
    if kind == "upto":
        return (0.0, True, v, True)
    if kind == "between":
        return (v, True, hi, True)
    raise ValueError(kind)


def overlap(a, b):
    lo, lo_c = max((a[0], a[1]), (b[0], b[1]), key=lambda t: (t[0], not t[1]))
    hi, hi_c = min((a[2], a[3]), (b[2], b[3]), key=lambda t: (t[0], t[1]))
    if lo < hi:
        return True
    return lo == hi and lo_c and hi_c


# ---------------------------------------------------------------- token search
def raw_spans(text, s, flags=0):
    return [m.span() for m in re.finditer(re.escape(s), text, flags)]


def is_token(text, a, b):
    if a > 0:
        p = text[a - 1]
        if p.isalnum() or p == "-" or (p in ",." and a > 1 and text[a - 2].isdigit()):
            return False
    if b < len(text):
        n = text[b]
        if n.isalnum() or n == "-" or (n in ",." and b + 1 < len(text) and text[b + 1].isdigit()):
            return False
    return True


# ---------------------------------------------------------------- lines
L = {}
for l in lines:
    for k in ("line", "category", "object", "place", "period", "description"):
        if k not in l:
            problem(f"line {l.get('line')}: missing field {k}")
    if l.get("line") in L:
        problem(f"duplicate line id {l.get('line')}")
    if l.get("period") not in ("cumulative", "incident", "past"):
        problem(f"line {l.get('line')}: bad period {l.get('period')!r}")
    L[l["line"]] = l
tuples = Counter((l["category"], l["object"], l["place"], l["period"]) for l in lines if l.get("period") == "cumulative")
for t, n in tuples.items():
    if n > 1:
        problem(f"{n} cumulative lines share category x object x place x period {t}")

# ---------------------------------------------------------------- gold rows
seen = set()
spans_by_article = defaultdict(list)
for i, g in enumerate(gold, 1):
    tag = f"gold row {i} ({g.get('article')} {g.get('number')!r}#{g.get('occurrence')})"
    for k in ("article", "number", "occurrence", "line", "value", "claimant", "marks"):
        if k not in g:
            problem(f"{tag}: missing field {k}")
    a = A.get(g["article"])
    if a is None:
        problem(f"{tag}: unknown article")
        continue
    if g["line"] not in L:
        problem(f"{tag}: unknown line {g['line']}")
    if not set(g["marks"]) <= {"disputed", "drop"} or len(set(g["marks"])) != len(g["marks"]):
        problem(f"{tag}: bad marks {g['marks']}")
    key = (g["article"], g["number"], g["occurrence"])
    if key in seen:
        problem(f"{tag}: duplicate row")
    seen.add(key)
    text = a["text"]
    raw = raw_spans(text, g["number"])
    tok = [s for s in raw if is_token(text, *s)]
    if len(tok) < g["occurrence"]:
        problem(f"{tag}: only {len(tok)} whole-token occurrences in the text")
        continue
    span = tok[g["occurrence"] - 1]
    if raw.index(span) != g["occurrence"] - 1:
        problem(f"{tag}: the string also occurs earlier inside a longer token, so 'occurrence' is ambiguous")
    ci = [s for s in raw_spans(text, g["number"], re.I) if is_token(text, *s)]
    if ci.index(span) != g["occurrence"] - 1:
        problem(f"{tag}: occurrence index differs if counted case-insensitively")
    g["_span"] = span
    spans_by_article[g["article"]].append((span, tag))
    p = parse_number(g["number"])
    if p is None:
        problem(f"{tag}: cannot parse the number text")
        continue
    kind, v, hi = p
    if abs(v - g["value"]) > 1e-6 * max(1, abs(v)):
        problem(f"{tag}: value {g['value']} but the text says {v:g}")
    if kind == "between":
        if g.get("value_high") is None or abs(hi - g["value_high"]) > 1e-6 * hi:
            problem(f"{tag}: 'between' row needs value_high = {hi:g}")
    elif "value_high" in g:
        problem(f"{tag}: value_high only allowed on 'between X and Y' rows")
    g["_iv"] = interval(kind, g["value"], g.get("value_high"))
    # claimant identity: 'the article' = the outlet that wrote the text (the original for a copy)
    src = A[a["copy_of"]] if a.get("copy_of") else a
    g["_claimant"] = ("the article@" + src["outlet"]) if g["claimant"] == "the article" else g["claimant"]
    g["_date"] = a["_date"]

for aid, sp in spans_by_article.items():
    sp.sort()
    for (s1, t1), (s2, t2) in zip(sp, sp[1:]):
        if s2[0] < s1[1]:
            problem(f"overlapping figures: {t1} and {t2}")

rows_of_line = defaultdict(list)
for g in gold:
    if "_iv" in g:
        rows_of_line[g["line"]].append(g)
for lid in L:
    if not rows_of_line[lid]:
        problem(f"line {lid} has no gold rows")

# copies repeat the rows of their original for the text they keep
for c in copies:
    o = A.get(c["copy_of"])
    if o is None:
        continue
    ohead = len(o["text"].split("\n\n", 1)[0]) + 2
    chead = len(c["text"].split("\n\n", 1)[0]) + 2
    blen = len(c["text"]) - chead

    def sig(g, shift):
        return (g["_span"][0] - shift, g["number"], g["line"], g["value"], g["claimant"], tuple(sorted(g["marks"])))
    want = {sig(g, ohead) for g in gold if g["article"] == o["id"] and "_span" in g
            and g["_span"][0] >= ohead and g["_span"][0] - ohead < blen}
    have = {sig(g, chead) for g in gold if g["article"] == c["id"] and "_span" in g and g["_span"][0] >= chead}
    for s in sorted(want - have):
        problem(f"copy {c['id']}: missing row for original's {s[1]!r} ({s[2]})")
    for s in sorted(have - want):
        problem(f"copy {c['id']}: body row {s[1]!r} ({s[2]}) has no matching row in {o['id']}")

# ---------------------------------------------------------------- recompute marks
calc = defaultdict(set)
ambiguous_article_claims = []
for lid, rows in rows_of_line.items():
    for i, x in enumerate(rows):
        for y in rows[i + 1:]:
            if abs((x["_date"] - y["_date"]).days) > 2 or overlap(x["_iv"], y["_iv"]):
                continue
            if x["_claimant"] != y["_claimant"]:
                calc[id(x)].add("disputed")
                calc[id(y)].add("disputed")
            if (x["claimant"] == y["claimant"]) != (x["_claimant"] == y["_claimant"]):
                ambiguous_article_claims.append((x, y))
    if L.get(lid, {}).get("period") == "cumulative":
        for x in rows:
            if any(y["_date"] < x["_date"] and y["value"] > x["value"] for y in rows):
                calc[id(x)].add("drop")
for x, y in ambiguous_article_claims:
    problem(f"dispute between {x['article']} {x['number']!r} and {y['article']} {y['number']!r} depends on how "
            f"'the article' claimants are told apart")
for g in gold:
    if "_iv" not in g:
        continue
    if set(g["marks"]) != calc[id(g)]:
        problem(f"marks differ: {g['article']} {g['number']!r}#{g['occurrence']} ({g['line']}): "
                f"hand {sorted(g['marks'])} vs rules {sorted(calc[id(g)])}")

# ---------------------------------------------------------------- report
if "--review" in sys.argv:
    for g in gold:
        if "_span" not in g:
            continue
        t = A[g["article"]]["text"]
        a, b = g["_span"]
        ctx = (t[max(0, a - 60):a] + "[[" + t[a:b] + "]]" + t[b:b + 50]).replace("\n", " / ")
        print(f"{g['article']} {g['line']:<26} {g['value']:>12g} {g['claimant'][:32]:<32} {','.join(g['marks']):<15} ...{ctx}...")
    print()

for p in problems:
    print("PROBLEM:", p)
disputed_lines = {g["line"] for g in gold if "disputed" in g["marks"]}
drop_lines = {g["line"] for g in gold if "drop" in g["marks"]}
print(f"{len(articles)} articles ({len(copies)} copies), {len(dom_of)} outlets, {len(gold)} gold figures, "
      f"{len(lines)} lines; {sum('disputed' in g['marks'] for g in gold)} disputed figures in {len(disputed_lines)} lines; "
      f"{sum('drop' in g['marks'] for g in gold)} drop figures in {len(drop_lines)} lines")
print("OK: no problems" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
