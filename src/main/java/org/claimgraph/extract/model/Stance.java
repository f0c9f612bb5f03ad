package org.claimgraph.extract.model;

/**
 * What the claimant does with the content, as the reporting verb tells it. The finer stances
 * (claims, insists, confirms …) keep the verb's shade for the extractor's own rules; the graph and
 * the evaluation use the seven coarse ones of the ontology, see {@link #coarse()}.
 */
public enum Stance {
  ASSERTS,
  CLAIMS,
  INSISTS,
  DENIES,
  PREDICTS,
  URGES,
  ACKNOWLEDGES,
  FEARS,
  DEFENDS,
  CONFIRMS,
  ALLEGES,
  REPORTS,
  ESTIMATES,
  BELIEVES;

  /**
   * The ontology's stance: claims, insists, confirms, alleges, reports, estimates and believes all
   * assert (the cue keeps the verb); the other six are themselves.
   */
  public Stance coarse() {
    return switch (this) {
      case DENIES, PREDICTS, URGES, ACKNOWLEDGES, FEARS, DEFENDS -> this;
      default -> ASSERTS;
    };
  }
}
