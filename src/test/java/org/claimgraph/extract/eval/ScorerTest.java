package org.claimgraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final String TEXT =
      "Rebels said they had taken the town of Varna. The ministry denied the claim, which could not"
          + " be independently verified. Government troops withdrew from Varna on Monday.";

  private final Scorer scorer = new Scorer();
  private final GoldDocument gold = gold();

  private static GoldDocument gold() {
    String json =
        """
        {
          "entities": [
            {"label": "Northern Front", "type": "ARMED_GROUP", "aliases": ["Rebels", "the rebels"]},
            {"label": "Ministry of Defence", "type": "MINISTRY", "aliases": ["The ministry"]},
            {"label": "Varna", "type": "CITY", "aliases": []},
            {"label": "Government forces", "type": "MILITARY_FORCE", "aliases": ["Government troops"]}
          ],
          "claims": [
            {"claimant": "Northern Front", "cue": "say", "stance": "ASSERTS",
             "quote": "they had taken the town of Varna"},
            {"claimant": "Ministry of Defence", "cue": "deny", "stance": "DENIES",
             "quote": "denied the claim"}
          ],
          "assessments": [
            {"value": "CANNOT_BE_VERIFIED", "author": null,
             "claimQuote": "they had taken the town of Varna",
             "quote": "could not be independently verified"}
          ],
          "events": [
            {"type": "CAPTURE", "agent": "Northern Front", "place": "Varna",
             "quote": "had taken the town of Varna"},
            {"type": "WITHDRAWAL", "agent": "Government forces", "place": "Varna",
             "quote": "Government troops withdrew from Varna"}
          ]
        }
        """;
    return new GoldReader().parse("varna", TEXT, Optional.empty(), "varna.gold.json", json);
  }

  private static Span span(String quote) {
    int at = TEXT.indexOf(quote);
    return new Span(at, at + quote.length());
  }

  private static Predictions perfect() {
    return new Predictions(
        List.of(
            new PredictedEntity("Northern Front", "ARMED_GROUP", List.of("Rebels")),
            new PredictedEntity("Ministry of Defence", "MINISTRY", List.of()),
            new PredictedEntity("Varna", "CITY", List.of()),
            new PredictedEntity("Government troops", "MILITARY_FORCE", List.of())),
        List.of(
            new PredictedClaim(
                "Rebels", "say", "ASSERTS", span("they had taken the town of Varna")),
            new PredictedClaim("the ministry", "deny", "DENIES", span("denied the claim"))),
        List.of(
            new PredictedAssessment(
                "CANNOT_BE_VERIFIED",
                null,
                span("they had taken"),
                span("could not be independently verified"))),
        List.of(
            new PredictedEvent("CAPTURE", "Rebels", "Varna", span("taken the town")),
            new PredictedEvent("WITHDRAWAL", "Government troops", "Varna", span("withdrew"))));
  }

  private static void assertScore(EvalReport report, String kind, int g, int p, int m) {
    KindScore s = report.score(kind).orElseThrow();
    assertEquals(g, s.gold(), kind + " gold");
    assertEquals(p, s.predicted(), kind + " predicted");
    assertEquals(m, s.matched(), kind + " matched");
  }

  @Test
  void perfectPredictionsScoreOneEverywhere() {
    EvalReport report = scorer.score(gold, perfect());
    for (KindScore s : report.scores()) {
      assertEquals(1.0, s.f1(), 1e-9, s::toString);
    }
    assertScore(report, Scorer.CLAIMS, 2, 2, 2);
    assertScore(report, Scorer.CLAIMANTS, 2, 2, 2);
  }

  @Test
  void anAssessmentBySomeoneTheGoldDoesNotNameMatchesOnlyWithoutItsAuthor() {
    Predictions named =
        new Predictions(
            List.of(),
            List.of(),
            List.of(
                new PredictedAssessment(
                    "CANNOT_BE_VERIFIED",
                    "Ministry of Defence",
                    span("they had taken"),
                    span("could not be independently verified"))),
            List.of());
    EvalReport report = scorer.score(gold, named);
    assertScore(report, Scorer.ASSESSMENTS, 1, 1, 1);
    assertScore(report, Scorer.ASSESSMENTS_WITH_AUTHOR, 1, 1, 0);
  }

  @Test
  void noPredictionsScoreZeroRecallAndZeroPrecision() {
    EvalReport report = scorer.score(gold, Predictions.none());
    for (KindScore s : report.scores()) {
      assertEquals(0, s.matched());
      assertEquals(0.0, s.precision(), 1e-9);
      assertEquals(0.0, s.recall(), 1e-9);
      assertEquals(0.0, s.f1(), 1e-9);
    }
  }

  @Test
  void partialPredictionsAreCountedOneToOne() {
    Predictions partial =
        new Predictions(
            List.of(
                new PredictedEntity("rebels", "ORGANIZATION", List.of()), // right name, wrong type
                new PredictedEntity("The Rebels'", "ARMED_GROUP", List.of()), // same entity again
                new PredictedEntity("Sofia", "CITY", List.of())), // not in the gold
            List.of(
                // Right place, right claimant, wrong stance.
                new PredictedClaim(
                    "Northern Front", "say", "DENIES", span("taken the town of Varna")),
                // Right place, wrong claimant.
                new PredictedClaim("Varna", "deny", "DENIES", span("denied the claim")),
                // A second prediction over the same gold claim cannot take it twice.
                new PredictedClaim("Rebels", "say", "ASSERTS", span("they had taken"))),
            List.of(
                new PredictedAssessment(
                    "DISPUTED", null, span("they had taken"), span("could not be"))),
            List.of(
                new PredictedEvent("CAPTURE", "Government troops", "Varna", span("taken")),
                new PredictedEvent("RETREAT", null, null, span("withdrew"))));
    EvalReport report = scorer.score(gold, partial);
    assertScore(report, Scorer.ENTITIES, 4, 3, 1);
    assertScore(report, Scorer.ENTITIES_TYPED, 4, 3, 1);
    // "Rebels" and "Northern Front" are two claimants here: no predicted entity ties them.
    assertScore(report, Scorer.CLAIMANTS, 2, 3, 1);
    assertScore(report, Scorer.CLAIMS, 2, 3, 1);
    assertScore(report, Scorer.CLAIMS_WITH_STANCE, 2, 3, 1);
    assertScore(report, Scorer.ASSESSMENTS, 1, 1, 0);
    assertScore(report, Scorer.ASSESSMENTS_WITH_AUTHOR, 1, 1, 0);
    assertScore(report, Scorer.EVENTS, 2, 2, 1);
    assertScore(report, Scorer.EVENTS_WITH_ARGS, 2, 2, 0);
    KindScore claims = report.score(Scorer.CLAIMS).orElseThrow();
    assertEquals(1.0 / 3, claims.precision(), 1e-9);
    assertEquals(0.5, claims.recall(), 1e-9);
    assertEquals(0.4, claims.f1(), 1e-9);
  }

  @Test
  void claimContentThatMissesTheQuoteDoesNotMatch() {
    Predictions wrongPlace =
        new Predictions(
            List.of(),
            List.of(new PredictedClaim("Rebels", "say", "ASSERTS", span("Government troops"))),
            List.of(),
            List.of());
    assertScore(scorer.score(gold, wrongPlace), Scorer.CLAIMS, 2, 1, 0);
  }

  @Test
  void reportsOverDocumentsSumTheirCounts() {
    EvalReport twice = scorer.score(List.of(gold, gold), g -> perfect());
    assertScore(twice, Scorer.ENTITIES, 8, 8, 8);
    assertScore(twice, Scorer.EVENTS, 4, 4, 4);
  }

  @Test
  void emptyGoldAndEmptyPredictionsAgreePerfectly() {
    KindScore s = new KindScore("claims", 0, 0, 0);
    assertEquals(1.0, s.f1(), 1e-9);
    assertEquals(0.0, new KindScore("claims", 0, 3, 0).precision(), 1e-9);
  }

  @Test
  void tableHasOneRowPerKindWithTheMeasures() {
    String table = scorer.score(gold, perfect()).table();
    assertTrue(table.startsWith("kind"), table);
    assertTrue(table.contains("claims+stance"), table);
    assertTrue(
        table.lines().anyMatch(l -> l.startsWith("entities ") && l.endsWith("1.000")), table);
    assertEquals(10, table.lines().count(), table);
  }
}
