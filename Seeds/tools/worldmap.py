#!/usr/bin/env python3
"""Simplify Natural Earth's low-resolution country outlines into Public/img/world.svg.

Source: Natural Earth (https://www.naturalearthdata.com/), public domain, as shipped in the
geopandas 0.14.4 wheel (geopandas/datasets/naturalearth_lowres/). Needs `pip install pyshp`.

    pip download geopandas==0.14.4 --no-deps -d /tmp/gpd
    unzip -o /tmp/gpd/geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/naturalearth_lowres/*' -d /tmp/gpd
    python3 Seeds/tools/worldmap.py /tmp/gpd/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp \
        > Public/img/world.svg

Projection: equirectangular with x = longitude and y = -latitude, so a city is drawn at
cx = lon, cy = -lat. Antarctica is dropped; the viewBox is "-180 -85 360 145" (latitudes 85N to 60S).
"""
import sys

import shapefile  # pyshp

TOLERANCE = 0.3       # degrees, Douglas-Peucker
MIN_RING_AREA = 0.5   # square degrees: smaller islands vanish at this scale
VIEWBOX = "-180 -85 360 145"


def perpendicular_distance(point, start, end):
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points, tolerance):
    """Douglas-Peucker, iterative so long rings cannot overflow the stack."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, worst = None, tolerance
        for i in range(first + 1, last):
            distance = perpendicular_distance(points[i], points[first], points[last])
            if distance > worst:
                index, worst = i, distance
        if index is not None:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, kept in zip(points, keep) if kept]


def ring_area(points):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2


def number(value):
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def ring_path(points):
    """Absolute first point, then relative moves: shorter than absolute coordinates."""
    coords = [(round(x, 1), round(-y, 1)) for x, y in points]
    deduped = [coords[0]]
    for point in coords[1:]:
        if point != deduped[-1]:
            deduped.append(point)
    if len(deduped) < 3:
        return ""
    parts = [f"M{number(deduped[0][0])} {number(deduped[0][1])}l"]
    previous = deduped[0]
    steps = []
    for x, y in deduped[1:]:
        dx, dy = round(x - previous[0], 1), round(y - previous[1], 1)
        steps.append(f"{number(dx)} {number(dy)}")
        previous = (x, y)
    return parts[0] + " ".join(steps) + "z"


def country_paths(shp_path):
    reader = shapefile.Reader(shp_path)
    fields = [field[0] for field in reader.fields[1:]]
    for record, shape in zip(reader.records(), reader.shapes()):
        attributes = dict(zip(fields, record))
        if attributes.get("continent") == "Antarctica" or attributes.get("name") == "Fr. S. Antarctic Lands":
            continue
        bounds = list(shape.parts) + [len(shape.points)]
        rings = []
        for start, end in zip(bounds, bounds[1:]):
            ring = [tuple(p) for p in shape.points[start:end]]
            if ring_area(ring) < MIN_RING_AREA:
                continue
            simplified = simplify(ring, TOLERANCE)
            path = ring_path(simplified)
            if path:
                rings.append(path)
        if rings:
            yield attributes.get("iso_a3", ""), "".join(rings)


def main():
    shp_path = sys.argv[1]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{VIEWBOX}" role="img" aria-labelledby="world-title">',
        '<title id="world-title">World map</title>',
        "<!-- Country outlines: Natural Earth (naturalearthdata.com), public domain; simplified by "
        "Seeds/tools/worldmap.py. x = longitude, y = -latitude. -->",
        '<g fill="#d5dbe1" stroke="#ffffff" stroke-width="0.15" stroke-linejoin="round">',
    ]
    for _, path in country_paths(shp_path):
        out.append(f'<path d="{path}"/>')
    out.append("</g>")
    out.append("</svg>")
    print("\n".join(out))


if __name__ == "__main__":
    main()
