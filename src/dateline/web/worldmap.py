"""A low-resolution world outline for the map page, so places plot with no tiles or CDN.

The outline is drawn from the country shapes countryinfo (MIT; an installed dependency, also
the gazetteer's source of countries) ships as GeoJSON in each country file, projected
equirectangularly onto a 360 x 180 box (x = longitude + 180, y = 90 - latitude) and
simplified to 0.5-degree steps. It is built once per process, on the first map request,
and served as `/map/world.svg` (about 100 kB), so nothing is generated into the repository.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import countryinfo

WIDTH, HEIGHT = 360, 180
STEP = 0.5  # degrees: coarse enough to keep the outline small, fine enough to read coasts


def project(lat: float, lon: float) -> tuple[float, float]:
    """SVG coordinates of a point (equirectangular, 1 unit per degree)."""
    return round(lon + 180, 2), round(90 - lat, 2)


@lru_cache(maxsize=1)
def outline_svg() -> str:
    """The standalone SVG document of every country's outline."""
    paths = "".join(f'<path d="{d}"/>' for d in sorted(set(_country_paths())))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH * 4}" height="{HEIGHT * 4}">'
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#eef4f8"/>'
        f'<g fill="#dfe3d8" stroke="#9aa394" stroke-width="0.2" stroke-linejoin="round">'
        f"{paths}</g></svg>"
    )


def _country_paths() -> Iterator[str]:
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        try:
            shape = json.loads(path.read_text(encoding="utf-8")).get("geoJSON") or {}
        except (OSError, ValueError):
            continue
        rings: list[str] = []
        for feature in shape.get("features") or []:
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates") or []
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            elif geometry.get("type") != "MultiPolygon":
                continue
            for polygon in polygons:
                for ring in polygon:
                    d = _ring(ring)
                    if d:
                        rings.append(d)
        if rings:
            yield "".join(rings)


def _ring(ring: list[list[float]]) -> str:
    points: list[tuple[float, float]] = []
    for point in ring:
        lon, lat = point[0], point[1]
        snapped = (round((lon + 180) / STEP) * STEP, round((90 - lat) / STEP) * STEP)
        if not points or points[-1] != snapped:
            points.append(snapped)
    if len(points) < 4:  # a ring smaller than the grid step: not visible at this scale
        return ""
    first, *rest = points
    return f"M{first[0]:g} {first[1]:g}" + "".join(f"L{x:g} {y:g}" for x, y in rest) + "Z"
