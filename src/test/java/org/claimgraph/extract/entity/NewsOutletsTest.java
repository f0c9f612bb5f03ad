package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.EntityFixture.mentioned;
import static org.claimgraph.extract.entity.EntityFixture.run;
import static org.claimgraph.extract.entity.EntityFixture.runText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.junit.jupiter.api.Test;

/** News outlets named in a report. */
class NewsOutletsTest {

  private static boolean outlet(ExtractedArticle a, String label) {
    return a.entities().stream()
        .anyMatch(e -> e.type() == EntityType.NEWS_OUTLET && e.label().equals(label));
  }

  @Test
  void aNameWithANewspapersHeadIsAnOutlet() {
    ExtractedArticle a =
        run(
            "Doctors told the Harbour Post that 12 people died. QUESTION (Western Wire): Is that"
                + " true? The minister told Radio Kessel that it was not.");
    assertTrue(outlet(a, "Harbour Post"));
    assertTrue(outlet(a, "Western Wire"));
    assertTrue(outlet(a, "Radio Kessel"));
  }

  @Test
  void headlineWordsAndPlacesWithAPostAreNoOutlet() {
    ExtractedArticle a =
        run(
            "Breaking News came late. Troops held the Tarn Border Post on Monday. The News was"
                + " bad.");
    assertFalse(a.entities().stream().anyMatch(e -> e.type() == EntityType.NEWS_OUTLET));
  }

  @Test
  void thePublisherNamedInTheTextIsAnOutletAndItsHeadAloneLinksToIt() {
    ExtractedArticle a =
        EntityFixture.EXTRACTOR.extract(
            new ArticleSource(
                "t",
                Path.of("t.txt"),
                "Headline\n\nBy Ana Ruiz, Valley Gazette\n\nResidents told the Gazette they"
                    + " had left.",
                "0",
                new ArticleMetadata(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("Valley Gazette"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())));
    assertEquals(EntityType.NEWS_OUTLET, mentioned(a, "the Gazette").get().type());
    assertEquals("Valley Gazette", mentioned(a, "the Gazette").get().label());
  }

  @Test
  void theOutletOfADatelineIsNoSpeakerOfTheSentenceAfter() {
    ExtractedArticle a =
        runText(
            "Headline\n\nBY LINE\n\nMERTON, May 3 (Capewire) - The Delta Front said it had taken"
                + " the town of Osk.");
    assertTrue(outlet(a, "Capewire"));
    assertEquals("actor/delta-front", a.claims().get(0).claimantKey().orElseThrow());
  }
}
