package org.claimgraph.extract.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word phrases looked up at a token position, longest phrase first. Keys are lower-case words
 * separated by one space; tokens glued together ("us" + "$") are looked up glued ("us$").
 */
final class PhraseTable<V> {

  /** A phrase found: its value and the index of the token after it. */
  record Hit<V>(V value, int end) {}

  private final Map<String, V> phrases = new HashMap<>();

  /** First tokens of the phrases, so that most positions are rejected with one lookup. */
  private final Set<String> firstTokens = new HashSet<>();

  private int maxTokens = 1;

  void put(String phrase, V value) {
    phrases.put(phrase, value);
    firstTokens.add(Tokenizer.tokenize(phrase).get(0).lower());
    maxTokens = Math.max(maxTokens, phrase.split("[ $.]").length + 1);
  }

  /** The longest phrase starting at token {@code from}, or null. */
  Hit<V> longestAt(List<Token> tokens, int from) {
    if (from >= tokens.size() || !firstTokens.contains(tokens.get(from).lower())) {
      return null;
    }
    Hit<V> best = null;
    StringBuilder key = new StringBuilder();
    int limit = Math.min(tokens.size(), from + maxTokens);
    for (int i = from; i < limit; i++) {
      Token token = tokens.get(i);
      if (i > from && !token.glued()) {
        key.append(' ');
      }
      key.append(token.lower());
      V value = phrases.get(key.toString());
      if (value != null) {
        best = new Hit<>(value, i + 1);
      }
    }
    return best;
  }
}
