package org.claimgraph.extract.model;

/** Who stands behind a claim or an assessment when it is not (only) a named entity. */
public enum SourceKind {
  /** A named entity: its key is given. */
  NAMED,
  /** The outlet that published the article, speaking in its own voice. */
  REPORTING_OUTLET,
  /** Unnamed sources: "other sources", "several reports", "officials", "witnesses". */
  UNNAMED_SOURCES
}
