#!/usr/bin/env python3
"""Validate the heldout5 claim-line corpus (articles.jsonl, gold.jsonl, lines.jsonl).

Checks the files' structure (ids, copies, outlet domains, whole-token occurrences,
lines with rows, values vs number text) and recomputes the "disputed" and "drop"
marks from the rules in README.md, reporting every row whose hand-set marks differ.

Usage: python3 check.py [--uncovered]   (--uncovered lists numeric tokens with no gold row,
                                          for a manual re-read; they are not problems)
Exit status 0 when no problem is found.
"""
import datetime
import json
import os
import re
import sys
from collections import defaultdict
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []
notes = []


def problem(msg):
    problems.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                problem(f"{name}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(raw))
            except json.JSONDecodeError as e:
                problem(f"{name}:{n}: bad JSON ({e})")
    return rows


articles = load("articles.jsonl")
gold = load("gold.jsonl")
lines = load("lines.jsonl")

WIRES = {"Reuters", "AFP", "AP"}
CATEGORIES = {"KILL", "WOUND", "DISPLACE", "EVACUATE", "MISSING", "REFUGEE", "ARREST", "MONEY",
              "RESCUE", "DEPLOY", "DESTROY", "DAMAGE", "DELIVER", "OTHER"}
PERIODS = {"cumulative", "incident", "past"}

# ------------------------------------------------------------------ number text
UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
HEDGES = [("at least", "atleast"), ("more than", "morethan"), ("over", "morethan"),
          ("nearly", "nearly"), ("almost", "nearly"), ("about", "about"), ("around", "about"),
          ("some", "about"), ("roughly", "about"), ("approximately", "about"), ("up to", "upto")]


def number_value(s):
    s = s.strip().lower()
    s = s.lstrip("$€£¥")
    scale = 1
    parts = s.split()
    if len(parts) == 2 and parts[1] in SCALES:
        scale, s = SCALES[parts[1]], parts[0]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", s):
        v = float(s.replace(",", "")) * scale
    elif s in UNITS:
        v = UNITS.index(s) * scale
    elif s in TENS:
        v = TENS[s] * scale
    elif re.fullmatch(r"[a-z]+-[a-z]+", s) and s.split("-")[0] in TENS and s.split("-")[1] in UNITS[1:10]:
        a, b = s.split("-")
        v = (TENS[a] + UNITS.index(b)) * scale
    else:
        return None
    return round(v, 6)


def parse_figure(text):
    """-> (hedge, low value, high value or None) or None"""
    t = text.strip().lower()
    m = re.fullmatch(r"between (.+?) and (.+)", t)
    if m:
        a, b = number_value(m.group(1)), number_value(m.group(2))
        if a is None or b is None:
            return None
        return ("between", a, b)
    for words, hedge in HEDGES:
        if t.startswith(words + " "):
            v = number_value(t[len(words) + 1:])
            return None if v is None else (hedge, v, None)
    v = number_value(t)
    return None if v is None else ("exact", v, None)


INF = float("inf")


def claim_range(hedge, v, vh):
    """-> (lo, lo_open, hi, hi_open)"""
    if hedge == "exact":
        return (v, False, v, False)
    if hedge == "about":
        return (0.9 * v, False, 1.1 * v, False)
    if hedge == "nearly":
        return (0.9 * v, False, v, False)
    if hedge == "atleast":
        return (v, False, INF, True)
    if hedge == "morethan":
        return (v, True, INF, True)
    if hedge == "upto":
        return (0.0, False, v, False)
    if hedge == "between":
        return (v, False, vh, False)
    raise ValueError(hedge)


def overlap(a, b):
    lo, lo_open = (a[0], a[1]) if (a[0], a[1]) >= (b[0], b[1]) else (b[0], b[1])
    hi, hi_open = (a[2], a[3]) if (a[2], not a[3]) <= (b[2], not b[3]) else (b[2], b[3])
    if lo < hi:
        return True
    if lo > hi:
        return False
    return not lo_open and not hi_open


# ------------------------------------------------------------------ whole-token matching
def token_ok(text, i, j):
    before = text[i - 1] if i > 0 else " "
    if before.isalnum() or (before in ".," and i >= 2 and text[i - 2].isdigit()):
        return False
    after = text[j] if j < len(text) else " "
    if after.isalnum() or (after in ".," and j + 1 < len(text) and text[j + 1].isdigit()):
        return False
    return True


def positions(text, s, whole=True, fold=False):
    hay, needle = (text.lower(), s.lower()) if fold else (text, s)
    out, i = [], hay.find(needle)
    while i != -1:
        if not whole or token_ok(text, i, i + len(s)):
            out.append(i)
        i = hay.find(needle, i + 1)
    return out


# ------------------------------------------------------------------ articles
by_id = {}
outlet_domain = {}
domain_outlet = {}
for a in articles:
    for k in ("id", "url", "published", "outlet", "copy_of", "text"):
        if k not in a:
            problem(f"article {a.get('id')}: missing field {k}")
    aid = a.get("id", "")
    if not re.fullmatch(r"q\d{2,}", aid):
        problem(f"article id {aid!r} does not match q<NN>")
    if aid in by_id:
        problem(f"duplicate article id {aid}")
    by_id[aid] = a
    try:
        a["_date"] = datetime.date.fromisoformat(a["published"])
    except Exception:
        problem(f"{aid}: bad published date {a.get('published')!r}")
        a["_date"] = None
    host = urlparse(a.get("url", "")).hostname or ""
    if not a.get("url", "").startswith("https://") or not host:
        problem(f"{aid}: bad url {a.get('url')!r}")
    dom = host[4:] if host.startswith("www.") else host
    o = a.get("outlet")
    if outlet_domain.setdefault(o, dom) != dom:
        problem(f"{aid}: outlet {o} uses domain {dom}, elsewhere {outlet_domain[o]}")
    if domain_outlet.setdefault(dom, o) != o:
        problem(f"{aid}: domain {dom} used by {o} and {domain_outlet[dom]}")
    text = a.get("text", "")
    if "\n\n" not in text:
        problem(f"{aid}: text has no headline/body split")
    words = len(text.split())
    if not 120 <= words <= 350:
        problem(f"{aid}: {words} words (want 120-350)")


def split(text):
    head, _, body = text.partition("\n\n")
    return head, body.split("\n\n")


for a in articles:
    c = a.get("copy_of")
    if c is None:
        continue
    o = by_id.get(c)
    if o is None:
        problem(f"{a['id']}: copy_of {c} does not exist")
        continue
    if o.get("copy_of"):
        problem(f"{a['id']}: copy_of {c}, which is itself a copy")
    if o["outlet"] not in WIRES:
        problem(f"{a['id']}: original {c} is not a wire story ({o['outlet']})")
    if o["outlet"] == a["outlet"]:
        problem(f"{a['id']}: copy published by the original's own outlet")
    if a["published"] != o["published"]:
        problem(f"{a['id']}: copy published {a['published']}, original {o['published']}")
    _, cb = split(a["text"])
    _, ob = split(o["text"])
    if cb != ob and cb != ob[:-1]:
        problem(f"{a['id']}: body is neither the body of {c} nor that body less its last paragraph")
    a["_kept"] = len(cb)

# ------------------------------------------------------------------ lines
line_by_id = {}
for l in lines:
    for k in ("line", "category", "object", "place", "period", "description"):
        if not l.get(k):
            problem(f"line {l.get('line')}: missing {k}")
    if l.get("line") in line_by_id:
        problem(f"duplicate line {l.get('line')}")
    line_by_id[l.get("line")] = l
    if l.get("category") not in CATEGORIES:
        problem(f"line {l.get('line')}: unknown category {l.get('category')}")
    if l.get("period") not in PERIODS:
        problem(f"line {l.get('line')}: unknown period {l.get('period')}")

# ------------------------------------------------------------------ gold rows
spans = defaultdict(list)  # article -> [(start, end, row)]
seen_pos = set()
for n, g in enumerate(gold, 1):
    g["_n"] = n
    tag = f"gold:{n} ({g.get('article')} {g.get('number')!r})"
    for k in ("article", "number", "occurrence", "line", "value", "claimant", "marks"):
        if k not in g:
            problem(f"{tag}: missing {k}")
    a = by_id.get(g.get("article"))
    if a is None:
        problem(f"{tag}: unknown article")
        continue
    if g.get("line") not in line_by_id:
        problem(f"{tag}: unknown line {g.get('line')}")
    if not isinstance(g.get("marks"), list) or not set(g["marks"]) <= {"disputed", "drop"}:
        problem(f"{tag}: bad marks {g.get('marks')}")
    num, occ, text = g["number"], g["occurrence"], a["text"]
    pos = positions(text, num)
    if not isinstance(occ, int) or occ < 1 or len(pos) < occ:
        problem(f"{tag}: occurs {len(pos)} time(s) as a whole token, occurrence {occ}")
        continue
    start = pos[occ - 1]
    g["_start"] = start
    # the same index must result from a plain substring count and a case-insensitive count
    for label, alt in (("substring", positions(text, num, whole=False)),
                       ("case-insensitive", positions(text, num, fold=True))):
        if start not in alt or alt.index(start) != occ - 1:
            problem(f"{tag}: occurrence {occ} differs when counted by {label}")
    if (g["article"], start) in seen_pos:
        problem(f"{tag}: two rows for the same span")
    seen_pos.add((g["article"], start))
    spans[g["article"]].append((start, start + len(num), g))
    fig = parse_figure(num)
    if fig is None:
        problem(f"{tag}: cannot parse number text")
        continue
    hedge, v, vh = fig
    g["_range"] = claim_range(hedge, v, vh)
    if g.get("value") != v:
        problem(f"{tag}: value {g.get('value')} but text says {v}")
    if hedge == "between":
        if g.get("value_high") != vh:
            problem(f"{tag}: value_high {g.get('value_high')} but text says {vh}")
    elif "value_high" in g:
        problem(f"{tag}: value_high on a row that is not 'between X and Y'")
    if not str(g.get("claimant", "")).strip():
        problem(f"{tag}: empty claimant")

for lid in line_by_id:
    if not any(g.get("line") == lid for g in gold):
        problem(f"line {lid} has no gold rows")

# copies repeat the rows of their original for the body they keep
for a in articles:
    c = a.get("copy_of")
    if not c or c not in by_id or "_kept" not in a:
        continue
    o = by_id[c]
    oh, ob = split(o["text"])
    ch, _ = split(a["text"])
    kept_end = len(oh) + 2 + len("\n\n".join(ob[:a["_kept"]]))
    shift = len(ch) - len(oh)
    crows = {s: g for s, _, g in spans[a["id"]]}
    expected = set()
    for s, e, g in spans[c]:
        if s <= len(oh) or e > kept_end:
            continue
        cs = s + shift
        expected.add(cs)
        cg = crows.get(cs)
        if cg is None:
            problem(f"{a['id']}: no row for {g['number']!r} copied from {c}")
            continue
        for k in ("number", "line", "value", "value_high", "claimant"):
            if cg.get(k) != g.get(k):
                problem(f"{a['id']}: row {cg['number']!r} field {k} differs from {c}")
    for s, g in crows.items():
        if s > len(ch) and s not in expected:
            problem(f"{a['id']}: body row {g['number']!r} has no counterpart in {c}")

# ------------------------------------------------------------------ marks
def claimant_key(g, per_article):
    cl = g["claimant"].strip().lower()
    if cl == "the article" and per_article:
        a = by_id[g["article"]]
        return "the article@" + (a.get("copy_of") or a["id"])
    return cl


def compute_marks(per_article):
    marks = defaultdict(set)
    rows = [g for g in gold if "_range" in g and g.get("article") in by_id and g.get("line") in line_by_id]
    by_line = defaultdict(list)
    for g in rows:
        by_line[g["line"]].append(g)
    for lid, rs in by_line.items():
        for i, x in enumerate(rs):
            dx = by_id[x["article"]]["_date"]
            for y in rs[i + 1:]:
                dy = by_id[y["article"]]["_date"]
                if claimant_key(x, per_article) == claimant_key(y, per_article):
                    continue
                if abs((dx - dy).days) > 2:
                    continue
                if not overlap(x["_range"], y["_range"]):
                    marks[x["_n"]].add("disputed")
                    marks[y["_n"]].add("disputed")
        if line_by_id[lid]["period"] == "cumulative":
            for x in rs:
                dx = by_id[x["article"]]["_date"]
                if any(by_id[y["article"]]["_date"] < dx and y["value"] > x["value"] for y in rs):
                    marks[x["_n"]].add("drop")
    return marks


m1 = compute_marks(per_article=True)
m2 = compute_marks(per_article=False)
for g in gold:
    if "_range" not in g:
        continue
    want = m1.get(g["_n"], set())
    if want != m2.get(g["_n"], set()):
        problem(f"gold:{g['_n']} ({g['article']} {g['number']!r}): marks depend on whether "
                f"'the article' is one claimant or one per article")
    if set(g["marks"]) != want:
        problem(f"gold:{g['_n']} ({g['article']} {g['number']!r}, line {g['line']}): "
                f"marks {sorted(g['marks'])}, rules give {sorted(want)}")

# ------------------------------------------------------------------ report
NUMTOK = re.compile(r"[$€£¥]?\d[\d,]*(?:\.\d+)?|\b(?:%s)\b" % "|".join(UNITS[1:] + list(TENS)), re.I)
if "--uncovered" in sys.argv:
    for a in articles:
        cov = spans[a["id"]]
        for m in NUMTOK.finditer(a["text"]):
            if not any(s <= m.start() < e for s, e, _ in cov):
                ctx = a["text"][max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                print(f"  uncovered {a['id']}: {m.group()!r:12} ...{ctx}...")

n_copies = sum(1 for a in articles if a.get("copy_of"))
disputed_lines = {g["line"] for g in gold if "disputed" in g.get("marks", [])}
drop_lines = {g["line"] for g in gold if "drop" in g.get("marks", [])}
print(f"articles {len(articles)} (copies {n_copies}), outlets {len(outlet_domain)}, "
      f"gold rows {len(gold)}, lines {len(lines)}")
print(f"disputed rows {sum('disputed' in g.get('marks', []) for g in gold)} in {len(disputed_lines)} lines; "
      f"drop rows {sum('drop' in g.get('marks', []) for g in gold)} in {len(drop_lines)} lines")
if problems:
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print("OK: no problems")
