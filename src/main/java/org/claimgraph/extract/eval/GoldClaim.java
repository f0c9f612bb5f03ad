package org.claimgraph.extract.eval;

import org.claimgraph.extract.Span;

/**
 * A claim a careful reader attributes to a claimant.
 *
 * @param claimant the label of a {@link GoldEntity}
 * @param cue the reporting verb's lemma ("say", "claim") or phrase ("according to")
 * @param stance ASSERTS, DENIES, PREDICTS, URGES, ACKNOWLEDGES, FEARS or DEFENDS
 * @param quote exact words of the text inside the claim's content
 * @param at where the quote is in the text
 */
public record GoldClaim(String claimant, String cue, String stance, String quote, Span at) {}
