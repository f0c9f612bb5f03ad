package org.claimgraph.store;

/** How query results are written: a table for people, the others for scripts. */
public enum ResultFormat {
  TABLE,
  CSV,
  TSV,
  JSON
}
