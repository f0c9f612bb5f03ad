package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * The lexicon's verbs in their everyday senses tell no military event, and its wider vocabulary of
 * conflict reporting does, on texts written for the test.
 */
class EventSensesTest {

  private static List<String> events(ExtractedArticle a) {
    return a.events().stream().map(e -> e.type() + " " + e.placeKeys()).toList();
  }

  @Test
  void everydaySensesOfTheVerbsAreNoEvents() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The talks were held in advance of the vote in the town of Velka. The mayor of the"
                + " town of Dorn died of a heart attack. The party withdrew from the talks in the"
                + " town of Sarn. The rebels seized the initiative near the town of Ostra."
                + " Delegates took part in talks in the town of Mirel. The blast left 12 people"
                + " dead in the town of Bask. The retreat of the convoy leaves the rebels in control"
                + " of the town of Kord. The ministry attacked the decision to close the school in"
                + " the town of Lenn.");
    assertTrue(
        a.events().stream().noneMatch(e -> e.type() != EventType.RETREAT),
        () -> "events: " + events(a));
  }

  @Test
  void fightingThatReachesATownIsNoAdvanceOfASide() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Fighting between the army and the rebels reached the outskirts of the town of Lenn.");
    assertTrue(
        a.events().stream().noneMatch(e -> e.type() == EventType.ADVANCE),
        () -> "events: " + events(a));
  }

  @Test
  void aShareOfTheCountryClaimedIsNoPlaceTaken() {
    ExtractedArticle a =
        PhrasingFixture.run("The rebels took control of 40% of the country in a year.");
    assertTrue(a.events().isEmpty(), () -> "events: " + events(a));
  }

  @Test
  void theWiderVocabularyOfConflictReportingTellsEventsByType() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The town of Harl fell into the hands of the rebels on Monday. The hospital in the"
                + " town of Harl came under fire on Tuesday. The army launched a fresh offensive on"
                + " the town of Vorn. Rebel units are closing in on the town of Grisk. The ministry"
                + " confirmed the withdrawal from the town of Pell.");
    assertEquals(
        List.of(
            EventType.CAPTURE,
            EventType.ATTACK,
            EventType.ATTACK,
            EventType.ADVANCE,
            EventType.ACKNOWLEDGEMENT),
        a.events().stream().map(Event::type).toList(),
        () -> "events: " + events(a));
  }

  @Test
  void theSpeakersArmedForcesAreTheSpeakersSide() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "\"Our armed forces have taken control of the town of Velka,\" the Velsian army said"
                + " in a statement.");
    Event capture =
        a.events().stream().filter(e -> e.type() == EventType.CAPTURE).findFirst().orElseThrow();
    assertTrue(capture.agentKey().isPresent(), () -> "events: " + a.events());
  }

  @Test
  void strikesOfLabourAndTargetedMeasuresAreNoAttacks() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Teachers in the town of Velka have been on strike since April. Doctors strike over pay"
                + " in the town of Dorn. The council announced targeted support for the town of"
                + " Sarn. No civilian sites were targeted in the town of Ostra. \"We strike only"
                + " military targets,\" the commander said.");
    assertTrue(a.events().isEmpty(), () -> "events: " + events(a));
  }

  @Test
  void attacksToldByTheirWeaponOrTheirEffectAreAttacks() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The power station in the town of Velka was hit by enemy artillery. The strikes killed"
                + " four people in the town of Dorn. The Taliban continue to strike army posts near"
                + " the town of Sarn. The army said it had targeted a fuel depot in the town of"
                + " Ostra.");
    assertEquals(
        List.of(EventType.ATTACK, EventType.ATTACK, EventType.ATTACK, EventType.ATTACK),
        a.events().stream().map(Event::type).toList(),
        () -> "events: " + events(a));
  }

  @Test
  void pressReleasesAndWritingOnTelegramAreStatements() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Velsian defence ministry said in a press release that its troops had captured the"
                + " town of Velka. The Taliban, writing on Telegram, said their fighters had"
                + " captured the town of Dorn.");
    assertEquals(
        2,
        a.events().stream().filter(e -> e.type() == EventType.STATEMENT).count(),
        () -> "events: " + events(a));
  }

  @Test
  void phrasalVerbsMarketsAndCriticsAreNoMilitaryEvents() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Shares fell to a record low. The minister came under fire from critics over the"
                + " budget. Prices advanced 3% in March. She stormed out of the meeting. The court"
                + " struck down the law. The airline withdrew its flights from Kabul. The donor"
                + " shelled out $5m for the museum.");
    assertTrue(a.events().isEmpty(), () -> "events: " + events(a));
  }
}
