package org.claimgraph.extract.claim;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.extract.Span;

/**
 * The content words an assessment or a denial shares with a claim: "the army denied that any
 * soldiers had surrendered" speaks of "more than 200 soldiers surrendered at the gate", not of the
 * claim told last. Words are compared by their first five letters, which is stem enough for
 * "surrendered" and "surrender", "controlled" and "control". Stateless.
 */
final class SharedWords {

  private static final int STEM = 5;

  /** Words that every report is full of: attribution, verification, function words. */
  private static final Set<String> COMMON =
      Set.of(
          "their", "there", "which", "would", "could", "about", "after", "befor", "other", "these",
          "those", "where", "while", "still", "since", "under", "again", "saying", "claim", "repor",
          "state", "confi", "verif", "indep", "figur", "accor", "spoke", "said", "says", "every",
          "never", "being", "whose", "might", "shoul", "becau", "throu", "durin", "until", "among",
          "witho", "withi", "aroun", "whole", "numbe", "peopl", "sourc", "offic", "gover", "minis");

  private SharedWords() {}

  /** The stems of the words of {@code span}. */
  static Set<String> stems(String text, Span span) {
    Set<String> out = new HashSet<>();
    int i = span.start();
    int end = Math.min(span.end(), text.length());
    while (i < end) {
      while (i < end && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i - s >= STEM) {
        String stem = text.substring(s, s + STEM).toLowerCase(Locale.ROOT);
        if (!COMMON.contains(stem)) {
          out.add(stem);
        }
      }
    }
    return out;
  }

  /** How many stems of {@code words} the claim's content has. */
  static int count(Set<String> words, String text, Span content) {
    if (words.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String s : stems(text, content)) {
      if (words.contains(s)) {
        n++;
      }
    }
    return n;
  }
}
