package org.claimgraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.claimgraph.extract.ArticleExtractor;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/** Names no reference data knows, typed from their words, in several phrasings. */
class MentionFinderTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private static ExtractedArticle run(String body) {
    return EXTRACTOR.extract(
        new ArticleSource(
            "t", Path.of("t.txt"), "Headline\n\n" + body, "0", ArticleMetadata.empty()));
  }

  private static Optional<Entity> labelled(ExtractedArticle a, String label) {
    return a.entities().stream().filter(e -> e.label().equals(label)).findFirst();
  }

  @Test
  void organisationsAreTypedByTheirHeadNoun() {
    ExtractedArticle a =
        run(
            "Fighters of the Ostra Liberation Front entered the town on Sunday. \"We hold the"
                + " bridge,\" said a commander of the 4th Mountain Brigade. The National Renewal"
                + " Party said the vote would go ahead, according to the Electoral Committee.");
    assertEquals(
        EntityType.ARMED_GROUP, labelled(a, "Ostra Liberation Front").orElseThrow().type());
    assertEquals(
        EntityType.ARMED_GROUP,
        labelled(a, "4th Mountain Brigade")
            .orElseThrow(() -> new AssertionError(a.entities()))
            .type());
    assertEquals(
        EntityType.ORGANIZATION, labelled(a, "National Renewal Party").orElseThrow().type());
    assertEquals(EntityType.ORGANIZATION, labelled(a, "Electoral Committee").orElseThrow().type());
  }

  @Test
  void settlementsNamedByTheirKind() {
    ExtractedArticle a =
        run("Rebels seized the border town of Varesk, and shelling hit the city of Olm.");
    assertEquals(EntityType.CITY, labelled(a, "Varesk").orElseThrow().type());
    assertEquals(EntityType.CITY, labelled(a, "Olm").orElseThrow().type());
  }

  @Test
  void aHeadNounAloneOrInLowerCaseIsNoName() {
    ExtractedArticle a =
        run(
            "The army said a front had opened near the river. Party members met the committee"
                + " in a town of fishermen.");
    assertTrue(
        a.entities().stream()
            .noneMatch(e -> e.label().endsWith("Party") || e.label().endsWith("Front")),
        a.entities().toString());
    assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.CITY));
  }
}
