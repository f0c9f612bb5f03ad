package org.claimgraph.extract.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
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
record TimeRule(String name, Pattern pattern, Resolver resolver, Trigger trigger) {

  /**
   * Words of which at least one must be in the text for the rule to match at all (or any digit).
   * Checked on the sentence's words before the pattern runs: most sentences have no time
   * expression, and the patterns, each tried at every word boundary, were most of the extractor's
   * time.
   */
  record Trigger(Set<String> words, boolean digits) {
    static final Trigger ALWAYS = new Trigger(Set.of(), false);

    boolean fires(Set<String> textWords, boolean textHasDigits) {
      if (this == ALWAYS || (digits && textHasDigits)) {
        return true;
      }
      for (String w : words) {
        if (textWords.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The same rule, run only when one of {@code words} (lower case) or, if asked, a digit occurs.
   */
  TimeRule triggeredBy(boolean digits, Set<String> words) {
    return new TimeRule(name, pattern, resolver, new Trigger(Set.copyOf(words), digits));
  }

  /** Turns a match into a resolution, or null when the match is not a time expression after all. */
  @FunctionalInterface
  interface Resolver {
    Resolution resolve(CharSequence text, Matcher match, Optional<LocalDate> anchor);
  }

  static TimeRule of(String name, String regex, Resolver resolver) {
    return new TimeRule(
        name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolver, Trigger.ALWAYS);
  }
}
