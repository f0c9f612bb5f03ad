package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.claimgraph.extract.PhrasingFixture.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * Wordings of disputes and checks that news reports use beyond the common ones, on texts written
 * for the test: a rejected account named by its owner, a trailing ", which X denies", a statement
 * called "a fantasy", a contradicted claim, images that "appear to confirm", "neither account".
 */
class DisputeAndCheckWordingsTest {

  @Test
  void rejectingTheMinistrysAccountDisputesTheMinistrysClaimNotByTheMinistry() {
    ExtractedArticle a =
        run(
            "The Chadian defence ministry said its troops had retaken the town of Faya. A trader"
                + " said the market had closed. The Oruna Liberation Front rejected the ministry's"
                + " account.");
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "retaken the town of Faya").index(), disputed.get(0).claimIndex().getAsInt());
    assertNotEquals(
        claimWith(a, "retaken the town of Faya").claimantKey(), disputed.get(0).authorKey());
  }

  @Test
  void aTrailingWhichTheArmyDeniesDisputesTheClaimOfItsSentence() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said government aircraft had bombed a school in Faya,"
                + " which the army denies.");
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals(claimWith(a, "bombed a school").index(), disputed.get(0).claimIndex().getAsInt());
  }

  @Test
  void anAccusationTheGroupHasRejectedIsDisputed() {
    ExtractedArticle a =
        run(
            "The Chadian defence ministry alleged that the Oruna Liberation Front had used a"
                + " hospital as a command post, an accusation the group has repeatedly rejected.");
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals(claimWith(a, "used a hospital").index(), disputed.get(0).claimIndex().getAsInt());
  }

  @Test
  void callingTheStatementAFantasyDisputesIt() {
    ExtractedArticle a =
        run(
            "The Chadian defence ministry said its troops had retaken the town of Faya. The Oruna"
                + " Liberation Front called the ministry's statement \"a fantasy\".");
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "retaken the town of Faya").index(), disputed.get(0).claimIndex().getAsInt());
  }

  @Test
  void aClaimContradictedByWitnessesIsDisputed() {
    ExtractedArticle a =
        run(
            "The Chadian army said the road to Faya had been cleared of mines. That account was"
                + " contradicted by two drivers who used the road on Monday.");
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals(claimWith(a, "cleared of mines").index(), disputed.get(0).claimIndex().getAsInt());
  }

  @Test
  void imagesThatAppearToConfirmAreFootage() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the town of Faya. Satellite"
                + " images reviewed by Reuters appear to confirm fires near the town's barracks.");
    List<Assessment> shown = valued(a, AssessmentValue.SHOWN_BY_FOOTAGE);
    assertEquals(1, shown.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "captured the town of Faya").index(), shown.get(0).claimIndex().getAsInt());
  }

  @Test
  void footagePublishedByAPartyIsNotCheckedByThatParty() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the town of Faya. Footage"
                + " published by the Oruna Liberation Front on Monday shows fighters in the"
                + " town's main square.");
    List<Assessment> shown = valued(a, AssessmentValue.SHOWN_BY_FOOTAGE);
    assertEquals(1, shown.size(), () -> "assessments: " + a.assessments());
    assertTrue(shown.get(0).authorKey().isEmpty(), () -> "author: " + shown.get(0).authorKey());
  }

  @Test
  void neitherAccountCouldBeVerifiedSpeaksOfBothParties() {
    ExtractedArticle a =
        run(
            "The Chadian army said its troops held the bridge at Faya. The Oruna Liberation Front"
                + " said its fighters had taken the bridge. Neither account could be verified by"
                + " Reuters.");
    List<Assessment> unverified = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(2, unverified.size(), () -> "assessments: " + a.assessments());
  }

  @Test
  void figuresSpelledOutAsElevenAreFiguresToo() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had destroyed eleven armoured vehicles."
                + " A teacher in Faya said the schools were closed. The figures could not be"
                + " verified.");
    List<Assessment> unverified = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(1, unverified.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "eleven armoured vehicles").index(),
        unverified.get(0).claimIndex().getAsInt());
  }

  @Test
  void aCheckPassesOverACommentToTheClaimThatTellsAFact() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the town of Faya on Monday."
                + " \"We were all afraid,\" one resident said. The claim could not be independently"
                + " verified.");
    List<Assessment> unverified = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(1, unverified.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "captured the town of Faya").index(),
        unverified.get(0).claimIndex().getAsInt());
  }

  @Test
  void aCheckDoesNotReachOverItsParagraphForAFact() {
    ExtractedArticle a =
        run(
            "The Oruna Liberation Front said its fighters had captured the town of Faya on Monday."
                + "\n\n\"We were all afraid,\" one resident said. The claim could not be independently"
                + " verified.");
    List<Assessment> unverified = valued(a, AssessmentValue.CANNOT_BE_VERIFIED);
    assertEquals(1, unverified.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "We were all afraid").index(), unverified.get(0).claimIndex().getAsInt());
  }
}
