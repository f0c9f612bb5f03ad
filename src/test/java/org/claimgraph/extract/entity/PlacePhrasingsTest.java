package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.EntityFixture.labelled;
import static org.claimgraph.extract.entity.EntityFixture.mentioned;
import static org.claimgraph.extract.entity.EntityFixture.run;
import static org.claimgraph.extract.entity.EntityFixture.runText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** Places named by their kind or their place in the report. */
class PlacePhrasingsTest {

  @Test
  void aRegionIsAProvinceThatKeepsItsWord() {
    ExtractedArticle a = run("Shelling hit villages in the Morsk region on Monday.");
    Entity region = mentioned(a, "Morsk region").orElseThrow();
    assertEquals(EntityType.PROVINCE, region.type());
    assertEquals("Morsk region", region.label());
  }

  @Test
  void anUnknownCrossingIsCalledByItsNameAndKind() {
    ExtractedArticle a =
        run("Trucks queued at the Vandel crossing. Later the Orsk border crossing closed.");
    assertEquals("Vandel crossing", mentioned(a, "Vandel crossing").orElseThrow().label());
    assertEquals(
        EntityType.BORDER_CROSSING, mentioned(a, "Orsk border crossing").orElseThrow().type());
  }

  @Test
  void theCapitalNamedAfterItsWordIsACity() {
    ExtractedArticle a =
        run(
            "Diplomats in the capital, Varn, were worried. Rebels cut the road to the provincial"
                + " capital, Meskel. Later Varn was quiet.");
    assertEquals(EntityType.CITY, mentioned(a, "the capital, Varn").orElseThrow().type());
    assertEquals("Meskel", mentioned(a, "the provincial capital, Meskel").orElseThrow().label());
    assertTrue(mentioned(a, "Varn").isPresent());
  }

  @Test
  void aDatelineTownInCapitalsIsACity() {
    ExtractedArticle a =
        runText(
            "Headline\n\nBORVIK, March 3 (Capewire) - Fighting went on.\n\nLater Borvik was"
                + " calm.");
    Entity town = mentioned(a, "BORVIK").orElseThrow();
    assertEquals(EntityType.CITY, town.type());
    assertEquals("Borvik", town.label());
    assertEquals(town, mentioned(a, "Borvik").orElseThrow());
  }

  @Test
  void capitalsThatOpenASentenceWithoutADatelineAreNoTown() {
    ExtractedArticle a = runText("Headline\n\nMARKOVA: We deny it.\n\nUPDATE: the road is open.");
    assertFalse(a.entities().stream().anyMatch(e -> e.type() == EntityType.CITY));
  }

  @Test
  void aLoneNameAfterWordsOfMovementOrPlaceIsATown() {
    ExtractedArticle a =
        run(
            "The officer said they had been taken to Morrin. Spokesman Ivo Tal told reporters"
                + " in Kessa that the road from Dravo. was cut. Relatives in Kessa, he said, were"
                + " safe.");
    assertEquals(EntityType.CITY, mentioned(a, "Morrin").orElseThrow().type());
    assertEquals(EntityType.CITY, mentioned(a, "Kessa").orElseThrow().type());
    assertEquals(EntityType.CITY, mentioned(a, "Dravo").orElseThrow().type());
  }

  @Test
  void aTownNameOpeningWithAnArticleOrAFeatureWordIsATownNotAPerson() {
    ExtractedArticle a =
        run(
            "Fighting continued in El Fasher on Monday. Oil terminals in Ras Lanuf, officials"
                + " said, were shut. Aid reached families in Puerto Asis.");
    for (String town : List.of("El Fasher", "Ras Lanuf", "Puerto Asis")) {
      assertEquals(EntityType.CITY, mentioned(a, town).orElseThrow().type(), town);
    }
  }

  @Test
  void monthsAdjectivesAndNamesThatGoOnAreNoTown() {
    ExtractedArticle a =
        run(
            "Talks resumed in March. Two men died in Kestrel custody, and fighters from Black"
                + " Ridge Brigade units were seen. Aid arrived from Europe on Monday. He was held"
                + " in Pardovian custody.");
    assertFalse(a.entities().stream().anyMatch(e -> e.type() == EntityType.CITY));
  }

  @Test
  void theBorderWithACountryIsTheBorderOfTheStorysCountry() {
    ExtractedArticle a =
        run(
            "Fighting in Niger's west intensified on Monday. Thousands fled towards the border"
                + " with Mali.");
    Entity border = mentioned(a, "the border with Mali").orElseThrow();
    assertEquals(EntityType.BORDER, border.type());
    assertEquals("Mali–Niger border", border.label());
  }

  @Test
  void aBorderWithNoStoryCountryStaysACountry() {
    ExtractedArticle a = run("Thousands fled towards the border with Mali.");
    assertEquals(EntityType.COUNTRY, mentioned(a, "Mali").orElseThrow().type());
  }

  @Test
  void aNamedBridgeIsACrossingAndABaseByItsAppositionAnAirbase() {
    ExtractedArticle a =
        run(
            "Families crossed the Old Marren Bridge on Tuesday after rebels overran Fort Tessel,"
                + " the last army base in the north.");
    assertEquals(
        EntityType.BORDER_CROSSING, mentioned(a, "Old Marren Bridge").orElseThrow().type());
    assertEquals(EntityType.AIRBASE, mentioned(a, "Fort Tessel").orElseThrow().type());
  }

  @Test
  void aTownWithABaseNearbyIsNoBase() {
    ExtractedArticle a = run("Rebels took Tessel, a town near the army base, on Monday.");
    assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.AIRBASE));
  }

  @Test
  void aNameBeforeALowerCaseStateIsAProvinceButNotAFaithOrAPeoplesState() {
    ExtractedArticle a =
        run(
            "Fighting spread in Borno state and in North Darfur state. The Afghan state collapsed,"
                + " and a Jewish state was proclaimed.");
    assertEquals(EntityType.PROVINCE, labelled(a, "Borno State").orElseThrow().type());
    assertEquals(EntityType.PROVINCE, labelled(a, "North Darfur State").orElseThrow().type());
    assertTrue(
        a.entities().stream()
            .noneMatch(e -> e.label().equals("Afghan State") || e.label().equals("Jewish State")));
  }
}
