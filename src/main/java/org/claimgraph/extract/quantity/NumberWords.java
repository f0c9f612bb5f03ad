package org.claimgraph.extract.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Numbers written in words: "five", "twenty-one", "a thousand", "a hundred and fifty", "two
 * million".
 */
final class NumberWords {

  static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));

  static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  static final Map<String, Long> SCALES =
      Map.of(
          "thousand",
          1_000L,
          "million",
          1_000_000L,
          "billion",
          1_000_000_000L,
          "trillion",
          1_000_000_000_000L);

  private enum Last {
    NONE,
    UNIT,
    TENS,
    HUNDRED,
    SCALE,
    AND
  }

  private NumberWords() {}

  /** The value of a single number word or hyphenated pair ("twenty-one"), or -1. */
  static int smallNumber(String word) {
    Integer unit = UNITS.get(word);
    if (unit != null) {
      return unit;
    }
    Integer tens = TENS.get(word);
    if (tens != null) {
      return tens;
    }
    int hyphen = word.indexOf('-');
    if (hyphen > 0) {
      Integer t = TENS.get(word.substring(0, hyphen));
      Integer u = UNITS.get(word.substring(hyphen + 1));
      if (t != null && u != null && u > 0 && u < 10) {
        return t + u;
      }
    }
    return -1;
  }

  /** The number spelled out from token {@code from}, or null when none starts there. */
  static NumberPhrase parse(List<Token> tokens, int from) {
    long total = 0;
    long current = 0;
    Last last = Last.NONE;
    int i = from;
    int n = tokens.size();
    while (i < n) {
      Token token = tokens.get(i);
      if (!token.isWord()) {
        break;
      }
      String w = token.lower();
      int small = smallNumber(w);
      if ((w.equals("a") || w.equals("an")) && last == Last.NONE) {
        // "a" is a number only when it quantifies a multiplier: "a thousand", "a hundred", "a
        // dozen".
        if (i + 1 < n && isMultiplier(tokens.get(i + 1).lower())) {
          current = 1;
          last = Last.UNIT;
          i++;
          continue;
        }
        break;
      }
      if (small >= 0
          && (last == Last.NONE
              || last == Last.HUNDRED
              || last == Last.SCALE
              || last == Last.AND
              || (last == Last.TENS && small < 10 && current % 10 == 0))) {
        current += small;
        last = TENS.containsKey(w) ? Last.TENS : Last.UNIT;
      } else if (w.equals("hundred") && (last == Last.UNIT || last == Last.TENS)) {
        current *= 100;
        last = Last.HUNDRED;
      } else if (SCALES.containsKey(w)
          && (last == Last.UNIT || last == Last.TENS || last == Last.HUNDRED)) {
        total += current * SCALES.get(w);
        current = 0;
        last = Last.SCALE;
      } else if (w.equals("dozen") && last == Last.UNIT) {
        current *= 12;
        last = Last.SCALE;
      } else if (w.equals("and")
          && (last == Last.HUNDRED || last == Last.SCALE)
          && i + 1 < n
          && smallNumber(tokens.get(i + 1).lower()) > 0) {
        last = Last.AND;
      } else {
        break;
      }
      i++;
    }
    if (last == Last.NONE || last == Last.AND) {
      return null;
    }
    boolean loneOne = i == from + 1 && tokens.get(from).is("one");
    return new NumberPhrase(
        BigDecimal.valueOf(total + current), i, NumberPhrase.Form.WORDS, false, loneOne);
  }

  private static boolean isMultiplier(String word) {
    return word.equals("hundred") || word.equals("dozen") || SCALES.containsKey(word);
  }
}
