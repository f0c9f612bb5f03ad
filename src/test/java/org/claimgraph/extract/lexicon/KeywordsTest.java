package org.claimgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The keyword test may only be skipped past where the pattern it guards cannot match: whenever a
 * pattern over the words finds something in a region, under any of the case rules the extractor
 * uses, the test must say yes for that region.
 */
class KeywordsTest {

  private static final Keywords WORDS = Keywords.of("ministry", "forces", "claim");
  private static final int[] FLAGS = {
    0, Pattern.CASE_INSENSITIVE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
  };

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "ministry",
            "Ministry",
            "MINISTRY",
            "MİNİSTRY",
            "mınıstry",
            "minis",
            "try",
            "forces",
            "ForceS",
            "ſ",
            "\u212A",
            "claim",
            "CLAİM",
            "cla",
            "im",
            " ",
            ",",
            "x",
            "é",
            "\u0301");
    return piece.list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void neverSaysNoWhereThePatternMatches(
      @ForAll("texts") String text,
      @ForAll @IntRange(min = 0, max = 100) int a,
      @ForAll @IntRange(min = 0, max = 100) int b) {
    int from = Math.min(a, text.length());
    int to = Math.max(from, Math.min(b, text.length()));
    for (int flags : FLAGS) {
      Pattern p = Pattern.compile("(?:ministry|forces|claim)", flags);
      if (p.matcher(text).region(from, to).find()) {
        assertTrue(WORDS.anyIn(text, from, to), () -> text + " " + flags);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> wordLists() {
    return Arbitraries.of(
            "co", "council", "command", "corps", "c", "ab", "abc", "bca", "é", "ée", "ſa")
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  /** The trie says exactly what comparing every word at every position says. */
  @Property(tries = 3000)
  void findsWhatAWordByWordSearchFinds(
      @ForAll("wordLists") List<String> words,
      @ForAll("smallTexts") String text,
      @ForAll @IntRange(min = 0, max = 30) int a,
      @ForAll @IntRange(min = 0, max = 30) int b) {
    int from = Math.min(a, text.length());
    int to = Math.max(from, Math.min(b, text.length()));
    String region = Keywords.folded(text.substring(from, to));
    boolean expected = words.stream().anyMatch(w -> region.contains(Keywords.folded(w)));
    assertEquals(expected, Keywords.of(words.toArray(String[]::new)).anyIn(text, from, to));
  }

  /** Every word found in the region, and no other, as comparing every word says. */
  @Property(tries = 3000)
  void listsTheWordsAWordByWordSearchFinds(
      @ForAll("wordLists") List<String> words,
      @ForAll("smallTexts") String text,
      @ForAll @IntRange(min = 0, max = 30) int a,
      @ForAll @IntRange(min = 0, max = 30) int b) {
    int from = Math.min(a, text.length());
    int to = Math.max(from, Math.min(b, text.length()));
    String region = Keywords.folded(text.substring(from, to));
    Keywords keywords = Keywords.of(words.toArray(String[]::new));
    BitSet expected = new BitSet();
    for (int n = 0; n < keywords.size(); n++) {
      if (region.contains(keywords.word(n))) {
        expected.set(n);
      }
    }
    assertEquals(expected, keywords.wordsIn(text, from, to));
  }

  @Provide
  Arbitrary<String> smallTexts() {
    return Arbitraries.of(
            "c", "o", "C", "O", "un", "cil", "mand", "rps", "a", "b", "É", "e", "ſ", "S", " ")
        .list()
        .ofMaxSize(12)
        .map(l -> String.join("", l));
  }

  @Example
  void saysNoWhenNoWordIsInTheRegion() {
    String text = "the ministry said";
    assertFalse(Keywords.of("forces", "army").anyIn(text, 0, text.length()));
    assertFalse(Keywords.of("ministry").anyIn(text, 5, 11)); // cut short by the region
    assertTrue(Keywords.of("Ministry").anyIn(text, 4, 12));
  }
}
