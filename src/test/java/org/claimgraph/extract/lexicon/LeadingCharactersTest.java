package org.claimgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingCharactersTest {

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("\\b(?:from|leave|(?:taken|moved)\\s+to)\\s+(?<name>\\p{Lu}\\p{Ll}{2,})"),
          Pattern.compile("\\bin\\s+(?<n>\\p{Lu}\\p{Ll}{2,})(?=\\s*[,.;:]|\\s+(?:on|that)\\b)"),
          Pattern.compile("\\b(?:said|told)\\b", Pattern.CASE_INSENSITIVE),
          Pattern.compile("(?i)\\b(?:according\\s+to)\\b"),
          Pattern.compile("(?<![A-Z]\\w{0,20}\\s)[Aa]rmy\\s+(?:troops|units)\\b"),
          Pattern.compile("(?:,\\s*|\\s+)(?:but|yet)\\s+(?:this|the)\\b|;\\s+"),
          Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}['’]s\\s+(?:government|army)\\b"),
          Pattern.compile("[\"“”]|\\bthat\\b|:\\s"),
          Pattern.compile("\\b(?:it|It)\\s+(?:(?:can|may)\\s+)*(?:be|been|is|was)\\s+$"),
          Pattern.compile("^\\s+(?:in|at)\\s+$"),
          Pattern.compile("\\d+(?:[.,]\\d+)?\\s*(?:km|miles)"),
          Pattern.compile("[A-Z][a-z]+(?:-[A-Z][a-z]+)*"),
          Pattern.compile("\\b(?:Kyiv|Kiev|Київ|İzmir)\\b", Pattern.CASE_INSENSITIVE),
          Pattern.compile("(?:x)?y|z*"),
          Pattern.compile("[a-c&&[b-d]]+q"));

  @Test
  void aWordAlternationIsGuardedByItsInitials() {
    String guard = LeadingCharacters.guardOf(PATTERNS.get(0)).orElseThrow();
    Pattern g = Pattern.compile(guard);
    for (String c : List.of("f", "l", "t", "m")) {
      assertTrue(g.matcher(c).matches(), c);
    }
    for (String c : List.of(" ", "a", "F", ",", "é")) {
      assertFalse(g.matcher(c).matches(), c);
    }
  }

  @Test
  void foldedCaseAdmitsBothCasesAndNonAscii() {
    Pattern g = Pattern.compile(LeadingCharacters.guardOf(PATTERNS.get(2)).orElseThrow());
    for (String c : List.of("s", "S", "t", "T", "ſ")) {
      assertTrue(g.matcher(c).matches(), c);
    }
    assertFalse(g.matcher("a").matches());
  }

  @Test
  void whatCanMatchNothingOrBeginWithAnythingIsLeftAlone() {
    Pattern nullable = PATTERNS.get(13);
    assertSame(nullable, LeadingCharacters.guarded(nullable));
    Pattern backReference = Pattern.compile("(a)\\1");
    assertSame(backReference, LeadingCharacters.guarded(backReference));
    Pattern anything = Pattern.compile(".+said");
    assertSame(anything, LeadingCharacters.guarded(anything));
  }

  @Test
  void theGuardLeavesTheRequiredWordsAsTheyWere() {
    // Keyword gates read off a guarded pattern must admit what they admitted before.
    for (Pattern p : PATTERNS) {
      assertEquals(
          RequiredWords.of(p), RequiredWords.of(LeadingCharacters.guarded(p)), p.pattern());
    }
  }

  @Test
  void guardingTwiceGuardsOnce() {
    Pattern once = LeadingCharacters.guarded(PATTERNS.get(0));
    assertSame(once, LeadingCharacters.guarded(once));
  }

  @Test
  void guardedPatternsFindWhatThePatternsFind() {
    List<String> texts = new ArrayList<>(texts());
    Random random = new Random(7);
    String alphabet = "abfilmnrst ytASTKIzqéЙ',.;:\"“”-’0123456789\n";
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    for (Pattern p : PATTERNS) {
      Pattern g = LeadingCharacters.guarded(p);
      for (String text : texts) {
        for (int from : new int[] {0, Math.min(3, text.length())}) {
          int to = Math.max(from, text.length() - 2);
          assertEquals(matches(p, text, from, to), matches(g, text, from, to), p + " in " + text);
        }
      }
    }
  }

  private static List<String> texts() {
    return List.of(
        "Residents fled from Marvel on Sunday, and others were taken to Kestria.",
        "The army said it was in Corvel, but the claim could not be verified; it is.",
        "Army troops and government army units moved to Brell's government offices.",
        "it can be ",
        " in the ",
        "The 12 km road, 3.5 miles long, according to ACCORDING TO officials.",
        "KYIV and Київ and izmir and İzmir: “quoted” said that",
        "Vessia's army and Morvania's government met: she TOLD reporters that it was so.");
  }

  private static List<String> matches(Pattern p, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) {
      StringBuilder groups = new StringBuilder();
      for (int g = 0; g <= m.groupCount(); g++) {
        groups.append(m.start(g)).append('-').append(m.end(g)).append(' ');
      }
      out.add(groups.toString());
    }
    return out;
  }
}
