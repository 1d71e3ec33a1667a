"""Sanity check for the hand-made claims dev corpus (run: python3 check.py)."""
import json, os, re, datetime as dt
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
load = lambda n: [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8") if l.strip()]
arts, gold, lines = load("articles.jsonl"), load("gold.jsonl"), load("lines.jsonl")
A = {a["id"]: a for a in arts}; L = {l["line"]: l for l in lines}
errs = []
assert len(A) == len(arts), "duplicate article ids"
for a in arts:
    if a["copy_of"] is not None and a["copy_of"] not in A: errs.append(f"{a['id']}: copy_of {a['copy_of']} missing")
    if "\n\n" not in a["text"]: errs.append(f"{a['id']}: no headline/paragraph break")
seen = Counter()
for g in gold:
    t = A.get(g["article"], {}).get("text")
    if t is None: errs.append(f"gold row for unknown article {g['article']}"); continue
    n = g["number"]
    if t.count(n) < g["occurrence"]: errs.append(f"{g['article']}: '{n}' occurs {t.count(n)}x < {g['occurrence']}")
    # occurrences as a standalone token (not inside a longer number / word)
    tok = len(re.findall(r"(?<![\w.,])" + re.escape(n) + r"(?![\w]|[.,]\d)", t))
    if tok != t.count(n): print(f"  note {g['article']}: '{n}' raw count {t.count(n)} vs token count {tok}")
    if g["line"] not in L: errs.append(f"{g['article']}: line {g['line']} not in lines.jsonl")
    key = (g["article"], n, g["occurrence"]); seen[key] += 1
    if seen[key] > 1: errs.append(f"duplicate gold row {key}")
for l in lines:
    if not any(g["line"] == l["line"] for g in gold): errs.append(f"line {l['line']} has no figure")

# Re-derive the marks from the rules and compare with the hand marks.
def interval(g):
    n, v = g["number"].lower(), g["value"]
    if n.startswith(("about", "some", "around", "nearly")): return (0.9 * v, 1.1 * v)
    if n.startswith("at least"): return (v, float("inf"))
    if n.startswith(("more than", "over")): return (v + 1e-9, float("inf"))
    if n.startswith("up to"): return (0, v)
    if n.startswith("between"): return (v, g["value_high"])
    return (v, v)
day = lambda g: dt.date.fromisoformat(A[g["article"]]["published"])
root = lambda i: A[i]["copy_of"] or i
derived = {id(g): set() for g in gold}
for i, g in enumerate(gold):
    for h in gold[i + 1:]:
        if g["line"] != h["line"]: continue
        if g["claimant"] != h["claimant"] and abs((day(g) - day(h)).days) <= 2:
            a, b = interval(g), interval(h)
            if a[1] < b[0] or b[1] < a[0]: derived[id(g)].add("disputed"); derived[id(h)].add("disputed")
for g in gold:
    if L[g["line"]]["period"] != "cumulative": continue
    if any(h["line"] == g["line"] and day(h) < day(g) and h["value"] > g["value"] for h in gold):
        derived[id(g)].add("drop")
for g in gold:
    if set(g["marks"]) != derived[id(g)]:
        errs.append(f"marks differ {g['article']} '{g['number']}': gold {g['marks']} vs rule {sorted(derived[id(g)])}")

disp = [g for g in gold if "disputed" in g["marks"]]; drops = [g for g in gold if "drop" in g["marks"]]
groups = {(g["line"]) for g in disp}
print(f"articles {len(arts)} (copies {sum(a['copy_of'] is not None for a in arts)}, outlets {len({a['outlet'] for a in arts})})")
print(f"figures {len(gold)}  lines {len(lines)}")
print(f"disputed figures {len(disp)} in {len(groups)} lines; drops {len(drops)}: " + ", ".join(f"{g['article']}:{g['number']}" for g in drops))
print("ERRORS:\n  " + "\n  ".join(errs) if errs else "OK: no errors")
