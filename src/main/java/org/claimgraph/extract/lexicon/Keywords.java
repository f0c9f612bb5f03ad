package org.claimgraph.extract.lexicon;

/**
 * A cheap test that a stretch of text holds one of a few words, made before running a pattern that
 * cannot match without one of them: most stretches hold none, and a pattern run with {@code find}
 * is tried at every position. Case is folded as case-insensitive patterns fold it (ASCII, and
 * Unicode with {@code UNICODE_CASE}), so the test may say yes where the pattern then finds nothing,
 * but never no where the pattern would match.
 */
public final class Keywords {

  private Keywords() {}

  /**
   * Whether one of {@code words} (lower case) lies wholly inside {@code [from, to)} of {@code
   * text}, ignoring case.
   */
  public static boolean anyIn(CharSequence text, int from, int to, String... words) {
    for (int i = from; i < to; i++) {
      char c = fold(text.charAt(i));
      for (String w : words) {
        if (w.charAt(0) == c && i + w.length() <= to && restMatches(text, i, w)) {
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
  public static String folded(String word) {
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
