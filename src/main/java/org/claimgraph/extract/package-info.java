/**
 * Extraction, the first step of the flow: plain Java over article text, no RDF. Reads an article,
 * segments it, finds mentions, entities, claims, assessments, events, quantities and dates, each
 * anchored to character offsets in the text.
 */
package org.claimgraph.extract;
