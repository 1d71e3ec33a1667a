"""The figures chart: a category's claims over time as an inline SVG, drawn server-side.

Each figure is a point at its article's publication date and its value, with a bar from
`low` to `high` when the claim is a range, labelled with who gave the number. Built from
escaped strings (labels are article text), so the page needs no charting library.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from markupsafe import Markup, escape

WIDTH, HEIGHT = 760, 360
LEFT, RIGHT, TOP, BOTTOM = 70, 40, 20, 40
PAD = 60  # room inside the axes for the first and last points' labels


def figures_chart(figures: list[dict[str, Any]]) -> Markup | None:
    """An SVG chart of figures with a numeric value and a dated article; None when no
    figure has both."""
    points = []
    for figure in figures:
        day = _day(figure.get("published"))
        value = _number(figure.get("value"))
        if day is None or value is None:
            continue
        low, high = _number(figure.get("low")), _number(figure.get("high"))
        points.append((day, value, low, high, _label(figure.get("source")), figure))
    if not points:
        return None
    days = [p[0].toordinal() for p in points]
    values = [v for p in points for v in p[1:4] if v is not None]
    first, last = min(days), max(days)
    bottom = min(0.0, min(values))
    step = _nice_step((max(values) - bottom) / 4 or 1)
    top = bottom + step * max(1, math.ceil((max(values) - bottom) / step * 1.05))
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    span_w = inner_w - 2 * PAD

    def x(day: int) -> float:
        if last == first:
            return LEFT + inner_w / 2
        return LEFT + PAD + (day - first) / (last - first) * span_w

    def y(value: float) -> float:
        return TOP + (top - value) / (top - bottom) * inner_h

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        'aria-label="figures over time" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="axis" x1="{LEFT}" y1="{TOP + inner_h}" x2="{WIDTH - RIGHT}" '
        f'y2="{TOP + inner_h}"/>',
        f'<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + inner_h}"/>',
    ]
    for i in range(round((top - bottom) / step) + 1):
        value = bottom + step * i
        parts.append(
            f'<line class="grid" x1="{LEFT}" y1="{y(value):.1f}" x2="{WIDTH - RIGHT}" '
            f'y2="{y(value):.1f}"/><text class="tick" x="{LEFT - 6}" y="{y(value) + 4:.1f}" '
            f'text-anchor="end">{escape(_short(value))}</text>'
        )
    for day in sorted({first, last}):
        parts.append(
            f'<text class="tick" x="{x(day):.1f}" y="{HEIGHT - 14}" text-anchor="middle">'
            f"{date.fromordinal(day).isoformat()}</text>"
        )
    placed: list[tuple[float, float, float]] = []  # labels drawn: x, y, width
    for day, value, low, high, label, figure in points:
        cx, cy = x(day.toordinal()), y(value)
        # A label that would overprint one already drawn is left to the point's tooltip.
        width = 6.5 * len(label)
        clear = all(
            abs(cy - py) >= 13 or cx + 8 >= px + pw or px >= cx + 8 + width for px, py, pw in placed
        )
        if clear:
            placed.append((cx + 8, cy, width))
        text = (
            f'<text class="label" x="{cx + 8:.1f}" y="{cy - 6:.1f}">{escape(label)}</text>'
            if clear
            else ""
        )
        if low is not None and high is not None:
            parts.append(
                f'<line class="range" x1="{cx:.1f}" y1="{y(low):.1f}" x2="{cx:.1f}" '
                f'y2="{y(high):.1f}"/>'
            )
        article = figure.get("article_title") or ""
        title = f"{_short(value)} — {label} ({day.isoformat()}): {article}"
        parts.append(
            f'<a href="/articles/{escape(figure.get("article_id", ""))}'
            f'#figure-{escape(figure.get("n", 0))}">'
            f'<circle class="point" cx="{cx:.1f}" cy="{cy:.1f}" r="5">'
            f"<title>{escape(title)}</title></circle>{text}</a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _day(published: Any) -> date | None:
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _label(source: Any) -> str:
    if isinstance(source, dict):
        source = source.get("name") or source.get("text")
    if isinstance(source, list):
        source = ", ".join(str(item) for item in source)
    return str(source) if source else "unattributed"


def _nice_step(rough: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten at least `rough`."""
    power = 10 ** math.floor(math.log10(rough))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)


def _short(value: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.4g}{suffix}"
    return f"{value:.4g}"
