package org.claimgraph.export;

/** An export that cannot be done as asked (unknown format or graph, unwritable file). */
public final class ExportProblem extends RuntimeException {

  public ExportProblem(String message) {
    super(message);
  }

  public ExportProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
