package org.claimgraph.extract.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of time expression: a precompiled pattern and how to resolve what it matches.
 *
 * @param name a short name for debugging ("day-month-year")
 * @param pattern what the phrase looks like, case-insensitive; month and weekday names are checked
 *     for capitals by the resolver so that "may" the verb is not May
 * @param resolver what the phrase means, or null to reject the match
 */
record TimeRule(String name, Pattern pattern, Resolver resolver) {

  /** Turns a match into a resolution, or null when the match is not a time expression after all. */
  @FunctionalInterface
  interface Resolver {
    Resolution resolve(CharSequence text, Matcher match, Optional<LocalDate> anchor);
  }

  static TimeRule of(String name, String regex, Resolver resolver) {
    return new TimeRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolver);
  }
}
