package org.claimgraph.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds time expressions in news text and resolves them against an anchor date. Thread-safe. */
public final class TimeExpressionExtractor {

  /**
   * Every time expression in {@code text}, in text order, offsets relative to {@code text}.
   *
   * @param anchor the publication date, when known; relative expressions stay unresolved without it
   */
  public List<TimeExpression> find(CharSequence text, Optional<LocalDate> anchor) {
    // Filled in by the time work (issue 4); until then no time expressions are reported.
    return List.of();
  }
}
