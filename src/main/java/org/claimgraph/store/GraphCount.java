package org.claimgraph.store;

/**
 * The number of triples in one named graph.
 *
 * @param graph the graph's IRI
 * @param triples its triple count
 */
public record GraphCount(String graph, long triples) {}
