package org.claimgraph.extract.model;

/** How one actor belongs to another (or to a country); all roll up to "affiliated with". */
public enum AffiliationKind {
  SPOKESPERSON_FOR,
  MEMBER_OF,
  PART_OF,
  HEAD_OF,
  MINISTRY_OF,
  GOVERNMENT_OF,
  FORCE_OF
}
