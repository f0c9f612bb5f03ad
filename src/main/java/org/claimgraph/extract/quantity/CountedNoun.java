package org.claimgraph.extract.quantity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what a number counts ("150 districts", "tens of thousands of US troops") and reduces it to
 * its singular lemma ("district", "troop"). The counted noun is the first plural in the few words
 * after the number, before any function word: "five different districts in Herat" counts districts.
 */
final class CountedNoun {

  /** The noun found: its lemma and the index of the token after it. */
  record Found(String lemma, int end) {}

  private static final int WINDOW = 4;

  /** Words that end the noun phrase after a number: function words, auxiliaries, prepositions. */
  private static final Set<String> STOPS = words("noun-phrase-stops.txt");

  /** Plurals that spelling rules get wrong, and collective nouns counted as they are. */
  private static final Map<String, String> IRREGULAR = irregularPlurals();

  /** Words that end in "s" without being plurals. */
  private static final Set<String> NOT_PLURAL =
      Set.of(
          "news",
          "series",
          "species",
          "this",
          "was",
          "has",
          "its",
          "is",
          "us",
          "his",
          "hers",
          "yes",
          "less",
          "across",
          "various",
          "numerous",
          "previous",
          "serious",
          "dangerous",
          "famous",
          "always",
          "perhaps",
          "afterwards",
          "towards",
          "besides",
          "whereas",
          "thus",
          "plus",
          "overseas",
          "gas",
          "bus",
          "status",
          "analysis",
          "crisis",
          "basis",
          "chaos");

  private CountedNoun() {}

  private static Set<String> words(String lexicon) {
    Set<String> words = new HashSet<>();
    LexiconFile.rows(lexicon).forEach(row -> words.add(row[0]));
    return Set.copyOf(words);
  }

  private static Map<String, String> irregularPlurals() {
    Map<String, String> plurals = new HashMap<>();
    LexiconFile.rows("irregular-plurals.tsv").forEach(row -> plurals.put(row[0], row[1]));
    return Map.copyOf(plurals);
  }

  /** Adjectives that news uses as nouns for the people they describe: "34 dead", "60 wounded". */
  private static final Set<String> PEOPLE_ADJECTIVES =
      Set.of(
          "dead",
          "wounded",
          "injured",
          "killed",
          "missing",
          "displaced",
          "detained",
          "arrested",
          "homeless");

  /** The counted noun in the words from token {@code from}, or null when there is none. */
  static Found after(List<Token> tokens, int from) {
    if (from < tokens.size() && PEOPLE_ADJECTIVES.contains(tokens.get(from).lower())) {
      return new Found(tokens.get(from).lower(), from + 1);
    }
    int limit = Math.min(tokens.size(), from + WINDOW);
    for (int i = from; i < limit; i++) {
      Token token = tokens.get(i);
      if (!token.isWord() || STOPS.contains(token.lower()) || (i > from && !glueFree(token))) {
        return null;
      }
      String word = token.lower();
      String irregular = IRREGULAR.get(word);
      if (irregular != null) {
        return new Found(irregular, i + 1);
      }
      if (isPlural(word)) {
        return new Found(singular(word), i + 1);
      }
    }
    return null;
  }

  private static boolean glueFree(Token token) {
    return !token.glued();
  }

  static boolean isPlural(String word) {
    if (word.length() > 4 && word.endsWith("men")) {
      return true; // servicemen, gunmen, policemen
    }
    return word.length() >= 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")
        && !word.endsWith("'s")
        && !NOT_PLURAL.contains(word);
  }

  /** A plural reduced to its singular by English spelling rules; irregulars come from a table. */
  static String singular(String plural) {
    String irregular = IRREGULAR.get(plural);
    if (irregular != null) {
      return irregular;
    }
    if (plural.length() > 4 && plural.endsWith("men")) {
      return plural.substring(0, plural.length() - 3) + "man";
    }
    if (plural.endsWith("ies") && plural.length() > 4) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("sses")
        || plural.endsWith("xes")
        || plural.endsWith("ches")
        || plural.endsWith("shes")
        || plural.endsWith("zzes")) {
      return plural.substring(0, plural.length() - 2);
    }
    if (plural.endsWith("s") && !plural.endsWith("ss")) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }
}
