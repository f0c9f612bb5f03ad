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
 * Checks worded along the axes the verification lexicon names as classes (who could not, an
 * optional adverb, the verb of a check, what was said, what it is called), in combinations no row
 * lists one by one; texts written for the test.
 */
class AssessmentGrammarTest {

  private static final String CLAIM =
      "The Ostravian interior ministry said its police had arrested 40 smugglers near Velk. ";

  private static void assessesTheClaim(String check, AssessmentValue value) {
    ExtractedArticle a = run(CLAIM + check);
    List<Assessment> found = valued(a, value);
    assertEquals(1, found.size(), () -> check + " -> " + a.assessments());
    assertEquals(
        claimWith(a, "arrested 40 smugglers").index(), found.get(0).claimIndex().getAsInt());
  }

  @Test
  void aFailedCheckInAnyOfItsWordings() {
    for (String check :
        List.of(
            "The Courier has not been able to independently authenticate the claim.",
            "It was impossible to check the figure.",
            "Reporters were not able to corroborate the account.",
            "The claim could not be substantiated.",
            "The arrests remain unsubstantiated.",
            "The Courier has not seen any evidence that would confirm the arrests.")) {
      assessesTheClaim(check, AssessmentValue.CANNOT_BE_VERIFIED);
    }
  }

  @Test
  void aRejectionInAnyOfItsWordings() {
    for (String check :
        List.of(
            "A smugglers' association called the ministry's figure \"a fairy tale\".",
            "It was a number later contradicted by the border guard.",
            "A smugglers' association dismissed the ministry's statement as propaganda.")) {
      assessesTheClaim(check, AssessmentValue.DISPUTED);
    }
  }

  @Test
  void severalSourcesConfirmingHaveNoAuthorAndSpeakOfTheClaimBefore() {
    for (String check :
        List.of(
            "Three witnesses interviewed separately by the Courier confirmed the arrests.",
            "Two aid workers in Velk separately confirmed the figure.")) {
      ExtractedArticle a = run(CLAIM + check);
      List<Assessment> found = valued(a, AssessmentValue.REPORTED_BY_SEVERAL);
      assertEquals(1, found.size(), () -> check + " -> " + a.assessments());
      assertEquals(
          claimWith(a, "arrested 40 smugglers").index(), found.get(0).claimIndex().getAsInt());
      assertTrue(found.get(0).authorKey().isEmpty(), () -> "author: " + found.get(0));
    }
  }
}
