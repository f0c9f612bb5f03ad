package org.claimgraph.extract.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The words as a trie over folded characters: at each position of the text one walk, as long as
   * the text follows some word, decides; a long list whose words share their first letters (the
   * organisation heads, the verification rows' words) costs no more than a short one. Comparing the
   * words one by one at each position was most of the gates' cost.
   */
  private final Node root = new Node();

  /** The words, folded, by their number in the trie. */
  private final List<String> words = new ArrayList<>();

  private final boolean admitsAll;

  /** A trie node: children by folded character (ASCII in an array), and the word ending here. */
  private static final class Node {
    Node[] ascii;
    Map<Character, Node> other;
    int word = -1;

    Node child(char c) {
      if (c < 128) {
        return ascii == null ? null : ascii[c];
      }
      return other == null ? null : other.get(c);
    }

    Node addChild(char c) {
      if (c < 128) {
        if (ascii == null) {
          ascii = new Node[128];
        }
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
  }

  private Keywords() {
    this.admitsAll = true;
  }

  private Keywords(String... given) {
    this.admitsAll = false;
    for (String w : given) {
      String f = folded(w);
      if (f.isEmpty()) {
        throw new IllegalArgumentException("An empty keyword would admit everything");
      }
      Node n = root;
      for (int i = 0; i < f.length(); i++) {
        n = n.addChild(f.charAt(i));
      }
      if (n.word < 0) {
        n.word = words.size();
        words.add(f);
      }
    }
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
      Node n = root.child(fold(text.charAt(i)));
      for (int j = i + 1; n != null; j++) {
        if (n.word >= 0) {
          return true;
        }
        if (j >= to) {
          break;
        }
        n = n.child(fold(text.charAt(j)));
      }
    }
    return false;
  }

  /** The number of words, each known by its number in {@code [0, size())} to {@link #wordsIn}. */
  int size() {
    return words.size();
  }

  /** The word (folded) of a number. */
  String word(int number) {
    return words.get(number);
  }

  /**
   * The numbers of the words that lie wholly inside {@code [from, to)} of {@code text}, ignoring
   * case: one pass for many gates at once (see {@link PatternGates}).
   */
  BitSet wordsIn(CharSequence text, int from, int to) {
    BitSet found = new BitSet(words.size());
    for (int i = from; i < to; i++) {
      Node n = root.child(fold(text.charAt(i)));
      for (int j = i + 1; n != null; j++) {
        if (n.word >= 0) {
          found.set(n.word);
        }
        if (j >= to) {
          break;
        }
        n = n.child(fold(text.charAt(j)));
      }
    }
    return found;
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
