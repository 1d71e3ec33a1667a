#!/usr/bin/env python3
"""Validate the heldout6 claim-line corpus and recompute the disputed/drop marks.

Usage:  python3 check.py            (run from anywhere; reads the files next to it)

Checks
  * articles.jsonl: ids, dates, URLs, one web domain per outlet, copies (same day,
    other outlet, body identical to the original's body or to it minus the last
    paragraph), article length.
  * lines.jsonl: ids, fields, periods.
  * gold.jsonl: article/line ids, every "number" occurs at least `occurrence` times
    as a whole token, the value agrees with the number text, value_high only for
    "between X and Y", every line has rows, copies repeat their original's rows
    for the body text they keep.
  * marks: recomputed from the rules below; any row whose hand-set marks differ
    is reported.

Rules used for the marks
  range of a figure: exact = [N, N]; about/some/around/roughly/approximately =
  [0.9N, 1.1N]; nearly/almost = [0.9N, N]; at least = [N, inf); more than/over/
  above = (N, inf); up to = [0, N]; between X and Y = [X, Y].
  disputed: same line, different claimants, publication dates at most 2 days
  apart, ranges that do not overlap -> every row involved is marked.
  drop: cumulative line only; a row published on a strictly later date whose
  value is below the value of an earlier row of the same line (any claimant).
  Claimant "the article" stands for the outlet of the original story (a copy's
  "the article" is the wire's).
Prints "OK: no problems" when everything agrees.
"""
import json
import math
import os
import re
import sys
from datetime import date
from itertools import combinations
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
                problem(f"{name}:{i}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                problem(f"{name}:{i}: bad JSON ({e})")
    return rows


# ---------------------------------------------------------------- numbers
WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
WORDS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12})
MULT = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6, "bn": 1e9, "k": 1e3}
HEDGES = [  # (prefix, kind) longest first
    ("approximately", "about"), ("more than", "more"), ("at least", "least"),
    ("roughly", "about"), ("around", "about"), ("nearly", "nearly"), ("almost", "nearly"),
    ("about", "about"), ("some", "about"), ("above", "more"), ("over", "more"),
    ("up to", "upto"),
]


def parse_amount(s):
    s = s.strip()
    s = re.sub(r"^[$€£]", "", s)
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|m|bn|k)?", s)
    if m:
        v = float(m.group(1).replace(",", ""))
        return v * MULT.get(m.group(2) or "", 1)
    w = s.lower()
    if w in WORDS:
        return float(WORDS[w])
    if "-" in w:
        a, b = w.split("-", 1)
        if a in WORDS and b in WORDS:
            return float(WORDS[a] + WORDS[b])
    return None


def parse_number(text):
    """-> (kind, value, value_high) or None"""
    t = text.strip()
    m = re.fullmatch(r"(?i)between\s+(.+?)\s+and\s+(.+)", t)
    if m:
        lo, hi = parse_amount(m.group(1)), parse_amount(m.group(2))
        if lo is None or hi is None:
            return None
        return ("between", lo, hi)
    low = t.lower()
    for pre, kind in HEDGES:
        if low.startswith(pre + " "):
            v = parse_amount(t[len(pre) + 1:])
            return None if v is None else (kind, v, None)
    v = parse_amount(t)
    return None if v is None else ("exact", v, None)


def interval(kind, v, vh):
    """(lo, lo_open, hi, hi_open)"""
    if kind == "exact":
        return (v, False, v, False)
    if kind == "about":
        return (0.9 * v, False, 1.1 * v, False)
    if kind == "nearly":
        return (0.9 * v, False, v, False)
    if kind == "least":
        return (v, False, math.inf, True)
    if kind == "more":
        return (v, True, math.inf, True)
    if kind == "upto":
        return (0.0, False, v, False)
    if kind == "between":
        return (v, False, vh, False)
    raise ValueError(kind)


def overlap(a, b):
    if a[0] > b[0] or (a[0] == b[0] and a[1]):
        lo, lo_open = a[0], a[1] or (a[0] == b[0] and b[1])
    else:
        lo, lo_open = b[0], b[1]
    if a[2] < b[2] or (a[2] == b[2] and a[3]):
        hi, hi_open = a[2], a[3] or (a[2] == b[2] and b[3])
    else:
        hi, hi_open = b[2], b[3]
    return lo < hi or (lo == hi and not lo_open and not hi_open)


def is_token(text, s, e):
    if s > 0:
        c = text[s - 1]
        if c.isalnum() or (c in ",." and s >= 2 and text[s - 2].isdigit()):
            return False
    if e < len(text):
        c = text[e]
        if c.isalnum() or (c in ",." and e + 1 < len(text) and text[e + 1].isdigit()):
            return False
    return True


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        if is_token(text, i, i + len(s)):
            out.append(i)
        i = text.find(s, i + 1)
    return out


# ---------------------------------------------------------------- articles
arts = load("articles.jsonl")
gold = load("gold.jsonl")
lines = load("lines.jsonl")

A = {}
outlet_domain, domain_outlet = {}, {}
for a in arts:
    for k in ("id", "url", "published", "outlet", "copy_of", "text"):
        if k not in a:
            problem(f"article {a.get('id')}: missing field {k}")
    aid = a.get("id", "")
    if not re.fullmatch(r"r\d{2,}", aid):
        problem(f"article id {aid!r} does not match r\\d\\d")
    if aid in A:
        problem(f"duplicate article id {aid}")
    A[aid] = a
    try:
        a["_date"] = date.fromisoformat(a["published"])
    except Exception:
        problem(f"{aid}: bad published date {a.get('published')!r}")
        a["_date"] = date(1900, 1, 1)
    u = urlparse(a.get("url", ""))
    if u.scheme != "https" or not u.netloc:
        problem(f"{aid}: bad url {a.get('url')!r}")
    dom = u.netloc.lower()
    dom = dom[4:] if dom.startswith("www.") else dom
    o = a.get("outlet")
    if outlet_domain.setdefault(o, dom) != dom:
        problem(f"{aid}: outlet {o!r} uses two domains ({outlet_domain[o]}, {dom})")
    if domain_outlet.setdefault(dom, o) != o:
        problem(f"{aid}: domain {dom} used by two outlets ({domain_outlet[dom]!r}, {o!r})")
    t = a.get("text", "")
    if "\n\n" not in t:
        problem(f"{aid}: text has no headline + blank line")
    paras = t.split("\n\n")
    if any(not p.strip() for p in paras):
        problem(f"{aid}: empty paragraph")
    n = len(t.split())
    if not 120 <= n <= 350:
        problem(f"{aid}: {n} words (want 120-350)")


def body(t):
    return t.split("\n\n", 1)[1] if "\n\n" in t else ""


copies = [a for a in arts if a.get("copy_of")]
for c in copies:
    oid = c["copy_of"]
    if oid not in A:
        problem(f"{c['id']}: copy_of {oid} unknown")
        continue
    o = A[oid]
    if o.get("copy_of"):
        problem(f"{c['id']}: copy_of {oid}, which is itself a copy")
    if o["published"] != c["published"]:
        problem(f"{c['id']}: copy published {c['published']}, original {o['published']}")
    if o["outlet"] == c["outlet"]:
        problem(f"{c['id']}: copy from the same outlet as its original")
    ob, cb = body(o["text"]), body(c["text"])
    ob_short = "\n\n".join(ob.split("\n\n")[:-1])
    if cb == ob:
        c["_kept"] = "all"
    elif cb == ob_short:
        c["_kept"] = "drops last paragraph"
    else:
        problem(f"{c['id']}: body differs from original {oid} (must be identical, or drop only the last paragraph)")
        c["_kept"] = "?"

n_outlets = len(outlet_domain)
if n_outlets < 5:
    problem(f"only {n_outlets} outlets (want >= 5)")
if len(copies) < 4:
    problem(f"only {len(copies)} copies (want >= 4)")


def orig_of(aid):
    while A.get(aid, {}).get("copy_of"):
        aid = A[aid]["copy_of"]
    return aid


# ---------------------------------------------------------------- lines
L = {}
PERIODS = {"cumulative", "incident", "past"}
for l in lines:
    for k in ("line", "category", "object", "place", "period", "description"):
        if not l.get(k):
            problem(f"line {l.get('line')}: missing field {k}")
    if l.get("line") in L:
        problem(f"duplicate line id {l.get('line')}")
    L[l.get("line")] = l
    if l.get("period") not in PERIODS:
        problem(f"line {l.get('line')}: period {l.get('period')!r} not in {sorted(PERIODS)}")
    if not re.fullmatch(r"[A-Z_]+", l.get("category", "")):
        problem(f"line {l.get('line')}: category {l.get('category')!r} not upper-case")
keys = {}
for l in lines:
    k = (l["category"], l["object"], l["place"].lower(), l["period"])
    if l["period"] != "cumulative":
        continue  # incidents and past events are told apart by their description
    if k in keys:
        problem(f"lines {keys[k]} and {l['line']} share category/object/place/period {k}")
    keys[k] = l["line"]

# ---------------------------------------------------------------- gold rows
MARKS = {"disputed", "drop"}
seen = set()
for i, g in enumerate(gold, 1):
    where = f"gold:{i} ({g.get('article')} {g.get('number')!r})"
    for k in ("article", "number", "occurrence", "line", "value", "claimant", "marks"):
        if k not in g:
            problem(f"{where}: missing field {k}")
    if g.get("article") not in A:
        problem(f"{where}: unknown article")
        continue
    if g.get("line") not in L:
        problem(f"{where}: unknown line {g.get('line')}")
    if not set(g.get("marks", [])) <= MARKS:
        problem(f"{where}: unknown marks {g.get('marks')}")
    text = A[g["article"]]["text"]
    occ = occurrences(text, g["number"])
    if not isinstance(g.get("occurrence"), int) or g["occurrence"] < 1:
        problem(f"{where}: bad occurrence {g.get('occurrence')!r}")
        continue
    if len(occ) < g["occurrence"]:
        problem(f"{where}: occurs {len(occ)} time(s) as a whole token, occurrence {g['occurrence']} asked")
        continue
    g["_pos"] = occ[g["occurrence"] - 1]
    k = (g["article"], g["_pos"], g["number"])
    if k in seen:
        problem(f"{where}: two rows for the same occurrence")
    seen.add(k)
    p = parse_number(g["number"])
    if p is None:
        problem(f"{where}: cannot parse the number text")
        continue
    kind, v, vh = p
    if abs(v - g["value"]) > 1e-6 * max(1, abs(v)):
        problem(f"{where}: value {g['value']} but the text reads {v:g}")
    if kind == "between":
        if g.get("value_high") is None or abs(g["value_high"] - vh) > 1e-6 * vh:
            problem(f"{where}: 'between' needs value_high = {vh:g}")
    elif "value_high" in g:
        problem(f"{where}: value_high given for a figure that is not 'between X and Y'")
    g["_iv"] = interval(kind, g["value"], g.get("value_high"))
    g["_date"] = A[g["article"]]["_date"]
    cl = g["claimant"].strip().lower()
    g["_cl"] = ("outlet:" + A[orig_of(g["article"])]["outlet"].lower()) if cl == "the article" else cl

for lid in L:
    if not any(g.get("line") == lid for g in gold):
        problem(f"line {lid} has no gold rows")

# copies repeat their original's rows for the body text they keep
ok_rows = [g for g in gold if "_pos" in g]
for c in copies:
    if c.get("_kept") == "?":
        continue
    o = A[c["copy_of"]]
    oh, ch = o["text"].index("\n\n"), c["text"].index("\n\n")
    want = {}
    for g in ok_rows:
        if g["article"] == o["id"] and g["_pos"] > oh:
            cpos = g["_pos"] - oh + ch
            if cpos + len(g["number"]) <= len(c["text"]) and c["text"].startswith(g["number"], cpos):
                want[(cpos, g["number"])] = g
    have = {(g["_pos"], g["number"]): g for g in ok_rows if g["article"] == c["id"] and g["_pos"] > ch}
    for k, g in want.items():
        h = have.get(k)
        if h is None:
            problem(f"copy {c['id']}: no row for {g['number']!r} kept from {o['id']}")
        elif (h["line"], h["value"], h["claimant"], sorted(h["marks"]), h.get("value_high")) != \
                (g["line"], g["value"], g["claimant"], sorted(g["marks"]), g.get("value_high")):
            problem(f"copy {c['id']}: row {g['number']!r} differs from the original's")
    for k, h in have.items():
        if k not in want:
            problem(f"copy {c['id']}: body row {h['number']!r} has no counterpart in {o['id']}")

# ---------------------------------------------------------------- marks
by_line = {}
for g in ok_rows:
    if "_iv" in g:
        by_line.setdefault(g["line"], []).append(g)
calc = {id(g): set() for g in ok_rows}
near_overlap, near_time = [], []
for lid, rows in by_line.items():
    for a, b in combinations(rows, 2):
        if a["_cl"] == b["_cl"]:
            continue
        gap = abs((a["_date"] - b["_date"]).days)
        ov = overlap(a["_iv"], b["_iv"])
        if gap <= 2 and not ov:
            calc[id(a)].add("disputed")
            calc[id(b)].add("disputed")
        elif gap <= 2 and ov and a["value"] != b["value"]:
            near_overlap.append((lid, a, b))
        elif 3 <= gap <= 4 and not ov:
            near_time.append((lid, a, b))
    if L.get(lid, {}).get("period") == "cumulative":
        for r in rows:
            if any(e["_date"] < r["_date"] and r["value"] < e["value"] for e in rows):
                calc[id(r)].add("drop")

for g in ok_rows:
    if g["line"] in L and L[g["line"]]["period"] != "cumulative" and "drop" in g["marks"]:
        problem(f"{g['article']} {g['number']!r}: 'drop' on a non-cumulative line")
    if id(g) in calc and set(g["marks"]) != calc[id(g)]:
        problem(f"{g['article']} {g['number']!r} (occ {g['occurrence']}, line {g['line']}): "
                f"marks {sorted(g['marks'])}, rules give {sorted(calc[id(g)])}")


# ---------------------------------------------------------------- report
def show(g):
    return f"{g['article']} {g['_date']} {g['number']!r} ({g['claimant']})"


disp_lines = sorted({g["line"] for g in ok_rows if "disputed" in calc.get(id(g), ())})
n_disp = sum("disputed" in calc.get(id(g), ()) for g in ok_rows)
n_drop = sum("drop" in calc.get(id(g), ()) for g in ok_rows)
print(f"articles {len(arts)} (copies {len(copies)}), outlets {n_outlets}, "
      f"gold rows {len(gold)}, lines {len(lines)}")
print(f"disputed rows {n_disp} in {len(disp_lines)} lines: {', '.join(disp_lines)}")
print(f"drop rows {n_drop}: " + ", ".join(f"{g['article']} {g['number']!r} ({g['line']})"
                                         for g in ok_rows if "drop" in calc.get(id(g), ())))


def uniq(pairs):
    out, seen_pairs = [], set()
    for lid, a, b in pairs:
        k = (lid, a["article"], a["number"], b["article"], b["number"])
        if k not in seen_pairs:
            seen_pairs.add(k)
            out.append((lid, a, b))
    return out


print("near-misses (different claimants, <= 2 days, overlapping ranges, different values):")
for lid, a, b in uniq(near_overlap):
    print(f"  {lid}: {show(a)} ~ {show(b)}")
print("near-misses (different claimants, non-overlapping, 3-4 days apart):")
for lid, a, b in uniq(near_time):
    print(f"  {lid}: {show(a)} ~ {show(b)}")
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  - " + p)
    sys.exit(1)
print("\nOK: no problems")
