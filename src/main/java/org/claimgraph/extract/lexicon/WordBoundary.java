package org.claimgraph.extract.lexicon;

/**
 * Java's regex {@code \b} as a plain test, so that hand-written scanners agree with the patterns
 * they replace: word characters are letters, digits and '_'; a non-spacing mark counts as one when
 * it follows a letter or digit; a matcher's region (not transparent) ends the text on both sides.
 */
public final class WordBoundary {

  private WordBoundary() {}

  /** Whether {@code \b} matches at {@code i} in a matcher with region {@code [from, to)}. */
  public static boolean at(CharSequence text, int i, int from, int to) {
    if (i > from && i < to) {
      char before = text.charAt(i - 1);
      char after = text.charAt(i);
      if (before < 128 && after < 128) {
        return isWord(before) ^ isWord(after); // no surrogates, no marks: the common case
      }
    }
    boolean left = false;
    if (i > from) {
      int ch = Character.codePointBefore(text, i);
      left = isWord(ch) || isMark(ch) && hasBaseCharacter(text, i - 1, from);
    }
    boolean right = false;
    if (i < to) {
      int ch = Character.codePointAt(text, i);
      right = isWord(ch) || isMark(ch) && hasBaseCharacter(text, i, from);
    }
    return left ^ right;
  }

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = c == '_' || Character.isLetterOrDigit(c);
    }
  }

  private static boolean isWord(int ch) {
    return ch < 128 ? ASCII_WORD[ch] : Character.isLetterOrDigit(ch);
  }

  private static boolean isMark(int ch) {
    return ch >= 128 && Character.getType(ch) == Character.NON_SPACING_MARK;
  }

  private static boolean hasBaseCharacter(CharSequence text, int i, int from) {
    for (int x = i; x >= from; x--) {
      int ch = Character.codePointAt(text, x);
      if (Character.isLetterOrDigit(ch)) {
        return true;
      }
      if (!isMark(ch)) {
        return false;
      }
    }
    return false;
  }
}
