package org.claimgraph.store;

import java.nio.file.Path;

/**
 * A store whose lock another live process holds, so that a command can say what to do instead (for
 * a backup: go through the server that holds it).
 */
public final class StoreLocked extends StoreProblem {

  private final transient Path location;
  private final long holder;

  StoreLocked(Path location, long holder, Throwable cause) {
    super(
        "Store "
            + location
            + " is in use by process "
            + holder
            + " (a running 'claimgraph serve' or 'load'?); stop that process, or use another --store.",
        cause);
    this.location = location;
    this.holder = holder;
  }

  public Path location() {
    return location;
  }

  /** The process id that holds the lock. */
  public long holder() {
    return holder;
  }
}
