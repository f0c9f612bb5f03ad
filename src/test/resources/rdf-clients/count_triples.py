"""Counts what an independent RDF parser (Python rdflib) reads from a file: triples for triple
formats, quads (triples per named graph, summed) for quad formats. Used by ExportIT.

Usage: count_triples.py FORMAT FILE   (FORMAT: turtle, nt, nquads, trig, json-ld, xml)
"""
import sys

import rdflib

fmt, path = sys.argv[1], sys.argv[2]
if fmt in ("nquads", "trig", "json-ld"):
    graph = rdflib.ConjunctiveGraph()
    graph.parse(path, format=fmt)
    print(sum(len(context) for context in graph.contexts()))
else:
    graph = rdflib.Graph()
    graph.parse(path, format=fmt)
    print(len(graph))
