/**
 * Vocabulary constants: every IRI claimgraph writes or reads is named here once, as Jena's {@code
 * RDF} and {@code RDFS} classes do, so that no IRI string is scattered through the code.
 */
package org.claimgraph.vocab;
