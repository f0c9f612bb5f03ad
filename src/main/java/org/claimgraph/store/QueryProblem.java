package org.claimgraph.store;

/** A query that cannot be run: a syntax error (with line and column) or a bad parameter. */
public final class QueryProblem extends RuntimeException {

  public QueryProblem(String message) {
    super(message);
  }

  public QueryProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
