package org.claimgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test that a stretch of text holds one of a few words, made before running a pattern that
 * cannot match without one of them: most stretches hold none, and a pattern run with {@code find}
 * is tried at every position. Case is folded as case-insensitive patterns fold it (ASCII, and
 * Unicode with {@code UNICODE_CASE}), so the test may say yes where the pattern then finds nothing,
 * but never no where the pattern would match. Immutable and thread-safe.
 */
public final class Keywords {

  /** Admits every stretch: the gate of a pattern that needs no particular word. */
  private static final Keywords ANY = new Keywords();

  /** The words by their first (folded) character, so most positions cost one array read. */
  private final String[][] byFirstChar = new String[128][];

  /**
   * For an ASCII first character, the words by their second (folded, ASCII) character, one-letter
   * words in every row: a common first letter starts many words of a long list (the organisation
   * heads, the bare nouns), and comparing them one by one was most of this class's cost.
   */
  private final String[][][] byFirstTwoChars = new String[128][][];

  private final Map<Character, String[]> byOtherFirstChar = new HashMap<>();

  private final boolean admitsAll;

  private Keywords() {
    this.admitsAll = true;
  }

  private Keywords(String... words) {
    this.admitsAll = false;
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
            byFirstTwoChars[c] = bySecondChar(list);
          } else {
            byOtherFirstChar.put(c, array);
          }
        });
  }

  private static String[][] bySecondChar(List<String> words) {
    String[][] row = new String[128][];
    for (char c1 = 0; c1 < 128; c1++) {
      List<String> fit = new ArrayList<>();
      for (String w : words) {
        if (w.length() == 1 || w.charAt(1) == c1) {
          fit.add(w);
        }
      }
      row[c1] = fit.isEmpty() ? null : fit.toArray(new String[0]);
    }
    return row;
  }

  /** A test for any of these words (folded here, so any case may be given). */
  public static Keywords of(String... words) {
    return new Keywords(words);
  }

  /**
   * The gate of {@code pattern}, derived from the pattern itself ({@link RequiredWords}): it admits
   * every stretch of text the pattern can match in, whatever words the pattern gains later, and
   * everything when the pattern needs no particular word.
   */
  public static Keywords requiredBy(Pattern pattern) {
    return RequiredWords.of(pattern).map(w -> of(w.toArray(String[]::new))).orElse(ANY);
  }

  /** Whether this gate admits every stretch of text (its pattern needs no particular word). */
  public boolean admitsAll() {
    return admitsAll;
  }

  /**
   * Whether one of the words lies wholly inside {@code [from, to)} of {@code text}, ignoring case.
   */
  public boolean anyIn(CharSequence text, int from, int to) {
    if (admitsAll) {
      return true;
    }
    for (int i = from; i < to; i++) {
      char c = fold(text.charAt(i));
      String[] words;
      if (c < 128) {
        String[][] row = byFirstTwoChars[c];
        if (row == null) {
          continue;
        }
        char c1 = i + 1 < to ? fold(text.charAt(i + 1)) : 0x80;
        words = c1 < 128 ? row[c1] : byFirstChar[c];
      } else {
        words = byOtherFirstChar.get(c);
      }
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

  /**
   * The words (folded) that lie wholly inside {@code [from, to)} of {@code text}, ignoring case:
   * one pass for many gates at once (see {@link PatternGates}). Empty for a gate that admits all.
   */
  Set<String> wordsIn(CharSequence text, int from, int to) {
    Set<String> found = new HashSet<>();
    for (int i = from; i < to; i++) {
      char c = fold(text.charAt(i));
      String[] words;
      if (c < 128) {
        String[][] row = byFirstTwoChars[c];
        if (row == null) {
          continue;
        }
        char c1 = i + 1 < to ? fold(text.charAt(i + 1)) : 0x80;
        words = c1 < 128 ? row[c1] : byFirstChar[c];
      } else {
        words = byOtherFirstChar.get(c);
      }
      if (words == null) {
        continue;
      }
      for (String w : words) {
        if (i + w.length() <= to && restMatches(text, i, w)) {
          found.add(w);
        }
      }
    }
    return found;
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
