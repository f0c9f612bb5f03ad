package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.runText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * What is not a claim in a news page: the headline, a live blog's summary bullets, quoted headlines
 * in a list of links or references. Through the full extractor, so that gates are tested too.
 */
class ReportingPrecisionTest {

  @Test
  void theHeadlineGivesNoClaimsTheBodyDoes() {
    ExtractedArticle a =
        runText(
            "Militia claims border crossing as government insists post holds\n\n"
                + "The Taliban said on Sunday they had seized the crossing.");
    assertEquals(1, a.claims().size(), () -> "claims: " + a.claims());
    assertEquals("they had seized the crossing", a.quote(a.claims().get(0).content()));
  }

  @Test
  void liveBlogBulletsAndCitedHeadlinesGiveNoClaims() {
    ExtractedArticle a =
        runText(
            "Live: the fight for the city\n\nKey developments:\n• The rebels say they have taken"
                + " the airport\n• The army says the city is \"secure\"\n\n"
                + "10:05 The Afghan army said its troops still held the airport.\n\nRead more:\n"
                + "\"Army says it repelled attack on the city\" (September 3)\n\n"
                + "\"Rebels claim gains in the north, officials say\" (September 1)");
    assertEquals(1, a.claims().size(), () -> "claims: " + a.claims());
    assertTrue(a.quote(a.claims().get(0).content()).startsWith("its troops still held"));
  }
}
