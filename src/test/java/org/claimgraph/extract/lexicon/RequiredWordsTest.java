package org.claimgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A gate read off a pattern may only turn the pattern off where it cannot match: checked on random
 * regexes over a small alphabet (groups, alternations, classes, quantifiers, lookarounds, word
 * boundaries) and random texts over the same letters, where matches are frequent. The examples show
 * which words are read off the shapes of regex the lexicons use.
 */
class RequiredWordsTest {

  @Provide
  Arbitrary<String> regexes() {
    return regex(3);
  }

  private Arbitrary<String> regex(int depth) {
    Arbitrary<String> atom =
        Arbitraries.of(
            "a",
            "b",
            "c",
            "ab",
            "ba",
            "cab",
            "A",
            "[ab]",
            "[^a]",
            "[a-c]",
            "\\s",
            "\\w",
            ".",
            "\\b",
            "^",
            "$",
            " ",
            "\\Qa.b\\E",
            "[ab’']",
            "\\.",
            "é",
            "[eé]");
    if (depth == 0) {
      return atom;
    }
    Arbitrary<String> inner = regex(depth - 1);
    Arbitrary<String> quantifier =
        Arbitraries.of("", "", "", "?", "*", "+", "{0,2}", "{1,2}", "{2}", "+?", "??", "{1,}?");
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            atom,
            inner.map(r -> "(?:" + r + ")"),
            inner.map(r -> "(?<g>" + r + ")"),
            inner.map(r -> "(" + r + ")"),
            inner.map(r -> "(?=" + r + ")"),
            inner.map(r -> "(?!" + r + ")"),
            inner.map(r -> "(?i:" + r + ")"),
            Arbitraries.just("(?i)"));
    Arbitrary<String> quantified =
        net.jqwik.api.Combinators.combine(piece, quantifier).as((p, q) -> p + q);
    Arbitrary<String> sequence =
        quantified.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    return sequence.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("|", l));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(
            "a", "b", "c", "A", "B", "C", " ", ".", "\n", "é", "É", "’", "x", "ab", "cab")
        .list()
        .ofMaxSize(10)
        .map(l -> String.join("", l));
  }

  @Property(tries = 5000)
  void theGateAdmitsEveryTextThePatternMatchesIn(
      @ForAll("regexes") String regex, @ForAll("texts") String text) {
    for (int flags :
        new int[] {0, Pattern.CASE_INSENSITIVE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE}) {
      Pattern p;
      try {
        p = Pattern.compile(regex, flags);
      } catch (RuntimeException e) {
        return; // not a regex after all (a group name used twice)
      }
      if (p.matcher(text).find()) {
        Keywords gate = Keywords.requiredBy(p);
        assertTrue(
            gate.anyIn(text, 0, text.length()),
            () -> regex + " on '" + text + "' needs " + RequiredWords.of(p));
      }
    }
  }

  private static Optional<Set<String>> of(String regex) {
    return RequiredWords.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }

  @Example
  void readsTheWordsOfTheLexiconShapes() {
    assertEquals(
        Optional.of(Set.of("rejected", "denied")),
        of("\\b(?:rejected|denied)\\s+(?:the|this)\\s+claims?\\b"));
    // "confirm(?:ed|s)?" needs one of its three spellings; "by" is too short to choose.
    assertEquals(
        Optional.of(Set.of("confirm", "confirmed", "confirms")),
        of("\\bconfirm(?:ed|s)?\\s+by\\b"));
    assertEquals(Optional.of(Set.of("communique", "communiqué")), of("\\bcommuniqu[eé]\\b"));
    assertEquals(Optional.of(Set.of("border guards", "army")), of("(?:border guards|army)\\s+of"));
    assertEquals(Optional.of(Set.of("(the", "(a")), of("^\\s*\\((?:the|a)\\b"));
    assertEquals(Optional.of(Set.of("a.b", "xa.b")), of("x?\\Qa.b\\E"));
  }

  @Example
  void needsNoWordWhereAnyTextWillDo() {
    assertEquals(Optional.empty(), of("\\w+\\s+\\d+"));
    assertEquals(Optional.empty(), of("(?:said|told)?\\s+"));
    assertEquals(Optional.empty(), of("said|\\s+"));
    assertEquals(Optional.empty(), of("(said)\\1")); // a back-reference: not read
    assertEquals(Optional.empty(), RequiredWords.of(Pattern.compile("said # x", Pattern.COMMENTS)));
    assertTrue(Keywords.requiredBy(Pattern.compile("\\s+")).admitsAll());
  }
}
