package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** A check of a party's claims, in the plural, speaks about each of its recent claims. */
class PartyClaimsTest {

  private static final String TWO_CLAIMS =
      "The M23 said on Sunday that its fighters had captured the town of Bunagana. The group also"
          + " said that more than 40 soldiers had surrendered. ";

  private static List<Integer> assessed(ExtractedArticle a, AssessmentValue v) {
    return PhrasingFixture.valued(a, v).stream()
        .map(Assessment::claimIndex)
        .map(i -> i.getAsInt())
        .sorted()
        .toList();
  }

  @Test
  void thePartysClaimsAreEachUnverified() {
    ExtractedArticle a =
        PhrasingFixture.run(
            TWO_CLAIMS + "Reuters could not independently verify the group's claims.");
    assertEquals(
        List.of(
            PhrasingFixture.claimWith(a, "had captured").index(),
            PhrasingFixture.claimWith(a, "had surrendered").index()),
        assessed(a, AssessmentValue.CANNOT_BE_VERIFIED));
  }

  @Test
  void theClaimInTheSingularIsOnlyTheLastOne() {
    ExtractedArticle a =
        PhrasingFixture.run(TWO_CLAIMS + "Reuters could not independently verify the claim.");
    assertEquals(
        List.of(PhrasingFixture.claimWith(a, "had surrendered").index()),
        assessed(a, AssessmentValue.CANNOT_BE_VERIFIED));
  }

  @Test
  void reportsThatConfirmAreSourcesNotObjects() {
    ExtractedArticle a =
        PhrasingFixture.run(
            TWO_CLAIMS + "Several local reports could not be verified, the agency said.");
    assertEquals(
        1, assessed(a, AssessmentValue.CANNOT_BE_VERIFIED).size(), a.assessments()::toString);
  }

  @Test
  void aRunOfOnePartysClaimsIsCheckedAtItsHead() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The M23 said on Sunday that its fighters had captured the town of Bunagana. The group"
                + " said the fighting had been fierce. The claim could not be independently"
                + " verified.");
    assertEquals(
        List.of(PhrasingFixture.claimWith(a, "had captured").index()),
        assessed(a, AssessmentValue.CANNOT_BE_VERIFIED));
  }

  @Test
  void anotherVoiceBetweenEndsTheRun() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The M23 said on Sunday that its fighters had captured the town of Bunagana. A resident"
                + " said two shops had burned. The claim could not be independently verified.");
    assertEquals(
        List.of(PhrasingFixture.claimWith(a, "two shops had burned").index()),
        assessed(a, AssessmentValue.CANNOT_BE_VERIFIED));
  }
}
