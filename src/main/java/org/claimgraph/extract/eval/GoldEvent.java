package org.claimgraph.extract.eval;

import org.claimgraph.extract.Span;

/**
 * An event the text reports.
 *
 * @param type CAPTURE, WITHDRAWAL, RETREAT, ACKNOWLEDGEMENT, STATEMENT, ADVANCE, RECAPTURE or
 *     ATTACK
 * @param agent the label of the acting entity, or null
 * @param place the label of the place, or null
 * @param quote exact words of the trigger clause
 * @param at where the quote is in the text
 */
public record GoldEvent(String type, String agent, String place, String quote, Span at) {}
