/**
 * The RDF mapping, second step of the flow: turns the extracted article model into one named graph
 * with deterministic IRIs and provenance down to character offsets. Knows RDF, not the store.
 */
package org.claimgraph.graph;
