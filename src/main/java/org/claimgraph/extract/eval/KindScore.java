package org.claimgraph.extract.eval;

/**
 * Counts for one kind of annotation and the measures they give. When nothing is expected and
 * nothing is predicted, precision, recall and F1 are 1; otherwise a measure with a zero denominator
 * is 0.
 */
public record KindScore(String kind, int gold, int predicted, int matched) {

  public double precision() {
    return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? (predicted == 0 ? 1.0 : 0.0) : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Counts summed, for a micro-average over documents. */
  public KindScore plus(KindScore other) {
    return new KindScore(
        kind, gold + other.gold, predicted + other.predicted, matched + other.matched);
  }
}
