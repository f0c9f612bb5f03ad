package org.claimgraph.extract.eval;

/** A gold file that does not follow the format; the message names the file and the place in it. */
public final class GoldFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GoldFormatException(String message) {
    super(message);
  }

  public GoldFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
