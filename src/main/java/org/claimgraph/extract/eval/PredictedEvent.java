package org.claimgraph.extract.eval;

import org.claimgraph.extract.Span;

/**
 * An event the extractor found: its type as in the gold format, agent and place labels, evidence.
 */
public record PredictedEvent(String type, String agent, String place, Span evidence) {}
