package org.claimgraph.cli;

/** A mistake in how a command was called; its message is the one line the user sees. */
final class UserError extends RuntimeException {

  UserError(String message) {
    super(message);
  }
}
