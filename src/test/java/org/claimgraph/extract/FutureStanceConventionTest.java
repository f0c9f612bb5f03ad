package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Stance;
import org.junit.jupiter.api.Test;

/**
 * The gold README's convention for futures, on texts written for the test: what the speaker says
 * will happen predicts, its own side's plans included; a resolve in the negative and a correction
 * ("…, not …") in a transcript turn assert.
 */
class FutureStanceConventionTest {

  private static final String OPENING =
      "This is a transcript of the briefing given by the defence ministry spokeswoman, Maria"
          + " Ostrander, in Lisbon on Monday.\n\n"
          + "Spokeswoman: Good afternoon. Our police units reopened the coast road overnight.\n\n";

  @Test
  void theSpeakersOwnSidesPlanIsAPrediction() {
    ExtractedArticle a =
        run(
            "Defence Minister Omar Bile said troops would remain in Faya for as long as necessary.");
    assertEquals(Stance.PREDICTS, claimWith(a, "would remain in Faya").stance().coarse());
  }

  @Test
  void theSecondVerbOfASaidClauseInTheFutureIsAPrediction() {
    ExtractedArticle a =
        run(
            "Rebel spokesman Tiago Mendes said the fighters had carried out a withdrawal and would"
                + " fight on from the hills.");
    assertEquals(Stance.PREDICTS, claimWith(a, "fight on from the hills").stance().coarse());
  }

  @Test
  void aResolveInATurnAssertsAndDeniesNothing() {
    ExtractedArticle a =
        run(
            OPENING
                + "Question: Will the coast road stay open?\n\n"
                + "Spokeswoman: We will not give up the coast road under any circumstances.");
    assertEquals(
        Stance.ASSERTS, claimWith(a, "We will not give up the coast road").stance().coarse());
  }

  @Test
  void aCorrectionInATurnAssertsItsOwnAccount() {
    ExtractedArticle a =
        run(
            OPENING
                + "Question: The rebels say you lost two helicopters this week.\n\n"
                + "Spokeswoman: We lost one helicopter, to a technical fault, not to enemy fire.");
    assertEquals(Stance.ASSERTS, claimWith(a, "We lost one helicopter").stance().coarse());
  }

  @Test
  void aPlainNegativeAnswerStillDenies() {
    ExtractedArticle a =
        run(
            OPENING
                + "Question: The rebels say they took the airport.\n\n"
                + "Spokeswoman: That is simply not true.");
    assertEquals(Stance.DENIES, claimWith(a, "simply not true").stance().coarse());
  }

  @Test
  void aSpeakerWhoSaysItFearsFears() {
    ExtractedArticle a =
        run(
            "The Chadian Red Crescent said it feared that hundreds of families were trapped in"
                + " Faya.");
    assertEquals(Stance.FEARS, claimWith(a, "families were trapped").stance().coarse());
  }

  @Test
  void aFutureReportedWithAFinerVerbOfAssertionIsAPredictionToo() {
    ExtractedArticle a =
        run(
            "Kestria's army chief insisted the army would return to the town. Analysts believe"
                + " the rebels will try to hold the bridge. The army insisted it still held the"
                + " airport.");
    assertEquals(Stance.PREDICTS, claimWith(a, "army would return").stance());
    assertEquals(Stance.PREDICTS, claimWith(a, "rebels will try").stance());
    assertEquals(Stance.INSISTS, claimWith(a, "still held the airport").stance());
  }
}
