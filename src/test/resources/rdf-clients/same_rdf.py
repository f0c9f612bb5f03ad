"""Says whether two RDF files hold the same graph (or the same named graphs), as an independent parser
(Python rdflib) reads them: blank nodes are matched by isomorphism, not by label. Used by ExportIT to
check claimgraph's own streaming JSON-LD and RDF/XML writers against dumps Jena's writers made.

Usage: same_rdf.py FORMAT_A FILE_A FORMAT_B FILE_B   (FORMAT: turtle, nt, nquads, trig, json-ld, xml)
Prints "same" or what differs (graph names, or per graph the triple counts), and exits 0 or 1.
"""
import sys

import rdflib
from rdflib.compare import isomorphic

QUADS = ("nquads", "trig", "json-ld")


def read(fmt, path):
    """Graph name -> graph; one entry, None, for a triple format."""
    if fmt in QUADS:
        dataset = rdflib.ConjunctiveGraph()
        dataset.parse(path, format=fmt)
        graphs = {}
        for context in dataset.contexts():
            if len(context) > 0:
                graphs[str(context.identifier)] = context
        return graphs
    graph = rdflib.Graph()
    graph.parse(path, format=fmt)
    return {None: graph}


def plain(graph):
    """The same triples in a graph of their own (isomorphic() compares whole graphs)."""
    copy = rdflib.Graph()
    for triple in graph:
        copy.add(triple)
    return copy


fmt_a, path_a, fmt_b, path_b = sys.argv[1:5]
a, b = read(fmt_a, path_a), read(fmt_b, path_b)
problems = []
if set(a) != set(b):
    problems.append("graph names differ: only in A %s, only in B %s"
                    % (sorted(map(str, set(a) - set(b)))[:5], sorted(map(str, set(b) - set(a)))[:5]))
for name in sorted(set(a) & set(b), key=str):
    if not isomorphic(plain(a[name]), plain(b[name])):
        problems.append("graph %s: %d triples in A, %d in B, not isomorphic"
                        % (name, len(a[name]), len(b[name])))
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("same (%d graph(s), %d triples)" % (len(a), sum(len(g) for g in a.values())))
