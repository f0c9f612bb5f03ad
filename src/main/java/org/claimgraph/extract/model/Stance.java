package org.claimgraph.extract.model;

/** What the claimant does with the content, as the reporting verb tells it. */
public enum Stance {
  ASSERTS,
  CLAIMS,
  INSISTS,
  DENIES,
  PREDICTS,
  URGES,
  ACKNOWLEDGES,
  FEARS,
  DEFENDS,
  CONFIRMS,
  ALLEGES,
  REPORTS,
  ESTIMATES,
  BELIEVES
}
