"""The map's world outline (dateline/web/worldmap.py): small, and places project onto it."""

from xml.etree import ElementTree

from dateline.web.worldmap import HEIGHT, WIDTH, outline_svg, project


def test_projection_is_equirectangular_on_the_outline_box():
    assert project(0, 0) == (180, 90)
    assert project(90, -180) == (0, 0)
    assert project(-90, 180) == (WIDTH, HEIGHT)
    x, y = project(-1.29, 36.82)  # Nairobi: east of the middle, just south of the equator
    assert 180 < x < 270 and 90 < y < 95


def test_outline_is_a_small_valid_svg_of_many_countries():
    svg = outline_svg()
    assert len(svg.encode()) < 150_000
    root = ElementTree.fromstring(svg)
    paths = root.findall(".//{http://www.w3.org/2000/svg}path")
    assert len(paths) > 150
