package org.claimgraph.extract.lexicon;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of a list of patterns a stretch of text may match in, told by one pass over the text: each
 * pattern's gate is the words it cannot match without ({@link RequiredWords}), and a pattern that
 * needs none is always admitted. Made for lexicons of phrase patterns such as {@code
 * verification.tsv}, tried as one alternation of only the admitted rows: a row's gate is read off
 * its own regex, so a row added or widened is gated right without anyone keeping a list of stems.
 * Immutable and thread-safe.
 */
public final class PatternGates {

  private final Keywords allWords;
  private final Map<String, BitSet> patternsByWord = new HashMap<>();
  private final BitSet always = new BitSet();

  public PatternGates(List<Pattern> patterns) {
    for (int i = 0; i < patterns.size(); i++) {
      var words = RequiredWords.of(patterns.get(i));
      if (words.isEmpty()) {
        always.set(i);
        continue;
      }
      for (String w : words.get()) {
        patternsByWord.computeIfAbsent(Keywords.folded(w), k -> new BitSet()).set(i);
      }
    }
    allWords =
        patternsByWord.isEmpty()
            ? Keywords.of()
            : Keywords.of(patternsByWord.keySet().toArray(String[]::new));
  }

  /** The indexes of the patterns that may match inside {@code [from, to)} of {@code text}. */
  public BitSet admitted(CharSequence text, int from, int to) {
    BitSet out = (BitSet) always.clone();
    Set<String> found = patternsByWord.isEmpty() ? Set.of() : allWords.wordsIn(text, from, to);
    for (String w : found) {
      out.or(patternsByWord.get(w));
    }
    return out;
  }
}
