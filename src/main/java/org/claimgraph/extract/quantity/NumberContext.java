package org.claimgraph.extract.quantity;

import java.util.List;
import java.util.Set;
import org.claimgraph.extract.lexicon.CalendarNames;

/**
 * Tells numbers that are not quantities by their neighbours: days of a month ("9 July", "July 9"),
 * times of day ("10:30", "10 a.m."), identifiers ("F-16", "COVID-19", "Resolution 2254"), ranges
 * and compound adjectives ("20-30", "30-member").
 */
final class NumberContext {

  private static final Set<String> MONTHS = CalendarNames.MONTHS;

  private static final Set<String> CLOCK_WORDS =
      Set.of("am", "pm", "o'clock", "gmt", "utc", "hrs", "bst", "cet", "est", "edt", "pst", "ist");

  private static final Set<String> GLUE_BEFORE = Set.of("-", "/", ":", "#", "‑");

  private NumberContext() {}

  /**
   * Whether the digits at token {@code at}, read as a number ending before token {@code end}, are a
   * date, a time, an identifier or part of a range rather than a quantity.
   *
   * @param bare whether nothing (approximation, currency) stands before the number
   */
  static boolean isNotAQuantity(List<Token> tokens, int at, int end, boolean bare) {
    Token token = tokens.get(at);
    if (!token.isNumber()) {
      return false;
    }
    if (at > 0) {
      Token previous = tokens.get(at - 1);
      if (token.glued() && (previous.isWord() || GLUE_BEFORE.contains(previous.lower()))) {
        return true;
      }
      if (bare && isMonth(previous) && isDayOfMonth(token)) {
        return true;
      }
      if (bare && previous.isWord() && previous.capitalized() && !startsSentence(tokens, at - 1)) {
        return true;
      }
    }
    if (end < tokens.size()) {
      Token next = tokens.get(end);
      if (end == at + 1 && isMonth(next) && isDayOfMonth(token)) {
        return true;
      }
      if (end == at + 1 && next.glued() && (next.is(":") || next.is("/"))) {
        return true;
      }
      if (next.glued() && (next.is("-") || next.is("‑")) && end + 1 < tokens.size()) {
        return !isDurationAdjective(tokens, end);
      }
      if (CLOCK_WORDS.contains(next.lower())) {
        return true;
      }
      if ((next.is("a") || next.is("p"))
          && end + 1 < tokens.size()
          && tokens.get(end + 1).is(".")
          && tokens.get(end + 1).glued()) {
        return true;
      }
    }
    return false;
  }

  /** "20-year" (a duration used as an adjective) but not "85-year-old" (an age). */
  static boolean isDurationAdjective(List<Token> tokens, int hyphen) {
    Token unit = tokens.get(hyphen + 1);
    return unit.glued() && Durations.unitOf(unit.lower()) != null;
  }

  private static boolean isMonth(Token token) {
    return token.isWord() && token.capitalized() && MONTHS.contains(token.lower());
  }

  private static boolean isDayOfMonth(Token token) {
    String raw = token.lower();
    return raw.length() <= 2 && Integer.parseInt(raw) >= 1 && Integer.parseInt(raw) <= 31;
  }

  private static boolean startsSentence(List<Token> tokens, int at) {
    if (at == 0) {
      return true;
    }
    String previous = tokens.get(at - 1).lower();
    return previous.equals(".")
        || previous.equals("!")
        || previous.equals("?")
        || previous.equals(":")
        || previous.equals("\"")
        || previous.equals("“")
        || previous.equals("(");
  }
}
