package org.claimgraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoldReaderTest {

  private static final String TEXT = "The army said it had left Varna. The army said so again.";

  private final GoldReader reader = new GoldReader();

  private GoldDocument parse(String json) {
    return reader.parse("t", TEXT, Optional.empty(), "t.gold.json", json);
  }

  @Test
  void locatesQuotesInTheText() {
    GoldDocument d =
        parse(
            """
            {"entities": [{"label": "Army", "type": "MILITARY_FORCE", "aliases": ["The army"]},
                          {"label": "Varna", "type": "CITY"}],
             "claims": [{"claimant": "Army", "cue": "say", "stance": "ASSERTS",
                         "quote": "it had left Varna"}],
             "events": [{"type": "WITHDRAWAL", "agent": "Army", "place": "Varna",
                         "quote": "had left Varna"}]}
            """);
    assertEquals(2, d.entities().size());
    assertEquals("it had left Varna", d.claims().get(0).at().quote(TEXT));
    assertEquals("had left Varna", d.events().get(0).at().quote(TEXT));
    assertTrue(d.assessments().isEmpty());
  }

  @Test
  void aQuoteNotInTheTextIsAnErrorNamingThePlace() {
    GoldFormatException e =
        assertThrows(
            GoldFormatException.class,
            () ->
                parse(
                    """
                    {"entities": [{"label": "Army", "type": "MILITARY_FORCE"}],
                     "claims": [{"claimant": "Army", "cue": "say", "stance": "ASSERTS",
                                 "quote": "it had left Varma"}]}
                    """));
    assertTrue(
        e.getMessage().contains("t.gold.json: claims[0].quote is not in the text"), e::toString);
  }

  @Test
  void anAmbiguousQuoteIsAnError() {
    GoldFormatException e =
        assertThrows(
            GoldFormatException.class,
            () ->
                parse(
                    """
                    {"entities": [{"label": "Army", "type": "MILITARY_FORCE"}],
                     "events": [{"type": "STATEMENT", "agent": "Army", "quote": "The army said"}]}
                    """));
    assertTrue(e.getMessage().contains("more than once"), e::toString);
  }

  @Test
  void unknownValuesAndLabelsAreErrors() {
    assertThrows(
        GoldFormatException.class,
        () -> parse("{\"entities\": [{\"label\": \"Army\", \"type\": \"ARMY\"}]}"));
    GoldFormatException e =
        assertThrows(
            GoldFormatException.class,
            () ->
                parse(
                    """
                    {"entities": [{"label": "Army", "type": "MILITARY_FORCE"}],
                     "claims": [{"claimant": "Navy", "cue": "say", "stance": "ASSERTS",
                                 "quote": "it had left Varna"}]}
                    """));
    assertTrue(e.getMessage().contains("claims[0].claimant names no entity"), e::toString);
    assertThrows(GoldFormatException.class, () -> parse("[1, 2]"));
    assertThrows(GoldFormatException.class, () -> parse("{\"entities\": "));
  }
}
