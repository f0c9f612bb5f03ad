package org.claimgraph.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.LexiconFile;

/**
 * Splits a paragraph into sentences, aware of abbreviations ("Mr.", "Gen.", "U.S.", "Jan."),
 * initials, decimals and closing quotes. Thread-safe.
 */
public final class SentenceSplitter {

  /** Abbreviations that are always followed by more of the same sentence ("Mr.", "Gen."). */
  private final Set<String> titles = new HashSet<>();

  /** Abbreviations that may end a sentence ("U.S.", "Jan.", "a.m."). */
  private final Set<String> other = new HashSet<>();

  /** Words that, capitalised after an ambiguous abbreviation, start a new sentence. */
  private static final Set<String> STARTERS =
      Set.of(
          "The",
          "A",
          "An",
          "He",
          "She",
          "It",
          "They",
          "We",
          "I",
          "In",
          "On",
          "But",
          "And",
          "This",
          "That",
          "These",
          "Those",
          "There",
          "His",
          "Her",
          "Their",
          "Its",
          "Meanwhile",
          "However",
          "After",
          "At",
          "As",
          "When",
          "While",
          "According",
          "Some",
          "Many",
          "Officials",
          "Mr",
          "Ms",
          "Mrs",
          "Dr");

  public SentenceSplitter() {
    for (String[] row : LexiconFile.rows("abbreviations.tsv")) {
      String abbr = row[0].toLowerCase(Locale.ROOT);
      boolean title = row.length > 1 && row[1].equalsIgnoreCase("title");
      (title ? titles : other).add(abbr);
    }
  }

  /** The sentences of {@code text} within {@code block}, trimmed, in order. */
  public List<Span> split(String text, Span block) {
    List<Span> out = new ArrayList<>();
    int start = block.start();
    int end = block.end();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      boolean terminal = c == '.' || c == '!' || c == '?' || c == '…';
      if (!terminal) {
        if (c == '\n' && i + 1 < end && text.charAt(i + 1) == '\n') {
          addTrimmed(text, start, i, out);
          start = i + 1;
        }
        i++;
        continue;
      }
      int j = i + 1;
      while (j < end && ".!?…".indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      while (j < end && "\"'”’)]".indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      // Reference marks after the full stop, as encyclopedias print them: "traders.[8] In 2021".
      while (j < end && text.charAt(j) == '[') {
        int close = text.indexOf(']', j);
        if (close < 0 || close >= end || close - j > 6) {
          break;
        }
        j = close + 1;
      }
      if (j >= end) {
        break;
      }
      if (!Character.isWhitespace(text.charAt(j))) {
        i = j;
        continue;
      }
      int k = j;
      while (k < end && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k < end && startsSentence(text, k) && !(c == '.' && abbreviationBlocks(text, i, k))) {
        addTrimmed(text, start, j, out);
        start = k;
      }
      i = k;
    }
    addTrimmed(text, start, end, out);
    return out;
  }

  private static boolean startsSentence(String text, int k) {
    char n = text.charAt(k);
    return Character.isUpperCase(n)
        || Character.isDigit(n)
        || "\"'“‘([".indexOf(n) >= 0 && k + 1 < text.length() && !isLower(text.charAt(k + 1));
  }

  private static boolean isLower(char c) {
    return Character.isLowerCase(c);
  }

  /** Whether the period at {@code dot} closes an abbreviation that keeps the sentence going. */
  private boolean abbreviationBlocks(String text, int dot, int next) {
    int w = dot;
    while (w > 0
        && !Character.isWhitespace(text.charAt(w - 1))
        && "\"'“‘(".indexOf(text.charAt(w - 1)) < 0) {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.isEmpty()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (titles.contains(lower)) {
      return true;
    }
    // An initial: "J. Smith", "George W. Bush".
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    boolean dotted = lower.indexOf('.') >= 0;
    if (other.contains(lower) || dotted) {
      int e = next;
      while (e < text.length() && Character.isLetter(text.charAt(e))) {
        e++;
      }
      return !STARTERS.contains(text.substring(next, e));
    }
    return false;
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
