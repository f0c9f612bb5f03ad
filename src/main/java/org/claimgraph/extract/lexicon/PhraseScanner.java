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
 * every position: only phrases whose first letter is under the cursor are tried, and only at word
 * starts. A regex alternation of ~150 reporting verbs was the extractor's largest cost. Immutable
 * and thread-safe.
 *
 * <p>The semantics are the regex's, to the letter, so that swapping one for the other cannot change
 * what is extracted: the leftmost match wins, and at one position the first phrase in the given
 * order; case is folded for ASCII letters only; word boundaries are Java's {@code \b} with the
 * search region as the limits of the text.
 */
public final class PhraseScanner {

  private final List<String> phrases;
  private final Phrase[][] byFirstChar = new Phrase[128][];
  private final Map<Character, Phrase[]> byOtherFirstChar = new HashMap<>();
  private final Phrase[][][] byFirstTwoChars = new Phrase[128][][];

  /** A phrase cut at its spaces: literal parts, each followed by that many blanks or more. */
  private record Phrase(char[][] parts, int[] spacesAfter) {}

  /**
   * @param phrases the phrases in priority order (the regex tries alternatives in this order)
   */
  public PhraseScanner(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
    Map<Character, List<Phrase>> index = new HashMap<>();
    for (String p : this.phrases) {
      Phrase phrase = parse(p);
      index.computeIfAbsent(phrase.parts()[0][0], c -> new ArrayList<>()).add(phrase);
    }
    index.forEach(
        (c, list) -> {
          Phrase[] array = list.toArray(new Phrase[0]);
          if (c < 128) {
            byFirstChar[c] = array;
            byFirstTwoChars[c] = bySecondChar(list);
          } else {
            byOtherFirstChar.put(c, array);
          }
        });
  }

  /** For each ASCII character that may follow the first, the phrases it fits, in order. */
  private static Phrase[][] bySecondChar(List<Phrase> phrases) {
    Phrase[][] row = new Phrase[128][];
    for (char c1 = 0; c1 < 128; c1++) {
      List<Phrase> fit = new ArrayList<>();
      for (Phrase phrase : phrases) {
        char[] first = phrase.parts()[0];
        boolean fits =
            first.length >= 2
                ? first[1] == asciiLower(c1)
                : phrase.parts().length == 1 || isRegexSpace(c1);
        if (fits) {
          fit.add(phrase);
        }
      }
      row[c1] = fit.toArray(new Phrase[0]);
    }
    return row;
  }

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
      char c = text.charAt(p);
      Phrase[] candidates =
          c < 128 ? byFirstTwo(asciiLower(c), text, p + 1, regionEnd) : byOtherFirstChar.get(c);
      if (candidates == null || !WordBoundary.at(text, p, regionStart, regionEnd)) {
        continue;
      }
      for (Phrase phrase : candidates) {
        int end = matchAt(phrase, text, p, regionEnd);
        if (end >= 0 && WordBoundary.at(text, end, regionStart, regionEnd)) {
          return new Span(p, end);
        }
      }
    }
    return null;
  }

  /**
   * The phrases starting with {@code c0} that the next character leaves possible, in priority
   * order: a phrase's second character must fit it, unless the phrase is one character long. Common
   * letters start dozens of verb forms; this leaves one or two to try.
   */
  private Phrase[] byFirstTwo(char c0, CharSequence text, int next, int regionEnd) {
    Phrase[][] row = byFirstTwoChars[c0];
    if (row == null) {
      return byFirstChar[c0];
    }
    char c1 = next < regionEnd ? text.charAt(next) : 0x80;
    Phrase[] candidates = c1 < 128 ? row[asciiLower(c1)] : byFirstChar[c0];
    return candidates.length == 0 ? null : candidates;
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

  /** Where the phrase ends when it matches at {@code p}, or -1. */
  private static int matchAt(Phrase phrase, CharSequence text, int p, int regionEnd) {
    int i = p;
    char[][] parts = phrase.parts();
    for (int k = 0; k < parts.length; k++) {
      char[] part = parts[k];
      if (i + part.length > regionEnd) {
        return -1;
      }
      for (char f : part) {
        char t = text.charAt(i++);
        if (f != t && f != asciiLower(t)) {
          return -1;
        }
      }
      int blanks = 0;
      while (k + 1 < parts.length && i < regionEnd && isRegexSpace(text.charAt(i))) {
        blanks++;
        i++;
      }
      if (blanks < phrase.spacesAfter()[k]) {
        return -1;
      }
    }
    return i;
  }

  /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
