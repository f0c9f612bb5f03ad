package org.claimgraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/** Names a report introduces once, with their kind or full form, link where they recur. */
class NamesSeenTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private static ExtractedArticle run(String body) {
    return EXTRACTOR.extract(
        new ArticleSource(
            "t", Path.of("t.txt"), "Headline\n\n" + body, "0", ArticleMetadata.empty()));
  }

  private static List<String> mentionsOf(ExtractedArticle a, String key) {
    return a.mentions().stream()
        .filter(m -> m.entityKey().equals(key))
        .map(m -> a.quote(m.span()))
        .toList();
  }

  @Test
  void anAcronymInBracketsLinksThereAndLater() {
    ExtractedArticle a =
        run(
            "Fighters of the Oruna Liberation Front (OLF) entered the town of Meskel on Monday."
                + " The OLF said the road to the coast was open.");
    assertEquals(
        List.of("Oruna Liberation Front", "OLF", "OLF"),
        mentionsOf(a, "actor/oruna-liberation-front"));
    assertTrue(
        a.claims().get(0).claimantKey().orElseThrow().equals("actor/oruna-liberation-front"));
  }

  @Test
  void bracketedLettersThatSpellOtherInitialsAreNoAcronym() {
    ExtractedArticle a =
        run("Fighters of the Oruna Liberation Front (UN) entered the town of Meskel on Monday.");
    assertEquals(List.of("Oruna Liberation Front"), mentionsOf(a, "actor/oruna-liberation-front"));
  }

  @Test
  void aTownIntroducedByItsKindIsLinkedByItsBareNameLater() {
    ExtractedArticle a =
        run(
            "Rebels entered the town of Meskel on Monday. By Tuesday Meskel was calm, and the"
                + " market in Meskel reopened.");
    assertEquals(List.of("town of Meskel", "Meskel", "Meskel"), mentionsOf(a, "place/meskel"));
  }

  @Test
  void aNameInsideALongerNameIsLeftToThatName() {
    ExtractedArticle a =
        run(
            "Rebels entered the town of Meskel on Monday. Doctors at Meskel General Hospital said"
                + " they had treated 40 people.");
    assertEquals(List.of("town of Meskel"), mentionsOf(a, "place/meskel"));
    assertFalse(a.claims().isEmpty());
  }
}
