package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.source.ArticleMetadata;
import org.claimgraph.extract.source.ArticleSource;
import org.claimgraph.graph.GazetteerReader;
import org.junit.jupiter.api.Test;

/** Agent and place of captures told in the passive or with "fell to", on texts for the test. */
class EventArgumentsTest {

  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(GazetteerReader.readBundled());

  private static List<Event> captures(String body) {
    ExtractedArticle a =
        EXTRACTOR.extract(
            new ArticleSource(
                "t", Path.of("t.txt"), "Headline\n\n" + body, "0", ArticleMetadata.empty()));
    return a.events().stream().filter(e -> e.type() == EventType.CAPTURE).toList();
  }

  @Test
  void thePassiveNamesTheAgentAfterByAndThePlaceBefore() {
    List<Event> found =
        captures(
            "Rebels entered the village of Tarsa on Monday. On Friday the village was taken by"
                + " Chadian troops after heavy shelling.");
    // Entering the village is a capture of its own (the gold's convention); the passive is the
    // second.
    assertEquals(2, found.size(), () -> "events: " + found);
    assertEquals("actor/armed-forces-of-chad", found.get(1).agentKey().orElseThrow());
    assertEquals(List.of("place/tarsa"), found.get(1).placeKeys());
  }

  @Test
  void fellToNamesTheAgentAfterAndThePlaceBefore() {
    List<Event> found = captures("The town of Meskel fell to Chadian troops on Friday.");
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/armed-forces-of-chad", found.get(0).agentKey().orElseThrow());
    assertEquals(List.of("place/meskel"), found.get(0).placeKeys());
  }

  @Test
  void aPassiveAgentFarAfterTheTriggerIsNotTaken() {
    List<Event> found =
        captures(
            "The town of Meskel was taken by surprise on Friday, said a statement read out by"
                + " Chadian troops.");
    found.forEach(e -> assertEquals(java.util.Optional.empty(), e.agentKey()));
  }

  @Test
  void theFallOfAPlaceToForcesNamesThemAsTheTaker() {
    List<Event> found =
        captures("The fall of the town of Meskel to Chadian troops ended a week of fighting.");
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/armed-forces-of-chad", found.get(0).agentKey().orElseThrow());
    assertEquals(List.of("place/meskel"), found.get(0).placeKeys());
  }

  @Test
  void itsTroopsOfASpeakingMinistryAreItsCountrysForces() {
    List<Event> found =
        captures(
            "Chadian troops have fought rebels around Meskel for a month. Chad's defence ministry"
                + " said on Monday that its troops had captured the town of Meskel.");
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/armed-forces-of-chad", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void itsFightersOfASpeakingGroupAreTheGroup() {
    List<Event> found =
        captures(
            "Chadian troops have fought rebels around Meskel for a month. The Oruna Liberation"
                + " Front said on Monday that its fighters had captured the town of Meskel.");
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/oruna-liberation-front", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void aRelativeClauseActsForTheNameItFollows() {
    List<Event> found =
        captures(
            "The Oruna Liberation Front (OLF), which took the town of Meskel in April, says its"
                + " units have left.");
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/oruna-liberation-front", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void aRelativeClauseAfterAPlaceHasNoAgent() {
    List<Event> found =
        captures("Rebels surrounded the town of Tarsa, which fell to Chadian troops in May.");
    found.forEach(e -> assertEquals("actor/armed-forces-of-chad", e.agentKey().orElseThrow()));
  }

  @Test
  void aNounTellingAnEarlierCaptureTakesItsTaker() {
    List<Event> found =
        captures(
            "The Oruna Liberation Front said its fighters had captured the town of Meskel. The"
                + " capture of Meskel gives the group a road to the north.");
    assertEquals(2, found.size(), () -> "events: " + found);
    assertEquals("actor/oruna-liberation-front", found.get(1).agentKey().orElseThrow());
  }

  @Test
  void insurgentsToldWithoutANameAreTheGroupTheReportNamed() {
    List<Event> found =
        captures(
            "The Oruna Liberation Front has fought the army since 2019. Last week insurgents"
                + " entered the town of Meskel.");
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/oruna-liberation-front", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void insurgentsInAReportThatNamedNoGroupHaveNoAgent() {
    List<Event> found = captures("Last week insurgents entered the town of Meskel.");
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals(java.util.Optional.empty(), found.get(0).agentKey());
  }

  @Test
  void soldiersFleeingAcrossTheBorderAreTheArmyTheReportNamed() {
    ExtractedArticle a =
        EXTRACTOR.extract(
            new ArticleSource(
                "t",
                Path.of("t.txt"),
                "Headline\n\nChad's army said it was still fighting near the town of Meskel."
                    + " Hundreds of soldiers fled across the border into Sudan on Monday.\n",
                "0",
                ArticleMetadata.empty()));
    List<Event> retreats = a.events().stream().filter(e -> e.type() == EventType.RETREAT).toList();
    assertEquals(1, retreats.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-chad", retreats.get(0).agentKey().orElseThrow());
  }

  @Test
  void aCountryThatRetakesATownActsAsAState() {
    List<Event> found =
        EXTRACTOR
            .extract(
                new ArticleSource(
                    "t",
                    Path.of("t.txt"),
                    "Headline\n\nThe town of Meskel was retaken by Chad in September.\n",
                    "0",
                    ArticleMetadata.empty()))
            .events();
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/chad", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void theyInsideASpeakersWordsIsTheSideTheWordsNamedNotTheSpeaker() {
    List<Event> found =
        captures(
            "On Monday, Russia said that the Taliban had moved north towards Kunduz after they"
                + " captured the town of Shindand.");
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/taliban", found.get(0).agentKey().orElseThrow());
  }

  @Test
  void theyWithNoSideNamedInTheWordsIsTheSpeakerToldIndirectly() {
    List<Event> found =
        captures("The Taliban said on Monday that they had captured the town of Shindand.");
    assertEquals(1, found.size(), () -> "events: " + found);
    assertEquals("actor/taliban", found.get(0).agentKey().orElseThrow());
  }
}
