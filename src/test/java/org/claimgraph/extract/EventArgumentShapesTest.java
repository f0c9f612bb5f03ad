package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * Agents and places of events in the general shapes of reports: a place lost "to" a side, a place
 * named by its kind or by "it", an admission that tells a loss, a subject before a relative clause
 * and a clause opened by "since", on texts written for the test.
 */
class EventArgumentShapesTest {

  private static List<String> events(ExtractedArticle a) {
    return a.events().stream()
        .map(e -> e.type() + " " + e.agentKey().orElse("-") + " " + e.placeKeys())
        .toList();
  }

  private static Event first(ExtractedArticle a, EventType type) {
    return a.events().stream()
        .filter(e -> e.type() == type)
        .findFirst()
        .orElseThrow(() -> new AssertionError(type + " not in " + events(a)));
  }

  private static boolean placeHas(Event e, String word) {
    return e.placeKeys().stream().anyMatch(k -> k.contains(word));
  }

  @Test
  void aPlaceLostToASideWasTakenByThatSide() {
    ExtractedArticle b =
        PhrasingFixture.run(
            "Shops reopened in the town of Velka, the town it lost to the Taliban in 2021.");
    Event capture = first(b, EventType.CAPTURE);
    assertEquals("actor/taliban", capture.agentKey().orElseThrow(), () -> "events: " + events(b));
    assertTrue(placeHas(capture, "velka"), () -> "events: " + events(b));
    ExtractedArticle c = PhrasingFixture.run("Three players were lost to injuries in Kabul.");
    assertTrue(c.events().isEmpty(), () -> "events: " + events(c));
  }

  @Test
  void takingAPlaceNamedByItsKindIsACapture() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Taliban reached the village of Dorn and took the village at dawn.");
    assertEquals(
        1,
        a.events().stream().filter(e -> e.type() == EventType.CAPTURE).count(),
        () -> "events: " + events(a));
  }

  @Test
  void itAfterTheTriggerIsThePlaceJustNamed() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The town of Sarn had been held by the army since the Taliban captured it in 2020.");
    Event capture = first(a, EventType.CAPTURE);
    assertTrue(placeHas(capture, "sarn"), () -> "events: " + events(a));
    assertEquals("actor/taliban", capture.agentKey().orElseThrow(), () -> "events: " + events(a));
  }

  @Test
  void anAdmittedLossIsAnAcknowledgementByTheOneAdmitting() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The army chief of staff, Gen. Adam Roth, admitted that his troops had lost control of"
                + " the town of Ostra.");
    Event ack = first(a, EventType.ACKNOWLEDGEMENT);
    assertTrue(ack.agentKey().orElseThrow().contains("roth"), () -> "events: " + events(a));
    assertTrue(placeHas(ack, "ostra"), () -> "events: " + events(a));
  }

  @Test
  void theSubjectBeforeAClosedRelativeClauseActs() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Taliban, which has fought the Velsian army since 2019, took the town of Mirel on"
                + " Sunday.");
    assertEquals(
        "actor/taliban",
        first(a, EventType.CAPTURE).agentKey().orElseThrow(),
        () -> "events: " + events(a));
  }

  @Test
  void anAttemptWithoutByIsMadeByTheForcesNamedBeforeIt() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Velsian army is present in the area, and efforts are being made to recapture the"
                + " town of Dorn.");
    assertEquals(
        "Armed forces of Velsia",
        a.entity(first(a, EventType.RECAPTURE).agentKey().orElseThrow()).orElseThrow().label(),
        () -> "events: " + events(a));
  }

  @Test
  void aGovernmentsWithdrawalIsMadeByItsForces() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Velsian government completed its withdrawal from the town of Sarn on Monday.");
    assertEquals(
        "Armed forces of Velsia",
        a.entity(first(a, EventType.WITHDRAWAL).agentKey().orElseThrow()).orElseThrow().label(),
        () -> "events: " + events(a));
  }

  @Test
  void aPassiveRelativeClauseTookThePlaceItsPronounStandsFor() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Several districts in the north of the country of Afghanistan that were captured by"
                + " the Taliban last month remain closed to aid agencies.");
    Event capture = first(a, EventType.CAPTURE);
    assertTrue(placeHas(capture, "afghanistan"), () -> "events: " + events(a));
  }

  @Test
  void aPlaceNamedByItsKindMayFollowAWordInScareQuotes() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Taliban reached the town of Dorn on Monday. Their commander said his men had"
                + " \"liberated\" the town.");
    assertEquals(
        1,
        a.events().stream().filter(e -> e.type() == EventType.CAPTURE).count(),
        () -> "events: " + events(a));
  }

  @Test
  void anAdmissionMayFollowTheLossItAdmits() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "\"Our troops have lost control of the town of Ostra,\" Gen. Adam Roth admitted on"
                + " Monday.");
    assertTrue(
        a.events().stream().allMatch(e -> e.trigger().start() < e.trigger().end()),
        () -> "events: " + events(a));
  }

  @Test
  void theStrikesAreThoseOfTheSideLastToldAttacking() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Taliban attacked army posts near the town of Velka on Monday. Residents said the"
                + " strikes killed four people.");
    List<Event> attacks = a.events().stream().filter(e -> e.type() == EventType.ATTACK).toList();
    assertEquals(2, attacks.size(), () -> "events: " + events(a));
    assertEquals(
        "actor/taliban", attacks.get(1).agentKey().orElseThrow(), () -> "events: " + events(a));
  }

  @Test
  void aSideAnnouncingACaptureTookThePlace() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Taliban announced the capture of the town of Velka in a statement.");
    assertEquals(
        "actor/taliban",
        first(a, EventType.CAPTURE).agentKey().orElseThrow(),
        () -> "events: " + events(a));
  }
}
