package org.claimgraph.extract.model;

/** What the text says about whether a claim (or reported event) holds. */
public enum AssessmentValue {
  CANNOT_BE_VERIFIED,
  DISPUTED,
  CONFIRMED,
  REPORTED_BY_SEVERAL,
  SHOWN_BY_FOOTAGE
}
