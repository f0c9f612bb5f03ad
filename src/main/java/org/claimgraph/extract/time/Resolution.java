package org.claimgraph.extract.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a rule makes of a matched phrase: the interval it denotes (when it can be resolved) and
 * whether it depends on the anchor or points after it.
 */
record Resolution(
    Optional<LocalDate> begin, Optional<LocalDate> end, boolean relative, boolean future) {

  static Resolution absolute(LocalDate begin, LocalDate end) {
    return new Resolution(Optional.of(begin), Optional.of(end), false, false);
  }

  static Resolution relative(LocalDate begin, LocalDate end, boolean future) {
    return new Resolution(Optional.of(begin), Optional.of(end), true, future);
  }

  /** A relative phrase that cannot be resolved: no anchor, or relative to another event. */
  static Resolution unresolved(boolean future) {
    return new Resolution(Optional.empty(), Optional.empty(), true, future);
  }

  /** "since 2001": from the start of what follows up to the anchor, when known. */
  Resolution since(Optional<LocalDate> anchor) {
    return new Resolution(begin, begin.isPresent() ? anchor : Optional.empty(), relative, false);
  }
}
