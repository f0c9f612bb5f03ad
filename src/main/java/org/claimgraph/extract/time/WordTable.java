package org.claimgraph.extract.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lower-case ASCII words looked up by a stretch of text, without copying or lower-casing it first:
 * every word of every sentence is looked up, and few are wanted. Characters are lower-cased one by
 * one, which finds every word that lower-casing the whole stretch would find (a stretch whose lower
 * case is ASCII lower-cases the same either way). Immutable and thread-safe.
 */
final class WordTable {

  private static final int MAX_LENGTH = 32;

  /**
   * By length and first letter ({@link #key}): the words to compare the rest of. An array, not a
   * map: every word of every sentence is looked up, and boxing the key was most of the cost.
   */
  private final String[][] byLengthAndFirst = new String[(MAX_LENGTH + 1) * 128][];

  WordTable(Collection<String> words) {
    Map<Integer, List<String>> index = new HashMap<>();
    for (String w : words) {
      if (w.isEmpty()
          || w.length() > MAX_LENGTH
          || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        throw new IllegalArgumentException("Not a lower-case ASCII word: '" + w + "'");
      }
      index.computeIfAbsent(key(w.length(), w.charAt(0)), k -> new ArrayList<>()).add(w);
    }
    index.forEach((k, list) -> byLengthAndFirst[k] = list.toArray(new String[0]));
  }

  private static int key(int length, char first) {
    return length * 128 + first;
  }

  /** The table's word that {@code text[start, end)} spells in any case, or null. */
  String find(CharSequence text, int start, int end) {
    int length = end - start;
    if (length > MAX_LENGTH) {
      return null;
    }
    char first = Character.toLowerCase(text.charAt(start));
    if (first >= 128) {
      return null;
    }
    String[] candidates = byLengthAndFirst[key(length, first)];
    if (candidates == null) {
      return null;
    }
    for (String w : candidates) {
      int k = 1;
      while (k < length && Character.toLowerCase(text.charAt(start + k)) == w.charAt(k)) {
        k++;
      }
      if (k == length) {
        return w;
      }
    }
    return null;
  }
}
