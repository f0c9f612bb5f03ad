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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One side says it took ground, the other that it still holds it: the holding statement disputes
 * the claimed gain without a word of denial. On texts written for the test.
 */
class CounterClaimsTest {

  private static final String GAIN =
      "The Taliban said their fighters had captured the airport at Herat on Monday. ";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Zabihullah Mujahid later added that the roads were quiet. The Afghan army said its"
            + " troops still held the airport.",
        "The Afghan army said the front line had not moved.",
        "The Afghan army said government forces remained in full control of the airport.",
        "The Afghan army insisted that its soldiers were holding their positions.",
      })
  void sayingTheGroundIsStillHeldDisputesTheClaimedGain(String answer) {
    ExtractedArticle a = run(GAIN + answer);
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> answer + " -> " + a.assessments());
    assertEquals(
        claimWith(a, "captured the airport").index(), disputed.get(0).claimIndex().getAsInt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // The same side saying it holds what it took.
        "Zabihullah Mujahid said the Taliban still held the airport.",
        // Holding words with no claimed gain before them.
        "",
      })
  void holdingWordsWithoutAnotherSidesGainDisputeNothing(String answer) {
    String text =
        answer.isEmpty()
            ? "The Afghan army said the front line had not moved. The Red Cross said roads were"
                + " closed."
            : GAIN + answer;
    ExtractedArticle a = run(text);
    assertTrue(valued(a, AssessmentValue.DISPUTED).isEmpty(), () -> "" + a.assessments());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Red Cross said the hospital still had enough blood for a week.",
        "The Afghan army said that its convoy was stopped on the road.",
      })
  void wordsThatHoldNoGroundAreNoCounterClaim(String answer) {
    ExtractedArticle a = run(GAIN + answer);
    assertTrue(valued(a, AssessmentValue.DISPUTED).isEmpty(), () -> "" + a.assessments());
  }
}
