"""The figures chart (dateline/web/chart.py): points over time, labelled, escaped."""

from dateline.web.chart import figures_chart


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
