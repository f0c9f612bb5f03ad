package org.claimgraph.store;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating claimgraph data against its SHACL shapes, as lines a person can read.
 *
 * @param conforms true when no shape is violated
 * @param lines one line per result, "focus node — path — message", sorted; empty when the data
 *     conforms
 */
public record ShaclReport(boolean conforms, List<String> lines) {

  public ShaclReport {
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
  }
}
