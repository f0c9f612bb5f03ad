package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/** Names of places and bodies in the shapes news reports give them, on texts for the test. */
class EntityShapesTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private static ExtractedArticle extract(String body) {
    return EXTRACTOR.extract(
        new ArticleSource(
            "t", Path.of("t.txt"), "Headline\n\n" + body, "0", ArticleMetadata.empty()));
  }

  private static Optional<Entity> labelled(ExtractedArticle a, String label) {
    return a.entities().stream().filter(e -> e.label().equals(label)).findFirst();
  }

  @Test
  void theDistrictCentreOfANameIsATown() {
    ExtractedArticle a = extract("Troops withdrew from the district centre of Rusnivka on Sunday.");
    assertEquals(EntityType.CITY, labelled(a, "Rusnivka").orElseThrow().type());
  }

  @Test
  void aSettlementOfANameIsATown() {
    ExtractedArticle a = extract("Fighting went on near the settlement of Markivka.");
    assertEquals(EntityType.CITY, labelled(a, "Markivka").orElseThrow().type());
  }

  @Test
  void anOblastIsAProvince() {
    ExtractedArticle a = extract("Shelling continued across Brask Oblast overnight.");
    assertEquals(EntityType.PROVINCE, labelled(a, "Brask Oblast").orElseThrow().type());
  }

  @Test
  void aDateAfterAnOrganisationsNameIsNoPartOfIt() {
    ExtractedArticle a = extract("The Oruna Liberation Front on Friday said it held the hills.");
    assertTrue(labelled(a, "Oruna Liberation Front").isPresent(), () -> "" + a.entities());
    assertFalse(
        a.entities().stream().anyMatch(e -> e.label().contains("Friday")), () -> "" + a.entities());
  }

  @Test
  void aMinistryDoesNotMakeAGovernmentTheReportNeverNames() {
    ExtractedArticle a = extract("Chad's interior ministry said the border was closed.");
    assertTrue(
        a.entities().stream().anyMatch(e -> e.type() == EntityType.MINISTRY),
        () -> "" + a.entities());
    assertFalse(
        a.entities().stream().anyMatch(e -> e.type() == EntityType.GOVERNMENT),
        () -> "" + a.entities());
  }

  @Test
  void aMinistryOfAGovernmentTheReportNamesIsPartOfIt() {
    ExtractedArticle a =
        extract(
            "The Chadian government has closed the border. Chad's interior ministry said the"
                + " crossing would stay shut.");
    assertTrue(
        a.affiliations().stream().anyMatch(f -> f.objectKey().equals("actor/government-of-chad")),
        () -> "" + a.affiliations());
  }

  @Test
  void aNameInAppositionToAnyVillageIsAVillage() {
    ExtractedArticle a =
        extract("The army said it had lost Pishchane, a smaller village to the south, on Monday.");
    assertEquals(EntityType.CITY, labelled(a, "Pishchane").orElseThrow().type());
  }

  @Test
  void aPlaceWhoseLossIsAcknowledgedIsAPlace() {
    ExtractedArticle a = extract("The governor acknowledged the loss of Tolmino on Sunday.");
    assertEquals(EntityType.CITY, labelled(a, "Tolmino").orElseThrow().type());
  }

  @Test
  void aNamedPassIsOneCrossingHoweverItIsCalled() {
    ExtractedArticle a =
        extract(
            "Rebels took the Halden Pass on Monday. Traffic through the Halden Pass crossing has"
                + " stopped.");
    assertEquals(
        1,
        a.entities().stream().filter(e -> e.type() == EntityType.BORDER_CROSSING).count(),
        () -> "" + a.entities());
    assertEquals(EntityType.BORDER_CROSSING, labelled(a, "Halden Pass").orElseThrow().type());
  }
}
