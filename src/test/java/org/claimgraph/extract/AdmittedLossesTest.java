package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** An admitted loss confirms the other side's claim of taking the place, in either order. */
class AdmittedLossesTest {

  @Test
  void anAdmissionAfterTheClaimConfirmsIt() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The Taliban said on Sunday that their fighters had captured the Torkham crossing."
                + " Pakistan's army acknowledged the loss of the Torkham crossing on Monday.");
    List<Assessment> confirmed = PhrasingFixture.valued(a, AssessmentValue.CONFIRMED);
    assertEquals(1, confirmed.size(), a.assessments().toString());
    Assessment c = confirmed.get(0);
    assertEquals(
        PhrasingFixture.claimWith(a, "captured the Torkham crossing").index(),
        c.claimIndex().getAsInt());
    assertEquals("actor/armed-forces-of-pakistan", c.authorKey().orElseThrow());
    assertTrue(a.quote(c.evidence()).startsWith("acknowledged the loss"), a.quote(c.evidence()));
  }

  @Test
  void anAdmissionBeforeTheClaimConfirmsItEvenWhenTheTakerIsUnnamed() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The government of Afghanistan acknowledged the loss of Spin Boldak on Friday. A"
                + " Taliban spokesman, Zabihullah Mujahid, said the group's fighters had captured"
                + " Spin Boldak on Thursday.");
    List<Assessment> confirmed = PhrasingFixture.valued(a, AssessmentValue.CONFIRMED);
    assertEquals(1, confirmed.size(), a.assessments().toString());
    assertEquals(
        PhrasingFixture.claimWith(a, "had captured Spin Boldak").index(),
        confirmed.get(0).claimIndex().getAsInt());
    assertEquals("actor/government-of-afghanistan", confirmed.get(0).authorKey().orElseThrow());
  }

  @Test
  void theLosersOwnSideClaimingThePlaceIsNotConfirmedByItsAdmission() {
    ExtractedArticle a =
        PhrasingFixture.run(
            "The interior ministry of Afghanistan said its forces had retaken Spin Boldak. The"
                + " government of Afghanistan acknowledged the loss of Spin Boldak on Friday.");
    assertEquals(List.of(), PhrasingFixture.valued(a, AssessmentValue.CONFIRMED));
  }

  @Test
  void aShareOfTheCountryOrAnotherPlaceIsNotConfirmedByTheLossOfOnePlace() {
    ExtractedArticle share =
        PhrasingFixture.run(
            "The Taliban said they now control about 85% of Afghanistan. The government of"
                + " Afghanistan acknowledged the loss of Spin Boldak on Friday.");
    assertEquals(List.of(), PhrasingFixture.valued(share, AssessmentValue.CONFIRMED));
    ExtractedArticle elsewhere =
        PhrasingFixture.run(
            "The Taliban said on Sunday that their fighters had captured the Torkham crossing."
                + " Pakistan's army acknowledged the loss of a checkpoint near Kandahar on Monday.");
    assertEquals(List.of(), PhrasingFixture.valued(elsewhere, AssessmentValue.CONFIRMED));
  }
}
