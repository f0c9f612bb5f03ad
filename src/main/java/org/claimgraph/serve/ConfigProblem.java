package org.claimgraph.serve;

/** A Fuseki configuration that cannot be used; the message names the file and the place. */
public final class ConfigProblem extends RuntimeException {

  public ConfigProblem(String message) {
    super(message);
  }

  public ConfigProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
