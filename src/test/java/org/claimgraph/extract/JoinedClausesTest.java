package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** Where a speaker's words end when another clause is joined on; texts written for the test. */
class JoinedClausesTest {

  @Test
  void aSecondVerbOfTheSpeakerEndsTheFirstWords() {
    ExtractedArticle a =
        run(
            "Mara Velt said the rocket had come from an army battery, and she alleged that"
                + " soldiers had burned the market.");
    String first = a.quote(claimWith(a, "rocket had come from").content());
    assertTrue(!first.contains("alleged"), first);
  }

  @Test
  void aVerbFollowedOnlyByAJoinedClauseReportsNothing() {
    ExtractedArticle a =
        run(
            "More rockets may have been fired than the Velk Freedom Party admits, but the count"
                + " is not known.");
    assertEquals(0, a.claims().size(), () -> "claims: " + a.claims());
  }
}
