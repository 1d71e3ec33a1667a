"""Consistency check for the held-out claims corpus (run: python3 check.py)."""
import json, re, sys, os
from datetime import date
from itertools import combinations
D = os.path.dirname(os.path.abspath(__file__))
load = lambda n: [json.loads(l) for l in open(os.path.join(D, n), encoding="utf-8") if l.strip()]
arts, gold, lines = load("articles.jsonl"), load("gold.jsonl"), load("lines.jsonl")
A = {a["id"]: a for a in arts}; L = {l["line"]: l for l in lines}
errs = []
if len(A) != len(arts): errs.append("duplicate article ids")
if len(L) != len(lines): errs.append("duplicate line ids")
for a in arts:
    if a["copy_of"] is not None and a["copy_of"] not in A: errs.append(f"{a['id']}: copy_of {a['copy_of']} missing")
    if "\n\n" not in a["text"]: errs.append(f"{a['id']}: no headline/paragraph structure")
def count(t, s):
    n, i = 0, t.find(s)
    while i >= 0: n += 1; i = t.find(s, i + 1)
    return n
seen = set()
for g in gold:
    a = A.get(g["article"])
    if a is None: errs.append(f"gold refers to missing article {g['article']}"); continue
    if count(a["text"], g["number"]) < g["occurrence"]:
        errs.append(f"{g['article']}: '{g['number']}' occurs fewer than {g['occurrence']} times")
    k = (g["article"], g["number"], g["occurrence"])
    if k in seen: errs.append(f"duplicate gold row {k}")
    seen.add(k)
    if g["line"] not in L: errs.append(f"{g['article']}: line {g['line']} not in lines.jsonl")
for l in lines:
    if not any(g["line"] == l["line"] for g in gold): errs.append(f"line {l['line']} has no figure")

# recompute marks from the specification
def rng(g):
    s, v = g["number"].lower(), g["value"]
    m = re.match(r"between ([\d,]+) and ([\d,]+)", s)
    if m: return float(m.group(1).replace(",", "")), float(m.group(2).replace(",", ""))
    if s.startswith("at least"): return v, float("inf")
    if s.startswith("more than"): return v + 1e-9, float("inf")
    if s.startswith("up to"): return 0, v
    if s.startswith(("about", "some", "nearly", "around", "approximately")): return 0.9 * v, 1.1 * v
    if s == "dozens": return 24, 99
    return v, v
day = lambda g: date.fromisoformat(A[g["article"]]["published"])
exp = {id(g): set() for g in gold}
for g, h in combinations(gold, 2):
    if g["line"] != h["line"] or g["claimant"] == h["claimant"]: continue
    if abs((day(g) - day(h)).days) > 2: continue
    (a1, b1), (a2, b2) = rng(g), rng(h)
    if b1 < a2 or b2 < a1: exp[id(g)].add("disputed"); exp[id(h)].add("disputed")
for g in gold:
    if L[g["line"]]["period"].startswith("cumulative") and any(
            h["line"] == g["line"] and day(h) < day(g) and h["value"] > g["value"] for h in gold):
        exp[id(g)].add("drop")
for g in gold:
    if exp[id(g)] != set(g["marks"]):
        errs.append(f"{g['article']} '{g['number']}' ({g['line']}): marks {g['marks']} but rule gives {sorted(exp[id(g)])}")
# copies should carry the same lines as their original (subset, last paragraphs may be dropped)
for a in arts:
    if a["copy_of"]:
        o = {(g["line"], g["value"], g["claimant"]) for g in gold if g["article"] == a["copy_of"]}
        c = {(g["line"], g["value"], g["claimant"]) for g in gold if g["article"] == a["id"]}
        if not c <= o: errs.append(f"copy {a['id']} has figures not in {a['copy_of']}: {c - o}")
pairs = set()
for g, h in combinations(gold, 2):
    if "disputed" in g["marks"] and "disputed" in h["marks"] and g["line"] == h["line"] and g["claimant"] != h["claimant"] \
            and abs((day(g) - day(h)).days) <= 2:
        pairs.add((g["line"],) + tuple(sorted([(g["claimant"], g["value"]), (h["claimant"], h["value"])])))
print("articles:", len(arts), "(copies:", sum(1 for a in arts if a["copy_of"]), ") outlets:", len({a["outlet"] for a in arts}))
print("figures:", len(gold), " lines:", len(lines))
print("figures marked disputed:", sum("disputed" in g["marks"] for g in gold),
      " distinct disputed pairs (copies folded):", len(pairs))
for p in sorted(pairs): print("  dispute:", p)
print("figures marked drop:", sum("drop" in g["marks"] for g in gold))
for e in errs: print("ERROR:", e)
print("OK" if not errs else f"{len(errs)} problem(s)")
sys.exit(1 if errs else 0)
