"""The figures chart (dateline/web/chart.py): points over time, labelled, escaped; one chart
per measure; ranges as bars; labels inside the SVG."""

import re

from dateline.web.chart import CHAR_W, LABEL_CHARS, WIDTH, figure_charts, figures_chart, measure


def figure(published, value, source, **extra):
    return {
        "published": published,
        "value": value,
        "source": source,
        "article_id": "a1",
        "n": 0,
        "article_title": "T",
        **extra,
    }


def test_one_point_per_dated_number_labelled_with_its_source():
    svg = str(
        figures_chart(
            [
                figure("2024-05-01", 1200, "<script>x</script>", low=1000, high=1500),
                figure("2024-05-10T10:00:00+00:00", 5000, "police"),
                figure(None, 7, "undated"),
                figure("2024-05-11", "many", "not a number"),
            ]
        )
    )
    assert svg.startswith("<svg") and svg.count('class="point"') == 2
    assert svg.count('class="range"') == 1
    assert "police" in svg and "&lt;script&gt;x&lt;/script&gt;" in svg and "<script>" not in svg
    assert "2024-05-01" in svg and "2024-05-10" in svg and "undated" not in svg


def test_no_chart_without_plottable_figures():
    assert figures_chart([]) is None
    assert figures_chart([figure(None, 3, "x")]) is None


def labels(svg):
    return re.findall(
        r'<text class="label" x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)">([^<]*)<', svg
    )


def test_a_range_is_a_bar_from_low_to_high_and_the_tooltip_says_the_figure():
    svg = str(
        figures_chart(
            [
                figure("2024-06-03", 60, "World Food Programme", object="trucks"),
                figure("2024-07-10", None, "Jens Laerke", low=24, high=99, vague=True,
                       object="trucks"),
            ]
        )
    )  # fmt: skip
    assert svg.count('class="point"') == 1 and svg.count('<rect class="range"') == 1
    bar = re.search(r'<rect class="range" x="[\d.]+" y="([\d.]+)" width="8" height="([\d.]+)"', svg)
    grid = {
        label: y
        for y, label in re.findall(
            r'<line class="grid" [^>]*y1="([\d.]+)"[^>]*/><text [^>]*>([^<]*)<', svg
        )
    }
    zero, per_unit = float(grid["0"]), (float(grid["0"]) - float(grid["25"])) / 25
    top, height = float(bar.group(1)), float(bar.group(2))
    assert abs(top - (zero - 99 * per_unit)) < 0.2  # from 99 ...
    assert abs(top + height - (zero - 24 * per_unit)) < 0.2  # ... down to 24
    assert "24-99 trucks (dozens) — Jens Laerke (2024-07-10)" in svg and "None" not in svg


def test_bounds_are_dashed_strokes_and_claimants_read_as_everywhere():
    svg = str(
        figures_chart(
            [
                figure("2024-05-01", 2000, "we", low=2000, qualifier="at least"),
                figure("2024-05-02", 50, None, high=50, qualifier="up to"),
            ]
        )
    )
    assert svg.count('class="bound"') == 2 and "unattributed" not in svg
    assert [text for _, _, text in labels(svg)] == ["the article", "the article"]
    assert "at least 2,000 — the article" in svg


def test_labels_stay_inside_the_chart():
    long_name = "the United Nations Office for the Coordination of Humanitarian Affairs"
    svg = str(
        figures_chart(
            [
                figure("2024-05-01", 10, "police", source_id="e1"),
                figure("2024-05-30", 4_000_000_000, long_name, source_id="e2", unit="USD"),
            ]
        )
    )
    found = labels(svg)
    assert len(found) == 2
    for x, anchor, text in found:
        width = CHAR_W * len(text)
        left = float(x) - width if anchor == "end" else float(x)
        assert 0 <= left and left + width <= WIDTH, (x, anchor, text)
    assert any(text.endswith("…") and len(text) <= LABEL_CHARS for _, _, text in found)
    assert long_name in svg  # whole in the tooltip
    ticks = re.findall(r'x="(\d+)" y="[\d.]+" text-anchor="end">([^<]*)</text>', svg)
    assert all(int(x) - CHAR_W * len(text) >= 0 for x, text in ticks)


def test_claims_far_apart_get_a_logarithmic_axis():
    svg = str(
        figures_chart(
            [
                figure("2024-05-01", 5, "a", unit="USD"),
                figure("2024-05-02", 1.1e12, "b", unit="USD"),
            ]
        )
    )
    assert "logarithmic" in svg and ">$1T<" in svg and ">$1<" in svg


def test_one_chart_per_measure_never_mixing_units():
    figures = [
        figure("2024-05-01", 4_200_000, "a", object="tonnes"),
        figure("2024-05-02", 200_000, "b", object="tonnes"),
        figure("2024-05-03", 60, "c", object="trucks"),
        figure("2024-05-04", None, "d", low=24, high=99, vague=True, object="trucks"),
        figure("2024-05-05", 3, "e", object="vessels"),  # one claim: left to the table
        figure("2024-05-06", 1.5e9, "f", unit="USD", category="MONEY"),
        figure("2024-05-07", 2e6, "g", unit="EUR", category="MONEY"),
        figure("2024-05-08", 2e6, "h", unit="EUR", category="MONEY"),
    ]
    charts = figure_charts(figures, "OTHER")
    assert [(title, count) for title, _, count in charts] == [
        ("tonnes", 2),
        ("trucks", 2),
        ("euros", 2),
    ]
    for title, svg, _ in charts:
        assert f'aria-label="{title} over time' in str(svg)
    assert figure_charts([figures[4]], "OTHER")[0][0] == "vessels"  # the one there is


def test_a_people_category_charts_people_counts_only():
    figures = [
        figure("2024-05-01", 12, "a", object="people", category="KILL"),
        figure("2024-05-02", 3, "b", object="soldiers", category="KILL"),
        figure("2024-05-03", 40, "c", category="KILL"),  # "40 were killed"
        figure("2024-05-04", 41, "d", object="times", category="KILL"),
        figure("2024-05-05", 72, "e", object="minutes", category="KILL"),
        figure("2024-05-06", 80, "f", object="minutes", category="KILL"),
    ]
    [(title, svg, count)] = figure_charts(figures, "KILL")
    assert (title, count) == ("people", 3) and str(svg).count('class="point"') == 3
    assert measure(figures[3]) == ("time", "times") and measure(figures[1])[0] == "people"
