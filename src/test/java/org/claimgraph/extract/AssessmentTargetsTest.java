package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.claimgraph.extract.PhrasingFixture.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * Which claim an assessment or a denial speaks about when it names no entity of it: the one whose
 * words it shares, the one that gives a number for "the figures", else the nearest. Through the
 * full extractor, on texts written for the test.
 */
class AssessmentTargetsTest {

  private static int target(ExtractedArticle a, AssessmentValue v) {
    List<Assessment> found = valued(a, v);
    assertEquals(1, found.size(), () -> "assessments: " + a.assessments());
    return found.get(0).claimIndex().orElseThrow();
  }

  @Test
  void aDenialDisputesTheClaimWhoseWordsItShares() {
    for (String denial :
        List.of(
            "The Afghan army denied that any soldiers had surrendered.",
            "The Afghan army denied that soldiers surrendered at the gate.")) {
      ExtractedArticle a =
          run(
              "The Taliban said more than 200 soldiers surrendered at the airport gate. An army"
                  + " spokesman blamed the shelling of the market on the Taliban. "
                  + denial);
      assertEquals(
          claimWith(a, "200 soldiers surrendered").index(),
          target(a, AssessmentValue.DISPUTED),
          denial);
    }
    // Nothing shared: the nearest claim, as before.
    ExtractedArticle a =
        run(
            "The Taliban said more than 200 soldiers surrendered at the airport gate. An army"
                + " spokesman blamed the shelling of the market on the Taliban. The Afghan army"
                + " denied the accusation.");
    assertEquals(claimWith(a, "the shelling").index(), target(a, AssessmentValue.DISPUTED));
  }

  @Test
  void footageBreaksATieBetweenOneClaimantsClaimsByItsWords() {
    ExtractedArticle a =
        run(
            "The Taliban said their fighters took control of the airport before dawn. The Taliban"
                + " also said more than 200 soldiers surrendered at the gate. A video appearing to"
                + " show Taliban fighters outside the terminal was shared widely.");
    assertEquals(
        claimWith(a, "took control of the airport").index(),
        target(a, AssessmentValue.SHOWN_BY_FOOTAGE));
  }

  @Test
  void theFiguresAreTheClaimThatGivesANumber() {
    ExtractedArticle a =
        run(
            "Zabihullah Mujahid said 40 soldiers had been killed in the fighting. The Afghan"
                + " defence ministry said its troops left the town in good order. The ministry did"
                + " not confirm that the town had fallen. None of the figures could be verified"
                + " independently.");
    assertEquals(
        claimWith(a, "40 soldiers had been killed").index(),
        target(a, AssessmentValue.CANNOT_BE_VERIFIED));
  }

  @Test
  void aFigureNamedInTheCheckIsTheClaimThatGivesIt() {
    ExtractedArticle a =
        run(
            "The Taliban said 34 people were killed in the strike. Residents said they had counted"
                + " 31 bodies at the hospital. The toll of 34 dead was confirmed by the Red Cross.");
    assertEquals(
        claimWith(a, "34 people were killed").index(), target(a, AssessmentValue.CONFIRMED));
    // A figure that no claim gives leaves the choice as before: the nearest that gives one.
    ExtractedArticle b =
        run(
            "The Taliban said 34 people were killed in the strike. Residents said they had counted"
                + " 31 bodies at the hospital. The toll of 40 dead was confirmed by the Red Cross.");
    assertEquals(claimWith(b, "31 bodies").index(), target(b, AssessmentValue.CONFIRMED));
  }

  @Test
  void fewObserversBelieveItDisputesTheClaimBefore() {
    ExtractedArticle a =
        run(
            "The Taliban said their forces had crept back into the town. Few observers believe it.");
    assertEquals(claimWith(a, "crept back").index(), target(a, AssessmentValue.DISPUTED));
    // Belief that is not doubt.
    ExtractedArticle b =
        run(
            "The Taliban said their forces had crept back into the town. Many observers believe it.");
    assertTrue(valued(b, AssessmentValue.DISPUTED).isEmpty(), () -> "" + b.assessments());
  }

  @Test
  void contestedInsideAClaimIsTheSpeakersDispute() {
    ExtractedArticle a =
        run(
            "The Taliban said their forces had entered Herat. The United Nations said the"
                + " situation in Herat remained contested.");
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals("actor/united-nations", disputed.get(0).authorKey().orElseThrow());
    assertEquals(claimWith(a, "entered Herat").index(), disputed.get(0).claimIndex().getAsInt());
  }

  @Test
  void eitherSideAtTheEndOfTheSentenceIsBothSides() {
    ExtractedArticle a =
        run(
            "The Taliban said their fighters had taken control of Herat. Zabihullah Mujahid"
                + " later added that the road was open. The Afghan army said its men held the hills"
                + " above Herat. Reporters could not independently verify the claims of either"
                + " side.");
    assertEquals(
        2, valued(a, AssessmentValue.CANNOT_BE_VERIFIED).size(), () -> "" + a.assessments());
  }

  @Test
  void footageNamingTheClaimantReachesBackToItsClaim() {
    StringBuilder body =
        new StringBuilder("The Taliban said their fighters had taken control of Herat. ");
    for (int i = 0; i < 9; i++) {
      body.append("Shops in the market stayed shut on day ").append(i + 1).append(". ");
    }
    body.append(
        "A video purporting to show Taliban fighters in the main street of Herat circulated.");
    ExtractedArticle a = run(body.toString());
    assertEquals(
        claimWith(a, "taken control of Herat").index(),
        target(a, AssessmentValue.SHOWN_BY_FOOTAGE));
  }

  @Test
  void neitherFigureChecksBothSidesFigures() {
    ExtractedArticle a =
        run(
            "Kestrian troops hold the town. The Kestrian defence ministry said 40 rebels died. The"
                + " rebels rejected the figure, saying on Telegram that only 12 had died. Neither"
                + " figure could be independently verified.");
    List<Assessment> checks = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(2, checks.size(), () -> "checks: " + checks);
    int ministry = claimWith(a, "40 rebels died").index();
    int rebels = claimWith(a, "only 12 had died").index();
    assertTrue(checks.stream().anyMatch(c -> c.claimIndex().getAsInt() == ministry));
    assertTrue(checks.stream().anyMatch(c -> c.claimIndex().getAsInt() == rebels));
  }

  @Test
  void eitherReportChecksBothOutletsReports() {
    ExtractedArticle a =
        run(
            "State television said the army had retaken the port of Tamsk. The opposition daily"
                + " Free Voice reported that at least 40 soldiers had died. Meridian could not"
                + " independently verify either report.");
    List<Assessment> checks = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    int tv = claimWith(a, "retaken the port").index();
    int paper = claimWith(a, "40 soldiers had died").index();
    assertTrue(checks.stream().anyMatch(c -> c.claimIndex().getAsInt() == tv), () -> "" + checks);
    assertTrue(checks.stream().anyMatch(c -> c.claimIndex().getAsInt() == paper));
  }
}
