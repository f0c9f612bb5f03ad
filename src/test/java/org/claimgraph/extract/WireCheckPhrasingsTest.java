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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * More of the wire's ways of saying a claim is unchecked, disputed or checked: "could not
 * immediately verify", "has yet to be confirmed", "no immediate confirmation", "dismissed it as",
 * "a claim rejected by", "no truth in", "verified the location of", "corroborated by several
 * sources". On sentences written for the test.
 */
class WireCheckPhrasingsTest {

  private static final String CLAIM =
      "Residents said rebels had blown up the railway bridge at Alcora. ";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Reporters could not immediately verify the account.|CANNOT_BE_VERIFIED",
        "The account could not immediately be verified.|CANNOT_BE_VERIFIED",
        "The account has yet to be independently confirmed.|CANNOT_BE_VERIFIED",
        "There was no immediate confirmation of the account.|CANNOT_BE_VERIFIED",
        "Independent verification was not possible.|CANNOT_BE_VERIFIED",
        "It was impossible to confirm the account.|CANNOT_BE_VERIFIED",
        "The army dismissed it as propaganda.|DISPUTED",
        "Those reports are not true, the army said.|DISPUTED",
        "There is no truth in these reports, the army said.|DISPUTED",
        "The Courier has verified the location of the bridge in a video.|CONFIRMED",
        "Videos shared online depict a broken span.|SHOWN_BY_FOOTAGE",
        "The account was corroborated by several local journalists.|REPORTED_BY_SEVERAL",
        "The account was confirmed by multiple sources.|REPORTED_BY_SEVERAL",
        "The account was corroborated by the Red Cross.|CONFIRMED",
      })
  void aWirePhrasingAssessesTheClaimBeforeIt(String check, AssessmentValue value) {
    ExtractedArticle a = run(CLAIM + check);
    List<Assessment> found = valued(a, value);
    assertEquals(1, found.size(), () -> check + " -> " + a.assessments());
    assertEquals(
        claimWith(a, "blown up the railway bridge").index(), found.get(0).claimIndex().getAsInt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The army did not immediately confirm the account.",
        "Officials dismissed the mayor from his post.",
        "Residents say there is truth in every rumour.",
        "The Courier verified that the road was open.",
        "The army would neither confirm nor deny it.",
        "The army did not deny it.",
      })
  void lookalikesAssessNothing(String sentence) {
    ExtractedArticle a = run(CLAIM + sentence);
    assertTrue(
        a.assessments().stream().noneMatch(s -> s.evidence().start() > a.text().indexOf(sentence)),
        () -> sentence + " -> " + a.assessments());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Rebel commander Idriss Hamid said 40 soldiers had been killed, a claim rejected by"
            + " Chad's defence ministry.",
        "Rebel commander Idriss Hamid said 40 soldiers had been killed, a figure that was"
            + " denied by Chad's defence ministry.",
      })
  void aTrailingClaimDeniedBySomeoneDisputesIt(String sentence) {
    ExtractedArticle a = run(sentence);
    List<Assessment> disputed = valued(a, AssessmentValue.DISPUTED);
    assertEquals(1, disputed.size(), () -> "assessments: " + a.assessments());
    assertEquals(
        claimWith(a, "40 soldiers had been killed").index(),
        disputed.get(0).claimIndex().getAsInt());
  }
}
