package org.claimgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.extract.Span;

/**
 * Finds whole-word occurrences of lexicon phrases exactly where the regex {@code \b(?:p1|p2|…)\b}
 * (case-insensitive, each space a {@code \s+}) would find them, but without trying every phrase at
 * every position: the phrases are one tree of characters, walked from each word start as far as the
 * text follows it. A regex alternation of ~150 reporting verbs was the extractor's largest cost,
 * and trying each of a few thousand inflected event triggers in turn the next. Immutable and
 * thread-safe.
 *
 * <p>The semantics are the regex's, to the letter, so that swapping one for the other cannot change
 * what is extracted: the leftmost match wins, and at one position the first phrase in the given
 * order; case is folded for ASCII letters only; word boundaries are Java's {@code \b} with the
 * search region as the limits of the text.
 */
public final class PhraseScanner {

  private final List<String> phrases;

  /**
   * The phrases as one tree of their characters, so that a position is read once, not per phrase.
   */
  private final Node root = new Node();

  /**
   * A point in the tree: the characters that may come next, the runs of blanks that may (a phrase's
   * space, with the fewest blanks it needs), and the phrase that ends here with its priority.
   */
  private static final class Node {
    private final Node[] ascii = new Node[128];
    private Map<Character, Node> other;
    private Map<Integer, Node> blanks;
    private int phrase = Integer.MAX_VALUE;

    Node next(char c) {
      if (c < 128) {
        return ascii[c];
      }
      return other == null ? null : other.get(c);
    }

    Node add(char c) {
      if (c < 128) {
        if (ascii[c] == null) {
          ascii[c] = new Node();
        }
        return ascii[c];
      }
      if (other == null) {
        other = new HashMap<>();
      }
      return other.computeIfAbsent(c, k -> new Node());
    }

    Node addBlanks(int fewest) {
      if (blanks == null) {
        blanks = new HashMap<>();
      }
      return blanks.computeIfAbsent(fewest, k -> new Node());
    }
  }

  /**
   * @param phrases the phrases in priority order (the regex tries alternatives in this order)
   */
  public PhraseScanner(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
    for (int i = 0; i < this.phrases.size(); i++) {
      Phrase phrase = parse(this.phrases.get(i));
      Node node = root;
      char[][] parts = phrase.parts();
      for (int k = 0; k < parts.length; k++) {
        for (char c : parts[k]) {
          node = node.add(c);
        }
        if (k + 1 < parts.length) {
          node = node.addBlanks(phrase.spacesAfter()[k]);
        }
      }
      node.phrase = Math.min(node.phrase, i);
    }
  }

  /** A phrase cut at its spaces: literal parts, each followed by that many blanks or more. */
  private record Phrase(char[][] parts, int[] spacesAfter) {}

  private static Phrase parse(String p) {
    if (p.isEmpty() || p.charAt(0) == ' ' || p.charAt(p.length() - 1) == ' ') {
      throw new IllegalArgumentException("Lexicon phrase empty or not trimmed: '" + p + "'");
    }
    List<char[]> parts = new ArrayList<>();
    List<Integer> spaces = new ArrayList<>();
    int i = 0;
    while (i < p.length()) {
      int start = i;
      while (i < p.length() && p.charAt(i) != ' ') {
        char c = p.charAt(i);
        if (isRegexSpace(c) || Character.isSurrogate(c)) {
          throw new IllegalArgumentException(
              "Lexicon phrase with a control or astral character: '" + p + "'");
        }
        i++;
      }
      char[] part = new char[i - start];
      for (int k = 0; k < part.length; k++) {
        part[k] = asciiLower(p.charAt(start + k));
      }
      int run = 0;
      while (i < p.length() && p.charAt(i) == ' ') {
        run++;
        i++;
      }
      parts.add(part);
      spaces.add(run);
    }
    return new Phrase(
        parts.toArray(new char[0][]), spaces.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The regex this scanner stands for; what {@link #find} matches, it matches. */
  public Pattern asPattern() {
    return Pattern.compile(
        "\\b(?:"
            + phrases.stream()
                .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"))
            + ")\\b",
        Pattern.CASE_INSENSITIVE);
  }

  /**
   * The first match that starts at or after {@code from}, inside the region {@code [regionStart,
   * regionEnd)} (word boundaries do not look outside it), or null.
   */
  public Span find(CharSequence text, int from, int regionStart, int regionEnd) {
    for (int p = from; p < regionEnd; p++) {
      if (root.next(asciiLower(text.charAt(p))) == null
          || !WordBoundary.at(text, p, regionStart, regionEnd)) {
        continue;
      }
      Best best = new Best();
      walk(root, text, p, regionStart, regionEnd, best);
      if (best.phrase != Integer.MAX_VALUE) {
        return new Span(p, best.end);
      }
    }
    return null;
  }

  /** The phrase of highest priority found so far at one position, and where it ends. */
  private static final class Best {
    private int phrase = Integer.MAX_VALUE;
    private int end = -1;
  }

  /**
   * Follows the text down the tree from {@code i}: a letter matches its phrase letter with ASCII
   * case folded, a phrase's space takes every blank that follows (the next letter is no blank, so
   * the regex's {@code \s+} ends there too); every phrase that ends at a word boundary on the way
   * is a match, and the one first in priority order is the regex's.
   */
  private static void walk(
      Node node, CharSequence text, int i, int regionStart, int regionEnd, Best best) {
    while (true) {
      if (node.phrase < best.phrase && WordBoundary.at(text, i, regionStart, regionEnd)) {
        best.phrase = node.phrase;
        best.end = i;
      }
      if (i >= regionEnd) {
        return;
      }
      char c = text.charAt(i);
      if (node.blanks != null && isRegexSpace(c)) {
        int j = i;
        while (j < regionEnd && isRegexSpace(text.charAt(j))) {
          j++;
        }
        for (Map.Entry<Integer, Node> run : node.blanks.entrySet()) {
          if (j - i >= run.getKey()) {
            walk(run.getValue(), text, j, regionStart, regionEnd, best);
          }
        }
        return; // no phrase letter is a blank
      }
      node = node.next(asciiLower(c));
      if (node == null) {
        return;
      }
      i++;
    }
  }

  /** All matches in the region, left to right, as repeated regex {@code find()} calls give them. */
  public List<Span> findAll(CharSequence text, int regionStart, int regionEnd) {
    List<Span> found = new ArrayList<>();
    for (Span s = find(text, regionStart, regionStart, regionEnd);
        s != null;
        s = find(text, s.end(), regionStart, regionEnd)) {
      found.add(s);
    }
    return found;
  }

  /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
