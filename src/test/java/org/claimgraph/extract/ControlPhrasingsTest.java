package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.ExtractedArticle;
import org.claimgraph.extract.model.Proposition;
import org.junit.jupiter.api.Test;

/**
 * Who holds a place, told with the place first ("X is under the control of Y", "in the hands of
 * Y"), and crossings described by their border once the report has named them. Texts written for
 * these tests.
 */
class ControlPhrasingsTest {

  private static Proposition.TerritorialControl control(ExtractedArticle a, String words) {
    return proposition(a, words, Proposition.TerritorialControl.class);
  }

  private static Proposition.Capture capture(ExtractedArticle a, String words) {
    return proposition(a, words, Proposition.Capture.class);
  }

  /** The proposition of the claim with {@code words}, which must be of {@code kind}. */
  private static <T extends Proposition> T proposition(
      ExtractedArticle a, String words, Class<T> kind) {
    Claim c = claimWith(a, words);
    assertTrue(c.proposition().isPresent(), "no proposition for '" + words + "': " + c);
    return assertInstanceOf(kind, c.proposition().get());
  }

  @Test
  void aPlaceUnderTheControlOfAnActor() {
    ExtractedArticle a =
        run(
            "Zabihullah Mujahid said on Sunday that Torkham was now under the full control of"
                + " the Taliban.");
    Proposition.TerritorialControl p = control(a, "Torkham");
    assertEquals("place/torkham", p.territoryKey());
    assertEquals("actor/taliban", p.controllerKey());
    assertTrue(p.share().isEmpty());
  }

  @Test
  void claimingToControlOrToHaveTakenIsTheClaimantsOwnClaim() {
    ExtractedArticle a =
        run(
            "The Taliban claim to control 85 percent of Afghan territory. The Taliban claimed to"
                + " have captured Torkham. The Taliban claims control of about a third of Kunduz"
                + " Province. The group's claim could not be verified.");
    Proposition.TerritorialControl share = control(a, "to control 85 percent");
    assertEquals("actor/taliban", share.controllerKey());
    assertEquals("place/afghanistan", share.territoryKey());
    assertEquals("actor/taliban", capture(a, "to have captured Torkham").agentKey());
    assertEquals("actor/taliban", control(a, "control of about a third").controllerKey());
    // "the group's claim" is the noun: three claims, not four
    assertEquals(3, a.claims().size(), () -> "claims: " + a.claims());
  }

  @Test
  void aPlaceInTheHandsOfAnActor() {
    ExtractedArticle a =
        run("Residents told reporters that Kandahar remained in the hands of the Taliban.");
    Proposition.TerritorialControl p = control(a, "Kandahar");
    assertEquals("actor/taliban", p.controllerKey());
  }

  @Test
  void aCrossingDescribedByItsBorderIsTheOneTheReportNamed() {
    ExtractedArticle a =
        run(
            "Traffic stopped at the Torkham crossing on Monday.\n\n"
                + "A Taliban commander said the main crossing on the Afghanistan-Pakistan border"
                + " was in the hands of the Taliban.");
    Proposition.TerritorialControl p = control(a, "main crossing");
    assertEquals("place/torkham", p.territoryKey());
  }

  @Test
  void withTwoCrossingsNamedOnThatBorderTheDescriptionStaysTheBorder() {
    ExtractedArticle a =
        run(
            "Traffic stopped at Torkham and at Angoor Adda on Monday.\n\n"
                + "A Taliban commander said the main crossing on the Afghanistan-Pakistan border"
                + " was in the hands of the Taliban.");
    Proposition.TerritorialControl p = control(a, "main crossing");
    assertEquals("place/border-afghanistan-pakistan", p.territoryKey());
  }

  @Test
  void withNoCrossingNamedTheDescriptionStaysTheBorder() {
    ExtractedArticle a =
        run(
            "A Taliban commander said the main crossing on the Afghanistan-Pakistan border"
                + " was in the hands of the Taliban.");
    Proposition.TerritorialControl p = control(a, "main crossing");
    assertEquals("place/border-afghanistan-pakistan", p.territoryKey());
  }

  @Test
  void theActorFirstStillReadsAsBefore() {
    ExtractedArticle a =
        run("The Taliban said they had taken control of Spin Boldak on Wednesday.");
    Proposition p = claimWith(a, "Spin Boldak").proposition().orElseThrow();
    assertEquals(
        "actor/taliban", assertInstanceOf(Proposition.TerritorialControl.class, p).controllerKey());
  }

  @Test
  void aLossAcknowledgedByTheLoserIsTheCaptureTheReportToldBefore() {
    ExtractedArticle a =
        run(
            "The Taliban captured the Torkham crossing on Monday.\n\n"
                + "On Tuesday the government of Afghanistan acknowledged the loss of Torkham.");
    Proposition.Capture p = capture(a, "loss of Torkham");
    assertEquals("place/torkham", p.placeKey());
    assertEquals("actor/taliban", p.agentKey());
  }

  @Test
  void aLossOfTheCrossingAfterTheCaptureOfItsBorder() {
    ExtractedArticle a =
        run(
            "The Taliban captured the Afghanistan-Pakistan border on Monday.\n\n"
                + "The government of Afghanistan acknowledged the loss of the border crossing of"
                + " Torkham, the busiest on the frontier.");
    Proposition.Capture p = capture(a, "loss of the border crossing");
    assertEquals("place/torkham", p.placeKey(), "the crossing, the most specific place");
    assertEquals("actor/taliban", p.agentKey());
  }

  @Test
  void theWinnerNamedAfterTo() {
    ExtractedArticle a =
        run(
            "The defence ministry of Afghanistan admitted that it had lost control of Spin Boldak"
                + " to the Taliban.");
    Proposition.Capture p = capture(a, "Spin Boldak");
    assertEquals("actor/taliban", p.agentKey());
  }

  @Test
  void lostSoldiersInATownIsNoLossOfTheTown() {
    ExtractedArticle a =
        run(
            "The Taliban captured Kandahar on Monday.\n\n"
                + "The defence ministry of Afghanistan said it had lost 20 soldiers in Kandahar.");
    Claim c = claimWith(a, "20 soldiers");
    assertTrue(
        c.proposition().isEmpty() || !(c.proposition().get() instanceof Proposition.Capture),
        c.toString());
  }

  @Test
  void aLossWithNoWinnerToldAnywhereHasNoProposition() {
    ExtractedArticle a =
        run("The government of Afghanistan acknowledged the loss of Torkham on Tuesday.");
    Claim c = claimWith(a, "Torkham");
    assertTrue(c.proposition().isEmpty(), c.toString());
  }
}
