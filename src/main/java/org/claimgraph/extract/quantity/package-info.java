/**
 * Quantities in news text: percentages, fractions, money with currency and period, counts with
 * their counted noun, durations, each with its approximation ("about", "more than", "around"). The
 * entry point is {@link org.claimgraph.extract.quantity.QuantityExtractor}; approximation words and
 * currencies are lexicons under {@code claimgraph/lexicon/} that an analyst can extend.
 */
package org.claimgraph.extract.quantity;
