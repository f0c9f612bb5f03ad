/**
 * Quantities in news text: percentages, fractions, money with currency and period, counts, each
 * with its approximation ("about", "more than", "around").
 */
package org.claimgraph.extract.quantity;
