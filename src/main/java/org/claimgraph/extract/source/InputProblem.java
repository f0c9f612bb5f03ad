package org.claimgraph.extract.source;

import java.nio.file.Path;

/** An article file that cannot be read as an article; the message names the file and what to do. */
public final class InputProblem extends Exception {

  private final Path file;

  public InputProblem(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
