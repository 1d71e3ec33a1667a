"""Sanity check for the heldout2 claims corpus. Run: python3 check.py"""
import json, os, re
from datetime import date
from collections import Counter
D = os.path.dirname(os.path.abspath(__file__))
def load(n): return [json.loads(l) for l in open(os.path.join(D, n), encoding="utf-8") if l.strip()]
arts = {a["id"]: a for a in load("articles.jsonl")}
gold = load("gold.jsonl"); lines = {l["line"]: l for l in load("lines.jsonl")}
errs = []
for a in arts.values():
    if a["copy_of"] is not None and a["copy_of"] not in arts: errs.append(f"{a['id']}: copy_of {a['copy_of']} missing")
for g in gold:
    a = arts.get(g["article"])
    if a is None: errs.append(f"unknown article {g}"); continue
    t = a["text"]; n = t.count(g["number"])
    if n < g["occurrence"]: errs.append(f"{g['article']}: '{g['number']}' occurs {n}x < {g['occurrence']}"); continue
    pos = -1
    for _ in range(g["occurrence"]): pos = t.find(g["number"], pos + 1)
    if pos < len(t.split("\n")[0]): errs.append(f"{g['article']}: '{g['number']}' occurrence {g['occurrence']} is in the headline")
    if g["line"] not in lines: errs.append(f"{g['article']}: line {g['line']} not in lines.jsonl")
    if os.environ.get("SHOW"): print(f"{g['article']} {g['number']!r:22} ...{t[max(0,pos-30):pos+len(g['number'])+30]!r}")
keys = Counter((g["article"], g["number"], g["occurrence"]) for g in gold)
errs += [f"duplicate gold row {k}" for k, v in keys.items() if v > 1]
errs += [f"line {l} unused" for l in lines if l not in {g['line'] for g in gold}]

# recompute marks from the spec, to cross-check the hand annotation
def rng(g):
    s, v = g["number"].lower(), g["value"]
    m = re.match(r"between (\S+) and (\S+)", s)
    if m: return tuple(float(x.replace(",", "")) for x in m.groups())
    if s.startswith(("at least", "more than")): return (v, float("inf"))
    if s.startswith(("about", "nearly", "around", "some")): return (v * 0.9, v * 1.1)
    return (v, v)
def day(g): return date.fromisoformat(arts[g["article"]]["published"])
calc = {id(g): set() for g in gold}
for i, a in enumerate(gold):
    for b in gold[i + 1:]:
        if a["line"] != b["line"] or a["claimant"] == b["claimant"]: continue
        if abs((day(a) - day(b)).days) > 2: continue
        (a0, a1), (b0, b1) = rng(a), rng(b)
        if a1 < b0 or b1 < a0: calc[id(a)].add("disputed"); calc[id(b)].add("disputed")
for g in gold:
    if not lines[g["line"]]["period"].startswith("cumulative"): continue
    if any(h["line"] == g["line"] and day(h) < day(g) and h["value"] > g["value"] for h in gold):
        calc[id(g)].add("drop")
for g in gold:
    if set(g["marks"]) != calc[id(g)]:
        errs.append(f"marks differ from spec recomputation: {g['article']} {g['number']!r} gold={g['marks']} calc={sorted(calc[id(g)])}")

for e in errs: print("ERROR:", e)
disp_lines = {g["line"] for g in gold if "disputed" in g["marks"]}
print(f"articles={len(arts)} copies={sum(a['copy_of'] is not None for a in arts.values())} "
      f"outlets={len({a['outlet'] for a in arts.values()})} figures={len(gold)} lines={len(lines)} "
      f"disputed_figures={sum('disputed' in g['marks'] for g in gold)} dispute_lines={len(disp_lines)} "
      f"drops={sum('drop' in g['marks'] for g in gold)}")
print("OK" if not errs else f"{len(errs)} problem(s)")
