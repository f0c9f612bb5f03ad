package org.claimgraph.extract.eval;

import org.claimgraph.extract.Span;

/**
 * A claim the extractor found.
 *
 * @param claimant the claimant's label (or any of its names)
 * @param cue the reporting cue's lemma
 * @param stance as in the gold format
 * @param content where the claim's content is in the text
 */
public record PredictedClaim(String claimant, String cue, String stance, Span content) {}
