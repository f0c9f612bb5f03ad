package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * Triggers written once as lemmas are found in every tense and voice, and the forms that tell
 * nothing real (infinitives, adjectives, denials, questions) stay out, on texts written for the
 * test.
 */
class InflectedTriggersTest {

  private static List<String> events(ExtractedArticle a) {
    return a.events().stream()
        .map(e -> e.type() + " " + (e.placeKeys().isEmpty() ? "-" : e.placeKeys().get(0)))
        .toList();
  }

  private static Event only(ExtractedArticle a) {
    assertEquals(1, a.events().size(), () -> "events: " + events(a));
    return a.events().get(0);
  }

  @Test
  void aLemmaIsFoundInTensesNobodyListed() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Rebels are seizing the town of Velka. The army pulls its troops out of the town of"
                + " Dorn. The militia has taken complete control of the village of Sarn. Fighters"
                + " were retaking the village of Ostra.");
    assertEquals(
        List.of(EventType.CAPTURE, EventType.WITHDRAWAL, EventType.CAPTURE, EventType.RECAPTURE),
        a.events().stream().map(Event::type).toList(),
        () -> "events: " + events(a));
  }

  @Test
  void infinitivesAdjectivesDenialsAndQuestionsTellNoEvent() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The rebels plan to capture the town of Mirel. The army failed to retake the town of"
                + " Bask. The captured town of Velka lies in ruins. The army denied withdrawing"
                + " from the town of Dorn. Did the army withdraw from the town of Tesk?");
    assertTrue(a.events().isEmpty(), () -> "events: " + events(a));
  }

  @Test
  void aPassiveOfTakeNeedsNoPlaceAfterIt() {
    Event e = only(PhrasingFixture.run("The village of Arno was taken by the rebels on Monday."));
    assertEquals(EventType.CAPTURE, e.type());
    assertTrue(e.placeKeys().get(0).contains("arno"), () -> "places: " + e.placeKeys());
  }

  @Test
  void whatForcesWereOrderedOrForcedToDoAndWhatTheyAreAccusedOfAreTold() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The garrison had been ordered to pull back from the town of Velka. Rebels accused the"
                + " army of shelling the town of Dorn. The police units were forced to withdraw from"
                + " the town of Sarn.");
    assertEquals(
        List.of(EventType.WITHDRAWAL, EventType.ATTACK, EventType.WITHDRAWAL),
        a.events().stream().map(Event::type).toList(),
        () -> "events: " + events(a));
  }

  @Test
  void controlRestoredIsACapture() {
    Event e =
        only(
            PhrasingFixture.run(
                "The army said it had restored full state control over the town of Velka."));
    assertEquals(EventType.CAPTURE, e.type());
  }

  @Test
  void aPurposeIsNoDeed() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The army began an operation aimed at capturing the town of Velka. The rebels are bent"
                + " on retaking the town of Dorn.");
    assertTrue(a.events().isEmpty(), () -> "events: " + events(a));
  }
}
