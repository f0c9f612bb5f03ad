package org.claimgraph.extract.entity;

import static org.claimgraph.extract.entity.EntityFixture.mentioned;
import static org.claimgraph.extract.entity.EntityFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.GazetteerEntry;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/** Countries no reference data knows, read off the whole report. */
class InferredCountriesTest {

  private static final Gazetteer KNOWN = GazetteerReader.readBundled();

  private static List<String> countries(String text) {
    return InferredCountries.find(text, KNOWN).entries().stream()
        .map(GazetteerEntry::prefLabel)
        .toList();
  }

  @Test
  void aNameAndItsAdjectiveMakeACountry() {
    assertEquals(
        List.of("Pardovia"),
        countries("Pardovian troops shelled the road. Aid reached Pardovia on Monday."));
    assertEquals(
        List.of("Ostmark"), countries("Ostmarkian officials met. Ostmark says the talks failed."));
  }

  @Test
  void placesOnlyACountryTakesMakeACountry() {
    assertEquals(List.of("Quessa"), countries("Thousands fled to neighbouring Quessa."));
    // at the head of a sentence too: "Neighbouring Kalvia said …" is the country, not a person
    assertEquals(
        List.of("Kalvia"), countries("Neighbouring Kalvia said it had closed the border."));
    assertEquals(List.of("Quessa"), countries("They moved towards the border with Quessa."));
    assertEquals(List.of("Quessa"), countries("Quessa's government said nothing."));
    assertEquals(
        List.of("Quessa", "Dorn"),
        countries("the border crossing between Quessa and Dorn was shut"));
  }

  @Test
  void anAdjectiveBeforeTheStatesOrgansMakesAnUnnamedCountry() {
    assertEquals(List.of("Velmoria"), countries("Velmorian forces retook the hill."));
    assertEquals(List.of("Karda"), countries("The Kardan government denied it."));
  }

  @Test
  void peoplesFaithsProvincesAndKnownCountriesAreNot() {
    assertEquals(List.of(), countries("Christian militia and Kurdish forces held the town."));
    assertEquals(List.of(), countries("Civilian officials left. Ukrainian troops advanced."));
    assertEquals(List.of(), countries("Troops entered Sorran province. Sorran officials fled."));
    assertEquals(List.of(), countries("The Republic and its Republican officials met."));
    assertEquals(List.of(), countries("Monday's government meeting was cancelled."));
  }

  @Test
  void theRulesThatReadCountriesReadTheseToo() {
    ExtractedArticle a =
        run(
            "Pardovian troops withdrew from the town on Monday, Pardovia's defence ministry"
                + " said. The Pardovian government denied that the town had fallen.");
    assertEquals(EntityType.MILITARY_FORCE, mentioned(a, "Pardovian troops").get().type());
    assertEquals(EntityType.MINISTRY, mentioned(a, "Pardovia's defence ministry").get().type());
    assertEquals(EntityType.GOVERNMENT, mentioned(a, "Pardovian government").get().type());
    assertTrue(a.entities().stream().anyMatch(e -> e.label().equals("Pardovia")));
    assertFalse(a.entities().stream().anyMatch(e -> e.type() == EntityType.CITY));
  }

  @Test
  void aCountryAWarningAddressesActsAsAState() {
    ExtractedArticle a =
        run("We warn Pardovia that any attack will be answered. Pardovian troops left.");
    assertEquals(EntityType.STATE, mentioned(a, "Pardovia").orElseThrow().type());
    ExtractedArticle b = run("Refugees travelled to Pardovia on foot. Pardovian troops left.");
    assertEquals(EntityType.COUNTRY, mentioned(b, "Pardovia").orElseThrow().type());
  }
}
