package org.claimgraph.serve;

/** A server that cannot start as asked (port in use, bad host); the message says what to do. */
public final class ServerProblem extends RuntimeException {

  public ServerProblem(String message, Throwable cause) {
    super(message, cause);
  }

  public ServerProblem(String message) {
    super(message);
  }
}
