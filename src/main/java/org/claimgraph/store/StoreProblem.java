package org.claimgraph.store;

/**
 * A store that cannot be used as asked: locked by another process, not writable, not a TDB2
 * database. The message is one line saying what is wrong and what to do.
 */
public class StoreProblem extends RuntimeException {

  public StoreProblem(String message) {
    super(message);
  }

  public StoreProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
