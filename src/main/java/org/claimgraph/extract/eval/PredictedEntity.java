package org.claimgraph.extract.eval;

import java.util.List;

/** An entity the extractor found, in the scorer's neutral terms (types as in the gold format). */
public record PredictedEntity(String label, String type, List<String> aliases) {

  public PredictedEntity {
    aliases = List.copyOf(aliases);
  }
}
