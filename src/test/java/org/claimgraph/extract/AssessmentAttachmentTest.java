package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.claimgraph.extract.PhrasingFixture.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * Which claim an assessment speaks about when something stands between them, or when it names the
 * claimants or the figure; texts written for the test.
 */
class AssessmentAttachmentTest {

  @Test
  void aHeadingBetweenClaimAndCheckIsPassedOver() {
    ExtractedArticle a =
        run(
            "The Ostravian interior ministry said its police had arrested 40 smugglers near"
                + " Velk.\n\nWhat we found\n\nThe Courier was unable to confirm the arrests.");
    List<Assessment> found = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(1, found.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "arrested 40 smugglers").index(), found.get(0).claimIndex().getAsInt());
  }

  @Test
  void aSpeakerCallingTheArmysFiguresLiesDisputesTheArmyNotItself() {
    ExtractedArticle a =
        run(
            "The Ostravian army said 52 insurgents were killed near Velk. The Velk Freedom Party"
                + " issued a statement on Monday, saying the army's figures were \"pure"
                + " fabrication\".");
    List<Assessment> found = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, found.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "52 insurgents were killed").index(), found.get(0).claimIndex().getAsInt());
    assertEquals(claimWith(a, "pure fabrication").claimantKey(), found.get(0).authorKey());
  }

  @Test
  void aStatementFollowedByADayAndACommaIsAClaim() {
    ExtractedArticle a =
        run(
            "The Velk Freedom Party issued a statement on Monday, saying its members had left the"
                + " capital.");
    assertEquals("statement", claimWith(a, "its members had left the capital").cue());
  }

  @Test
  void eitherSidesAccountOfWhatSpeaksOfTheClaimsAboutItNotTheLatest() {
    ExtractedArticle a =
        run(
            "The Ostravian army said insurgents had fired the rocket at the market. The Velk"
                + " Freedom Party said the rocket had been fired by an army battery. Its leader, Dan Orlo,"
                + " said his members had handed out food in Velk. The Courier could not"
                + " independently verify either side's account of who fired the rocket.");
    List<Integer> checked =
        valued(a, AssessmentValue.CANNOT_BE_VERIFIED).stream()
            .map(s -> s.claimIndex().getAsInt())
            .sorted()
            .toList();
    assertEquals(
        List.of(
            claimWith(a, "insurgents had fired the rocket").index(),
            claimWith(a, "fired by an army battery").index()),
        checked,
        () -> "assessments: " + a.assessments());
  }

  @Test
  void eitherClaimAfterAnAccusationAndItsDenialReachesBoth() {
    ExtractedArticle a =
        run(
            "Ostravian officials accused the Velk Freedom Party of hiding weapons in a school."
                + " The party denied the accusation, calling it a smear. It was impossible to check"
                + " either claim.");
    List<Assessment> found = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(
        true,
        found.stream()
            .anyMatch(
                c ->
                    c.claimIndex().getAsInt()
                        == claimWith(a, "hiding weapons in a school").index()),
        () -> "assessments: " + a.assessments());
  }

  @Test
  void notEstablishingWhichSideHoldsAPlaceChecksBothSidesClaims() {
    ExtractedArticle a =
        run(
            "The Ostravian army said its units had retaken the village of Mirn. The Velk Freedom"
                + " Party said its fighters still held every street in Mirn. The Courier was not able"
                + " to establish which side controls the village.");
    List<Integer> checked =
        valued(a, AssessmentValue.CANNOT_BE_VERIFIED).stream()
            .map(c -> c.claimIndex().getAsInt())
            .sorted()
            .toList();
    assertEquals(
        List.of(
            claimWith(a, "retaken the village of Mirn").index(),
            claimWith(a, "still held every street").index()),
        checked,
        () -> "assessments: " + a.assessments());
  }

  @Test
  void thePartysFigureIsItsClaimThatGivesANumber() {
    ExtractedArticle a =
        run(
            "The Ostravian army said 52 insurgents were killed near Velk. The army also said its"
                + " troops were in high spirits. The Velk Freedom Party called the army's figure"
                + " \"a fairy tale\".");
    List<Assessment> found = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, found.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "52 insurgents were killed").index(), found.get(0).claimIndex().getAsInt());
  }

  @Test
  void aSubjectWithARelativeClauseBeforeItsVerbDisputes() {
    ExtractedArticle a =
        run(
            "The Ostravian army said 52 insurgents were killed near Velk. The Velk Freedom Party,"
                + " whose fighters hold the hills, disputed the figure.");
    List<Assessment> found = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, found.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        a.entities().stream()
            .filter(e -> e.label().equals("Velk Freedom Party"))
            .findFirst()
            .orElseThrow()
            .key(),
        found.get(0).authorKey().orElse("none"));
  }
}
