package org.claimgraph.extract.quantity;

/**
 * How a reported number relates to the true one: "about 85%", "more than one-third", "at least
 * 150".
 */
public enum Approximation {
  EXACT,
  ABOUT,
  MORE_THAN,
  AT_LEAST,
  LESS_THAN,
  AT_MOST,
  UP_TO,
  NEARLY
}
