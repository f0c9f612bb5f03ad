package org.claimgraph.extract.eval;

import java.util.List;

/**
 * Turns gold annotations into predictions, the ideal extractor, to check the scorer and the corpus.
 */
final class GoldAsPredictions {

  private GoldAsPredictions() {}

  static Predictions of(GoldDocument gold) {
    return new Predictions(
        gold.entities().stream()
            .map(e -> new PredictedEntity(e.label(), e.type(), e.aliases()))
            .toList(),
        gold.claims().stream()
            .map(c -> new PredictedClaim(c.claimant(), c.cue(), c.stance(), c.at()))
            .toList(),
        gold.assessments().stream()
            .map(a -> new PredictedAssessment(a.value(), a.author(), a.claimAt(), a.at()))
            .toList(),
        gold.events().stream()
            .map(e -> new PredictedEvent(e.type(), e.agent(), e.place(), e.at()))
            .toList());
  }

  static List<Predictions> of(List<GoldDocument> golds) {
    return golds.stream().map(GoldAsPredictions::of).toList();
  }
}
