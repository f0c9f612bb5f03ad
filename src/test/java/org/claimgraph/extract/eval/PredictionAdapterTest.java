package org.claimgraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

class PredictionAdapterTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  @Test
  void unnamedSourcesThatSpeakAreListedOnceAsPeopleCorroboratingReportsAreNot() {
    String text =
        "Headline\n\nResidents said the market was shut. A doctor said the clinic had closed."
            + " Residents said the road was open. Several reports confirmed that the bridge was"
            + " down.";
    Predictions p =
        new PredictionAdapter()
            .adapt(
                EXTRACTOR.extract(
                    new ArticleSource("t", Path.of("t.txt"), text, "0", ArticleMetadata.empty())));
    List<String> people =
        p.entities().stream()
            .filter(e -> e.type().equals("PERSON"))
            .map(PredictedEntity::label)
            .toList();
    assertEquals(List.of("Residents", "A doctor"), people);
  }

  @Test
  void aCorroboratedStatementOfTheNarratorIsNoClaimButIsAssessed() {
    String text =
        "Headline\n\nThe Taliban said they had taken Herat. Several reports confirmed that the"
            + " bridge was down. It can be confirmed that the road is closed.";
    Predictions p =
        new PredictionAdapter()
            .adapt(
                EXTRACTOR.extract(
                    new ArticleSource("t", Path.of("t.txt"), text, "0", ArticleMetadata.empty())));
    assertEquals(1, p.claims().size(), () -> "claims: " + p.claims());
    assertEquals(
        List.of("REPORTED_BY_SEVERAL", "CONFIRMED"),
        p.assessments().stream().map(PredictedAssessment::value).toList());
    assertEquals("the bridge was down", p.assessments().get(0).claimContent().quote(text));
  }
}
