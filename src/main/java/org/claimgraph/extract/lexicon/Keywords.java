package org.claimgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cheap test that a stretch of text holds one of a few words, made before running a pattern that
 * cannot match without one of them: most stretches hold none, and a pattern run with {@code find}
 * is tried at every position. Case is folded as case-insensitive patterns fold it (ASCII, and
 * Unicode with {@code UNICODE_CASE}), so the test may say yes where the pattern then finds nothing,
 * but never no where the pattern would match. Immutable and thread-safe.
 */
public final class Keywords {

  /** The words by their first (folded) character, so most positions cost one array read. */
  private final String[][] byFirstChar = new String[128][];

  private final Map<Character, String[]> byOtherFirstChar = new HashMap<>();

  private Keywords(String... words) {
    Map<Character, List<String>> index = new HashMap<>();
    for (String w : words) {
      String f = folded(w);
      index.computeIfAbsent(f.charAt(0), c -> new ArrayList<>()).add(f);
    }
    index.forEach(
        (c, list) -> {
          String[] array = list.toArray(new String[0]);
          if (c < 128) {
            byFirstChar[c] = array;
          } else {
            byOtherFirstChar.put(c, array);
          }
        });
  }

  /** A test for any of these words (folded here, so any case may be given). */
  public static Keywords of(String... words) {
    return new Keywords(words);
  }

  /**
   * Whether one of the words lies wholly inside {@code [from, to)} of {@code text}, ignoring case.
   */
  public boolean anyIn(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = fold(text.charAt(i));
      String[] words = c < 128 ? byFirstChar[c] : byOtherFirstChar.get(c);
      if (words == null) {
        continue;
      }
      for (String w : words) {
        if (i + w.length() <= to && restMatches(text, i, w)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean restMatches(CharSequence text, int at, String word) {
    for (int k = 1; k < word.length(); k++) {
      if (fold(text.charAt(at + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The word as {@link #anyIn} compares it: each character folded, as the patterns fold it. */
  static String folded(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      b.append(fold(word.charAt(i)));
    }
    return b.toString();
  }

  /** The character as a case-insensitive pattern compares it. */
  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }
}
