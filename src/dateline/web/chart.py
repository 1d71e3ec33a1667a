"""The figures charts: a category's claims over time as inline SVGs, drawn server-side.

One chart per measure, so no axis mixes units: money by currency, percentages, percentage
points, and counts by what they count (people, for the categories that count people; else
the object: trucks, tonnes). Each figure is a point at its article's publication date and its
value, with a bar from `low` to `high` when the claim is a range (a vague quantity or a range
with no value is the bar alone), and a short dashed stroke up or down for "at least" or "up
to". A point is labelled with who claims it; its tooltip says the figure as
dateline.display writes it everywhere. Built from escaped strings (labels are article text),
so the page needs no charting library.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date
from typing import Any

from babel.numbers import format_compact_decimal, get_currency_name
from markupsafe import Markup, escape

from dateline.display import (
    LOCALE,
    PEOPLE_CATEGORIES,
    claimant,
    currency_symbol,
    is_share,
    published_day,
    quantity,
    to_number,
)

WIDTH, HEIGHT = 760, 320
RIGHT, TOP, BOTTOM = 16, 20, 40
PAD = 40  # room inside the axes around the first and last points
CHAR_W = 7.0  # a generous width of one 11px label character, to keep labels inside the SVG
LABEL_CHARS = 36  # longer claimants are shortened on the chart (the tooltip has them whole)
BOUND_LEN = 18  # the dashed stroke of "at least" / "up to"
MAX_CHARTS = 6
LOG_FROM = 1000  # a chart whose claims are this many times apart has a logarithmic axis
SERIES = 8  # colours of a chart's series (static/style.css .s0 ... .s7)
COLOUR = "#db2777"  # the points' colour (static/style.css), for marks the stylesheet lacks

# Counted things that are no people, though a people category's verb counts them
# ("killed 41 times", "three-year row", "a rate").
_NOT_PEOPLE = frozenset(
    "second minute hour day week month year decade century time times rate average row "
    "percent point tonne ton kilogram kilo kg pound acre hectare mile kilometre kilometer km "
    "metre meter foot feet yard gallon litre liter barrel dollar euro vehicle truck car tank "
    "home house building village town city country shot bullet round".split()
)


def figure_charts(
    figures: list[dict[str, Any]], category: str | None = None
) -> list[tuple[str, Markup, int]]:
    """(what is measured, its chart, how many claims it draws) for each measure among the
    figures, the one with the most claims drawn first: for a category that counts people,
    the people counts only; else each measure of two claims or more (the one measure there
    is, where none has two); at most MAX_CHARTS."""
    groups: dict[str, list[dict[str, Any]]] = {}
    names: dict[str, Counter[str]] = {}
    for figure in figures:
        key, name = measure(figure, category)
        groups.setdefault(key, []).append(figure)
        names.setdefault(key, Counter())[name] += 1
    if category in PEOPLE_CATEGORIES:
        groups = {key: members for key, members in groups.items() if key == "people"}
    charts = []
    for key, members in groups.items():
        title = names[key].most_common(1)[0][0]
        svg = figures_chart(members, title)
        if svg is not None:
            charts.append((len(_points(members)), title, svg))
    charts.sort(key=lambda chart: -chart[0])
    if len(charts) > 1:  # one claim of a kind is no trend: those are left to the table
        charts = [chart for chart in charts if chart[0] > 1] or charts[:1]
    return [(title, svg, count) for count, title, svg in charts[:MAX_CHARTS]]


def measure(figure: dict[str, Any], category: str | None = None) -> tuple[str, str]:
    """What a figure's number measures, as a key that groups figures one axis can show, and
    its name for a heading: ("USD", "US dollars"), ("%", "percent"), ("people", "people")."""
    unit = figure.get("unit")
    counted = " ".join(str(figure.get("object") or "").split())
    if unit == "%" and counted.lower() in ("point", "points"):
        return "points", "percentage points"
    if unit == "%" or is_share(figure):
        return "%", "percent"
    if isinstance(unit, str) and unit:
        return unit, get_currency_name(unit, count=2, locale=LOCALE)
    singular = _singular(counted.lower())
    people = (category or figure.get("category")) in PEOPLE_CATEGORIES
    if people and singular not in _NOT_PEOPLE:
        return "people", "people"
    if not singular or not any(ch.isalpha() for ch in singular):
        return "", "counts"
    return singular, counted.lower()


def figures_chart(
    figures: list[dict[str, Any]], title: str = "figures", series: list[str] | None = None
) -> Markup | None:
    """An SVG chart of figures with a number and a dated article; None when no figure has
    both. The figures should share a measure (figure_charts groups them). With `series` (a
    name per figure: a claim line's claimants), each series has its colour (`s0`... in
    static/style.css, up to SERIES) and a line through its points in date order, and a
    figure with `marks` (disputed, drop) is ringed."""
    if series is not None:
        figures = [{**f, "_series": name} for f, name in zip(figures, series, strict=True)]
    points = _points(figures)
    if not points:
        return None
    kind = measure(figures[0])[0]
    days = [p["day"].toordinal() for p in points]
    values = [v for p in points for v in (p["value"], p["low"], p["high"]) if v is not None]
    first, last = min(days), max(days)
    logarithmic = min(values) > 0 and max(values) / min(values) >= LOG_FROM
    if logarithmic:  # claims a thousandfold apart ($5 and $1.1 trillion): powers of ten
        bottom, top = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
        top = max(top, bottom + 1)
        every = math.ceil((top - bottom) / 8)
        ticks = [10.0**k for k in range(bottom, top + 1, every)]
    else:
        bottom = min(0.0, min(values))
        step = _nice_step((max(values) - bottom) / 4 or 1)
        top = bottom + step * max(1, math.ceil((max(values) - bottom) / step * 1.05))
        ticks = [bottom + step * i for i in range(round((top - bottom) / step) + 1)]
    tick_text = [_tick(value, kind) for value in ticks]
    left = max(44, round(CHAR_W * max(len(text) for text in tick_text)) + 14)
    inner_w, inner_h = WIDTH - left - RIGHT, HEIGHT - TOP - BOTTOM
    span_w = inner_w - 2 * PAD

    def x(day: int) -> float:
        if last == first:
            return left + inner_w / 2
        return left + PAD + (day - first) / (last - first) * span_w

    def y(value: float) -> float:
        if logarithmic:
            value = math.log10(value)
        return TOP + (top - value) / (top - bottom) * inner_h

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(title)} over time{" (logarithmic scale)" * logarithmic}" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="{left}" y1="{TOP + inner_h}" x2="{WIDTH - RIGHT}" '
        f'y2="{TOP + inner_h}"/>',
        f'<line class="axis" x1="{left}" y1="{TOP}" x2="{left}" y2="{TOP + inner_h}"/>',
    ]
    for value, text in zip(ticks, tick_text, strict=True):
        parts.append(
            f'<line class="grid" x1="{left}" y1="{y(value):.1f}" x2="{WIDTH - RIGHT}" '
            f'y2="{y(value):.1f}"/><text class="tick" x="{left - 6}" y="{y(value) + 4:.1f}" '
            f'text-anchor="end">{escape(text)}</text>'
        )
    for day in sorted({first, last}):
        parts.append(
            f'<text class="tick" x="{x(day):.1f}" y="{HEIGHT - 14}" text-anchor="middle">'
            f"{date.fromordinal(day).isoformat()}</text>"
        )
    names = list(dict.fromkeys(p["figure"].get("_series") for p in points))
    if series is not None:
        for k, name in enumerate(names):
            path = " ".join(
                f"{x(p['day'].toordinal()):.1f},{y(p['value']):.1f}"
                for p in sorted(points, key=lambda p: p["day"])
                if p["figure"].get("_series") == name and p["value"] is not None
            )
            if path.count(",") > 1:
                parts.append(f'<polyline class="series-line s{k % SERIES}" points="{path}"/>')
    placed: list[tuple[float, float, float]] = []  # labels drawn: left x, baseline y, width
    for point in points:
        figure, day = point["figure"], point["day"]
        value, low, high = point["value"], point["low"], point["high"]
        cx = x(day.toordinal())
        anchor_y = y(value) if value is not None else y(high if high is not None else low)
        marks = []
        if low is not None and high is not None:
            # a bar from low to high (at least 2px tall, so a narrow range still shows)
            bar_top, bar_bottom = y(high), y(low)
            if bar_bottom - bar_top < 2:
                bar_top, bar_bottom = (bar_top + bar_bottom) / 2 - 1, (bar_top + bar_bottom) / 2 + 1
            marks.append(
                f'<rect class="range" x="{cx - 4:.1f}" y="{bar_top:.1f}" width="8" '
                f'height="{bar_bottom - bar_top:.1f}" fill="{COLOUR}" fill-opacity=".35"/>'
            )
        elif low is not None or high is not None:  # "at least" / "up to": a bound
            start = y(low if low is not None else high)
            end = start - BOUND_LEN if low is not None else start + BOUND_LEN
            marks.append(
                f'<line class="bound" x1="{cx:.1f}" y1="{start:.1f}" x2="{cx:.1f}" '
                f'y2="{end:.1f}" stroke="{COLOUR}" stroke-width="2" stroke-dasharray="3 3"/>'
            )
        if value is not None:
            colour = ""
            if series is not None:
                colour = f" s{names.index(figure.get('_series')) % SERIES}"
            if figure.get("marks"):
                marks.append(f'<circle class="ring" cx="{cx:.1f}" cy="{y(value):.1f}" r="9"/>')
            marks.append(f'<circle class="point{colour}" cx="{cx:.1f}" cy="{y(value):.1f}" r="5"/>')
        label = _shorten(claimant(figure))
        text = _label(label, cx, anchor_y, placed)
        tooltip = (
            f"{quantity(figure)} — {claimant(figure)} ({day.isoformat()}): "
            f"{figure.get('article_title') or '(untitled)'}"
        ) + "".join(f" [{mark}]" for mark in figure.get("marks") or ())
        parts.append(
            f'<a href="/articles/{escape(figure.get("article_id", ""))}'
            f'#figure-{escape(figure.get("n", 0))}"><title>{escape(tooltip)}</title>'
            f"{''.join(marks)}{text}</a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _points(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures a chart can draw: dated, with a value or both bounds, in plotted units
    (a share as a percentage)."""
    points = []
    for figure in figures:
        day = published_day(figure.get("published"))
        value = to_number(figure.get("value"))
        low, high = to_number(figure.get("low")), to_number(figure.get("high"))
        if day is None or (value is None and (low is None or high is None)):
            continue
        if is_share(figure):
            value, low, high = (None if v is None else v * 100 for v in (value, low, high))
        points.append({"day": day, "value": value, "low": low, "high": high, "figure": figure})
    return points


def _label(label: str, cx: float, cy: float, placed: list[tuple[float, float, float]]) -> str:
    """The label right of its point, or left of it where the right would leave the chart;
    none where it would overprint a label already drawn (the tooltip still names it)."""
    width = CHAR_W * len(label)
    if cx + 8 + width <= WIDTH - 2:
        left, anchor, at = cx + 8, "start", cx + 8
    else:
        left, anchor, at = cx - 8 - width, "end", cx - 8
    left = max(left, 2.0)
    if any(abs(cy - py) < 13 and left < px + pw and px < left + width for px, py, pw in placed):
        return ""
    placed.append((left, cy, width))
    return (
        f'<text class="label" x="{at:.1f}" y="{cy - 6:.1f}" text-anchor="{anchor}">'
        f"{escape(label)}</text>"
    )


def _shorten(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "…"


def _singular(word: str) -> str:
    """ "trucks" -> "truck", "tonnes" -> "tonne": enough to put "truck" and "trucks" on one
    chart."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _nice_step(rough: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten at least `rough`."""
    power = 10 ** math.floor(math.log10(rough))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)


def _tick(value: float, kind: str) -> str:
    """A short axis number: "250", "2.5K", "1.5B", "$1.5B", "12%", "3 pts"."""
    text = format_compact_decimal(value, format_type="short", locale=LOCALE, fraction_digits=2)
    if kind in ("%",):
        return f"{text}%"
    if kind == "points":
        return f"{text} pts"
    if len(kind) == 3 and kind.isupper():
        symbol = currency_symbol(kind)
        return f"{symbol}{text}" if symbol else f"{text} {kind}"
    return text
