package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.claimgraph.serve.Negotiation.Representation;
import org.junit.jupiter.api.Test;

/** Content negotiation: the override, q-values, wildcards and what cannot be met. */
class NegotiationTest {

  @Test
  void browsersGetHtml() {
    assertEquals(
        Optional.of(Representation.HTML),
        Negotiation.choose(
            null, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
  }

  @Test
  void qValuesDecide() {
    assertEquals(
        Optional.of(Representation.JSONLD),
        Negotiation.choose(null, "text/turtle;q=0.5, application/ld+json"));
    assertEquals(
        Optional.of(Representation.TURTLE),
        Negotiation.choose(null, "text/*;q=0.2, text/turtle;q=0.9, text/html;q=0.1"));
  }

  @Test
  void anyTypeGetsTheDefaultAndLosesToAnyNamedOne() {
    // curl's default: before the fix every representation scored zero and the answer was 406.
    assertEquals(Optional.of(Representation.HTML), Negotiation.choose(null, "*/*"));
    assertEquals(
        Optional.of(Representation.TURTLE),
        Negotiation.choose(null, "*/*;q=0.1, text/turtle;q=0.9"));
  }

  @Test
  void overrideWinsAndUnknownIsEmpty() {
    assertEquals(Optional.of(Representation.NTRIPLES), Negotiation.choose("nt", "text/html"));
    assertEquals(Optional.empty(), Negotiation.choose("csv", null));
    assertEquals(Optional.empty(), Negotiation.choose(null, "image/png"));
    assertEquals(Optional.of(Representation.HTML), Negotiation.choose(null, null));
  }
}
