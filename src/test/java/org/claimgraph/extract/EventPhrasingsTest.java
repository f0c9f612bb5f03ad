package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/**
 * Events told with nouns and idioms, statements named by their medium, and what is not a capture or
 * a retreat, on texts written for the test.
 */
class EventPhrasingsTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private static ExtractedArticle run(String body) {
    return EXTRACTOR.extract(
        new ArticleSource(
            "t", Path.of("t.txt"), "Headline\n\n" + body, "0", ArticleMetadata.empty()));
  }

  private static List<Event> typed(ExtractedArticle a, EventType type) {
    return a.events().stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void theActorNamingAnAttackMadeItEvenWhenTheSubjectRepelledIt() {
    ExtractedArticle a =
        run(
            "Government troops fought off a Taliban attack on Kunduz. The Rapid Support Forces"
                + " (RSF) said on Monday that the army had repelled an RSF attack on the road.");
    List<Event> attacks = typed(a, EventType.ATTACK);
    assertEquals(2, attacks.size(), () -> "events: " + a.events());
    assertEquals("actor/taliban", attacks.get(0).agentKey().orElseThrow());
    assertEquals("actor/rsf", attacks.get(1).agentKey().orElseThrow());
  }

  @Test
  void theCaptureOfAPersonIsAManhuntNotATakenPlace() {
    ExtractedArticle a =
        run(
            "The government offered a reward for information leading to the capture of rebel"
                + " leader Adem Rusk. The capture of the group's commander was announced on"
                + " Monday. The capture of the town of Velka took two days.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertTrue(a.quote(captures.get(0).evidence()).contains("Velka"));
  }

  @Test
  void theDatelinesDateIsWhenTheStoryWasFiledNotWhenItsEventHappened() {
    ExtractedArticle a =
        run(
            "KABUL, July 14 (Reuters) - Taliban insurgents captured the border crossing of Spin"
                + " Boldak on Tuesday. KABUL, July 14 (Reuters) - Taliban insurgents captured"
                + " Torkham.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(2, captures.size(), () -> "events: " + a.events());
    assertEquals("on Tuesday", captures.get(0).time().orElseThrow().phrase());
    assertTrue(captures.get(1).time().isEmpty(), () -> "time: " + captures.get(1).time());
  }

  @Test
  void nounsAndIdiomsTellCapturesWithTheirPlace() {
    ExtractedArticle a =
        run(
            "The fall of the town of Meskel shocked the capital. Chadian troops lost control of"
                + " the town of Ouria on Monday. Rebels entered the town of Faya at dawn. On"
                + " Friday the rebels took the town of Abeche.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(
        List.of(
            List.of("place/meskel"),
            List.of("place/ouria"),
            List.of("place/faya"),
            List.of("place/abeche")),
        captures.stream().map(Event::placeKeys).toList(),
        () -> "events: " + a.events());
    // Who lost control of a town is not who took it.
    assertTrue(captures.get(1).agentKey().isEmpty(), () -> "events: " + captures);
  }

  @Test
  void tookWithoutAPlaceIsNoCapture() {
    ExtractedArticle a =
        run("The meeting took place in the capital. The minister took part in the talks.");
    assertEquals(List.of(), typed(a, EventType.CAPTURE));
  }

  @Test
  void prisonersAndVehiclesTakenAreNoCapture() {
    ExtractedArticle a =
        run(
            "Three Chadian soldiers were captured near the town of Ouria. Rebels captured 12"
                + " military vehicles on the road.");
    assertEquals(List.of(), typed(a, EventType.CAPTURE), () -> "events: " + a.events());
  }

  @Test
  void civiliansAndLorriesCrossingAreNoRetreatButSoldiersAre() {
    ExtractedArticle a =
        run(
            "Hundreds of families fled across the border into Sudan. Lorries carrying grain"
                + " crossed into Sudan on Monday. About 200 Chadian soldiers crossed into Sudan"
                + " overnight.");
    List<Event> retreats = typed(a, EventType.RETREAT);
    assertEquals(1, retreats.size(), () -> "events: " + a.events());
    assertTrue(a.quote(retreats.get(0).evidence()).contains("soldiers"));
  }

  @Test
  void statementsNamedByTheirMediumAreStatementEventsOfTheSpeaker() {
    ExtractedArticle a =
        run(
            "In a post on Telegram, the rebel commander Idriss Hamid said his men held the road."
                + " Defence Minister Omar Bile told a news conference in N'Djamena that the road"
                + " was open. Residents said the shops were shut.");
    List<Event> statements = typed(a, EventType.STATEMENT);
    assertEquals(
        List.of("actor/idriss-hamid", "actor/omar-bile"),
        statements.stream().map(e -> e.agentKey().orElseThrow()).toList(),
        () -> "events: " + a.events());
  }

  @Test
  void forcesCrossingTheBorderRetreatButFamiliesDoNot() {
    ExtractedArticle a =
        run(
            "Hundreds of families crossed the border into Sudan on Sunday. About 300 Chadian"
                + " soldiers crossed the border into Sudan overnight.");
    List<Event> retreats = typed(a, EventType.RETREAT);
    assertEquals(1, retreats.size(), () -> "events: " + a.events());
    assertTrue(a.quote(retreats.get(0).evidence()).contains("soldiers"));
  }

  @Test
  void airStrikesAndAnOffensiveThatBeganAreAttacksEvenAfterADeterminer() {
    ExtractedArticle a =
        run(
            "Chadian troops entered Meskel after a week of air strikes. Thousands have fled the"
                + " area since the offensive began.");
    assertEquals(2, typed(a, EventType.ATTACK).size(), () -> "events: " + a.events());
  }

  @Test
  void anOffensiveExpectedIsNoAttack() {
    ExtractedArticle a =
        run("A new offensive is expected within weeks, diplomats in Ndjamena say.");
    assertEquals(List.of(), typed(a, EventType.ATTACK), () -> "events: " + a.events());
  }

  @Test
  void aStrategicWithdrawalIsAWithdrawal() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had carried out a strategic withdrawal"
                + " from Meskel to spare civilians.");
    assertEquals(1, typed(a, EventType.WITHDRAWAL).size(), () -> "events: " + a.events());
  }

  @Test
  void theWithdrawalToldLaterIsTheSidesThatPulledBack() {
    ExtractedArticle a =
        run(
            "Chad's army withdrew from the town of Meskel on Sunday. Analysts say the withdrawal"
                + " exposes the road to the capital.");
    List<Event> withdrawals = typed(a, EventType.WITHDRAWAL);
    assertEquals(2, withdrawals.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-chad", withdrawals.get(1).agentKey().orElseThrow());
  }

  @Test
  void theWithdrawalInAReportThatToldNoPullBackHasNoAgent() {
    ExtractedArticle a = run("Analysts say the withdrawal exposes the road to the capital.");
    typed(a, EventType.WITHDRAWAL)
        .forEach(e -> assertEquals(java.util.Optional.empty(), e.agentKey(), "" + e));
  }
}
