package org.claimgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.claimgraph.extract.Span;

/**
 * The scanner against the regex it replaces, on generated text made of the phrases' own pieces,
 * case changes, blanks of every kind, digits, underscores, accents (composed and combining) and
 * surrogate pairs, in random regions: both must find the same spans.
 */
class PhraseScannerTest {

  private static final List<String> PHRASES =
      List.of(
          "acknowledged the loss of",
          "called on",
          "call on",
          "said",
          "says",
          "say",
          "told",
          "taken by",
          "fell to",
          "co-operated",
          "o'clock",
          "a  b",
          "é",
          "x");
  private static final PhraseScanner SCANNER = new PhraseScanner(PHRASES);

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "said",
            "SAID",
            "Said",
            "says",
            "say",
            "sayš",
            "told",
            "called",
            "Called",
            "on",
            "ON",
            "call",
            "taken",
            "by",
            "fell",
            "to",
            "acknowledged",
            "the",
            "loss",
            "of",
            "co-operated",
            "o'clock",
            "a",
            "b",
            "x",
            "X",
            "é",
            "e\u0301",
            "\u0301",
            "_",
            "9",
            "said9",
            " ",
            " ",
            "  ",
            "\t",
            "\n",
            "\u000B",
            "\u00A0",
            ",",
            ".",
            "\"",
            "’",
            "-",
            "\uD83D\uDE00",
            "Ø",
            "\u212A",
            "a b",
            "a  b",
            "a \tb",
            "called on",
            "call  on",
            "Fell\nto",
            "taken by");
    return piece.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void findsWhatTheRegexFinds(
      @ForAll("texts") String text,
      @ForAll @IntRange(min = 0, max = 200) int a,
      @ForAll @IntRange(min = 0, max = 200) int b) {
    int from = Math.min(a, text.length());
    int to = Math.max(from, Math.min(b, text.length()));
    assertEquals(regexMatches(text, from, to), SCANNER.findAll(text, from, to), text);
  }

  @Example
  void theReportingLexiconMatchesItsRegexOnATypicalSentence() {
    List<String> verbs = LexiconFile.words("reporting-verbs.tsv");
    PhraseScanner scanner = new PhraseScanner(verbs);
    String text =
        "The ministry said on Friday it had called on residents to stay calm, but he denied it and"
            + " Said, insisting, that officials SAYS nothing; they told reporters they calls\ton";
    List<Span> expected = new ArrayList<>();
    Matcher m = scanner.asPattern().matcher(text);
    while (m.find()) {
      expected.add(new Span(m.start(), m.end()));
    }
    assertEquals(expected, scanner.findAll(text, 0, text.length()));
    assertEquals(
        List.of("said", "called on", "denied", "Said", "insisting", "SAYS", "told", "calls\ton"),
        expected.stream().map(x -> x.quote(text)).toList());
  }

  @Example
  void refusesPhrasesItCannotMatchLikeTheRegex() {
    assertThrows(IllegalArgumentException.class, () -> new PhraseScanner(List.of(" said")));
    assertThrows(IllegalArgumentException.class, () -> new PhraseScanner(List.of("said\tit")));
  }

  private static List<Span> regexMatches(String text, int from, int to) {
    List<Span> found = new ArrayList<>();
    Matcher m = SCANNER.asPattern().matcher(text).region(from, to);
    while (m.find()) {
      found.add(new Span(m.start(), m.end()));
    }
    return found;
  }
}
