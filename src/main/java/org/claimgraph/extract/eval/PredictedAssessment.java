package org.claimgraph.extract.eval;

import org.claimgraph.extract.Span;

/**
 * An assessment the extractor found.
 *
 * @param value as in the gold format
 * @param author the assessing entity's label, or null
 * @param claimContent where the assessed claim's content is
 * @param evidence where the assessment's words are
 */
public record PredictedAssessment(String value, String author, Span claimContent, Span evidence) {}
