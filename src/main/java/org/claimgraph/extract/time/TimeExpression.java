package org.claimgraph.extract.time;

import java.time.LocalDate;
import java.util.Optional;
import org.claimgraph.extract.Span;

/**
 * A time expression found in text, resolved to a date interval when the anchor date allows it.
 *
 * @param span where it is, offsets into the text given to the extractor
 * @param phrase the exact words, always kept
 * @param begin first day of the interval it denotes, when resolved
 * @param end last day of the interval (inclusive), when resolved; equal to begin for one day
 * @param relative whether the phrase needs an anchor ("on Friday") or names a date itself ("9 July
 *     2021")
 * @param future whether it points after the anchor ("within the upcoming six months")
 */
public record TimeExpression(
    Span span,
    String phrase,
    Optional<LocalDate> begin,
    Optional<LocalDate> end,
    boolean relative,
    boolean future) {

  public boolean resolved() {
    return begin.isPresent();
  }
}
