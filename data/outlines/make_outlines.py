"""Derives countries-110m.tsv, the country outlines the place pages draw, from Natural Earth's
1:110m Admin 0 countries as the npm package world-atlas@2 redistributes them (countries-110m.json,
TopoJSON). Run once, by hand, when the data should change; the server never fetches anything.

    npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python3 data/outlines/make_outlines.py package/countries-110m.json data/gazetteer/countries.ttl \
        > data/outlines/countries-110m.tsv

Each output line: the gazetteer's place key (data/gazetteer/countries.ttl) or, for a territory the
gazetteer lacks, a key made from Natural Earth's name; Natural Earth's name; the ISO 3166-1 numeric
code ("-" if none); the outline as WKT MULTIPOLYGON in degrees (longitude latitude), rounded to
0.01°. Countries are matched to the gazetteer by name, with the few names below told apart by hand.
"""
import json
import re
import sys

# Natural Earth's short names whose gazetteer label differs.
ALIASES = {
    "Bosnia and Herz.": "bosnia-and-herzegovina",
    "Central African Rep.": "central-african-republic",
    "Côte d'Ivoire": "cote-d-ivoire",
    "Dem. Rep. Congo": "democratic-republic-of-the-congo",
    "Congo": "congo",
    "Dominican Rep.": "dominican-republic",
    "Eq. Guinea": "equatorial-guinea",
    "eSwatini": "eswatini",
    "Falkland Is.": None,
    "Fr. S. Antarctic Lands": None,
    "Macedonia": "north-macedonia",
    "N. Cyprus": None,
    "S. Sudan": "south-sudan",
    "Solomon Is.": "solomon-islands",
    "Somaliland": None,
    "United States of America": "united-states",
    "W. Sahara": None,
}


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def gazetteer_names(path):
    """Lower-cased preferred and alternative labels of every cg:Country -> its key."""
    text = open(path, encoding="utf-8").read()
    names = {}
    for block in re.split(r"\n(?=place:|actor:)", text):
        m = re.match(r"place:([\w-]+) a cg:Country", block)
        if not m:
            continue
        for label in re.findall(r'skos:(?:pref|alt)Label "([^"]+)"@en', block):
            names.setdefault(label.lower(), m.group(1))
    return names


def decode_arcs(topology):
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        # Consecutive arcs share their end points.
        points.extend(arc if not points else arc[1:])
    rounded = []
    for lon, lat in points:
        p = (round(lon, 2), round(lat, 2))
        if not rounded or rounded[-1] != p:
            rounded.append(p)
    if rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    return rounded if len(rounded) >= 4 else None


def wkt(polygons):
    parts = []
    for polygon in polygons:
        rings = ["(" + ", ".join("%g %g" % p for p in r) + ")" for r in polygon]
        parts.append("(" + ", ".join(rings) + ")")
    return "MULTIPOLYGON(" + ", ".join(parts) + ")"


def main(topojson_path, countries_ttl):
    topology = json.load(open(topojson_path, encoding="utf-8"))
    arcs = decode_arcs(topology)
    names = gazetteer_names(countries_ttl)
    unmatched = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        decoded = []
        for polygon in polygons:
            rings = [r for r in (ring(arcs, indexes) for indexes in polygon) if r]
            if rings:
                decoded.append(rings)
        if not decoded:
            continue
        if name in ALIASES:
            key = ALIASES[name] or slug(name)
        else:
            key = names.get(name.lower())
            if key is None:
                unmatched.append(name)
                key = slug(name)
        print("\t".join([key, name, geometry.get("id", "-") or "-", wkt(decoded)]))
    if unmatched:
        print("not in the gazetteer (keyed by name): " + ", ".join(unmatched), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
