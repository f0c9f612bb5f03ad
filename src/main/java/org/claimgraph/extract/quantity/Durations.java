package org.claimgraph.extract.quantity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Units of time, for durations ("six months") and for the periods of rates ("per month",
 * "annually").
 */
final class Durations {

  private static final Map<String, String> UNITS =
      Map.ofEntries(
          Map.entry("second", "second"),
          Map.entry("seconds", "second"),
          Map.entry("minute", "minute"),
          Map.entry("minutes", "minute"),
          Map.entry("hour", "hour"),
          Map.entry("hours", "hour"),
          Map.entry("day", "day"),
          Map.entry("days", "day"),
          Map.entry("week", "week"),
          Map.entry("weeks", "week"),
          Map.entry("fortnight", "fortnight"),
          Map.entry("fortnights", "fortnight"),
          Map.entry("month", "month"),
          Map.entry("months", "month"),
          Map.entry("year", "year"),
          Map.entry("years", "year"),
          Map.entry("decade", "decade"),
          Map.entry("decades", "decade"),
          Map.entry("century", "century"),
          Map.entry("centuries", "century"));

  /** Words that may stand between a number and its unit: "six more months", "20 long years". */
  private static final Set<String> FILLERS =
      Set.of("more", "long", "full", "consecutive", "straight", "additional", "further", "whole");

  private static final Map<String, String> PERIODS =
      Map.of(
          "hour", "hour", "day", "day", "week", "week", "month", "month", "quarter", "quarter",
          "year", "year", "annum", "year");

  private static final Map<String, String> PERIOD_ADVERBS =
      Map.of(
          "hourly",
          "hour",
          "daily",
          "day",
          "weekly",
          "week",
          "monthly",
          "month",
          "quarterly",
          "quarter",
          "annually",
          "year",
          "yearly",
          "year");

  private static final Map<String, String> PERIOD_ADJECTIVES =
      Map.of(
          "daily",
          "day",
          "weekly",
          "week",
          "monthly",
          "month",
          "quarterly",
          "quarter",
          "annual",
          "year",
          "yearly",
          "year");

  /** A unit or period found, and the index of the token after it. */
  record Found(String unit, int end) {}

  private Durations() {}

  static String unitOf(String word) {
    return UNITS.get(word);
  }

  /** The time unit right after a number ("20 years", "six more months"), or null. */
  static Found unitAfter(List<Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + 2); i++) {
      Token token = tokens.get(i);
      String unit = UNITS.get(token.lower());
      if (unit != null) {
        if (i + 1 < tokens.size() && tokens.get(i + 1).is("old")) {
          return null; // "20 years old" is an age
        }
        return new Found(unit, i + 1);
      }
      if (!FILLERS.contains(token.lower())) {
        return null;
      }
    }
    return null;
  }

  /** "20 years old": an age, not a duration nor a count of years. */
  static boolean isAge(List<Token> tokens, int from) {
    return from + 1 < tokens.size()
        && UNITS.containsKey(tokens.get(from).lower())
        && tokens.get(from + 1).is("old");
  }

  /** "-year" glued after a number: "a 20-year war". */
  static Found hyphenatedUnitAfter(List<Token> tokens, int from) {
    if (from + 1 < tokens.size()
        && tokens.get(from).glued()
        && (tokens.get(from).is("-") || tokens.get(from).is("‑"))) {
      Token unit = tokens.get(from + 1);
      String name = UNITS.get(unit.lower());
      if (unit.glued() && name != null) {
        return new Found(name, from + 2);
      }
    }
    return null;
  }

  /** The period of a rate right after an amount: "per month", "a year", "each day", "annually". */
  static Found periodAfter(List<Token> tokens, int from) {
    if (from >= tokens.size()) {
      return null;
    }
    String word = tokens.get(from).lower();
    String adverb = PERIOD_ADVERBS.get(word);
    if (adverb != null) {
      return new Found(adverb, from + 1);
    }
    boolean rateWord =
        word.equals("per")
            || word.equals("a")
            || word.equals("an")
            || word.equals("each")
            || word.equals("every");
    if (rateWord && from + 1 < tokens.size()) {
      String period = PERIODS.get(tokens.get(from + 1).lower());
      if (period != null) {
        return new Found(period, from + 2);
      }
    }
    return null;
  }

  /**
   * The period named just before "of" and an amount: "revenue per month of $20 million", "annual
   * revenue of $5bn". Looks at most four words back.
   */
  static String periodBefore(List<Token> tokens, int amountStart) {
    int of = amountStart - 1;
    if (of < 1 || !tokens.get(of).is("of")) {
      return null;
    }
    for (int i = of - 1; i >= Math.max(0, of - 4); i--) {
      Token token = tokens.get(i);
      if (!token.isWord()) {
        return null;
      }
      String adjective = PERIOD_ADJECTIVES.get(token.lower());
      if (adjective != null) {
        return adjective;
      }
      String period = PERIODS.get(token.lower());
      if (period != null && i > 0) {
        String before = tokens.get(i - 1).lower();
        if (before.equals("per") || before.equals("a") || before.equals("each")) {
          return period;
        }
      }
    }
    return null;
  }
}
