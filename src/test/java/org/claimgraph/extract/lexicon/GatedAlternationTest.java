package org.claimgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The alternation of the admitted branches finds, in its region, exactly the matches of the whole
 * alternation: same starts, same ends, in the same order, whichever branches a text leaves out.
 */
class GatedAlternationTest {

  @Provide
  Arbitrary<List<String>> branches() {
    Arbitrary<String> branch =
        Arbitraries.of(
            "\\bsaid\\s+on\\s+(?:X|radio)\\b",
            "\\b(?:in|at)\\s+(?:a|the)\\s+(?:\\w+\\s+){0,2}?(?:post|video)\\b",
            "\\btold\\s+(?:a|the)\\s+press\\b",
            "said",
            "\\bpost(?:ed)?\\b",
            "(?:a|the)\\s+video",
            "\\w+\\s+radio",
            "\\s+");
    return branch.list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(
            "said", "on", "X", "radio", "in", "at", "a", "the", "post", "posted", "video", "told",
            "press", "Said", "VIDEO", " ", " ", "  ", ",", "\n", "é")
        .list()
        .ofMaxSize(14)
        .map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void findsWhatTheWholeAlternationFinds(
      @ForAll("branches") List<String> branches,
      @ForAll("texts") String text,
      @ForAll @IntRange(min = 0, max = 60) int a,
      @ForAll @IntRange(min = 0, max = 60) int b) {
    int from = Math.min(a, text.length());
    int to = Math.max(from, Math.min(b, text.length()));
    GatedAlternation gated = new GatedAlternation(branches, Pattern.CASE_INSENSITIVE);
    Pattern chosen = gated.patternFor(text, from, to);
    assertEquals(
        matches(gated.pattern(), text, from, to),
        chosen == null ? List.of() : matches(chosen, text, from, to),
        () -> branches + " on '" + text + "'");
  }

  /** Kept groups: each branch's group tells the same spans as in the whole alternation. */
  @Property(tries = 3000)
  void keepsEveryGroupWhereTheWholeAlternationHasIt(
      @ForAll("branches") List<String> branches,
      @ForAll("texts") String text,
      @ForAll @IntRange(min = 0, max = 60) int a,
      @ForAll @IntRange(min = 0, max = 60) int b) {
    int from = Math.min(a, text.length());
    int to = Math.max(from, Math.min(b, text.length()));
    List<String> grouped = branches.stream().map(br -> "(" + br + ")").toList();
    GatedAlternation gated = new GatedAlternation(grouped, Pattern.CASE_INSENSITIVE, true);
    Pattern chosen = gated.patternFor(text, from, to);
    assertEquals(
        groups(gated.pattern(), text, from, to),
        chosen == null ? List.of() : groups(chosen, text, from, to),
        () -> grouped + " on '" + text + "'");
  }

  private static List<String> groups(Pattern p, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) {
      StringBuilder g = new StringBuilder();
      for (int k = 0; k <= m.groupCount(); k++) {
        g.append(m.start(k)).append('-').append(m.end(k)).append(' ');
      }
      out.add(g.toString());
    }
    return out;
  }

  private static List<String> matches(Pattern p, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }
}
