/**
 * Serving the store: Fuseki with its web UI over the TDB2 dataset, configured from an assembler
 * file.
 */
package org.claimgraph.serve;
