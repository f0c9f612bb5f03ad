package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * Event arguments that the report gives through its context (a place named before and then called
 * "the crossing", the forces called "the garrison", a border that stands for its one crossing), and
 * events that are only threatened, feared or hypothetical, on texts written for the test.
 */
class EventContextPhrasingsTest {

  private static List<Event> typed(ExtractedArticle a, EventType type) {
    return a.events().stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void aPlaceCalledByItsKindIsTheLastPlaceOfThatKindNamed() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chadian troops held the Adré crossing for a week. On Monday the Oruna Liberation"
                + " Front announced the capture of the crossing by its fighters. Chad's defence"
                + " minister later acknowledged the loss of the crossing in a televised address.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/adre"), captures.get(0).placeKeys());
    List<Event> losses = typed(a, EventType.ACKNOWLEDGEMENT);
    assertEquals(1, losses.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/adre"), losses.get(0).placeKeys());
  }

  @Test
  void aKindNeverStandsForAPlaceOfAnotherKind() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chadian troops held the Adré crossing for a week. Rebels then announced the capture"
                + " of the town.");
    typed(a, EventType.CAPTURE)
        .forEach(e -> assertEquals(List.of(), e.placeKeys(), () -> "events: " + a.events()));
  }

  @Test
  void forcesWithdrawingFromTheTownWithdrawFromTheTownNamedBefore() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Rebels attacked the town of Meskel on Sunday. Chad's army withdrew its last units"
                + " from the town late on Monday, a military source said.");
    List<Event> withdrawals = typed(a, EventType.WITHDRAWAL);
    assertEquals(1, withdrawals.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/meskel"), withdrawals.get(0).placeKeys());
  }

  @Test
  void whatIsThreatenedFearedOrHypotheticalIsNoEvent() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Chadian government warned that it would retake the town of Meskel by force."
                + " Analysts fear that the rebels could be able to seize the town of Faya within"
                + " weeks. Chad's army said any attack on the Adré crossing will receive a firm"
                + " response.");
    assertEquals(List.of(), a.events(), () -> "events: " + a.events());
  }

  @Test
  void whatWasDoneOrSeemedDoneIsStillAnEvent() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The rebels have been able to capture the town of Meskel. Chad's army has appeared"
                + " to retake the town of Faya.");
    assertEquals(1, typed(a, EventType.CAPTURE).size(), () -> "events: " + a.events());
    assertEquals(1, typed(a, EventType.RECAPTURE).size(), () -> "events: " + a.events());
  }

  @Test
  void civiliansLeavingARegionAreNoWithdrawal() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The UN refugee agency estimates that more than 6,000 civilians have left the town"
                + " of Meskel in the past ten days.");
    assertEquals(List.of(), typed(a, EventType.WITHDRAWAL), () -> "events: " + a.events());
  }

  @Test
  void anAttemptToAdvanceIsAnAdvanceByWhoeverTheByPhraseNames() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chadian troops repelled an attempt by the Oruna Liberation Front to advance on the"
                + " village of Meskel.");
    List<Event> advances = typed(a, EventType.ADVANCE);
    assertEquals(1, advances.size(), () -> "events: " + a.events());
    assertEquals("actor/oruna-liberation-front", advances.get(0).agentKey().orElseThrow());
    assertEquals(List.of("place/meskel"), advances.get(0).placeKeys());
  }

  @Test
  void anAttemptToCaptureIsNoCapture() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chadian troops repelled an attempt by the Oruna Liberation Front to capture the"
                + " village of Meskel.");
    assertEquals(List.of(), typed(a, EventType.CAPTURE), () -> "events: " + a.events());
  }

  @Test
  void theGarrisonAndTheFightersAreTheSidesTheReportNamed() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's army has held the town of Meskel since 2019, and the Oruna Liberation Front"
                + " has besieged it since May. On Friday the garrison commander ordered a"
                + " withdrawal. The fighters entered the town of Faya a day later.");
    List<Event> withdrawals = typed(a, EventType.WITHDRAWAL);
    assertEquals(1, withdrawals.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-chad", withdrawals.get(0).agentKey().orElseThrow());
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals("actor/oruna-liberation-front", captures.get(0).agentKey().orElseThrow());
  }

  @Test
  void theRetreatOfGovernmentTroopsIsTheArmyTheReportNamed() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's army fought the rebels for a month. It ended with the retreat of government"
                + " troops into Sudan.");
    List<Event> retreats = typed(a, EventType.RETREAT);
    assertEquals(1, retreats.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-chad", retreats.get(0).agentKey().orElseThrow());
  }

  @Test
  void aPassiveAttackTakesItsPlaceFromItsSubject() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "On Monday, after the runway at Incirlik Air Base was shelled, the base commander"
                + " ordered a withdrawal.");
    List<Event> attacks = typed(a, EventType.ATTACK);
    assertEquals(1, attacks.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/incirlik"), attacks.get(0).placeKeys());
  }

  @Test
  void aWholeBorderCapturedIsItsOneCrossingNamedInTheReport() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Oruna Liberation Front captured the Chad-Sudan border on Monday. Residents said"
                + " its fighters raised their flag over the Adré crossing.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals("place/adre", captures.get(0).placeKeys().get(0));
  }

  @Test
  void aShareOfABorderStaysTheBorder() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Oruna Liberation Front took control of two-thirds of the Chad-Sudan border on"
                + " Monday. Residents said its fighters raised their flag over the Adré crossing.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals("place/border-chad-sudan", captures.get(0).placeKeys().get(0));
  }

  @Test
  void aBorderWithTwoCrossingsNamedStaysTheBorder() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Rebels captured the Syria-Turkey border on Monday. Lorries queued at Bab al-Hawa and"
                + " at Bab al-Salam.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals("place/border-syria-turkey", captures.get(0).placeKeys().get(0));
  }

  @Test
  void aRetakeByTheOnlySideTakingPlacesIsACapture() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Taliban captured the town of Shindand on Monday. More districts are gradually"
                + " being retaken by the Taliban.");
    assertEquals(2, typed(a, EventType.CAPTURE).size(), () -> "events: " + a.events());
    assertEquals(List.of(), typed(a, EventType.RECAPTURE));
  }

  @Test
  void aRetakeByTheSideThatLostThePlaceIsARecapture() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The town of Meskel fell to rebels in May. It was retaken by Chadian troops in"
                + " September.");
    List<Event> retakes = typed(a, EventType.RECAPTURE);
    assertEquals(1, retakes.size(), () -> "events: " + a.events());
    assertTrue(retakes.get(0).agentKey().isPresent());
  }

  @Test
  void aBriefingHeldInACityTakesThatPlace() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The following is a transcript of the briefing held by Foreign Ministry spokesman"
                + " Omar Bile in N'Djamena on Sunday.");
    List<Event> statements = typed(a, EventType.STATEMENT);
    assertEquals(1, statements.size(), () -> "events: " + a.events());
    assertEquals(Optional.of("actor/omar-bile"), statements.get(0).agentKey());
    assertEquals(List.of("place/ndjamena"), statements.get(0).placeKeys());
  }

  @Test
  void anInvestigationAnnouncedIsAStatement() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's information minister, Omar Bile, later admitted that \"mistakes were made\""
                + " and announced an investigation.");
    List<Event> statements = typed(a, EventType.STATEMENT);
    assertEquals(1, statements.size(), () -> "events: " + a.events());
    assertEquals(Optional.of("actor/omar-bile"), statements.get(0).agentKey());
  }

  @Test
  void aLossAdmittedInAnyTenseIsAnAcknowledgement() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's army did acknowledge the loss of the town of Meskel. The Oruna Liberation"
                + " Front admits the loss of the town of Faya.");
    assertEquals(2, typed(a, EventType.ACKNOWLEDGEMENT).size(), () -> "events: " + a.events());
  }

  @Test
  void aPlaceLiberatedIsCapturedButPeopleLiberatedAreNot() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's defence ministry said its units had \"liberated\" the village of Meskel."
                + " Chadian troops liberated 40 hostages on Monday.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/meskel"), captures.get(0).placeKeys());
  }

  @Test
  void troopsRepositionedAreAWithdrawal() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's army said its troops had \"repositioned\" to the town of Faya overnight.");
    assertEquals(1, typed(a, EventType.WITHDRAWAL).size(), () -> "events: " + a.events());
  }

  @Test
  void enteringTheOutskirtsIsAnAdvanceNotACapture() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Rebels shelled the town of Meskel on Sunday. Chadian troops had briefly entered the"
                + " outskirts of Meskel on Monday. Rebels entered the town of Faya at dawn.");
    List<Event> advances = typed(a, EventType.ADVANCE);
    assertEquals(1, advances.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/meskel"), advances.get(0).placeKeys());
    assertEquals(1, typed(a, EventType.CAPTURE).size(), () -> "events: " + a.events());
  }

  @Test
  void aWhereClauseTellsOfThePlaceBeforeIt() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's army fought for the town of Meskel, a small town to the south, where its units"
                + " withdrew to new positions last week.");
    List<Event> withdrawals = typed(a, EventType.WITHDRAWAL);
    assertEquals(1, withdrawals.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/meskel"), withdrawals.get(0).placeKeys());
  }

  @Test
  void anAttackBlamedOnASideIsThatSides() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Oruna Liberation Front denied it. An army spokesman blamed the shelling of the"
                + " market on the Oruna Liberation Front.");
    List<Event> attacks = typed(a, EventType.ATTACK);
    assertEquals(1, attacks.size(), () -> "events: " + a.events());
    assertEquals("actor/oruna-liberation-front", attacks.get(0).agentKey().orElseThrow());
  }

  @Test
  void soldiersToldBeforeAnySideIsNamedAreTheReportsOneArmy() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Hundreds of government soldiers fled across the border into Sudan on Tuesday. Chad's"
                + " army said it was regrouping.");
    List<Event> retreats = typed(a, EventType.RETREAT);
    assertEquals(1, retreats.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-chad", retreats.get(0).agentKey().orElseThrow());
  }

  @Test
  void soldiersInAReportOfTwoArmiesStayUnknown() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Hundreds of soldiers fled across the border into Sudan on Tuesday. Chad's army and"
                + " Niger's army said they were regrouping.");
    List<Event> retreats = typed(a, EventType.RETREAT);
    assertEquals(1, retreats.size(), () -> "events: " + a.events());
    assertEquals(Optional.empty(), retreats.get(0).agentKey());
  }

  @Test
  void aBriefingGivenByANamedSpokesmanInACityTakesThatPlace() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "This is a transcript of the weekly briefing given by the defence ministry"
                + " spokesman, Colonel Omar Bile, in N'Djamena on Thursday.");
    List<Event> statements = typed(a, EventType.STATEMENT);
    assertEquals(1, statements.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/ndjamena"), statements.get(0).placeKeys());
  }

  @Test
  void anAirstrikeThatHitIsAnAttackAfterItsArticle() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "At least 30 people were killed when an airstrike hit a market in the town of Meskel"
                + " on Saturday.");
    List<Event> attacks = typed(a, EventType.ATTACK);
    assertEquals(1, attacks.size(), () -> "events: " + a.events());
    assertEquals(List.of("place/meskel"), attacks.get(0).placeKeys());
  }

  @Test
  void advancesToldWithANounAreAdvancesOfTheCountrysForcesBeforeThem() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Rebels shelled the town of Meskel on Sunday. Footage confirmed Chadian advances east"
                + " of Meskel.");
    List<Event> advances = typed(a, EventType.ADVANCE);
    assertEquals(1, advances.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-chad", advances.get(0).agentKey().orElseThrow());
    assertEquals(List.of("place/meskel"), advances.get(0).placeKeys());
  }

  @Test
  void anAdvancePlannedIsNoAdvance() {
    ExtractedArticle a =
        PhrasingFixture.run("Chad's army plans to advance on the town of Meskel next month.");
    assertEquals(List.of(), typed(a, EventType.ADVANCE), () -> "events: " + a.events());
  }

  @Test
  void itsAircraftInASpokesmansWordsAreTheForcesOfTheBodyHeSpeaksFor() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's army has fought the rebels since May. A Chadian defence ministry spokesman,"
                + " Ali Mahamat, said its aircraft had struck rebel positions in the town of"
                + " Meskel.");
    List<Event> attacks = typed(a, EventType.ATTACK);
    assertEquals(1, attacks.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-chad", attacks.get(0).agentKey().orElseThrow());
  }

  @Test
  void controlTakenWithAQualifierOrTakenOverIsACapture() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's army said it had taken full control of the town of Meskel. Rebels took over"
                + " the town of Faya on Monday. The minister took over the talks.");
    assertEquals(
        List.of(List.of("place/meskel"), List.of("place/faya")),
        typed(a, EventType.CAPTURE).stream().map(Event::placeKeys).toList(),
        () -> "events: " + a.events());
  }

  @Test
  void itsTroopsOfAMinistryInTheLeadAreItsCountrysForcesBeforeTheyAreNamed() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Russia's defence ministry said on Tuesday that its troops had taken full control of"
                + " the village of Novoselivka.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-russia", captures.get(0).agentKey().orElseThrow());
  }

  @Test
  void aCaptureOpeningReportedWordsIsByItsTakerNotTheSpeaker() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Russia's defence ministry said its troops had captured the village of Novoselivka."
                + " A Kremlin spokesman said the capture of Novoselivka showed that the"
                + " initiative was theirs.");
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(2, captures.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-russia", captures.get(1).agentKey().orElseThrow());
  }

  @Test
  void raidsAndAttacksAgainstAPlaceAreAttacks() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Oruna Liberation Front carried out a raid on the town of Meskel. Chad's army"
                + " launched an offensive against the town of Faya.");
    assertEquals(2, typed(a, EventType.ATTACK).size(), () -> "events: " + a.events());
  }

  @Test
  void governmentForcesAndMilitiamenAreTheSidesTheReportNamed() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's army and the Oruna Liberation Front have fought since May. On Monday"
                + " government forces withdrew from the town of Meskel. Militiamen entered the town"
                + " of Faya a day later.");
    List<Event> withdrawals = typed(a, EventType.WITHDRAWAL);
    assertEquals(1, withdrawals.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-chad", withdrawals.get(0).agentKey().orElseThrow());
    List<Event> captures = typed(a, EventType.CAPTURE);
    assertEquals(1, captures.size(), () -> "events: " + a.events());
    assertEquals("actor/oruna-liberation-front", captures.get(0).agentKey().orElseThrow());
  }

  @Test
  void forcesFleeingIntoANeighbouringCountryRetreatButIntoATownWithdraw() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's army lost the north. About 300 soldiers fled into neighbouring Morvania on"
                + " Monday. Other units fled towards the town of Faya.");
    assertEquals(1, typed(a, EventType.RETREAT).size(), () -> "events: " + a.events());
    assertEquals(1, typed(a, EventType.WITHDRAWAL).size(), () -> "events: " + a.events());
  }

  @Test
  void airStrikesBeforeACaptureInItsSentenceAreTheTakers() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chad's army said it had seized the town of Meskel after a week of air strikes. The"
                + " Oruna Liberation Front seized the town of Faya after government air strikes.");
    List<Event> attacks = typed(a, EventType.ATTACK);
    assertEquals(2, attacks.size(), () -> "events: " + a.events());
    assertEquals("actor/armed-forces-of-chad", attacks.get(0).agentKey().orElseThrow());
    assertTrue(
        attacks.get(1).agentKey().filter("actor/oruna-liberation-front"::equals).isEmpty(),
        () -> "events: " + a.events());
  }

  @Test
  void anAttackRepelledIsAnAttackButNotByTheSideThatRepelledIt() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Chadian troops repelled an attack on the town of Meskel overnight. The army said"
                + " the assault had been repelled. Chad's army repulsed an attack by the Oruna"
                + " Liberation Front near the town of Faya.");
    List<Event> attacks = typed(a, EventType.ATTACK);
    assertEquals(3, attacks.size(), () -> "events: " + a.events());
    assertEquals(Optional.empty(), attacks.get(0).agentKey());
    assertEquals(List.of("place/meskel"), attacks.get(0).placeKeys());
    assertEquals("actor/oruna-liberation-front", attacks.get(2).agentKey().orElseThrow());
  }

  @Test
  void aStatementNamedAsTheSourceIsAStatement() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Hundreds of soldiers fled across the border into Sudan, according to a Chadian"
                + " army statement.");
    assertEquals(1, typed(a, EventType.STATEMENT).size(), () -> "events: " + a.events());
  }

  @Test
  void effortsUnderWayToRecaptureArePresentedAsARecapture() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "Rebels took the town of Meskel in May. Several efforts are being conducted to"
                + " recapture the town of Meskel.");
    assertEquals(1, typed(a, EventType.RECAPTURE).size(), () -> "events: " + a.events());
  }
}
