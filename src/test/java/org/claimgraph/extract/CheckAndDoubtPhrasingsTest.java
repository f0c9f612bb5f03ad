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
 * Checks said to be out of reach, short denials, claims called false, doubt, single photographs and
 * a counted number of sources, each after a claim it speaks about, on texts written for the test;
 * with the near misses that must not count.
 */
class CheckAndDoubtPhrasingsTest {

  private static final String CLAIM =
      "The Oruna Liberation Front said its fighters had killed 40 soldiers near Meskel. ";

  /** The one assessment of {@code value}, which must speak about the front's claim. */
  private static Assessment onlyOnTheClaim(String second, AssessmentValue value) {
    ExtractedArticle a = run(CLAIM + second);
    List<Assessment> found = valued(a, value);
    assertEquals(1, found.size(), () -> second + " -> " + a.assessments());
    assertEquals(
        claimWith(a, "killed 40 soldiers").index(), found.get(0).claimIndex().getAsInt(), second);
    return found.get(0);
  }

  private static void none(String second, AssessmentValue value) {
    ExtractedArticle a = run(CLAIM + second);
    assertEquals(List.of(), valued(a, value), () -> second + " -> " + a.assessments());
  }

  @Test
  void aCheckOutOfReachLeavesTheClaimUnverified() {
    for (String s :
        List.of(
            "It was not possible to independently verify the figure.",
            "Such claims are difficult to verify.",
            "The toll could not independently be established.")) {
      onlyOnTheClaim(s, AssessmentValue.CANNOT_BE_VERIFIED);
    }
    none("It was possible to verify the figure.", AssessmentValue.CANNOT_BE_VERIFIED);
  }

  @Test
  void aShortDenialOrAClaimCalledFalseDisputesIt() {
    for (String s :
        List.of(
            "Chad's defence ministry denied it.",
            "Chad's defence ministry has denied the accusations.",
            "Chad's defence ministry called the report false.",
            "The claim appears to be false.",
            "Analysts doubt the figure.",
            "Most analysts are sceptical of the claim.")) {
      onlyOnTheClaim(s, AssessmentValue.DISPUTED);
    }
  }

  @Test
  void aDenialWithContentOrCertaintyIsNoShortDenial() {
    none("There is little doubt the toll will rise.", AssessmentValue.DISPUTED);
    none("The ministry called the report's author a hero.", AssessmentValue.DISPUTED);
    none("The report was published on Monday.", AssessmentValue.DISPUTED);
  }

  @Test
  void aSinglePhotographShowsAndCountedSourcesConfirm() {
    onlyOnTheClaim(
        "A photograph shared online shows bodies near the road.", AssessmentValue.SHOWN_BY_FOOTAGE);
    ExtractedArticle a =
        run("Two independent sources confirmed that the convoy had reached the depot.");
    assertEquals(
        1, valued(a, AssessmentValue.REPORTED_BY_SEVERAL).size(), () -> "" + a.assessments());
  }

  @Test
  void aConfirmationWithNoContentConfirmsTheClaimBefore() {
    for (String s :
        List.of(
            "Local officials later confirmed the deaths.",
            "Chad's defence ministry confirmed the report on Tuesday.",
            "The ministry confirmed it.")) {
      onlyOnTheClaim(s, AssessmentValue.CONFIRMED);
    }
    none("Chad's defence ministry did not confirm the report.", AssessmentValue.CONFIRMED);
    none("The ministry confirmed it would send more troops.", AssessmentValue.CONFIRMED);
  }
}
