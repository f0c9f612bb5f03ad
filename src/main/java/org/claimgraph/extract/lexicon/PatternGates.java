package org.claimgraph.extract.lexicon;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** For each word of {@code allWords}, by its number there, the patterns that need it. */
  private final BitSet[] patternsByWord;

  private final BitSet always = new BitSet();

  public PatternGates(List<Pattern> patterns) {
    Map<String, BitSet> byWord = new LinkedHashMap<>();
    for (int i = 0; i < patterns.size(); i++) {
      var words = RequiredWords.of(patterns.get(i));
      if (words.isEmpty()) {
        always.set(i);
        continue;
      }
      for (String w : words.get()) {
        byWord.computeIfAbsent(Keywords.folded(w), k -> new BitSet()).set(i);
      }
    }
    allWords = Keywords.of(byWord.keySet().toArray(String[]::new));
    patternsByWord = new BitSet[allWords.size()];
    for (int n = 0; n < allWords.size(); n++) {
      patternsByWord[n] = byWord.get(allWords.word(n));
    }
  }

  /** The indexes of the patterns that may match inside {@code [from, to)} of {@code text}. */
  public BitSet admitted(CharSequence text, int from, int to) {
    BitSet out = (BitSet) always.clone();
    BitSet found = allWords.wordsIn(text, from, to);
    for (int n = found.nextSetBit(0); n >= 0; n = found.nextSetBit(n + 1)) {
      out.or(patternsByWord[n]);
    }
    return out;
  }
}
