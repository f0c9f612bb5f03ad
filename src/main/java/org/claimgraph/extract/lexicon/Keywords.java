package org.claimgraph.extract.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  /** {@link #fold} of every character, worked out once: the gates fold each character they read. */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      FOLDED[c] = fold((char) c);
    }
  }

  /** Admits every stretch: the gate of a pattern that needs no particular word. */
  private static final Keywords ANY = new Keywords();

  /**
   * The words as an Aho–Corasick automaton over folded characters: one step per character of the
   * text, whatever the words, ending on a state that tells which words end there. Walking a trie
   * from every position was most of the gates' cost; comparing the words one by one, before that.
   */
  private final Automaton automaton;

  /** The words, folded, by their number in the automaton. */
  private final List<String> words = new ArrayList<>();

  private final boolean admitsAll;

  /** A trie node while the automaton is built: children by folded character, the word ending. */
  private static final class Node {
    final Map<Character, Node> children = new LinkedHashMap<>();
    int word = -1;
    int state;
  }

  private Keywords() {
    this.admitsAll = true;
    this.automaton = new Automaton(new Node(), 1);
  }

  private Keywords(String... given) {
    this.admitsAll = false;
    Node root = new Node();
    int nodes = 1;
    for (String w : given) {
      String f = folded(w);
      if (f.isEmpty()) {
        throw new IllegalArgumentException("An empty keyword would admit everything");
      }
      Node n = root;
      for (int i = 0; i < f.length(); i++) {
        Node child = n.children.get(f.charAt(i));
        if (child == null) {
          child = new Node();
          n.children.put(f.charAt(i), child);
          nodes++;
        }
        n = child;
      }
      if (n.word < 0) {
        n.word = words.size();
        words.add(f);
      }
    }
    this.automaton = new Automaton(root, nodes);
  }

  /**
   * The automaton as tables: characters mapped to a few classes (those of the words, and one for
   * every other character, which no word contains), the next state by state and class, and the
   * words that end at each state, its own and those of its suffixes.
   */
  private static final class Automaton {
    private static final int[] NO_WORDS = new int[0];

    /** Class of each folded ASCII character; 0 for those in no word. */
    private final int[] asciiClass = new int[128];

    /** Class of the other folded characters that some word has. */
    private final Map<Character, Integer> otherClass = new HashMap<>();

    private final int classes;

    /** Next state: {@code next[state * classes + class]}. */
    private final int[] next;

    /** The words ending at each state (own and of its suffixes), by number. */
    private final int[][] ending;

    Automaton(Node root, int states) {
      List<Node> byState = new ArrayList<>(states);
      ArrayDeque<Node> queue = new ArrayDeque<>();
      root.state = 0;
      byState.add(root);
      queue.add(root);
      int classCount = 1;
      while (!queue.isEmpty()) {
        Node n = queue.poll();
        for (Map.Entry<Character, Node> e : n.children.entrySet()) {
          char c = e.getKey();
          if (c < 128 ? asciiClass[c] == 0 : !otherClass.containsKey(c)) {
            if (c < 128) {
              asciiClass[c] = classCount++;
            } else {
              otherClass.put(c, classCount++);
            }
          }
          e.getValue().state = byState.size();
          byState.add(e.getValue());
          queue.add(e.getValue());
        }
      }
      this.classes = classCount;
      this.next = new int[byState.size() * classes];
      this.ending = new int[byState.size()][];
      int[] fail = new int[byState.size()];
      // Breadth first, so a state's suffix (its failure state) is complete before the state.
      for (Node n : byState) {
        int s = n.state;
        int[] inherited = s == 0 ? NO_WORDS : ending[fail[s]];
        ending[s] = n.word < 0 ? inherited : with(n.word, inherited);
        for (int c = 0; c < classes; c++) {
          next[s * classes + c] = s == 0 ? 0 : next[fail[s] * classes + c];
        }
        for (Map.Entry<Character, Node> e : n.children.entrySet()) {
          int c = classOf(e.getKey());
          int child = e.getValue().state;
          fail[child] = s == 0 ? 0 : next[fail[s] * classes + c];
          next[s * classes + c] = child;
        }
      }
    }

    private static int[] with(int word, int[] others) {
      int[] all = new int[others.length + 1];
      all[0] = word;
      System.arraycopy(others, 0, all, 1, others.length);
      return all;
    }

    /** The class of a folded character. */
    int classOf(char folded) {
      if (folded < 128) {
        return asciiClass[folded];
      }
      Integer c = otherClass.get(folded);
      return c == null ? 0 : c;
    }

    /**
     * The class of a character of the text, folded: most words are ASCII, and a character that
     * folds to no ASCII one then needs no lookup.
     */
    int classOfText(char c) {
      if (c < 128) {
        return asciiClass[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
      }
      char folded = FOLDED[c];
      if (folded < 128) {
        return asciiClass[folded];
      }
      return otherClass.isEmpty() ? 0 : classOf(folded);
    }

    int step(int state, char c) {
      return next[state * classes + classOfText(c)];
    }

    int[] ending(int state) {
      return ending[state];
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
    int state = 0;
    for (int i = from; i < to; i++) {
      state = automaton.step(state, text.charAt(i));
      if (automaton.ending(state).length > 0) {
        return true;
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
    int state = 0;
    for (int i = from; i < to; i++) {
      state = automaton.step(state, text.charAt(i));
      for (int word : automaton.ending(state)) {
        found.set(word);
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
