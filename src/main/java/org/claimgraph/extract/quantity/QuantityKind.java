package org.claimgraph.extract.quantity;

/** What a quantity measures. */
public enum QuantityKind {
  /**
   * A share of a whole: "85%", "two-thirds", "more than one-third"; value is a fraction in [0, 1].
   */
  PROPORTION,
  /** Money: "$20 million", "1.5bn afghanis"; {@link Quantity#unit()} holds the ISO 4217 code. */
  MONEY,
  /**
   * A count of things: "150 districts", "more than a thousand members", "tens of thousands of
   * troops".
   */
  COUNT,
  /** A length of time: "20 years", "six months". */
  DURATION
}
