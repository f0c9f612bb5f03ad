/**
 * Serving the store: Fuseki with its web UI over the TDB2 dataset, configured from an assembler
 * file, and the linked-data pages beside it (dereferenceable IRIs, content negotiation, HTML). Uses
 * {@code export} for its writers.
 */
package org.claimgraph.serve;
