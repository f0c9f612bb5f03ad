package org.claimgraph.extract.eval;

import java.util.List;

/** Everything the extractor found in one text, as the scorer takes it. */
public record Predictions(
    List<PredictedEntity> entities,
    List<PredictedClaim> claims,
    List<PredictedAssessment> assessments,
    List<PredictedEvent> events) {

  public Predictions {
    entities = List.copyOf(entities);
    claims = List.copyOf(claims);
    assessments = List.copyOf(assessments);
    events = List.copyOf(events);
  }

  /** Nothing found. */
  public static Predictions none() {
    return new Predictions(List.of(), List.of(), List.of(), List.of());
  }
}
