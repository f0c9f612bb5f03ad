package org.claimgraph.extract;

import static org.claimgraph.extract.PhrasingFixture.claimWith;
import static org.claimgraph.extract.PhrasingFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.extract.model.ExtractedArticle;
import org.junit.jupiter.api.Test;

/** Verbs of argument and emphasis that attribute a plain assertion; texts written for the test. */
class AttributionVerbsTest {

  @Test
  void contendedAndUnderlinedAttributeTheirClauses() {
    ExtractedArticle a =
        run(
            "Defence Minister Ivo Grant contended that the figures were inflated. He underlined"
                + " that the army had not fired on civilians.");
    assertEquals("contended", claimWith(a, "the figures were inflated").cue());
    assertEquals("underlined", claimWith(a, "had not fired on civilians").cue());
  }
}
