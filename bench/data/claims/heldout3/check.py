#!/usr/bin/env python3
"""Sanity check for the heldout3 corpus; also recomputes disputes/drops from the
written rules and compares them with the hand-set marks."""
import json, os, re, datetime as dt
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


arts = {a["id"]: a for a in load("articles.jsonl")}
gold = load("gold.jsonl")
lines = {l["line"]: l for l in load("lines.jsonl")}
problems = []

for a in arts.values():
    if a["copy_of"] is not None and a["copy_of"] not in arts:
        problems.append(f"{a['id']}: copy_of {a['copy_of']} missing")
    if "\n\n" not in a["text"]:
        problems.append(f"{a['id']}: no headline/paragraph split")
    dt.date.fromisoformat(a["published"])
domains = {}
for a in arts.values():
    dom = re.match(r"https://([^/]+)/", a["url"]).group(1)
    domains.setdefault(a["outlet"], set()).add(dom)
for o, d in domains.items():
    if len(d) != 1:
        problems.append(f"outlet {o} has several domains {d}")
if len(set().union(*domains.values())) != len(domains):
    problems.append("two outlets share a domain")

used = Counter()
for g in gold:
    t = arts[g["article"]]["text"]
    n = g["number"]
    if t.count(n) < g["occurrence"]:
        problems.append(f"{g['article']}: '{n}' occurs {t.count(n)} < {g['occurrence']}")
    # whole-token occurrence should agree with plain substring occurrence
    tok = len(re.findall(r"(?<![\w,.])" + re.escape(n) + r"(?![\w]|[,.]\d)", t))
    if tok != t.count(n):
        problems.append(f"{g['article']}: '{n}' appears inside a longer token")
    if g["line"] not in lines:
        problems.append(f"{g['article']}: line {g['line']} not in lines.jsonl")
    key = (g["article"], n, g["occurrence"])
    used[key] += 1
    if used[key] > 1:
        problems.append(f"duplicate gold row {key}")
for l in lines:
    if not any(g["line"] == l for g in gold):
        problems.append(f"line {l} has no gold row")


# ---- recompute marks from the rules
def rng(expr, v):
    e = expr.lower()
    if e.startswith("between"):
        a, b = [float(x.replace(",", "")) for x in re.findall(r"[\d,]+\d|\d", e)]
        return a, b
    if e.startswith(("at least",)):
        return v, float("inf")
    if e.startswith("more than"):
        return v + 1e-9, float("inf")
    if e.startswith("nearly"):
        return 0.9 * v, v
    if e.startswith(("about", "some", "around")):
        return 0.9 * v, 1.1 * v
    if e.startswith("up to"):
        return 0, v
    return v, v


def day(g):
    return dt.date.fromisoformat(arts[g["article"]]["published"])


calc = {i: set() for i in range(len(gold))}
for i, a in enumerate(gold):
    for j, b in enumerate(gold):
        if i >= j or a["line"] != b["line"]:
            continue
        if a["claimant"] == b["claimant"]:
            continue
        if abs((day(a) - day(b)).days) > 2:
            continue
        ra, rb = rng(a["number"], a["value"]), rng(b["number"], b["value"])
        if ra[1] < rb[0] or rb[1] < ra[0]:
            calc[i].add("disputed"); calc[j].add("disputed")
for i, a in enumerate(gold):
    if lines[a["line"]]["period"] != "cumulative":
        continue
    for b in gold:
        if b["line"] == a["line"] and day(b) < day(a) and a["value"] < b["value"]:
            calc[i].add("drop")
for i, g in enumerate(gold):
    if set(g["marks"]) != calc[i]:
        problems.append(f"marks differ {g['article']} '{g['number']}' {g['line']}: gold {g['marks']} rule {sorted(calc[i])}")

for p in problems:
    print("PROBLEM:", p)
n_disp = sum("disputed" in g["marks"] for g in gold)
n_drop = sum("drop" in g["marks"] for g in gold)
disp_lines = sorted({g["line"] for g in gold if "disputed" in g["marks"]})
print(f"articles={len(arts)} copies={sum(a['copy_of'] is not None for a in arts.values())} "
      f"outlets={len(domains)} figures={len(gold)} lines={len(lines)} "
      f"disputed_figures={n_disp} disputed_lines={len(disp_lines)} {disp_lines} drops={n_drop}")
print("OK" if not problems else f"{len(problems)} problem(s)")
