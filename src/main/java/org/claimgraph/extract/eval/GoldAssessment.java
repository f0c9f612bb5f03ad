package org.claimgraph.extract.eval;

import org.claimgraph.extract.Span;

/**
 * What the text says about a claim: unverifiable, disputed, confirmed, reported by several, shown
 * by footage.
 *
 * @param value CANNOT_BE_VERIFIED, DISPUTED, CONFIRMED, REPORTED_BY_SEVERAL or SHOWN_BY_FOOTAGE
 * @param author the label of the assessing entity, or null (the outlet, unnamed sources)
 * @param claimQuote exact words identifying the assessed claim or statement
 * @param claimAt where the claim quote is in the text
 * @param quote exact words of the assessment
 * @param at where the assessment is in the text
 */
public record GoldAssessment(
    String value, String author, String claimQuote, Span claimAt, String quote, Span at) {}
