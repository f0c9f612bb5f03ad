/**
 * Measuring extraction: hand-made gold annotations ({@link
 * org.claimgraph.extract.eval.GoldReader}), neutral prediction records that an adapter fills from
 * the extractor's model, and a {@link org.claimgraph.extract.eval.Scorer} that prints precision,
 * recall and F1 per kind.
 */
package org.claimgraph.extract.eval;
