package org.claimgraph.extract.model;

/** How one place relates to another. */
public enum PlaceRelationKind {
  /** A place inside another: a crossing in a province, a province in a country. */
  LOCATED_IN,
  /** A crossing on a border. */
  ON_BORDER,
  /** A border or crossing between (or connecting) a country; one relation per country. */
  BETWEEN
}
