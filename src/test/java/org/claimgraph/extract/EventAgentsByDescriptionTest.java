package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/**
 * Agents told by their members ("fighters of the X"), by a pronoun in the report's own voice, by a
 * country's weapons, and places told by "its" or a kind, on texts for the test.
 */
class EventAgentsByDescriptionTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private static List<Event> events(String body, EventType type) {
    ExtractedArticle a =
        EXTRACTOR.extract(
            new ArticleSource(
                "t", Path.of("t.txt"), "Headline\n\n" + body, "0", ArticleMetadata.empty()));
    return a.events().stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void aPlaceFallingToFightersOfAGroupFallsToTheGroup() {
    List<Event> found =
        events(
            "The town of Meskel fell to fighters of the Oruna Liberation Front on Friday.",
            EventType.CAPTURE);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/oruna-liberation-front", found.get(0).agentKey().orElseThrow());
    assertEquals(List.of("place/meskel"), found.get(0).placeKeys());
  }

  @Test
  void aPassiveByMembersOfAGroupNamesTheGroup() {
    List<Event> found =
        events(
            "On Monday the village of Tarsa was taken by militants from the Oruna Liberation"
                + " Front.",
            EventType.CAPTURE);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/oruna-liberation-front", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void theCaptureByFightersOfAGroupIsTheGroups() {
    List<Event> found =
        events(
            "Residents fled after the capture of Meskel by fighters of the Oruna Liberation"
                + " Front.",
            EventType.CAPTURE);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/oruna-liberation-front", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void aPlaceComingUnderTheControlOfASideIsTakenByIt() {
    List<Event> found =
        events(
            "The village of Tarsa came under the control of the Oruna Liberation Front on"
                + " Sunday.",
            EventType.CAPTURE);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/oruna-liberation-front", found.get(0).agentKey().orElseThrow());
    assertEquals(List.of("place/tarsa"), found.get(0).placeKeys());
  }

  @Test
  void itsFightersInTheReportsOwnVoiceAreTheSideNamedLast() {
    List<Event> found =
        events(
            "The Oruna Liberation Front launched an offensive in March. After a week of fighting,"
                + " its fighters advanced towards Meskel.",
            EventType.ADVANCE);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/oruna-liberation-front", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void aPronounWithNoSideNamedBeforeHasNoAgent() {
    List<Event> found =
        events("After a week of fighting, they advanced towards Meskel.", EventType.ADVANCE);
    found.forEach(e -> assertEquals(Optional.empty(), e.agentKey()));
  }

  @Test
  void aCountrysDroneIsItsForces() {
    List<Event> found =
        events("A Chadian drone struck a fuel depot near Meskel on Sunday.", EventType.ATTACK);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/armed-forces-of-chad", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void armyHelicoptersAreTheArmyTheReportNamed() {
    List<Event> found =
        events(
            "Chad's army said it was fighting near Meskel. On Tuesday army helicopters struck"
                + " positions near the town.",
            EventType.ATTACK);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/armed-forces-of-chad", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void itsCaptureIsOfThePlaceJustNamed() {
    List<Event> found =
        events(
            "The town of Meskel lies on the main road north. Since its capture by the Oruna"
                + " Liberation Front, traffic has stopped.",
            EventType.CAPTURE);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals(List.of("place/meskel"), found.get(0).placeKeys());
    assertEquals("actor/oruna-liberation-front", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void forcesThatContinueToAdvanceAdvance() {
    List<Event> found =
        events("Chadian troops continue to advance towards Meskel.", EventType.ADVANCE);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/armed-forces-of-chad", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void aSentenceOpeningWithTheKindOfAPlaceIsAboutThePlaceNamedBefore() {
    ExtractedArticle a =
        EXTRACTOR.extract(
            new ArticleSource(
                "t",
                Path.of("t.txt"),
                "Headline\n\nTraders queued at the Velka border crossing on Sunday. The crossing"
                    + " fell to fighters of the Oruna Liberation Front on Monday.",
                "0",
                ArticleMetadata.empty()));
    List<Event> found = a.events().stream().filter(e -> e.type() == EventType.CAPTURE).toList();
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals(List.of("place/velka-crossing"), found.get(0).placeKeys());
    assertEquals(
        1,
        a.entities().stream()
            .filter(e -> e.type() == org.claimgraph.extract.model.EntityType.BORDER_CROSSING)
            .count(),
        () -> "" + a.entities());
  }

  @Test
  void aCaptureToldWithAGerundIsACapture() {
    List<Event> found =
        events(
            "Chadian troops entered Meskel on Monday after capturing the town of Tarsa.",
            EventType.CAPTURE);
    assertEquals(2, found.size(), () -> "events: " + found);
    assertEquals(List.of("place/tarsa"), found.get(1).placeKeys());
  }

  @Test
  void aMoveTheTextDeniesIsNoEvent() {
    List<Event> found =
        events(
            "Chadian troops had not withdrawn from Meskel, and the army is regrouping, not"
                + " retreating.",
            EventType.WITHDRAWAL);
    assertEquals(List.of(), found);
  }

  @Test
  void anOffensiveLaunchedInTheRegionIsAnAttackThere() {
    List<Event> found =
        events(
            "Fighting has spread across Sorran province. The Oruna Liberation Front launched an"
                + " offensive in the north of the region in May.",
            EventType.ATTACK);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/oruna-liberation-front", found.get(0).agentKey().orElseThrow());
    assertEquals(List.of("place/sorran-province"), found.get(0).placeKeys());
  }

  @Test
  void unitsOfASpeakersForcesAreItsForces() {
    List<Event> found =
        events(
            "Chad's defence ministry said units of its \"North\" group of forces had captured the"
                + " town of Meskel.",
            EventType.CAPTURE);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/armed-forces-of-chad", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void forcesAbandoningAPlaceWithdrawFromIt() {
    List<Event> found =
        events("Chadian troops had abandoned the town of Meskel by Sunday.", EventType.WITHDRAWAL);
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals(List.of("place/meskel"), found.get(0).placeKeys());
  }

  @Test
  void abandonedHopesAreNoWithdrawal() {
    List<Event> found =
        events("Chadian negotiators abandoned hopes of a truce.", EventType.WITHDRAWAL);
    assertEquals(List.of(), found);
  }

  @Test
  void gunmenWhoAmbushedAConvoyAttacked() {
    List<Event> found =
        events("Gunmen ambushed an army convoy near the town of Meskel.", EventType.ATTACK);
    assertEquals(1, found.size(), () -> "events: " + found);
  }
}
