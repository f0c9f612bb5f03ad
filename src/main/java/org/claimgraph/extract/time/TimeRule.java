package org.claimgraph.extract.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.lexicon.LeadingCharacters;

/**
 * One kind of time expression: a precompiled pattern and how to resolve what it matches.
 *
 * @param name a short name for debugging ("day-month-year")
 * @param pattern what the phrase looks like, case-insensitive; month and weekday names are checked
 *     for capitals by the resolver so that "may" the verb is not May
 * @param resolver what the phrase means, or null to reject the match
 */
record TimeRule(String name, Pattern pattern, Resolver resolver, Trigger trigger) {

  TimeRule {
    // Tried at every position of a sentence: the characters a phrase can begin with come first.
    pattern = LeadingCharacters.guarded(pattern);
  }

  /**
   * Words of which at least one must be in the text for the rule to match at all (or any digit),
   * and clues the text must all show. Checked on the sentence's clues before the pattern runs: most
   * sentences have no time expression, and the patterns, each tried at every word boundary, were
   * most of the extractor's time.
   */
  record Trigger(
      Set<String> words, boolean digits, Set<SentenceClues.Need> needs, Set<String> alsoWords) {
    static final Trigger ALWAYS = new Trigger(Set.of(), false, Set.of(), Set.of());

    boolean fires(SentenceClues clues) {
      for (SentenceClues.Need need : needs) {
        if (!clues.has(need)) {
          return false;
        }
      }
      if (!alsoWords.isEmpty() && alsoWords.stream().noneMatch(clues.words()::contains)) {
        return false;
      }
      if (words.isEmpty() && !digits || digits && clues.digits()) {
        return true;
      }
      for (String w : words) {
        if (clues.words().contains(w)) {
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
    return new TimeRule(
        name,
        pattern,
        resolver,
        new Trigger(Set.copyOf(words), digits, trigger.needs(), trigger.alsoWords()));
  }

  /**
   * The same rule, run only when the sentence shows all these clues, without which it cannot match.
   */
  TimeRule needing(SentenceClues.Need... needs) {
    return new TimeRule(
        name,
        pattern,
        resolver,
        new Trigger(trigger.words(), trigger.digits(), Set.of(needs), trigger.alsoWords()));
  }

  /**
   * The same rule, run only when one of {@code words} (lower case) occurs as well, because the
   * pattern cannot match without one ("two days ago" needs a unit as well as "ago").
   */
  TimeRule alsoNeeding(Set<String> words) {
    return new TimeRule(
        name,
        pattern,
        resolver,
        new Trigger(trigger.words(), trigger.digits(), trigger.needs(), Set.copyOf(words)));
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
