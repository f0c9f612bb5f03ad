package org.claimgraph.cli;

/** The exit codes every command uses. */
final class ExitCodes {

  /** It worked. */
  static final int OK = 0;

  /**
   * The user's input or data is wrong (a bad file, a bad query, a locked store); the message says
   * what.
   */
  static final int USER_ERROR = 1;

  /** claimgraph itself failed; run with --verbose for the stack trace and report it. */
  static final int INTERNAL_ERROR = 2;

  private ExitCodes() {}
}
