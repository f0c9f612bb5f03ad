package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** A quoted sentence that goes on after "…," X said; texts written for the test. */
class QuoteContinuationTest {

  @Test
  void aQuotedSentenceRightAfterItsAttributionIsTheSameSpeakers() {
    ExtractedArticle a =
        run(
            "\"The bridge is still ours,\" said Mara Velt, the Velk Freedom Party's spokeswoman."
                + " \"Nobody has crossed it since Monday.\"");
    assertEquals(2, a.claims().size(), () -> "claims: " + a.claims());
    assertEquals(a.claims().get(0).claimantKey(), a.claims().get(1).claimantKey());
    assertTrue(a.quote(a.claims().get(1).content()).startsWith("Nobody has crossed it"));
  }

  @Test
  void aQuotationInANewParagraphIsNotContinued() {
    ExtractedArticle a =
        run(
            "\"The bridge is still ours,\" said Mara Velt, the Velk Freedom Party's spokeswoman."
                + "\n\n\"Nobody has crossed it since Monday.\"");
    assertEquals(1, a.claims().size(), () -> "claims: " + a.claims());
  }
}
