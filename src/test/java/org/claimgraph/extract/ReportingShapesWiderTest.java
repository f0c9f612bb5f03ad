package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * Reporting shapes of aid reports, press releases and features, on texts written for the test:
 * plural sources that "report", a described person ("a teacher who …"), a source described after a
 * comma, and a press release that "added".
 */
class ReportingShapesWiderTest {

  @Test
  void pluralSourcesThatReportMakeAClaim() {
    ExtractedArticle a =
        run(
            "Partners on the ground report that the road to Faya has been mined in several"
                + " places.");
    Claim c = claimWith(a, "has been mined");
    assertEquals("Partners on the ground", a.quote(c.claimantSpan()));
  }

  @Test
  void aTeacherWhoFledIsAnUnnamedSource() {
    ExtractedArticle a = run("\"The market burned,\" said a teacher who fled the town.");
    assertEquals("a teacher", a.quote(claimWith(a, "The market burned").claimantSpan()));
  }

  @Test
  void theSourceIsTheSubjectNotWhatTheCommaDescribes() {
    ExtractedArticle a =
        run(
            "A local official, who spoke on condition of anonymity because he was not authorised"
                + " to talk to the media, estimated that about 40 civilians had been killed.");
    assertEquals(
        "A local official", a.quote(claimWith(a, "40 civilians had been killed").claimantSpan()));
  }

  @Test
  void whatThePressReleaseAddedIsItsIssuersClaim() {
    ExtractedArticle a =
        run(
            "The Chadian defence ministry said in a press release that the army held Faya. The"
                + " release added that 64 fighters had surrendered.");
    assertEquals(
        claimWith(a, "the army held Faya").claimantKey(),
        claimWith(a, "64 fighters had surrendered").claimantKey());
  }

  @Test
  void theSecondVerbOfASpeakerIsTheSpeakersNotOfTheGroupItNamed() {
    ExtractedArticle a =
        run(
            "Interior Minister Hana Lorres warned that the rebels would try to retake Faya and"
                + " urged families not to return.");
    Claim urged = claimWith(a, "families not to return");
    assertEquals(claimWith(a, "retake Faya").claimantKey(), urged.claimantKey());
    assertEquals(org.claimgraph.extract.model.Stance.URGES, urged.stance().coarse());
  }

  @Test
  void theRebelsAreNotAnAidOrganisationToldBefore() {
    ExtractedArticle a =
        run(
            "The Chadian Red Crescent said it had sent lorries of food to Faya. The rebels said"
                + " they had shot down a helicopter.");
    assertEquals(
        org.claimgraph.extract.model.SourceKind.UNNAMED_SOURCES,
        claimWith(a, "shot down a helicopter").claimantKind());
  }
}
