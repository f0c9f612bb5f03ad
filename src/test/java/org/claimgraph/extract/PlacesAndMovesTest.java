package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Entity;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * Names no gazetteer knows (places in plain place contexts, organisations with "of" or "for"
 * inside, a movement named with a demonym) and the moves of forces (pull-backs told with nouns and
 * euphemisms, retreats that cross a border, captures told by the side that made them), through the
 * full extractor on texts written for the test.
 */
class PlacesAndMovesTest {

  private static Entity entity(ExtractedArticle a, String label) {
    return a.entities().stream()
        .filter(e -> e.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + label + ": " + a.entities()));
  }

  private static List<Event> typed(ExtractedArticle a, EventType type) {
    return a.events().stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void placesInPlainPlaceContexts() {
    ExtractedArticle a =
        run(
            "Thousands fled from Kutum in the north towards Tawila. The rebels had entered Umm"
                + " Keddada, west of El Fasher, on Monday and moved into Mellit.");
    for (String place : List.of("Kutum", "Tawila", "Umm Keddada", "El Fasher", "Mellit")) {
      assertEquals(EntityType.CITY, entity(a, place).type(), place);
    }
    // Days, months, acronyms and known actors after the same words are no places.
    ExtractedArticle b =
        run("The talks were moved into Monday. Aid went into UNHCR stores near April's end.");
    assertTrue(
        b.entities().stream().noneMatch(e -> e.type() == EntityType.CITY),
        () -> "entities: " + b.entities());
  }

  @Test
  void organisationNamesWithOfOrForInside() {
    ExtractedArticle a =
        run(
            "The Committee for National Security said it had ordered all units to leave. The"
                + " Government of National Unity said its forces held the road. Staff of the"
                + " International Organization for Migration said camps were full.");
    assertEquals(EntityType.ORGANIZATION, entity(a, "Committee for National Security").type());
    assertEquals(EntityType.GOVERNMENT, entity(a, "Government of National Unity").type());
    entity(a, "International Organization for Migration");
    // A state's own government keeps its reading.
    ExtractedArticle b = run("The Taliban and the Afghan Government said talks would resume.");
    assertTrue(
        b.entities().stream().noneMatch(e -> e.label().contains("Taliban and")),
        () -> "entities: " + b.entities());
  }

  @Test
  void aMovementNamedWithADemonymIsNotTheStatesArmy() {
    ExtractedArticle a =
        run("The Libyan National Army (LNA) said its units had left the town of Gharyan.");
    assertEquals(EntityType.ARMED_GROUP, entity(a, "Libyan National Army").type());
    assertTrue(
        a.entities().stream().noneMatch(e -> e.key().equals("actor/armed-forces-of-libya")),
        () -> "entities: " + a.entities());
    // The state's army written as such stays the state's.
    ExtractedArticle b = run("The Libyan army said its units had left the town of Gharyan.");
    assertTrue(
        b.entities().stream().anyMatch(e -> e.type() == EntityType.MILITARY_FORCE),
        () -> "entities: " + b.entities());
  }

  @Test
  void theArmyOfAStoryThatNamedNoArmyIsItsCountrys() {
    ExtractedArticle a =
        run(
            "Fighting continued in Sudan on Monday. The Rapid Support Forces said they held the"
                + " airport. The army denied that its soldiers had surrendered.");
    assertTrue(
        claimWith(a, "its soldiers had surrendered").claimantKey().orElseThrow().contains("sudan"));
  }

  @Test
  void pullBacksToldWithNounsAndEuphemisms() {
    ExtractedArticle a =
        run(
            "A commander said the decision to pull out was made weeks ago. Analysts say the"
                + " withdrawal exposes the southern flank. Satellite images appear to show that the"
                + " militia has abandoned positions on the hills. The Taliban called the pull-back"
                + " a betrayal.");
    assertEquals(4, typed(a, EventType.WITHDRAWAL).size(), () -> "events: " + a.events());
  }

  @Test
  void creptBackIntoIsARecaptureOfThePlace() {
    ExtractedArticle a = run("Government forces crept back into Gharyan on Friday.");
    List<Event> back = typed(a, EventType.RECAPTURE);
    assertEquals(1, back.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/gharyan"), back.get(0).placeKeys());
  }

  @Test
  void aRetreatCrossesABorderForcesFleeingInsideWithdraw() {
    ExtractedArticle inside = run("Army units fled towards Mellit before dawn.");
    assertTrue(typed(inside, EventType.RETREAT).isEmpty(), () -> "" + inside.events());
    assertEquals(1, typed(inside, EventType.WITHDRAWAL).size(), () -> "" + inside.events());
    ExtractedArticle across = run("Hundreds of soldiers fled across the border into Tajikistan.");
    assertEquals(1, typed(across, EventType.RETREAT).size(), () -> "" + across.events());
    ExtractedArticle civilians = run("Hundreds of civilians fled towards Mellit.");
    assertTrue(civilians.events().isEmpty(), () -> "" + civilians.events());
  }

  @Test
  void itsFightersCapturedIsTheSpeakersCapture() {
    ExtractedArticle a =
        run("The Taliban said on Sunday that its fighters had captured the town of Mavuco.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals("actor/taliban", captures.get(0).agentKey().orElseThrow());
    assertFalse(captures.get(0).placeKeys().isEmpty());
  }

  @Test
  void aTownInAppositionAndATownTakenControlOf() {
    ExtractedArticle a =
        run(
            "The Taliban said they had taken control of Sake, a town 25 km west of Goma. Kitshanga,"
                + " a small market town, was calm.");
    for (String place : List.of("Sake", "Goma", "Kitshanga")) {
      assertEquals(EntityType.CITY, entity(a, place).type(), place);
    }
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(List.of("place/sake"), captures.get(0).placeKeys().subList(0, 1));
  }

  @Test
  void governmentTroopsAreTheStorysArmy() {
    ExtractedArticle a =
        run(
            "Fighting spread in Sudan on Monday. Government troops had retreated towards Mellit, the"
                + " Rapid Support Forces said.");
    List<Event> pulls = typed(a, EventType.WITHDRAWAL);
    assertEquals(1, pulls.size(), () -> "events: " + a.events());
    assertTrue(pulls.get(0).agentKey().orElseThrow().contains("sudan"), () -> "" + pulls);
  }

  @Test
  void ethnicAdjectivesAreNoCountries() {
    ExtractedArticle a = run("Ethnic Uzbek residents said the fighting in Kunduz was heavy.");
    assertTrue(
        a.entities().stream().noneMatch(e -> e.key().contains("uzbekistan")),
        () -> "entities: " + a.entities());
    // The demonym of a state still names it elsewhere.
    ExtractedArticle b = run("Uzbek border guards said the crossing was closed.");
    assertTrue(
        b.entities().stream().anyMatch(e -> e.key().contains("uzbekistan")),
        () -> "entities: " + b.entities());
  }

  @Test
  void strikesAndOrdersToLeave() {
    ExtractedArticle a =
        run(
            "Airstrikes hit Taliban positions near Kunduz in Afghanistan. The Taliban ordered government troops"
                + " out of Kunduz.");
    assertEquals(1, typed(a, EventType.ATTACK).size(), () -> "events: " + a.events());
    List<Event> out = typed(a, EventType.WITHDRAWAL);
    assertEquals(1, out.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-afghanistan", out.get(0).agentKey().orElseThrow());
  }

  @Test
  void eventArgumentsFromTheClauseNotTheDatelineOrTheSpeaker() {
    ExtractedArticle a =
        run(
            "KABUL, March 3 (Reuters) - Hundreds of Afghan soldiers fled across the border into"
                + " Tajikistan. It ended with the capture of the Islam Qala crossing by the Taliban."
                + " The Taliban said they had also taken control of a customs post on the road to"
                + " Iran.");
    Event retreat = typed(a, EventType.RETREAT).get(0);
    assertTrue(retreat.agentKey().map(k -> !k.contains("reuters")).orElse(true), retreat::toString);
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals("actor/taliban", captures.get(0).agentKey().orElseThrow(), () -> "" + captures);
    assertEquals(List.of(), captures.get(1).placeKeys(), () -> "" + captures);
    // A speaker's "our forces" is no person's capture.
    ExtractedArticle b =
        run("Zabihullah Mujahid said: \"Our forces repelled an attack on the town of Faya.\"");
    assertTrue(b.events().stream().allMatch(e -> e.agentKey().isEmpty()), () -> "" + b.events());
  }

  @Test
  void theRetreatOfForcesIntoACountry() {
    ExtractedArticle a = run("The battle ended with the retreat of Afghan forces into Tajikistan.");
    List<Event> retreats = typed(a, EventType.RETREAT);
    assertEquals(1, retreats.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/tajikistan"), retreats.get(0).placeKeys());
  }

  @Test
  void eachNameOfAListAfterTownsOfIsASettlementTaken() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the nearby towns of Osk,"
                + " Tarsa and Vireya.");
    assertEquals(EntityType.CITY, entity(a, "Osk").type());
    assertEquals(EntityType.CITY, entity(a, "Tarsa").type());
    assertEquals(EntityType.CITY, entity(a, "Vireya").type());
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/osk", "place/tarsa", "place/vireya"), captures.get(0).placeKeys());
  }

  @Test
  void aListOfPeopleAfterOfIsNoPlace() {
    ExtractedArticle a = run("The elders of Osk and Tarsa met the governor on Monday.");
    assertTrue(
        a.entities().stream().noneMatch(e -> e.label().equals("Osk")), () -> "" + a.entities());
  }

  @Test
  void armyUnitsWithoutADeterminerAreTheStatesForces() {
    ExtractedArticle a =
        run(
            "Chad's army said it was fighting rebels near the town of Meskel. Army units withdrew"
                + " from Meskel on Monday.");
    List<Event> withdrawals = typed(a, EventType.WITHDRAWAL);
    assertEquals(1, withdrawals.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-chad", withdrawals.get(0).agentKey().orElseThrow());
  }

  @Test
  void anAirportNamedAfterItsTownIsAnAirbaseTakenApartFromTheTown() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had taken control of Meskel airport."
                + " Chad's army said its troops still held the airport.");
    assertEquals(EntityType.AIRBASE, entity(a, "Meskel airport").type());
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/meskel-airport"), captures.get(0).placeKeys());
    assertTrue(
        a.entities().stream().noneMatch(e -> e.label().equals("Meskel")), () -> "" + a.entities());
  }

  @Test
  void anAirportWithoutATownIsNoEntity() {
    ExtractedArticle a = run("The airport was closed on Monday. Military airport staff left.");
    assertTrue(
        a.entities().stream().noneMatch(e -> e.type() == EntityType.AIRBASE),
        () -> "" + a.entities());
  }
}
