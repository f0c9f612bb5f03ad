package org.claimgraph.bench;

import java.util.Arrays;

/** Latency samples in milliseconds and their nearest-rank percentiles. */
public record Percentiles(double p50, double p95, int samples) {

  /** The percentiles of {@code millis} (nearest rank, as most load tools report). */
  public static Percentiles of(double[] millis) {
    if (millis.length == 0) {
      return new Percentiles(Double.NaN, Double.NaN, 0);
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.95), sorted.length);
  }

  private static double rank(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
  }
}
