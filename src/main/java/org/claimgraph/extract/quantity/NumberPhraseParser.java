package org.claimgraph.extract.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the number that starts at a token: digits with an optional scale ("1.5bn", "20 million"),
 * number words, vague plural multiples ("dozens", "tens of thousands") and fractions ("two-thirds",
 * "a quarter of").
 */
final class NumberPhraseParser {

  /**
   * Scale words after digits; "m", "k" and "bn" count only glued to the digits or after a currency.
   */
  private static final Map<String, BigDecimal> SCALES =
      Map.ofEntries(
          Map.entry("hundred", BigDecimal.valueOf(100)),
          Map.entry("thousand", BigDecimal.valueOf(1_000)),
          Map.entry("million", BigDecimal.valueOf(1_000_000)),
          Map.entry("billion", BigDecimal.valueOf(1_000_000_000)),
          Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)),
          Map.entry("lakh", BigDecimal.valueOf(100_000)),
          Map.entry("lakhs", BigDecimal.valueOf(100_000)),
          Map.entry("crore", BigDecimal.valueOf(10_000_000)),
          Map.entry("crores", BigDecimal.valueOf(10_000_000)));

  private static final Map<String, BigDecimal> SHORT_SCALES =
      Map.of(
          "k", BigDecimal.valueOf(1_000),
          "m", BigDecimal.valueOf(1_000_000),
          "mn", BigDecimal.valueOf(1_000_000),
          "mln", BigDecimal.valueOf(1_000_000),
          "bn", BigDecimal.valueOf(1_000_000_000),
          "tn", BigDecimal.valueOf(1_000_000_000_000L));

  /**
   * Vague multiples, valued at two of their unit ("dozens" is at least 24), the least they can
   * mean.
   */
  private static final Map<String, Long> VAGUE =
      Map.of(
          "dozens",
          24L,
          "scores",
          40L,
          "hundreds",
          200L,
          "thousands",
          2_000L,
          "millions",
          2_000_000L,
          "billions",
          2_000_000_000L);

  private static final Map<String, Long> VAGUE_SCALES =
      Map.of("thousands", 1_000L, "millions", 1_000_000L, "billions", 1_000_000_000L);

  static final Map<String, Integer> DENOMINATORS =
      Map.ofEntries(
          Map.entry("half", 2),
          Map.entry("halves", 2),
          Map.entry("third", 3),
          Map.entry("thirds", 3),
          Map.entry("quarter", 4),
          Map.entry("quarters", 4),
          Map.entry("fourth", 4),
          Map.entry("fourths", 4),
          Map.entry("fifth", 5),
          Map.entry("fifths", 5),
          Map.entry("sixth", 6),
          Map.entry("sixths", 6),
          Map.entry("eighth", 8),
          Map.entry("eighths", 8),
          Map.entry("tenth", 10),
          Map.entry("tenths", 10));

  private static final Set<String> PART_NAMERS =
      Set.of("the", "first", "second", "other", "latter", "last", "next", "a");

  /** Commas only as thousands separators: "1,500" but not "1,5". */
  private static final Pattern THOUSANDS_GROUPED =
      Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

  private NumberPhraseParser() {}

  /**
   * Whether a number may start at token {@code at}: a superset of where {@link #parse} finds one
   * (digits; a number word or a hyphenated one; half, several, a vague multiple; "a" or "an" only
   * before a multiplier, a denominator, "few" or "couple"), so that a sentence with no such token
   * needs no parse at any of its tokens.
   */
  static boolean mayStartAt(List<Token> tokens, int at) {
    Token token = tokens.get(at);
    if (token.isNumber()) {
      return true;
    }
    if (!token.isWord()) {
      return false;
    }
    String w = token.lower();
    if (w.equals("a") || w.equals("an")) {
      if (at + 1 >= tokens.size()) {
        return false;
      }
      String next = tokens.get(at + 1).lower();
      return next.equals("hundred")
          || next.equals("dozen")
          || next.equals("few")
          || next.equals("couple")
          || NumberWords.SCALES.containsKey(next)
          || DENOMINATORS.containsKey(next);
    }
    return w.indexOf('-') > 0
        || NumberWords.UNITS.containsKey(w)
        || NumberWords.TENS.containsKey(w)
        || VAGUE.containsKey(w)
        || w.equals("half")
        || w.equals("tens")
        || w.equals("several");
  }

  /**
   * The number at token {@code from}, or null.
   *
   * @param hedged whether an approximation word precedes it, which lets "half" stand without "of"
   * @param afterCurrency whether a currency sign precedes it, which lets "20 m" mean twenty million
   */
  static NumberPhrase parse(List<Token> tokens, int from, boolean hedged, boolean afterCurrency) {
    if (from >= tokens.size()) {
      return null;
    }
    Token token = tokens.get(from);
    if (token.isNumber()) {
      return digits(tokens, from, afterCurrency);
    }
    if (!token.isWord()) {
      return null;
    }
    NumberPhrase fraction = fraction(tokens, from, hedged);
    if (fraction != null) {
      return fraction;
    }
    NumberPhrase vague = vague(tokens, from);
    if (vague != null) {
      return vague;
    }
    return NumberWords.parse(tokens, from);
  }

  private static NumberPhrase digits(List<Token> tokens, int from, boolean afterCurrency) {
    Token token = tokens.get(from);
    String raw = token.lower();
    BigDecimal value = parseDigits(raw);
    if (value == null) {
      return null;
    }
    int end = from + 1;
    boolean scaled = false;
    if (end < tokens.size() && tokens.get(end).isWord()) {
      Token next = tokens.get(end);
      BigDecimal scale = SCALES.get(next.lower());
      BigDecimal shortScale = SHORT_SCALES.get(next.lower());
      if (shortScale != null && (next.glued() || afterCurrency)) {
        scale = shortScale;
      }
      if (scale != null) {
        value = value.multiply(scale);
        end++;
        scaled = true;
      } else if (next.glued() && !isGluedPercent(next)) {
        // "9th", "1990s", "20km": an ordinal, a decade or another unit, not a quantity we read.
        return null;
      }
    }
    boolean yearLike =
        !scaled
            && raw.length() == 4
            && raw.indexOf(',') < 0
            && raw.indexOf('.') < 0
            && value.intValue() >= 1000
            && value.intValue() <= 2199;
    return new NumberPhrase(normalize(value), end, NumberPhrase.Form.DIGITS, yearLike, false);
  }

  static boolean isGluedPercent(Token token) {
    return token.is("pc") || token.is("pct");
  }

  private static BigDecimal parseDigits(String raw) {
    if (raw.indexOf(',') >= 0 && !THOUSANDS_GROUPED.matcher(raw).matches()) {
      return null;
    }
    String plain = raw.replace(",", "");
    if (plain.indexOf('.') != plain.lastIndexOf('.')) {
      return null;
    }
    return new BigDecimal(plain);
  }

  private static NumberPhrase vague(List<Token> tokens, int from) {
    String w = tokens.get(from).lower();
    if ((w.equals("tens") || w.equals("hundreds") || w.equals("dozens"))
        && from + 2 < tokens.size()
        && tokens.get(from + 1).is("of")
        && VAGUE_SCALES.containsKey(tokens.get(from + 2).lower())) {
      long multiple = w.equals("tens") ? 20 : w.equals("hundreds") ? 200 : 24;
      long value = multiple * VAGUE_SCALES.get(tokens.get(from + 2).lower());
      return new NumberPhrase(
          BigDecimal.valueOf(value), from + 3, NumberPhrase.Form.VAGUE, false, false);
    }
    NumberPhrase fewOf = fewOf(tokens, from);
    if (fewOf != null) {
      return fewOf;
    }
    Long value = VAGUE.get(w);
    if (value == null) {
      return null;
    }
    return new NumberPhrase(
        BigDecimal.valueOf(value), from + 1, NumberPhrase.Form.VAGUE, false, false);
  }

  /**
   * "several hundred", "a few thousand", "a couple of hundred": valued like the plural multiples,
   * at the least they can mean (several is three, a few and a couple two).
   */
  private static NumberPhrase fewOf(List<Token> tokens, int from) {
    int at = from;
    long multiple;
    if (tokens.get(at).is("several")) {
      multiple = 3;
      at++;
    } else if (tokens.get(at).is("a") && at + 1 < tokens.size() && tokens.get(at + 1).is("few")) {
      multiple = 2;
      at += 2;
    } else if (tokens.get(at).is("a")
        && at + 2 < tokens.size()
        && tokens.get(at + 1).is("couple")
        && tokens.get(at + 2).is("of")) {
      multiple = 2;
      at += 3;
    } else {
      return null;
    }
    if (at >= tokens.size()) {
      return null;
    }
    String scale = tokens.get(at).lower();
    long unit = scale.equals("hundred") ? 100 : NumberWords.SCALES.getOrDefault(scale, 0L);
    if (unit == 0 || scale.equals("trillion")) {
      return null;
    }
    return new NumberPhrase(
        BigDecimal.valueOf(multiple * unit), at + 1, NumberPhrase.Form.VAGUE, false, false);
  }

  /** "one-third", "two thirds", "three quarters", "a quarter of", "half of", "nearly half the". */
  private static NumberPhrase fraction(List<Token> tokens, int from, boolean hedged) {
    Token token = tokens.get(from);
    String w = token.lower();
    int hyphen = w.indexOf('-');
    if (hyphen > 0) {
      int numerator = numerator(w.substring(0, hyphen));
      Integer denominator = DENOMINATORS.get(w.substring(hyphen + 1));
      if (numerator > 0 && denominator != null && numerator < denominator) {
        return fractionOf(numerator, denominator, from + 1);
      }
      return null;
    }
    boolean followedByOf = from + 1 < tokens.size() && tokens.get(from + 1).is("of");
    if (w.equals("half")) {
      if (from + 2 < tokens.size()
          && tokens.get(from + 1).is("a")
          && NumberWords.SCALES.containsKey(tokens.get(from + 2).lower())) {
        BigDecimal half =
            BigDecimal.valueOf(NumberWords.SCALES.get(tokens.get(from + 2).lower()) / 2);
        return new NumberPhrase(half, from + 3, NumberPhrase.Form.WORDS, false, false);
      }
      boolean beforeNoun =
          from + 1 < tokens.size()
              && (tokens.get(from + 1).is("the")
                  || tokens.get(from + 1).is("its")
                  || tokens.get(from + 1).is("their"));
      // "the second half", "the other half" name a part, not a share.
      boolean namesAPart = from > 0 && PART_NAMERS.contains(tokens.get(from - 1).lower());
      return (followedByOf || beforeNoun || hedged) && !namesAPart
          ? fractionOf(1, 2, from + 1)
          : null;
    }
    int numerator = numerator(w);
    if (numerator <= 0 || from + 1 >= tokens.size()) {
      return null;
    }
    String denominatorWord = tokens.get(from + 1).lower();
    Integer denominator = DENOMINATORS.get(denominatorWord);
    if (denominator == null || numerator >= denominator) {
      return null;
    }
    boolean plural = denominatorWord.endsWith("s") && numerator > 1;
    boolean singularOf =
        numerator == 1 && from + 2 < tokens.size() && tokens.get(from + 2).is("of");
    // "a third time" and "one quarter" of a year are not shares: singular fractions need "of".
    return plural || singularOf ? fractionOf(numerator, denominator, from + 2) : null;
  }

  private static int numerator(String word) {
    if (word.equals("a") || word.equals("an")) {
      return 1;
    }
    int value = NumberWords.smallNumber(word);
    return value > 0 && value < 10 ? value : -1;
  }

  private static NumberPhrase fractionOf(int numerator, int denominator, int end) {
    BigDecimal value =
        BigDecimal.valueOf(numerator)
            .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    return new NumberPhrase(normalize(value), end, NumberPhrase.Form.FRACTION, false, false);
  }

  /** Plain scale: no trailing zeros, never an exponent below units. */
  static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
